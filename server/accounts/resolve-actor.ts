import { and, eq, gt, isNull } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { apiToken, fabrique, membership, session, user } from "../db/schema";
import { secondFactorDue } from "./second-factor-requirement";
import { hashSecretToken } from "./secret-token";

/** Load a user and their memberships as an Actor; null for an unknown or disabled user. */
export async function loadActor(deps: Pick<Deps, "db">, userId: string): Promise<Actor | null> {
  const [row] = await deps.db.select().from(user).where(eq(user.id, userId));
  if (!row || row.disabledAt) return null;
  const memberships = await deps.db
    .select({
      fabriqueId: membership.fabriqueId,
      fabriqueSlug: fabrique.slug,
      fabriqueName: fabrique.name,
      role: membership.role,
      initiativeId: membership.initiativeId,
    })
    .from(membership)
    .innerJoin(fabrique, eq(fabrique.id, membership.fabriqueId))
    .where(eq(membership.userId, userId))
    .orderBy(fabrique.name);
  return {
    userId: row.id,
    email: row.email,
    name: row.name,
    isNetworkAnimator: row.isNetworkAnimator,
    memberships,
  };
}

/**
 * The actor behind a session cookie, if the session exists and has not expired, and whether they
 * must enrol a second factor before anything else (decision record 0141).
 */
export async function resolveSessionActor(
  deps: Pick<Deps, "db" | "clock">,
  cookieToken: string | undefined,
): Promise<{ actor: Actor; sessionId: string; secondFactorDue: boolean } | null> {
  if (!cookieToken) return null;
  const [row] = await deps.db
    .select({ id: session.id, userId: session.userId })
    .from(session)
    .where(and(eq(session.tokenHash, hashSecretToken(cookieToken)), gt(session.expiresAt, deps.clock.now())));
  if (!row) return null;
  const actor = await loadActor(deps, row.userId);
  if (!actor) return null;
  return { actor, sessionId: row.id, secondFactorDue: await secondFactorDue(deps, actor, row.id) };
}

/** The actor behind an `Authorization: Bearer …` API token that is neither revoked nor expired. */
export async function resolveTokenActor(
  deps: Pick<Deps, "db" | "clock">,
  bearer: string | undefined,
): Promise<Actor | null> {
  if (!bearer) return null;
  const now = deps.clock.now();
  const [row] = await deps.db
    .update(apiToken)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(apiToken.tokenHash, hashSecretToken(bearer)),
        isNull(apiToken.revokedAt),
        gt(apiToken.expiresAt, now),
      ),
    )
    .returning({ userId: apiToken.userId });
  if (!row) return null;
  return loadActor(deps, row.userId);
}
