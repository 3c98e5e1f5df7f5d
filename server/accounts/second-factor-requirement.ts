import { and, eq, isNotNull } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { network, session, userTotp } from "../db/schema";

/** Whom the network's requirement covers: network animators and Fabrique admins (decision record 0141). */
export const requirementCovers = (actor: Pick<Actor, "isNetworkAnimator" | "memberships">) =>
  actor.isNetworkAnimator || actor.memberships.some((m) => m.role === "admin" && m.initiativeId === null);

/** Whether the network requires a second factor of animators and admins. */
export async function totpRequiredByNetwork(deps: Pick<Deps, "db">): Promise<boolean> {
  const [row] = await deps.db.select({ required: network.requireTotpForAdmins }).from(network).limit(1);
  return row?.required ?? false;
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
