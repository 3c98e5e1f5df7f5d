import nodemailer from "nodemailer";
import PgBoss from "pg-boss";
import type { Deps } from "../core/deps";
import { JOB_SCHEMA, type JobQueueKey, jobQueues } from "../core/jobs";
import { queuePendingMail } from "../mail/mailer";
import { poolExecutor } from "./install-job-queue";
import { type JobWork, jobWork } from "./job-work";
import { schedules as appSchedules, type JobSchedule } from "./schedules";

export type JobQueueOptions = {
  /** The schedules to keep (default: `server/jobs/schedules.ts`). */
  schedules?: JobSchedule[];
  /** The work per queue (default: `jobWork`, with an SMTP transport when SMTP_URL is set). */
  work?: Partial<Record<JobQueueKey, JobWork>>;
  /** How often this process looks for a job in each queue (pg-boss polls). */
  pollingIntervalSeconds?: number;
  /** How often schedules are checked (at most 45 s; pg-boss's default is 30 s). */
  cronMonitorIntervalSeconds?: number;
};

export type RunningJobQueue = { boss: PgBoss; stop: () => Promise<void> };

/**
 * The job queue of this process: pg-boss on the app's own pool (decision record 0112), its
 * workers for every queue with work, and the schedules. Every app process runs one; pg-boss
 * hands each job to one worker, and each schedule's job is queued once across processes.
 */
export async function startJobQueue(deps: Deps, options: JobQueueOptions = {}): Promise<RunningJobQueue> {
  const boss = new PgBoss({
    schema: JOB_SCHEMA,
    db: poolExecutor(deps.database),
    cronMonitorIntervalSeconds: options.cronMonitorIntervalSeconds ?? 30,
  });
  boss.on("error", (error: unknown) => deps.log.error({ err: error }, "job queue error"));
  await boss.start();
  const transport = deps.config.smtpUrl ? nodemailer.createTransport(deps.config.smtpUrl) : undefined;
  const work = options.work ?? jobWork(deps, transport);
  for (const [key, run] of Object.entries(work) as [JobQueueKey, JobWork | undefined][]) {
    if (!run) continue;
    const { name } = jobQueues[key];
    await boss.work(
      name,
      { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
      async ([job]) => run((job?.data ?? {}) as Record<string, unknown>),
    );
  }
  await keepSchedules(boss, options.schedules ?? appSchedules);
  if (work.mailDelivery) {
    const queued = await queuePendingMail(deps);
    if (queued) deps.log.info({ queued }, "pending mail queued for delivery");
  }
  return {
    boss,
    stop: async () => {
      await boss.stop({ graceful: true, close: false, timeout: 10000 });
    },
  };
}

/** Make pg-boss's schedules those of the list: add or update each, drop the ones no longer listed. */
async function keepSchedules(boss: PgBoss, list: JobSchedule[]) {
  const wanted = new Map<string, JobSchedule>(list.map((s) => [jobQueues[s.queue].name, s]));
  for (const existing of await boss.getSchedules()) {
    if (!wanted.has(existing.name)) await boss.unschedule(existing.name);
  }
  for (const [name, schedule] of wanted) {
    await boss.schedule(name, schedule.cron, {}, { tz: schedule.timezone });
  }
}
