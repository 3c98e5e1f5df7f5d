import { eq } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { totpRecoveryCode, userTotp } from "../db/schema";
import { verifyCredentials } from "./verify-credentials";
import { verifySecondFactor } from "./verify-second-factor";

/** Turn the second factor off: the account's password and a current code (or recovery code) are both needed. */
export async function disableTotp(
  deps: Pick<Deps, "db" | "clock" | "config">,
  actor: Actor,
  input: { password: string; code: string },
  options: { clientAddress?: string | null } = {},
): Promise<Result<void, "INVALID_INPUT" | "RATE_LIMITED">> {
  const password = await verifyCredentials(deps, actor.email, input.password, options);
  if (!password.ok) {
    if (password.error === "RATE_LIMITED") return { ...password, error: "RATE_LIMITED" };
    return fail("INVALID_INPUT", { fields: { password: fr.accounts.validation.currentPasswordWrong } });
  }
  const code = await verifySecondFactor(deps, actor.userId, input.code);
  if (!code.ok) return code;
  await deps.db.transaction(async (tx) => {
    await tx.delete(totpRecoveryCode).where(eq(totpRecoveryCode.userId, actor.userId));
    await tx.delete(userTotp).where(eq(userTotp.userId, actor.userId));
  });
  return ok(undefined);
}
