import PgBoss from "pg-boss";
import type { Db } from "../db/database";

/** The PostgreSQL schema of pg-boss's tables, beside ours in the same database (decision record 0112). */
export const JOB_SCHEMA = "pgboss";

export type JobQueueDefinition = {
  /** pg-boss's queue name. */
  name: string;
  /** Retries after the first attempt; with `retryBackoff` the delay doubles each time. */
  retryLimit: number;
  retryDelay: number;
  retryBackoff: boolean;
  /** A job still running after this long is taken as lost and tried again. */
  expireInSeconds: number;
};

/**
 * Every queue of the app and its retry policy. They are created (or brought up to date) when the
 * database is prepared (`server/jobs/install-job-queue.ts`); what runs on each and when is in
 * `server/jobs/schedules.ts`.
 */
export const jobQueues = {
  mailDelivery: {
    name: "mail-delivery",
    // Five attempts in all, 30 s, 1 min, 2 min, 4 min apart (0061's five attempts, with a backoff).
    retryLimit: 4,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: 300,
  },
  dailyDigest: {
    name: "daily-digest",
    retryLimit: 2,
    retryDelay: 300,
    retryBackoff: true,
    expireInSeconds: 3600,
  },
  notificationDigest: {
    name: "notification-digest",
    retryLimit: 2,
    retryDelay: 300,
    retryBackoff: true,
    expireInSeconds: 3600,
  },
  reminders: { name: "reminders", retryLimit: 2, retryDelay: 600, retryBackoff: true, expireInSeconds: 3600 },
  submitterRetention: {
    name: "submitter-retention",
    retryLimit: 2,
    retryDelay: 600,
    retryBackoff: true,
    expireInSeconds: 3600,
  },
  // New signals and initiatives compared with the rest of the network, every 10 minutes (0149).
  similarElsewhere: {
    name: "similar-elsewhere",
    retryLimit: 2,
    retryDelay: 60,
    retryBackoff: true,
    expireInSeconds: 300,
  },
  // Outgoing webhooks (0116): five attempts, 30 s, 1, 2 and 4 min apart; a send times out at 10 s.
  webhookDelivery: {
    name: "webhook-delivery",
    retryLimit: 4,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: 120,
  },
} as const satisfies Record<string, JobQueueDefinition>;

export type JobQueueKey = keyof typeof jobQueues;

type SqlClient = { query: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }> };

/**
 * The node-postgres connection behind a Drizzle handle: the pool, or the client that holds a
 * transaction. Drizzle keeps it on `session.client` (not in its public types); a job must be
 * written on that very connection to be part of the caller's transaction — on the embedded
 * database another connection would even wait for that transaction's end (0044).
 */
export function sqlClientOf(db: Db): SqlClient {
  const session = (db as unknown as { session?: { client?: Partial<SqlClient> } }).session;
  const client = session?.client;
  if (typeof client?.query !== "function")
    throw new Error("no node-postgres client behind this Drizzle handle");
  return client as SqlClient;
}

/** pg-boss as a writer of job rows only: never started, it runs no SQL but what `send` is given. */
const writer = new PgBoss({
  schema: JOB_SCHEMA,
  db: {
    executeSql: () => Promise.reject(new Error("jobs are written through the caller's connection")),
  },
});

export type SendJobOptions = {
  /** The job's id (a UUID): sending the same id twice while the first is queued adds nothing. */
  id?: string;
  /** When the job may start (default: now). */
  startAfter?: Date;
};

/**
 * Queue many jobs of one queue on `db` in one statement (in the caller's transaction when `db` is
 * one), each `{ id, data }`; an id already queued adds nothing.
 */
export async function sendJobs(
  db: Db,
  queue: JobQueueKey,
  jobs: { id: string; data: Record<string, unknown> }[],
): Promise<void> {
  if (!jobs.length) return;
  const client = sqlClientOf(db);
  const { name } = jobQueues[queue];
  await writer.insert(
    jobs.map((job) => ({ ...job, name })),
    { db: { executeSql: (text, values) => client.query(text, values) } },
  );
}

/**
 * Queue a job on `db`, in the caller's transaction when `db` is one: the job exists only if the
 * event that causes it is committed. Returns the job's id, or null when `options.id` is queued
 * already.
 */
export async function sendJob(
  db: Db,
  queue: JobQueueKey,
  data: Record<string, unknown>,
  options: SendJobOptions = {},
): Promise<string | null> {
  const client = sqlClientOf(db);
  const { name } = jobQueues[queue];
  const id = await writer.send(name, data, {
    ...options,
    db: { executeSql: (text, values) => client.query(text, values) },
  });
  if (id === null && !options.id) {
    // pg-boss inserts through a join on its queue table: a queue that was never created drops the job.
    throw new Error(`the job queue "${name}" is not installed (prepareDatabase creates it)`);
  }
  return id;
}
