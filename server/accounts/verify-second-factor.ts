import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { Deps } from "../core/deps";
import { consumeRateLimit, type RateLimitPolicy, refundRateLimit } from "../core/rate-limit";
import { fail, ok, type Result } from "../core/result";
import { totpRecoveryCode, userTotp } from "../db/schema";
import { checkTotpCode } from "./check-totp-code";
import { hashRecoveryCode } from "./totp-secrets";

/** Wrong second-factor codes allowed per account: 5 per 15 minutes, counted in the database (0041). */
export const secondFactorLimit = {
  action: "second-factor:account",
  max: 5,
  windowMs: 15 * 60_000,
} satisfies RateLimitPolicy;

/**
 * Check the second factor of an account whose password was right: its authenticator's code, or
 * one of its recovery codes (used up at once). Every attempt counts against the account's limit;
 * a success is given back. `usedRecoveryCode` says how the person got in.
 */
export async function verifySecondFactor(
  deps: Pick<Deps, "db" | "clock" | "config">,
  userId: string,
  code: string,
): Promise<Result<{ usedRecoveryCode: boolean }, "INVALID_INPUT" | "RATE_LIMITED">> {
  const verdict = await consumeRateLimit(deps, secondFactorLimit, userId);
  if (!verdict.allowed) {
    const minutes = Math.max(1, Math.ceil(verdict.retryAfterSeconds / 60));
    return fail("RATE_LIMITED", {
      message: t(fr.accounts.totp.limited, { minutes }),
      details: { retryAfterSeconds: verdict.retryAfterSeconds },
    });
  }
  const [row] = await deps.db
    .select()
    .from(userTotp)
    .where(and(eq(userTotp.userId, userId), isNotNull(userTotp.confirmedAt)));
  if (!row) return fail("INVALID_INPUT", { fields: { code: fr.accounts.totp.codeWrong } });
  let usedRecoveryCode = false;
  let accepted = await checkTotpCode(deps, row, code);
  if (!accepted && /[a-z]/i.test(code)) {
    const [used] = await deps.db
      .update(totpRecoveryCode)
      .set({ usedAt: deps.clock.now() })
      .where(
        and(
          eq(totpRecoveryCode.userId, userId),
          eq(totpRecoveryCode.codeHash, hashRecoveryCode(code)),
          isNull(totpRecoveryCode.usedAt),
        ),
      )
      .returning({ id: totpRecoveryCode.id });
    accepted = usedRecoveryCode = used !== undefined;
  }
  if (!accepted) return fail("INVALID_INPUT", { fields: { code: fr.accounts.totp.codeWrong } });
  await refundRateLimit(deps, secondFactorLimit, userId);
  return ok({ usedRecoveryCode });
}
