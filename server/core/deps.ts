import type { Logger } from "pino";
import type { Database, Db } from "../db/database";
import type { Clock } from "./clock";
import type { Config } from "./config";

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  /** What the mail is about (invitation, password_reset…), shown in the outbox. */
  purpose: string;
  /** The same message in HTML, when there is one. */
  html?: string;
  /** Extra headers (`List-Unsubscribe`, `List-Unsubscribe-Post`), stored with the mail. */
  headers?: Record<string, string>;
};

export type Mailer = {
  /** Queue a mail in the outbox (inside the caller's transaction when `db` is one). */
  enqueue: (db: Db, mail: OutgoingMail) => Promise<void>;
  /** Queue many mails in two statements (the digest's thousands); `enqueue` one by one when absent. */
  enqueueAll?: (db: Db, mails: OutgoingMail[]) => Promise<void>;
};

/** What every service function receives: no globals, so tests build their own. */
export type Deps = {
  config: Config;
  database: Database;
  db: Db;
  clock: Clock;
  log: Logger;
  mail: Mailer;
};
