import { eq } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import type { Actor } from "../core/actor";
import { recordAuditEvent } from "../core/audit-log";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { totpRecoveryCode, user, userTotp } from "../db/schema";
import { verifyCredentials } from "./verify-credentials";
import { verifySecondFactor } from "./verify-second-factor";

/**
 * Turn the second factor off: the account's password (when it has one) and a current code (or a
 * recovery code) are both needed. Journaled.
 */
export async function disableTotp(
  deps: Pick<Deps, "db" | "clock" | "config">,
  actor: Actor,
  input: { password: string; code: string },
  options: { clientAddress?: string | null } = {},
): Promise<Result<void, "INVALID_INPUT" | "RATE_LIMITED">> {
  const [account] = await deps.db
    .select({ passwordHash: user.passwordHash })
    .from(user)
    .where(eq(user.id, actor.userId));
  // An account signed in only through the OpenID provider has no password: the code alone.
  if (account?.passwordHash) {
    const password = await verifyCredentials(deps, actor.email, input.password, options);
    if (!password.ok) {
      if (password.error === "RATE_LIMITED") return { ...password, error: "RATE_LIMITED" };
      return fail("INVALID_INPUT", { fields: { password: fr.accounts.validation.currentPasswordWrong } });
    }
  }
  const code = await verifySecondFactor(deps, actor.userId, input.code);
  if (!code.ok) return code;
  await deps.db.transaction(async (tx) => {
    await tx.delete(totpRecoveryCode).where(eq(totpRecoveryCode.userId, actor.userId));
    await tx.delete(userTotp).where(eq(userTotp.userId, actor.userId));
    await recordAuditEvent(tx, {
      action: "totp.disabled",
      at: deps.clock.now(),
      actorUserId: actor.userId,
      subjectUserId: actor.userId,
    });
  });
  return ok(undefined);
}
