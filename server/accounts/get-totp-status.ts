import { and, count, eq, isNull } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { ok, type Result } from "../core/result";
import { session, totpRecoveryCode, user, userTotp } from "../db/schema";
import { requirementCovers, totpRequiredByNetwork } from "./second-factor-requirement";
import { drawTotpEnrolment, type TotpEnrolment } from "./start-totp-enrolment";
import { decryptTotpSecret } from "./totp-secrets";

export type TotpStatus = {
  enrolledAt: Date | null;
  hasPassword: boolean;
  recoveryCodesLeft: number;
  /** The network requires a second factor of this person's role. */
  required: boolean;
  /** This session's second factor was checked by the OpenID provider. */
  federationChecked: boolean;
  /** An enrolment begun and not confirmed yet: its QR code and secret, drawn again. */
  pending: TotpEnrolment | null;
};

/** What the security page shows about the signed-in person's second factor. */
export async function getTotpStatus(
  deps: Pick<Deps, "db" | "config">,
  actor: Actor,
  sessionId: string | null,
): Promise<Result<TotpStatus, never>> {
  const [account] = await deps.db
    .select({
      passwordHash: user.passwordHash,
      confirmedAt: userTotp.confirmedAt,
      secretEncrypted: userTotp.secretEncrypted,
    })
    .from(user)
    .leftJoin(userTotp, eq(userTotp.userId, user.id))
    .where(eq(user.id, actor.userId));
  const [left] = await deps.db
    .select({ n: count() })
    .from(totpRecoveryCode)
    .where(and(eq(totpRecoveryCode.userId, actor.userId), isNull(totpRecoveryCode.usedAt)));
  const [current] = sessionId
    ? await deps.db.select({ kind: session.secondFactor }).from(session).where(eq(session.id, sessionId))
    : [];
  return ok({
    enrolledAt: account?.confirmedAt ?? null,
    hasPassword: !!account?.passwordHash,
    recoveryCodesLeft: account?.confirmedAt ? (left?.n ?? 0) : 0,
    required: requirementCovers(actor) && (await totpRequiredByNetwork(deps)),
    federationChecked: current?.kind === "federation",
    pending:
      account?.secretEncrypted && !account.confirmedAt
        ? await pendingDrawing(account.secretEncrypted, deps.config.secret, actor.email)
        : null,
  });
}

/** The begun enrolment drawn again; null when its secret was sealed with another installation secret. */
async function pendingDrawing(stored: string, installationSecret: string, email: string) {
  try {
    return await drawTotpEnrolment(decryptTotpSecret(stored, installationSecret), email);
  } catch {
    return null;
  }
}
