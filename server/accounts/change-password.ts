import { and, eq, ne } from "drizzle-orm";
import { z } from "zod";
import { fr } from "../../shared/i18n/fr";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors } from "../core/validation";
import { session, user } from "../db/schema";
import { hashPassword } from "./password";
import { passwordWeakness, personalWords } from "./password-strength";
import { revokeApiTokensOf } from "./revoke-api-token";
import { newPasswordPair, passwordField } from "./schemas";
import { verifyCredentials } from "./verify-credentials";

export const changePasswordInput = z.object({ currentPassword: passwordField }).and(newPasswordPair);

/**
 * Change one's own password, knowing the current one; other sessions are closed and every API
 * token is revoked (a token obtained with the old password must not outlive it).
 */
export async function changePassword(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  currentSessionId: string | null,
  input: z.input<typeof changePasswordInput>,
): Promise<Result<void, "INVALID_INPUT" | "RATE_LIMITED">> {
  const parsed = changePasswordInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const fabriques = actor.memberships.map((m) => m.fabriqueName);
  const weak = passwordWeakness(parsed.data.password, personalWords({ ...actor, fabriques }));
  if (weak) return fail("INVALID_INPUT", { fields: { password: weak } });
  const verified = await verifyCredentials(deps, actor.email, parsed.data.currentPassword);
  if (!verified.ok && verified.error === "RATE_LIMITED") return { ...verified, error: verified.error };
  if (!verified.ok || verified.value.id !== actor.userId) {
    return fail("INVALID_INPUT", {
      fields: { currentPassword: fr.accounts.validation.currentPasswordWrong },
    });
  }
  const passwordHash = await hashPassword(parsed.data.password);
  await deps.db.transaction(async (tx) => {
    await tx.update(user).set({ passwordHash }).where(eq(user.id, actor.userId));
    await revokeApiTokensOf(tx, actor.userId, deps.clock.now());
    await tx
      .delete(session)
      .where(
        currentSessionId
          ? and(eq(session.userId, actor.userId), ne(session.id, currentSessionId))
          : eq(session.userId, actor.userId),
      );
  });
  return ok(undefined);
}
