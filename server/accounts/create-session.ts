import type { SecondFactorKind } from "../../shared/codes/accounts";
import type { Deps } from "../core/deps";
import { ok, type Result } from "../core/result";
import type { Db } from "../db/database";
import { session } from "../db/schema";
import { addDays, SESSION_DAYS } from "./schemas";
import { generateSecretToken, hashSecretToken } from "./secret-token";

export type CreatedSession = { token: string; sessionId: string; expiresAt: Date };

/** Open a browser session for a user; the token goes into the cookie, only its hash is stored. */
export async function createSession(
  deps: Pick<Deps, "db" | "clock">,
  userId: string,
  options: {
    userAgent?: string | null;
    db?: Db;
    oidcIdToken?: string;
    secondFactor?: SecondFactorKind | null;
  } = {},
): Promise<Result<CreatedSession, never>> {
  const token = generateSecretToken();
  const now = deps.clock.now();
  const expiresAt = addDays(now, SESSION_DAYS);
  const [row] = await (options.db ?? deps.db)
    .insert(session)
    .values({
      tokenHash: hashSecretToken(token),
      userId,
      createdAt: now,
      expiresAt,
      userAgent: options.userAgent?.slice(0, 300) ?? null,
      oidcIdToken: options.oidcIdToken ?? null,
      secondFactor: options.secondFactor ?? null,
    })
    .returning({ id: session.id });
  return ok({ token, sessionId: row!.id, expiresAt });
}
