import { desc, eq } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { ok, type Result } from "../core/result";
import { apiToken } from "../db/schema";

export type ApiTokenListItem = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

/** One's own API tokens, newest first (never anyone else's, never the secret). */
export async function listApiTokens(
  deps: Pick<Deps, "db">,
  actor: Pick<Actor, "userId">,
): Promise<Result<ApiTokenListItem[], never>> {
  const rows = await deps.db
    .select({
      id: apiToken.id,
      name: apiToken.name,
      prefix: apiToken.prefix,
      createdAt: apiToken.createdAt,
      expiresAt: apiToken.expiresAt,
      lastUsedAt: apiToken.lastUsedAt,
      revokedAt: apiToken.revokedAt,
    })
    .from(apiToken)
    .where(eq(apiToken.userId, actor.userId))
    .orderBy(desc(apiToken.createdAt), desc(apiToken.id));
  return ok(rows);
}
