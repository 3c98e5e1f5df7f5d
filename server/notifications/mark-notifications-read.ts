import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { notification } from "../db/schema";

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Marks some of the actor's notifications read (`ids`), or all of them (`"all"`). Another
 * person's ids, or strings that are not ids, are ignored: nothing tells them apart from unknown
 * ones. Returns how many changed.
 */
export async function markNotificationsRead(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  ids: readonly string[] | "all",
): Promise<number> {
  const chosen = ids === "all" ? undefined : ids.filter((id) => uuidShape.test(id)).slice(0, 200);
  if (chosen && !chosen.length) return 0;
  const rows = await deps.db
    .update(notification)
    .set({ readAt: deps.clock.now() })
    .where(
      and(
        eq(notification.userId, actor.userId),
        isNull(notification.readAt),
        chosen ? inArray(notification.id, chosen) : undefined,
      ),
    )
    .returning({ id: notification.id });
  return rows.length;
}
