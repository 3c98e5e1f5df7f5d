import type { NotificationKind } from "../../shared/codes/notifications";
import type { Deps } from "../core/deps";
import type { Db } from "../db/database";
import { notification } from "../db/schema";
import { type Audience, audienceOf } from "./notification-audience";
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
 * Returns how many people were notified.
 */
export async function recordNotifications(
  deps: Pick<Deps, "clock" | "mail" | "config">,
  db: Db,
  event: NotificationEvent,
): Promise<number> {
  const people = await audienceOf(db, event.kind, event.audience, event.actorUserId);
  if (!people.length) return 0;
  const now = deps.clock.now();
  await db.insert(notification).values(
    people.map((person) => ({
      userId: person.userId,
      kind: event.kind,
      fabriqueId: event.fabriqueId,
      link: event.link,
      title: event.title,
      detail: event.detail,
      groupKey: event.groupKey,
      createdAt: now,
      mailedAt: person.delivery === "immediately" ? now : null,
    })),
  );
  const site = { publicUrl: deps.config.publicUrl, secret: deps.config.secret };
  for (const person of people) {
    if (person.delivery !== "immediately") continue;
    await deps.mail.enqueue(db, immediateMail(person, event, site));
  }
  return people.length;
}
