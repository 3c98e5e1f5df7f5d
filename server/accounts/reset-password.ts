import { and, eq, gt, isNull } from "drizzle-orm";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors } from "../core/validation";
import { fabrique, membership, passwordReset, session, user } from "../db/schema";
import { type CreatedSession, createSession } from "./create-session";
import { hashPassword } from "./password";
import { passwordWeakness, personalWords } from "./password-strength";
import { revokeApiTokensOf } from "./revoke-api-token";
import { newPasswordPair } from "./schemas";
import { hashSecretToken } from "./secret-token";

/**
 * Set a new password from a reset link: the link is used up, every session of the account is
 * closed and every API token revoked (someone else may hold one), and a fresh session is opened
 * for the person who reset it.
 */
export async function resetPassword(
  deps: Pick<Deps, "db" | "clock">,
  token: string,
  input: { password?: unknown; passwordConfirmation?: unknown },
  options: { userAgent?: string | null } = {},
): Promise<Result<CreatedSession & { userId: string }, "INVALID_INPUT" | "TOKEN_INVALID">> {
  const parsed = newPasswordPair.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const weak = passwordWeakness(parsed.data.password, await wordsOfLinkOwner(deps, token));
  if (weak) return fail("INVALID_INPUT", { fields: { password: weak } });
  const passwordHash = await hashPassword(parsed.data.password);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    // Claimed in one statement, so a link can never be used twice, even by two requests at once.
    const [claimed] = await tx
      .update(passwordReset)
      .set({ usedAt: now })
      .where(
        and(
          eq(passwordReset.tokenHash, hashSecretToken(token)),
          isNull(passwordReset.usedAt),
          gt(passwordReset.expiresAt, now),
        ),
      )
      .returning({ userId: passwordReset.userId });
    if (!claimed) return fail("TOKEN_INVALID");
    const [account] = await tx
      .update(user)
      .set({ passwordHash })
      .where(and(eq(user.id, claimed.userId), isNull(user.disabledAt)))
      .returning({ id: user.id });
    if (!account) return fail("TOKEN_INVALID");
    // Other links sent earlier stop working too: the password they were for is gone.
    await tx
      .update(passwordReset)
      .set({ usedAt: now })
      .where(and(eq(passwordReset.userId, account.id), isNull(passwordReset.usedAt)));
    await tx.delete(session).where(eq(session.userId, account.id));
    await revokeApiTokensOf(tx, account.id, now);
    const created = await createSession(deps, account.id, { ...options, db: tx });
    if (!created.ok) return created;
    return ok({ ...created.value, userId: account.id });
  });
}

/** The name, e-mail and Fabriques of the account a reset link is for (none for an unknown link). */
async function wordsOfLinkOwner(deps: Pick<Deps, "db">, token: string): Promise<string[]> {
  const rows = await deps.db
    .select({ name: user.name, email: user.email, fabrique: fabrique.name })
    .from(passwordReset)
    .innerJoin(user, eq(user.id, passwordReset.userId))
    .leftJoin(membership, eq(membership.userId, user.id))
    .leftJoin(fabrique, eq(fabrique.id, membership.fabriqueId))
    .where(eq(passwordReset.tokenHash, hashSecretToken(token)));
  const [first] = rows;
  if (!first) return [];
  const fabriques = rows.flatMap((row) => (row.fabrique ? [row.fabrique] : []));
  return personalWords({ name: first.name, email: first.email, fabriques });
}
