import type nodemailer from "nodemailer";
import type { Deps } from "../core/deps";
import type { JobQueueKey } from "../core/jobs";
import { notifyNewLookAlikes } from "../initiatives/notify-similar-elsewhere";
import { deliverMail } from "../mail/mailer";
import { sendNotificationDigests } from "../notifications/send-notification-digests";
import { askDueFollowUps } from "../reminders/ask-due-follow-ups";
import { notifyDueTasks } from "../reminders/notify-due-tasks";
import { remindStaleInitiatives } from "../reminders/stale-initiatives";
import { wakeUpSleepers } from "../reminders/wake-up-sleepers";
import { eraseExpiredSubmitterData } from "../signals/erase-expired-submitter-data";
import { isDigestHour, sendDailyDigests } from "../tasks/daily-digest";
import { deliverWebhook } from "../webhooks/deliver-webhook";

/** What one job of a queue does with its data; a throw fails the job, and pg-boss retries it. */
export type JobWork = (data: Record<string, unknown>) => Promise<unknown>;

/**
 * The work of each queue. Mail delivery runs only with an SMTP transport (without SMTP_URL mail
 * is kept in the outbox and no delivery job is queued).
 */
export function jobWork(
  deps: Deps,
  transport: Pick<nodemailer.Transporter, "sendMail"> | undefined,
): Partial<Record<JobQueueKey, JobWork>> {
  return {
    mailDelivery: transport ? (data) => deliverMail(deps, transport, String(data.mailId)) : undefined,
    dailyDigest: async () => {
      if (!isDigestHour(deps.clock.now())) return { queued: 0 };
      const queued = await sendDailyDigests(deps);
      if (queued) deps.log.info({ queued }, "daily digests queued");
      return { queued };
    },
    // Notifications kept for a digest (issue 17): once per person and day, and per week.
    notificationDigest: async () => {
      if (!isDigestHour(deps.clock.now())) return { daily: 0, weekly: 0 };
      const now = deps.clock.now();
      const daily = await sendNotificationDigests(deps, { frequency: "daily", now });
      const weekly = await sendNotificationDigests(deps, { frequency: "weekly", now });
      if (daily || weekly) deps.log.info({ daily, weekly }, "notification digests queued");
      return { daily, weekly };
    },
    reminders: async () => {
      const followUps = await askDueFollowUps(deps);
      const woken = await wakeUpSleepers(deps);
      const stale = await remindStaleInitiatives(deps);
      const tasks = await notifyDueTasks(deps);
      if (followUps || woken || stale || tasks)
        deps.log.info({ followUps, woken, stale, tasks }, "reminders sent");
      return { followUps, woken, stale, tasks };
    },
    submitterRetention: async () => {
      const erased = await eraseExpiredSubmitterData(deps);
      if (erased) deps.log.info({ erased }, "submitters' personal data erased (retention)");
      return { erased };
    },
    webhookDelivery: (data) => deliverWebhook(deps, String(data.deliveryId)),
    similarElsewhere: async () => {
      const told = await notifyNewLookAlikes(deps);
      if (told) deps.log.info({ told }, "similar items elsewhere told");
      return { told };
    },
  };
}
