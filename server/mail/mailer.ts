import { and, asc, eq, lt, sql } from "drizzle-orm";
import type nodemailer from "nodemailer";
import type { Logger } from "pino";
import type { Config } from "../core/config";
import type { Deps, Mailer, OutgoingMail } from "../core/deps";
import { jobQueues, sendJob, sendJobs } from "../core/jobs";
import { mailOutbox } from "../db/schema";

/** Attempts of one mail in all: the first and the delivery queue's retries (30 s, 1, 2, 4 min apart). */
export const MAX_MAIL_ATTEMPTS = jobQueues.mailDelivery.retryLimit + 1;

/**
 * Every mail is written to the outbox, in the caller's transaction, so it is never lost: with
 * SMTP_URL it waits (`pending`) and a `mail-delivery` job is queued in the same transaction (the
 * job is named after the mail); without, it is `kept` for an animator to read in the app, and
 * printed to the console in development.
 */
export function createMailer(config: Pick<Config, "smtpUrl" | "env">, log: Logger): Mailer {
  return {
    enqueue: async (db, mail) => {
      const [row] = await db
        .insert(mailOutbox)
        .values({ ...mail, status: config.smtpUrl ? "pending" : "kept" })
        .returning({ id: mailOutbox.id });
      if (config.smtpUrl) {
        const jobId = await sendJob(db, "mailDelivery", { mailId: row!.id }, { id: row!.id });
        if (!jobId) throw new Error(`the delivery of mail ${row!.id} could not be queued`);
      }
      if (!config.smtpUrl && config.env === "development") keptInDevelopment(log, mail);
    },
    enqueueAll: async (db, mails) => {
      if (!mails.length) return;
      const rows = await db
        .insert(mailOutbox)
        .values(
          mails.map((mail) => ({
            ...mail,
            status: config.smtpUrl ? ("pending" as const) : ("kept" as const),
          })),
        )
        .returning({ id: mailOutbox.id });
      if (config.smtpUrl) {
        await sendJobs(
          db,
          "mailDelivery",
          rows.map((row) => ({ id: row.id, data: { mailId: row.id } })),
        );
      }
      if (!config.smtpUrl && config.env === "development")
        for (const mail of mails) keptInDevelopment(log, mail);
    },
  };
}

function keptInDevelopment(log: Logger, mail: OutgoingMail) {
  log.info(
    { to: mail.to, subject: mail.subject, purpose: mail.purpose },
    "mail kept in the outbox (no SMTP_URL)",
  );
  process.stdout.write(`\n--- Courriel pour ${mail.to} : ${mail.subject}\n${mail.text}\n---\n`);
}

export class MailDeliveryError extends Error {}

/**
 * The work of one `mail-delivery` job: send the pending mail `mailId` over SMTP and record the
 * outcome. No transaction is open while the SMTP server answers (on the embedded database an
 * open one would hold every other query). pg-boss gives a job to one worker at a time, across
 * processes, so a mail is sent once; a mail no longer pending (sent, failed) is left alone.
 * A refusal is recorded (`attempts`, `last_error`, `failed` at the last attempt) and thrown,
 * so the queue tries again with its backoff. Returns whether the mail was sent.
 */
export async function deliverMail(
  deps: Pick<Deps, "db" | "log" | "config">,
  transport: Pick<nodemailer.Transporter, "sendMail">,
  mailId: string,
): Promise<boolean> {
  const pendingMail = and(eq(mailOutbox.id, mailId), eq(mailOutbox.status, "pending"));
  const [mail] = await deps.db.select().from(mailOutbox).where(pendingMail);
  if (!mail) return false;
  const attempts = mail.attempts + 1;
  try {
    await transport.sendMail({
      from: deps.config.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      // The HTML twin and the headers of a notification mail (List-Unsubscribe…), when it has them.
      ...(mail.html ? { html: mail.html } : {}),
      ...(mail.headers ? { headers: mail.headers } : {}),
    });
  } catch (error) {
    const message = String((error as Error).message);
    deps.log.warn({ err: error, mailId, attempts }, "mail delivery failed");
    await deps.db
      .update(mailOutbox)
      .set({ attempts, lastError: message, status: attempts >= MAX_MAIL_ATTEMPTS ? "failed" : "pending" })
      .where(pendingMail);
    throw new MailDeliveryError(message);
  }
  await deps.db.update(mailOutbox).set({ status: "sent", sentAt: sql`now()`, attempts }).where(pendingMail);
  return true;
}

/**
 * Queue a delivery job for every pending mail that has none (mail queued by the outbox loop of
 * earlier releases, or whose job was lost): the job is named after the mail, so a mail already
 * queued gets no second job. Returns how many jobs were queued.
 */
export async function queuePendingMail(deps: Pick<Deps, "db">): Promise<number> {
  const pending = await deps.db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.status, "pending"), lt(mailOutbox.attempts, MAX_MAIL_ATTEMPTS)))
    .orderBy(asc(mailOutbox.createdAt));
  let queued = 0;
  for (const { id } of pending) {
    if (await sendJob(deps.db, "mailDelivery", { mailId: id }, { id })) queued++;
  }
  return queued;
}
