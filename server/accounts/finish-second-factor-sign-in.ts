import { and, count, eq, gt, isNull } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { recordAuditEvent } from "../core/audit-log";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { pendingSignIn, totpRecoveryCode } from "../db/schema";
import { type CreatedSession, createSession } from "./create-session";
import { hashSecretToken } from "./secret-token";
import { noteSignInDevice } from "./sign-in-device";
import { verifySecondFactor } from "./verify-second-factor";

export type FinishedSecondFactor = CreatedSession & {
  userId: string;
  redirectTo: string;
  deviceToken: string;
  /** Recovery codes left when one was just used, otherwise null. */
  recoveryCodesLeft: number | null;
};

/**
 * The second step of a sign-in (decision record 0139): the pending sign-in named by the browser's
 * cookie, and a code from the authenticator or a recovery code. Only the browser holding that
 * cookie can finish it; wrong codes count against the account's limit (5 per 15 minutes), so a
 * stolen password does not open the account by trying codes. A right code uses the pending sign-in
 * up and opens the session.
 */
export async function finishSecondFactorSignIn(
  deps: Pick<Deps, "db" | "clock" | "config">,
  input: { cookieToken: string | undefined; code: string },
  options: { deviceToken?: string | null } = {},
): Promise<Result<FinishedSecondFactor, "TOKEN_INVALID" | "INVALID_INPUT" | "RATE_LIMITED">> {
  const expired = fail("TOKEN_INVALID", { message: fr.accounts.totp.step.expired });
  if (!input.cookieToken) return expired;
  const tokenHash = hashSecretToken(input.cookieToken);
  const [pending] = await deps.db
    .select()
    .from(pendingSignIn)
    .where(and(eq(pendingSignIn.tokenHash, tokenHash), gt(pendingSignIn.expiresAt, deps.clock.now())));
  if (!pending) return expired;
  if (!input.code.trim()) return fail("INVALID_INPUT", { fields: { code: fr.accounts.totp.codeRequired } });
  const checked = await verifySecondFactor(deps, pending.userId, input.code);
  if (!checked.ok) return checked;
  const { usedRecoveryCode } = checked.value;
  return deps.db.transaction(async (tx) => {
    const [claimed] = await tx.delete(pendingSignIn).where(eq(pendingSignIn.id, pending.id)).returning();
    if (!claimed) return expired;
    const created = await createSession(deps, pending.userId, {
      db: tx,
      userAgent: pending.userAgent,
      oidcIdToken: pending.oidcIdToken ?? undefined,
      secondFactor: usedRecoveryCode ? "recovery" : "totp",
    });
    if (!created.ok) return created;
    let recoveryCodesLeft: number | null = null;
    if (usedRecoveryCode) {
      const [left] = await tx
        .select({ n: count() })
        .from(totpRecoveryCode)
        .where(and(eq(totpRecoveryCode.userId, pending.userId), isNull(totpRecoveryCode.usedAt)));
      recoveryCodesLeft = left?.n ?? 0;
      await recordAuditEvent(tx, {
        action: "totp.recovery-used",
        at: deps.clock.now(),
        actorUserId: pending.userId,
        subjectUserId: pending.userId,
        details: { left: recoveryCodesLeft },
      });
    }
    const deviceToken = await noteSignInDevice(deps, tx, {
      userId: pending.userId,
      deviceToken: options.deviceToken,
      userAgent: pending.userAgent,
      method: pending.oidcIdToken ? "oidc" : "password",
    });
    return ok({
      ...created.value,
      userId: pending.userId,
      redirectTo: pending.redirectTo,
      deviceToken,
      recoveryCodesLeft,
    });
  });
}
