import { and, eq, isNull } from "drizzle-orm";
import { notificationKinds } from "../../shared/codes/notifications";
import type { Deps } from "../core/deps";
import { user } from "../db/schema";
import { getNotificationPreferences, saveDeliveries } from "./notification-preferences";
import { readUnsubscribeToken, type UnsubscribeScope } from "./unsubscribe-token";

/** What an unsubscribe link names, when it is a genuine one for an account that still exists. */
export async function readUnsubscribeLink(
  deps: Pick<Deps, "db" | "config">,
  token: unknown,
): Promise<{ userId: string; kind: UnsubscribeScope } | null> {
  const read = readUnsubscribeToken(deps.config.secret, token);
  if (!read) return null;
  const [found] = await deps.db
    .select({ id: user.id })
    .from(user)
    .where(and(eq(user.id, read.userId), isNull(user.disabledAt)));
  return found ? read : null;
}

/**
 * One-click unsubscribe (RFC 8058, and the page's button): the kind the link names goes to
 * "never" for that person (a digest's link: every kind that digest carries). No sign-in: the signature is the proof. Returns the kind, or null for
 * a link that is not genuine.
 */
export async function unsubscribe(
  deps: Pick<Deps, "db" | "config" | "clock">,
  token: unknown,
): Promise<UnsubscribeScope | null> {
  const read = await readUnsubscribeLink(deps, token);
  if (!read) return null;
  if (read.kind === "digest-daily" || read.kind === "digest-weekly") {
    // A digest's link stops that digest: every kind it carries goes to "never".
    const frequency = read.kind === "digest-daily" ? "daily" : "weekly";
    const current = await getNotificationPreferences(deps, read.userId);
    const kinds = notificationKinds.filter((kind) => current[kind] === frequency);
    await saveDeliveries(deps, read.userId, Object.fromEntries(kinds.map((kind) => [kind, "never"])));
  } else {
    await saveDeliveries(deps, read.userId, { [read.kind]: "never" });
  }
  return read.kind;
}
