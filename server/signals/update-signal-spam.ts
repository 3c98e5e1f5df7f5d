import { eq, sql } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import { type SpamMark, signal, signalEvent } from "../db/schema";
import { findSignal } from "./get-signal";
import { canChangeSignal, canReadSignal } from "./signal-access";
import { type UpdateSignalSpamInput, updateSignalSpamInput } from "./signal-schemas";

/**
 * The team confirms that a signal is spam (it leaves the default list) or clears a suspected one
 * (decision record 0037). Any signal may be confirmed; only a marked one can be cleared. The
 * verdict, who and when are kept on the signal and written in its journal (a line whose status
 * does not change).
 */
export async function updateSignalSpam(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
  input: Unparsed<UpdateSignalSpamInput>,
): Promise<
  Result<{ id: string; spam: SpamMark; version: number }, "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND">
> {
  const row = await findSignal(deps, id);
  if (!row || !canReadSignal(actor, row)) return fail("NOT_FOUND");
  if (!canChangeSignal(actor, row)) return fail("FORBIDDEN");
  const parsed = updateSignalSpamInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const text = fr.signals.spamMark;
  if (parsed.data.verdict === "clear" && row.spam === null) {
    return fail("INVALID_INPUT", { message: text.notSuspected, fields: { verdict: text.notSuspected } });
  }
  const spam: SpamMark = parsed.data.verdict === "confirm" ? "confirmed" : "cleared";
  const now = deps.clock.now();
  const version = await deps.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(signal)
      .set({
        spam,
        spamReviewedByUserId: actor.userId,
        spamReviewedAt: now,
        updatedAt: now,
        version: sql`${signal.version} + 1`,
      })
      .where(eq(signal.id, row.id))
      .returning({ version: signal.version, status: signal.status });
    await tx.insert(signalEvent).values({
      signalId: row.id,
      fromStatus: updated!.status,
      toStatus: updated!.status,
      reason: spam === "confirmed" ? text.journalConfirmed : text.journalCleared,
      byUserId: actor.userId,
      at: now,
    });
    return updated!.version;
  });
  return ok({ id: row.id, spam, version });
}
