import type { Actor } from "../core/actor";
import { recordAuditEvent } from "../core/audit-log";
import type { Deps } from "../core/deps";
import { ok, type Result } from "../core/result";
import { replaceRecoveryCodes } from "./recovery-codes";
import { verifySecondFactor } from "./verify-second-factor";

/**
 * Ten new recovery codes, shown once, for a person who proves their second factor again with a
 * current code (or a recovery code); the old ones stop working. Journaled.
 */
export async function regenerateRecoveryCodes(
  deps: Pick<Deps, "db" | "clock" | "config">,
  actor: Actor,
  input: { code: string },
): Promise<Result<{ recoveryCodes: string[] }, "INVALID_INPUT" | "RATE_LIMITED">> {
  const checked = await verifySecondFactor(deps, actor.userId, input.code);
  if (!checked.ok) return checked;
  const now = deps.clock.now();
  const recoveryCodes = await deps.db.transaction(async (tx) => {
    const codes = await replaceRecoveryCodes(tx, actor.userId, now);
    await recordAuditEvent(tx, {
      action: "totp.recovery-regenerated",
      at: now,
      actorUserId: actor.userId,
      subjectUserId: actor.userId,
    });
    return codes;
  });
  return ok({ recoveryCodes });
}
