import { eq, sql } from "drizzle-orm";
import {
  defaultDelivery,
  isNotificationDelivery,
  type NotificationDelivery,
  type NotificationKind,
  notificationKinds,
} from "../../shared/codes/notifications";
import { fr } from "../../shared/i18n/fr";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { notificationPreference } from "../db/schema";

export type NotificationPreferences = Record<NotificationKind, NotificationDelivery>;

/** How each kind reaches a person by mail: their choice, else the kind's default. */
export async function getNotificationPreferences(
  deps: Pick<Deps, "db">,
  userId: string,
): Promise<NotificationPreferences> {
  const rows = await deps.db
    .select({ kind: notificationPreference.kind, delivery: notificationPreference.delivery })
    .from(notificationPreference)
    .where(eq(notificationPreference.userId, userId));
  const chosen = new Map(rows.map((r) => [r.kind, r.delivery]));
  return Object.fromEntries(
    notificationKinds.map((kind) => [kind, chosen.get(kind) ?? defaultDelivery[kind]]),
  ) as NotificationPreferences;
}

/** Stores one person's choice for some kinds (the form sends every kind; unsubscribe one). */
export async function saveDeliveries(
  deps: Pick<Deps, "db" | "clock">,
  userId: string,
  choices: Partial<NotificationPreferences>,
) {
  const rows = Object.entries(choices).map(([kind, delivery]) => ({
    userId,
    kind: kind as NotificationKind,
    delivery: delivery as NotificationDelivery,
    updatedAt: deps.clock.now(),
  }));
  if (!rows.length) return;
  await deps.db
    .insert(notificationPreference)
    .values(rows)
    .onConflictDoUpdate({
      target: [notificationPreference.userId, notificationPreference.kind],
      set: { delivery: sql`excluded.delivery`, updatedAt: sql`excluded.updated_at` },
    });
}

/**
 * The actor's own choices from the account page's form: one field per kind, each one of the
 * four deliveries. A missing or unknown value refuses the whole form, naming the field.
 */
export async function updateNotificationPreferences(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  input: Record<string, unknown>,
): Promise<Result<NotificationPreferences, "INVALID_INPUT">> {
  const fields: Record<string, string> = {};
  const choices: Partial<NotificationPreferences> = {};
  for (const kind of notificationKinds) {
    const value = input[kind];
    if (isNotificationDelivery(value)) choices[kind] = value;
    else fields[kind] = fr.notifications.preferences.invalid;
  }
  if (Object.keys(fields).length) return fail("INVALID_INPUT", { fields });
  await saveDeliveries(deps, actor.userId, choices);
  return ok(choices as NotificationPreferences);
}
