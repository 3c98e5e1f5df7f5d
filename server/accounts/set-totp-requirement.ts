import type { Actor } from "../core/actor";
import { recordAuditEvent } from "../core/audit-log";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { getSystemState, setSystemState } from "../core/system-state";
import { TOTP_REQUIREMENT_KEY } from "./second-factor-requirement";

/**
 * The network animator turns on or off the requirement of a second factor for network animators
 * and Fabrique admins (decision record 0141); each change is journaled.
 */
export async function setTotpRequirement(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  input: { required: boolean },
): Promise<Result<{ required: boolean; changed: boolean }, "NOT_FOUND">> {
  if (!actor.isNetworkAnimator) return fail("NOT_FOUND");
  return deps.db.transaction(async (tx) => {
    const current = (await getSystemState<boolean>(tx, TOTP_REQUIREMENT_KEY)) === true;
    if (current === input.required) return ok({ required: input.required, changed: false });
    await setSystemState(tx, TOTP_REQUIREMENT_KEY, input.required);
    await recordAuditEvent(tx, {
      action: "network.totp-requirement-changed",
      at: deps.clock.now(),
      actorUserId: actor.userId,
      details: { required: input.required },
    });
    return ok({ required: input.required, changed: true });
  });
}
