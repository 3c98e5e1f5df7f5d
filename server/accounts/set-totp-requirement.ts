import { eq } from "drizzle-orm";
import type { Actor } from "../core/actor";
import { recordAuditEvent } from "../core/audit-log";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { network } from "../db/schema";

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
    const [row] = await tx.select().from(network).limit(1);
    if (!row) return fail("NOT_FOUND");
    if (row.requireTotpForAdmins === input.required) return ok({ required: input.required, changed: false });
    await tx.update(network).set({ requireTotpForAdmins: input.required }).where(eq(network.id, row.id));
    await recordAuditEvent(tx, {
      action: "network.totp-requirement-changed",
      at: deps.clock.now(),
      actorUserId: actor.userId,
      details: { required: input.required },
    });
    return ok({ required: input.required, changed: true });
  });
}
