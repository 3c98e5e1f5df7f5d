import type { JobQueueKey } from "../core/jobs";

/** When a queue gets a job by itself: a cron expression in a time zone (pg-boss's schedules). */
export type JobSchedule = { queue: JobQueueKey; cron: string; timezone: string };

/**
 * Every scheduled job of the app, in one place: add a line here (and its queue in
 * `server/core/jobs.ts`, its work in `server/jobs/job-work.ts`). pg-boss puts each schedule's
 * job in its queue once per matching minute across all processes (decision record 0113).
 */
export const schedules: JobSchedule[] = [
  // Every hour from 7:00 Paris time: the day's digest goes to each person once (its key per day),
  // so a process started at 9:30 still sends that day's digests at 10:00.
  { queue: "dailyDigest", cron: "0 7-23 * * *", timezone: "Europe/Paris" },
  // Hourly from 7:05: the notifications people chose to get in a daily or weekly digest (each
  // person once per day or week, its key), after the day's digest of tasks.
  { queue: "notificationDigest", cron: "5 7-23 * * *", timezone: "Europe/Paris" },
  // Hourly from 7:15: follow-ups due asked of the officer and the carrier, dormant initiatives and
  // parked signals woken on their day; each once (its key), so later hours only catch up.
  { queue: "reminders", cron: "15 7-23 * * *", timezone: "Europe/Paris" },
  // Every 10 minutes: the signals and initiatives created since are compared with the rest of the
  // network, and the other Fabriques holding a look-alike told (each new item once, its key).
  { queue: "similarElsewhere", cron: "*/10 * * * *", timezone: "Europe/Paris" },
  // At night: submitters' personal data past the retention the public form states is erased.
  { queue: "submitterRetention", cron: "30 3 * * *", timezone: "Europe/Paris" },
];
