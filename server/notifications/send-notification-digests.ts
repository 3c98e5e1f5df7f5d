import { and, asc, inArray, isNull, type SQL, sql } from "drizzle-orm";
import { defaultDelivery, type NotificationKind, notificationKinds } from "../../shared/codes/notifications";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { addDays, formatDate, parisDate } from "../../shared/time";
import type { Deps, OutgoingMail } from "../core/deps";
import { notification, notificationPreference, systemState, user } from "../db/schema";
import { digestLines } from "./digest-lines";
import { htmlOf, unsubscribeLinks } from "./notification-mail";

export type DigestFrequency = "daily" | "weekly";

const text = fr.notifications.mail;

/** The period a digest covers, named by its first day: today, or the Monday of this week (Paris). */
export function digestPeriod(frequency: DigestFrequency, now: Date): string {
  const today = parisDate(now);
  if (frequency === "daily") return today;
  const daysSinceMonday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(today, -daysSinceMonday);
}

/** The delivery a person chose for a notification's kind, their default otherwise, in SQL. */
function deliveryOf(): SQL<string> {
  const defaults = sql.join(
    notificationKinds.map((kind) => sql`when ${kind} then ${defaultDelivery[kind]}`),
    sql` `,
  );
  return sql<string>`coalesce((select ${notificationPreference.delivery} from ${notificationPreference}
    where ${notificationPreference.userId} = ${notification.userId} and ${notificationPreference.kind} = ${notification.kind}),
    case ${notification.kind} ${defaults} end)`;
}

type Pending = {
  id: string;
  userId: string;
  kind: NotificationKind;
  groupKey: string;
  title: string;
  createdAt: Date;
};

function digestMail(
  person: { id: string; name: string; email: string },
  items: Pending[],
  options: { frequency: DigestFrequency; period: string; publicUrl: string; secret: string },
): OutgoingMail {
  const scope = options.frequency === "daily" ? "digest-daily" : "digest-weekly";
  const all = unsubscribeLinks(options.publicUrl, options.secret, person.id, scope);
  const lines = [t(text.greeting, { name: person.name }), "", text.digestIntro, ""];
  for (const line of digestLines(items)) lines.push(line.text);
  lines.push("", t(text.open, { url: `${options.publicUrl}/notifications` }), "");
  for (const kind of new Set(items.map((item) => item.kind))) {
    const links = unsubscribeLinks(options.publicUrl, options.secret, person.id, kind);
    lines.push(t(text.digestUnsubscribe, { kind: fr.notifications.kinds[kind], url: links.page }));
  }
  lines.push(t(text.digestUnsubscribeAll, { url: all.page }));
  lines.push(t(text.preferences, { url: `${options.publicUrl}/compte/notifications` }));
  const subject = options.frequency === "daily" ? text.digestSubjectDaily : text.digestSubjectWeekly;
  return {
    to: person.email,
    subject: t(subject, { date: formatDate(options.period) }),
    text: lines.join("\n"),
    html: htmlOf(lines),
    headers: all.headers,
    purpose: `notification_digest_${options.frequency}`,
  };
}

/**
 * Sends the daily or weekly digest of notifications (issue 17): to each active person, one mail
 * with every notification not yet mailed whose kind they get in this digest, grouped into lines.
 * Once per person and period, even with several app processes: the `notification-digest:…` key
 * in system_state and the notifications' `mailed_at` are written in the transaction that queues
 * the mail. The `notification-digest` job runs it every hour from 7:05 (server/jobs/schedules.ts). Returns mails queued.
 */
export async function sendNotificationDigests(
  deps: Pick<Deps, "db" | "mail" | "config">,
  { frequency, now }: { frequency: DigestFrequency; now: Date },
): Promise<number> {
  const period = digestPeriod(frequency, now);
  const pending = await deps.db
    .select({
      id: notification.id,
      userId: notification.userId,
      kind: notification.kind,
      groupKey: notification.groupKey,
      title: notification.title,
      createdAt: notification.createdAt,
    })
    .from(notification)
    .where(and(isNull(notification.mailedAt), sql`${deliveryOf()} = ${frequency}`))
    .orderBy(asc(notification.userId), asc(notification.createdAt));
  const byUser = new Map<string, Pending[]>();
  for (const row of pending) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row]);
  if (!byUser.size) return 0;
  const people = await deps.db
    .select({ id: user.id, name: user.name, email: user.email })
    .from(user)
    .where(and(inArray(user.id, [...byUser.keys()]), isNull(user.disabledAt)));
  const options = { frequency, period, publicUrl: deps.config.publicUrl, secret: deps.config.secret };
  let sent = 0;
  for (const person of people) {
    const queued = await deps.db.transaction(async (tx) => {
      const claimed = await tx
        .insert(systemState)
        .values({
          key: `notification-digest:${frequency}:${person.id}:${period}`,
          value: { at: now.toISOString() },
        })
        .onConflictDoNothing()
        .returning({ key: systemState.key });
      if (!claimed.length) return false;
      const ids = byUser.get(person.id)!.map((item) => item.id);
      const taken = await tx
        .update(notification)
        .set({ mailedAt: now })
        .where(and(inArray(notification.id, ids), isNull(notification.mailedAt)))
        .returning({ id: notification.id });
      const items = byUser.get(person.id)!.filter((item) => taken.some((row) => row.id === item.id));
      if (!items.length) return false;
      await deps.mail.enqueue(tx, digestMail(person, items, options));
      return true;
    });
    if (queued) sent++;
  }
  return sent;
}
