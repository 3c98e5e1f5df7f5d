import { eq } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { mailOutbox } from "../db/schema";
import { createTestDeps, type TestDeps, testConfig } from "../testing/test-deps";
import { createMailer, deliverPendingMail } from "./mailer";

type SentMail = { from?: unknown; to?: unknown; subject?: unknown; text?: unknown };

/** The SMTP server is outside the product: a transport that records, or refuses, what it is given. */
function fakeTransport(options: { failWith?: string } = {}) {
  const sent: SentMail[] = [];
  return {
    sent,
    sendMail: async (mail: SentMail) => {
      if (options.failWith) throw new Error(options.failWith);
      sent.push(mail);
      return { messageId: `<${sent.length}@test>` };
    },
  };
}

const invitation = {
  to: "nadia@exemple.fr",
  subject: "Essaim : invitation",
  text: "Bonjour,\nvoici votre lien.",
  purpose: "invitation",
};

describe("the mail outbox", () => {
  let deps: TestDeps;
  const silent = pino({ level: "silent" });
  beforeAll(async () => {
    deps = await createTestDeps();
  });
  afterAll(async () => deps?.close());
  beforeEach(async () => {
    await deps.db.delete(mailOutbox);
  });

  it("keeps every mail in the outbox when no SMTP server is configured", async () => {
    const mailer = createMailer(testConfig({ smtpUrl: undefined }), silent);
    await mailer.enqueue(deps.db, invitation);
    const rows = await deps.db.select().from(mailOutbox);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ...invitation, status: "kept", attempts: 0, sentAt: null });

    // Nothing is pending, so a delivery run sends nothing and leaves the kept mail alone.
    const transport = fakeTransport();
    expect(await deliverPendingMail(deps, transport)).toBe(0);
    expect(transport.sent).toHaveLength(0);
    expect((await deps.db.select().from(mailOutbox))[0]?.status).toBe("kept");
  });

  it("queues mail as pending with SMTP, then delivers it once and marks it sent", async () => {
    const config = testConfig({ smtpUrl: "smtp://localhost:2525", mailFrom: "Essaim <essaim@exemple.fr>" });
    const mailer = createMailer(config, silent);
    await mailer.enqueue(deps.db, invitation);
    await mailer.enqueue(deps.db, { ...invitation, to: "julien@exemple.fr", purpose: "password_reset" });
    expect((await deps.db.select().from(mailOutbox)).map((r) => r.status)).toEqual(["pending", "pending"]);

    const transport = fakeTransport();
    const delivery = { ...deps, config };
    expect(await deliverPendingMail(delivery, transport)).toBe(2);
    expect(transport.sent.map((m) => m.to).sort()).toEqual(["julien@exemple.fr", "nadia@exemple.fr"]);
    expect(transport.sent[0]).toMatchObject({
      from: "Essaim <essaim@exemple.fr>",
      subject: invitation.subject,
      text: invitation.text,
    });
    const rows = await deps.db.select().from(mailOutbox);
    for (const row of rows) {
      expect(row.status).toBe("sent");
      expect(row.attempts).toBe(1);
      expect(row.sentAt).toBeInstanceOf(Date);
    }

    // A second run finds nothing left to send.
    expect(await deliverPendingMail(delivery, transport)).toBe(0);
    expect(transport.sent).toHaveLength(2);
  });

  it("keeps a mail pending with the SMTP error after a failure, and gives up after five attempts", async () => {
    const config = testConfig({ smtpUrl: "smtp://localhost:2525" });
    await createMailer(config, silent).enqueue(deps.db, invitation);
    const refusing = fakeTransport({ failWith: "550 mailbox unavailable" });
    const delivery = { ...deps, config };

    expect(await deliverPendingMail(delivery, refusing)).toBe(0);
    let [row] = await deps.db.select().from(mailOutbox);
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastError: "550 mailbox unavailable" });

    for (let attempt = 2; attempt <= 5; attempt++) await deliverPendingMail(delivery, refusing);
    [row] = await deps.db.select().from(mailOutbox).where(eq(mailOutbox.id, row!.id));
    expect(row).toMatchObject({ status: "failed", attempts: 5, sentAt: null });

    // A failed mail is not retried any more, even once the server accepts mail again.
    const accepting = fakeTransport();
    expect(await deliverPendingMail(delivery, accepting)).toBe(0);
    expect(accepting.sent).toHaveLength(0);
  });
});
