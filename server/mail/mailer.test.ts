import { eq, sql } from "drizzle-orm";
import nodemailer from "nodemailer";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { mailOutbox } from "../db/schema";
import { startJobQueue } from "../jobs/start-job-queue";
import { startTestSmtpServer } from "../testing/smtp-server";
import { createTestDeps, type TestDeps, testConfig } from "../testing/test-deps";
import { createMailer, deliverMail, MailDeliveryError } from "./mailer";

const invitation = {
  to: "nadia@exemple.fr",
  subject: "Essaim : invitation",
  text: "Bonjour,\nvoici votre lien.",
  purpose: "invitation",
};

async function until<T>(probe: () => Promise<T | undefined | false>, ms = 15000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("the mail outbox and its delivery jobs", () => {
  let deps: TestDeps;
  let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
  const silent = pino({ level: "silent" });
  const deliveryJobs = async (mailId: string) =>
    (
      await deps.database.pool.query<{ state: string }>(
        "select state from pgboss.job where name = 'mail-delivery' and id = $1",
        [mailId],
      )
    ).rows.map((r) => r.state);
  beforeAll(async () => {
    deps = await createTestDeps();
    smtp = await startTestSmtpServer();
  });
  afterAll(async () => {
    await smtp?.close();
    await deps?.close();
  });
  beforeEach(async () => {
    await deps.db.delete(mailOutbox);
    smtp.received.length = 0;
    smtp.refuse(null);
  });

  it("keeps every mail in the outbox when no SMTP server is configured, and queues no delivery", async () => {
    const mailer = createMailer(testConfig({ smtpUrl: undefined }), silent);
    await mailer.enqueue(deps.db, invitation);
    const rows = await deps.db.select().from(mailOutbox);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ...invitation, status: "kept", attempts: 0, sentAt: null });
    expect(await deliveryJobs(rows[0]!.id)).toEqual([]);
  });

  it("queues the delivery job in the caller's transaction: a rolled-back action leaves no mail and no job", async () => {
    const mailer = createMailer(testConfig({ smtpUrl: smtp.url }), silent);
    let mailId = "";
    await deps.db
      .transaction(async (tx) => {
        await mailer.enqueue(tx, invitation);
        mailId = (await tx.select({ id: mailOutbox.id }).from(mailOutbox))[0]!.id;
        throw new Error("the action failed");
      })
      .catch(() => {});
    expect(await deps.db.select().from(mailOutbox)).toEqual([]);
    expect(await deliveryJobs(mailId)).toEqual([]);

    await deps.db.transaction((tx) => mailer.enqueue(tx, invitation));
    const [row] = await deps.db.select().from(mailOutbox);
    expect(row?.status).toBe("pending");
    expect(await deliveryJobs(row!.id)).toEqual(["created"]);
  });

  it("queues many mails at once (the digest), each with its delivery job, in the caller's transaction", async () => {
    const mailer = createMailer(testConfig({ smtpUrl: smtp.url }), silent);
    await deps.db.transaction((tx) =>
      mailer.enqueueAll!(tx, [invitation, { ...invitation, to: "julien@exemple.fr" }]),
    );
    const rows = await deps.db.select().from(mailOutbox);
    expect(rows.map((r) => [r.to, r.status]).sort()).toEqual([
      ["julien@exemple.fr", "pending"],
      ["nadia@exemple.fr", "pending"],
    ]);
    for (const row of rows) expect(await deliveryJobs(row.id)).toEqual(["created"]);
  });

  it("delivers a queued mail once through the job queue, to a real SMTP server, and marks it sent", async () => {
    const config = testConfig({ smtpUrl: smtp.url, mailFrom: "Essaim <essaim@exemple.fr>" });
    const mailer = createMailer(config, silent);
    await mailer.enqueue(deps.db, invitation);
    await mailer.enqueue(deps.db, { ...invitation, to: "julien@exemple.fr", purpose: "password_reset" });
    const transport = nodemailer.createTransport(smtp.url);
    const queue = await startJobQueue(
      { ...deps, config },
      {
        work: { mailDelivery: (data) => deliverMail({ ...deps, config }, transport, String(data.mailId)) },
        schedules: [],
        pollingIntervalSeconds: 0.5,
      },
    );
    try {
      const rows = await until(async () => {
        const all = await deps.db.select().from(mailOutbox);
        return all.every((r) => r.status === "sent") && all;
      });
      for (const row of rows) expect(row).toMatchObject({ attempts: 1, lastError: null });
      expect(smtp.received.flatMap((m) => m.to).sort()).toEqual(["julien@exemple.fr", "nadia@exemple.fr"]);
      expect(smtp.received[0]).toMatchObject({ from: "essaim@exemple.fr", subject: invitation.subject });
      // Each mail once: a second look by the queue finds nothing more to send.
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect(smtp.received).toHaveLength(2);
    } finally {
      await queue.stop();
    }
  });

  it("sends a notification mail's HTML twin and its one-click unsubscribe headers", async () => {
    const config = testConfig({ smtpUrl: smtp.url });
    const mailer = createMailer(config, silent);
    await mailer.enqueue(deps.db, {
      ...invitation,
      html: "<p>Une nouvelle remontée</p>",
      headers: {
        "List-Unsubscribe": "<https://essaim.exemple.fr/api/v1/unsubscribe/jeton>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
    });
    const [queued] = await deps.db.select().from(mailOutbox);
    expect(await deliverMail({ ...deps, config }, nodemailer.createTransport(smtp.url), queued!.id)).toBe(
      true,
    );
    const raw = smtp.received[0]?.raw ?? "";
    expect(raw).toMatch(/^List-Unsubscribe: <https:\/\/essaim\.exemple\.fr\/api\/v1\/unsubscribe\/jeton>/m);
    expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
    expect(raw).toContain("Content-Type: text/html");
    expect(raw).toContain("Content-Type: text/plain");
  });

  it("records an SMTP refusal and throws so the queue tries again, and gives up after five attempts", async () => {
    const config = testConfig({ smtpUrl: smtp.url });
    await createMailer(config, silent).enqueue(deps.db, invitation);
    const [queued] = await deps.db.select().from(mailOutbox);
    smtp.refuse("mailbox unavailable");
    const transport = nodemailer.createTransport(smtp.url);
    const delivery = { ...deps, config };

    await expect(deliverMail(delivery, transport, queued!.id)).rejects.toBeInstanceOf(MailDeliveryError);
    let [row] = await deps.db.select().from(mailOutbox);
    expect(row).toMatchObject({ status: "pending", attempts: 1 });
    expect(row?.lastError).toContain("mailbox unavailable");

    for (let attempt = 2; attempt <= 5; attempt++) {
      await expect(deliverMail(delivery, transport, queued!.id)).rejects.toThrow();
    }
    [row] = await deps.db.select().from(mailOutbox).where(eq(mailOutbox.id, queued!.id));
    expect(row).toMatchObject({ status: "failed", attempts: 5, sentAt: null });

    // A failed mail is not sent any more, even once the server accepts mail again.
    smtp.refuse(null);
    expect(await deliverMail(delivery, transport, queued!.id)).toBe(false);
    expect(smtp.received).toHaveLength(0);
  });

  it("holds no transaction while the SMTP server answers: the app's other work goes on", async () => {
    const config = testConfig({ smtpUrl: smtp.url });
    await createMailer(config, silent).enqueue(deps.db, invitation);
    const [queued] = await deps.db.select().from(mailOutbox);
    const slow = smtp.hold();
    const sending = deliverMail({ ...deps, config }, nodemailer.createTransport(smtp.url), queued!.id);
    await slow.arrived;
    // The same row written by someone else while the server has not answered yet.
    const other = deps.db.execute(sql`update mail_outbox set purpose = purpose where id = ${queued!.id}`);
    const outcome = await Promise.race([
      other.then(() => "done"),
      new Promise((resolve) => setTimeout(() => resolve("waiting"), 3000)),
    ]);
    slow.release();
    await sending;
    await other;
    expect(outcome).toBe("done");
    expect((await deps.db.select().from(mailOutbox))[0]?.status).toBe("sent");
  });
});
