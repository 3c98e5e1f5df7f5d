import { and, eq, isNull } from "drizzle-orm";
import type { NotificationKind } from "../../shared/codes/notifications";
import type { Deps } from "../core/deps";
import { user } from "../db/schema";
import { saveDeliveries } from "./notification-preferences";
import { readUnsubscribeToken } from "./unsubscribe-token";

/** What an unsubscribe link names, when it is a genuine one for an account that still exists. */
export async function readUnsubscribeLink(
  deps: Pick<Deps, "db" | "config">,
  token: unknown,
): Promise<{ userId: string; kind: NotificationKind } | null> {
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
 * "never" for that person. No sign-in: the signature is the proof. Returns the kind, or null for
 * a link that is not genuine.
 */
export async function unsubscribe(
  deps: Pick<Deps, "db" | "config" | "clock">,
  token: unknown,
): Promise<NotificationKind | null> {
  const read = await readUnsubscribeLink(deps, token);
  if (!read) return null;
  await saveDeliveries(deps, read.userId, { [read.kind]: "never" });
  return read.kind;
}
