/*
 * One app process's job queue, for the test that two processes send each digest once
 * (server/jobs/schedules.test.ts): the queue of `server/main.ts` on DATABASE_URL, with the
 * digest scheduled every minute and schedules checked every second, on a fixed clock.
 * Prints "ready" once started; stops its queue on SIGTERM.
 */
import pino from "pino";
import { fixedClock } from "../core/clock";
import { loadConfig } from "../core/config";
import type { Deps } from "../core/deps";
import { openServerDatabase } from "../db/database";
import { jobWork } from "../jobs/job-work";
import { startJobQueue } from "../jobs/start-job-queue";
import { createMailer } from "../mail/mailer";

const config = loadConfig();
const log = pino({ level: "silent" });
const database = openServerDatabase(config.databaseUrl!, { max: 4 });
const deps: Deps = {
  config,
  database,
  db: database.db,
  clock: fixedClock(process.env.ESSAIM_TEST_NOW!),
  log,
  mail: createMailer(config, log),
};
const queue = await startJobQueue(deps, {
  schedules: [{ queue: "dailyDigest", cron: "* * * * *", timezone: "Europe/Paris" }],
  work: { dailyDigest: jobWork(deps, undefined).dailyDigest },
  cronMonitorIntervalSeconds: 1,
  pollingIntervalSeconds: 0.5,
});
process.stdout.write("ready\n");
process.on("SIGTERM", () => {
  void queue
    .stop()
    .then(() => database.close())
    .then(() => process.exit(0));
});
