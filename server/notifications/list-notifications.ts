import { and, count, desc, eq, isNull } from "drizzle-orm";
import { NOTIFICATIONS_PER_PAGE, type NotificationKind } from "../../shared/codes/notifications";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { notification } from "../db/schema";

export type NotificationItem = {
  id: string;
  kind: NotificationKind;
  link: string;
  title: string;
  detail: string;
  createdAt: Date;
  readAt: Date | null;
};

export type NotificationList = {
  items: NotificationItem[];
  unread: number;
  total: number;
  page: number;
  pages: number;
};

/** How many of the actor's notifications are unread: the bell's figure. */
export async function countUnreadNotifications(deps: Pick<Deps, "db">, actor: Actor): Promise<number> {
  const [row] = await deps.db
    .select({ n: count() })
    .from(notification)
    .where(and(eq(notification.userId, actor.userId), isNull(notification.readAt)));
  return row?.n ?? 0;
}

/** The actor's own notifications, newest first, a page at a time; nobody reads another's. */
export async function listNotifications(
  deps: Pick<Deps, "db">,
  actor: Actor,
  page = 1,
): Promise<NotificationList> {
  const mine = eq(notification.userId, actor.userId);
  const [[totals], unread] = await Promise.all([
    deps.db.select({ n: count() }).from(notification).where(mine),
    countUnreadNotifications(deps, actor),
  ]);
  const total = totals?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / NOTIFICATIONS_PER_PAGE));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pages);
  const items = await deps.db
    .select({
      id: notification.id,
      kind: notification.kind,
      link: notification.link,
      title: notification.title,
      detail: notification.detail,
      createdAt: notification.createdAt,
      readAt: notification.readAt,
    })
    .from(notification)
    .where(mine)
    .orderBy(desc(notification.createdAt), desc(notification.id))
    .limit(NOTIFICATIONS_PER_PAGE)
    .offset((current - 1) * NOTIFICATIONS_PER_PAGE);
  return { items, unread, total, page: current, pages };
}
