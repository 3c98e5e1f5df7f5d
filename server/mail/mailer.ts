import { and, asc, eq, lt, sql } from "drizzle-orm";
import nodemailer from "nodemailer";
import type { Logger } from "pino";
import type { Config } from "../core/config";
import type { Deps, Mailer } from "../core/deps";
import { mailOutbox } from "../db/schema";

const MAX_ATTEMPTS = 5;

/**
 * Every mail is written to the outbox, in the caller's transaction, so it is never lost: with
 * SMTP_URL it waits (`pending`) for the delivery loop; without, it is `kept` for an animator to
 * read in the app, and printed to the console in development.
 */
export function createMailer(config: Pick<Config, "smtpUrl" | "env">, log: Logger): Mailer {
  return {
    enqueue: async (db, mail) => {
      await db.insert(mailOutbox).values({ ...mail, status: config.smtpUrl ? "pending" : "kept" });
      if (!config.smtpUrl && config.env === "development") {
        log.info(
          { to: mail.to, subject: mail.subject, purpose: mail.purpose },
          "mail kept in the outbox (no SMTP_URL)",
        );
        process.stdout.write(`\n--- Courriel pour ${mail.to} : ${mail.subject}\n${mail.text}\n---\n`);
      }
    },
  };
}

/** Deliver pending mails once; returns how many were sent. Safe with several app processes. */
export async function deliverPendingMail(
  deps: Pick<Deps, "db" | "log" | "config">,
  transport: Pick<nodemailer.Transporter, "sendMail">,
): Promise<number> {
  let sent = 0;
  for (;;) {
    const delivered = await deps.db.transaction(async (tx) => {
      const [mail] = await tx
        .select()
        .from(mailOutbox)
        .where(and(eq(mailOutbox.status, "pending"), lt(mailOutbox.attempts, MAX_ATTEMPTS)))
        .orderBy(asc(mailOutbox.createdAt))
        .limit(1)
        .for("update", { skipLocked: true });
      if (!mail) return null;
      try {
        await transport.sendMail({
          from: deps.config.mailFrom,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
        });
        await tx
          .update(mailOutbox)
          .set({ status: "sent", sentAt: sql`now()`, attempts: mail.attempts + 1 })
          .where(eq(mailOutbox.id, mail.id));
        return true;
      } catch (error) {
        const attempts = mail.attempts + 1;
        deps.log.warn({ err: error, mailId: mail.id, attempts }, "mail delivery failed");
        await tx
          .update(mailOutbox)
          .set({
            attempts,
            lastError: String((error as Error).message),
            status: attempts >= MAX_ATTEMPTS ? "failed" : "pending",
          })
          .where(eq(mailOutbox.id, mail.id));
        return false;
      }
    });
    if (delivered === null || delivered === false) return sent;
    sent++;
  }
}

/** Start the SMTP delivery loop when SMTP_URL is set; returns a stop function. */
export function startMailDelivery(deps: Pick<Deps, "db" | "log" | "config">, everyMs = 5000): () => void {
  if (!deps.config.smtpUrl) return () => {};
  const transport = nodemailer.createTransport(deps.config.smtpUrl);
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    deliverPendingMail(deps, transport)
      .catch((error: unknown) => deps.log.error({ err: error }, "mail delivery loop failed"))
      .finally(() => {
        running = false;
      });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
