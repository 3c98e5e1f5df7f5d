import { and, eq, isNotNull } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { getSystemState } from "../core/system-state";
import { session, userTotp } from "../db/schema";

/** Whom the network's requirement covers: network animators and Fabrique admins (decision record 0141). */
export const requirementCovers = (actor: Pick<Actor, "isNetworkAnimator" | "memberships">) =>
  actor.isNetworkAnimator || actor.memberships.some((m) => m.role === "admin" && m.initiativeId === null);

/**
 * Where the network's setting is kept: the installation's `system_state` (one network per
 * installation), so it works whether or not a `network` row was ever written.
 */
export const TOTP_REQUIREMENT_KEY = "accounts.totp-required-for-admins";

/** Whether the network requires a second factor of animators and admins. */
export async function totpRequiredByNetwork(deps: Pick<Deps, "db">): Promise<boolean> {
  return (await getSystemState<boolean>(deps.db, TOTP_REQUIREMENT_KEY)) === true;
}

/** Whether this person has a confirmed TOTP second factor. */
export async function hasConfirmedTotp(deps: Pick<Deps, "db">, userId: string): Promise<boolean> {
  const [row] = await deps.db
    .select({ userId: userTotp.userId })
    .from(userTotp)
    .where(and(eq(userTotp.userId, userId), isNotNull(userTotp.confirmedAt)));
  return row !== undefined;
}

/**
 * Whether this signed-in person must enrol a second factor before using the app: the network
 * requires it of their role, they have no TOTP, and the session was not opened with a second
 * factor checked by the OpenID provider.
 */
export async function secondFactorDue(
  deps: Pick<Deps, "db">,
  actor: Actor,
  sessionId: string | null,
): Promise<boolean> {
  if (!requirementCovers(actor) || !(await totpRequiredByNetwork(deps))) return false;
  if (await hasConfirmedTotp(deps, actor.userId)) return false;
  if (!sessionId) return true;
  const [row] = await deps.db
    .select({ secondFactor: session.secondFactor })
    .from(session)
    .where(eq(session.id, sessionId));
  return row?.secondFactor !== "federation";
}
