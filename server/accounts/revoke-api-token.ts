import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import type { Db } from "../db/database";
import { apiToken } from "../db/schema";

/**
 * Revoke one of one's own API tokens; it stops working at once. Someone else's token is
 * NOT_FOUND. Revoking an already revoked token keeps its first revocation date.
 */
export async function revokeApiToken(
  deps: Pick<Deps, "db" | "clock">,
  actor: Pick<Actor, "userId">,
  tokenId: string,
): Promise<Result<{ id: string; name: string; revokedAt: Date }, "NOT_FOUND">> {
  if (!z.uuid().safeParse(tokenId).success) return fail("NOT_FOUND");
  const [row] = await deps.db
    .select({ id: apiToken.id, name: apiToken.name, revokedAt: apiToken.revokedAt })
    .from(apiToken)
    .where(and(eq(apiToken.id, tokenId), eq(apiToken.userId, actor.userId)));
  if (!row) return fail("NOT_FOUND");
  if (row.revokedAt) return ok({ id: row.id, name: row.name, revokedAt: row.revokedAt });
  const now = deps.clock.now();
  await deps.db.update(apiToken).set({ revokedAt: now }).where(eq(apiToken.id, row.id));
  return ok({ id: row.id, name: row.name, revokedAt: now });
}

/**
 * Revoke every API token of an account still in use, when its password is reset or changed
 * (issue 14, hole 5): a token obtained with the old password must not outlive it.
 */
export async function revokeApiTokensOf(db: Db, userId: string, at: Date): Promise<void> {
  await db
    .update(apiToken)
    .set({ revokedAt: at })
    .where(and(eq(apiToken.userId, userId), isNull(apiToken.revokedAt)));
}
