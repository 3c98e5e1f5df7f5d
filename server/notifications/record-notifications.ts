import { sql } from "drizzle-orm";
import type { NotificationKind } from "../../shared/codes/notifications";
import type { Deps } from "../core/deps";
import type { Db } from "../db/database";
import { notification, user } from "../db/schema";
import { type Audience, audienceQuery } from "./notification-audience";
import { immediateMail } from "./notification-mail";

/** One event as its notifications will tell it: the object's link and title, and who may see it. */
export type NotificationEvent = {
  kind: NotificationKind;
  fabriqueId: string | null;
  /** The object's page, as a path of the app (`/signaux/<id>`). */
  link: string;
  title: string;
  detail: string;
  /** What a digest gathers into one line (e.g. `signal_new:<fabrique>`). */
  groupKey: string;
  audience: Audience;
  /** Who caused the event: not told of their own act. */
  actorUserId: string | null;
};

/**
 * Writes the notifications of one event in the caller's transaction (`db` is the event's
 * transaction), one per entitled person, and queues at once the mail of those who chose
 * "immediately": the event, its notifications and their mails commit or roll back together.
 * The audience is read and written in one `INSERT … SELECT`, which returns the people to mail at
 * once (decision record 0148): one statement for the event, two more when someone chose
 * "immediately". Returns how many people were notified.
 */
export async function recordNotifications(
  deps: Pick<Deps, "clock" | "mail" | "config">,
  db: Db,
  event: NotificationEvent,
): Promise<number> {
  const now = deps.clock.now();
  const audience = audienceQuery(db, event.kind, event.audience, event.actorUserId).as("audience");
  const written = await db.execute<{ user_id: string; name: string | null; email: string | null }>(sql`
    with written as (
      insert into ${notification} (user_id, kind, fabrique_id, link, title, detail, group_key, created_at, mailed_at)
      select audience.user_id, ${event.kind}, ${event.fabriqueId}, ${event.link}, ${event.title},
        ${event.detail}, ${event.groupKey}, ${now},
        case when audience.delivery = 'immediately' then ${now}::timestamptz end
      from ${audience}
      returning user_id, mailed_at)
    select written.user_id, u.name, u.email from written
      left join ${user} u on u.id = written.user_id and written.mailed_at is not null`);
  const site = { publicUrl: deps.config.publicUrl, secret: deps.config.secret };
  const mails = written.rows
    .filter((row) => row.email !== null)
    .map((row) => immediateMail({ userId: row.user_id, name: row.name!, email: row.email! }, event, site));
  if (deps.mail.enqueueAll) await deps.mail.enqueueAll(db, mails);
  else for (const mail of mails) await deps.mail.enqueue(db, mail);
  return written.rows.length;
}
