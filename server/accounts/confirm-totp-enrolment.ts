import { and, eq, isNull } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import type { Actor } from "../core/actor";
import { recordAuditEvent } from "../core/audit-log";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { userTotp } from "../db/schema";
import { checkTotpCode } from "./check-totp-code";
import { replaceRecoveryCodes } from "./recovery-codes";

/**
 * Confirm an enrolment with a first code from the authenticator: from then on sign-in asks for a
 * code. Returns ten recovery codes, shown once; only their hashes are stored.
 */
export async function confirmTotpEnrolment(
  deps: Pick<Deps, "db" | "clock" | "config">,
  actor: Actor,
  input: { code: string },
): Promise<Result<{ recoveryCodes: string[] }, "INVALID_INPUT" | "CONFLICT">> {
  const [row] = await deps.db.select().from(userTotp).where(eq(userTotp.userId, actor.userId));
  if (!row || row.confirmedAt) return fail("CONFLICT");
  if (!(await checkTotpCode(deps, row, input.code))) {
    return fail("INVALID_INPUT", { fields: { code: fr.accounts.totp.codeWrong } });
  }
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const [confirmed] = await tx
      .update(userTotp)
      .set({ confirmedAt: now })
      .where(and(eq(userTotp.userId, actor.userId), isNull(userTotp.confirmedAt)))
      .returning({ userId: userTotp.userId });
    if (!confirmed) return fail("CONFLICT");
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.userId, now);
    await recordAuditEvent(tx, {
      action: "totp.enabled",
      at: now,
      actorUserId: actor.userId,
      subjectUserId: actor.userId,
    });
    return ok({ recoveryCodes });
  });
}
