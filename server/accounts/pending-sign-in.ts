import { lt } from "drizzle-orm";
import type { Deps } from "../core/deps";
import type { Db } from "../db/database";
import { pendingSignIn } from "../db/schema";
import { generateSecretToken, hashSecretToken } from "./secret-token";

/** How long the second step of a sign-in waits for its code. */
export const PENDING_SIGN_IN_MINUTES = 10;

export type PendingSecondFactor = { step: "second-factor"; pendingToken: string; expiresAt: Date };

/**
 * The first factor was right and the account has a second one (decision record 0139): a pending
 * sign-in, not a session. The browser keeps the token in a short cookie; only its hash is stored.
 */
export async function createPendingSignIn(
  deps: Pick<Deps, "clock">,
  db: Db,
  input: { userId: string; redirectTo: string; userAgent?: string | null; oidcIdToken?: string },
): Promise<PendingSecondFactor> {
  const now = deps.clock.now();
  await db.delete(pendingSignIn).where(lt(pendingSignIn.expiresAt, now));
  const pendingToken = generateSecretToken();
  const expiresAt = new Date(now.getTime() + PENDING_SIGN_IN_MINUTES * 60_000);
  await db.insert(pendingSignIn).values({
    tokenHash: hashSecretToken(pendingToken),
    userId: input.userId,
    redirectTo: input.redirectTo,
    oidcIdToken: input.oidcIdToken ?? null,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
    createdAt: now,
    expiresAt,
  });
  return { step: "second-factor", pendingToken, expiresAt };
}
