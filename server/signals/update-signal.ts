import { and, eq, sql } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import { signal } from "../db/schema";
import { findSignal } from "./get-signal";
import { checkSignalReferences } from "./insert-signal";
import { canChangeSignal, canReadSignal } from "./signal-access";
import { type UpdateSignalInput, updateSignalInput } from "./signal-schemas";

/**
 * The team edits a signal's content and its coverage conclusion. The edit names the version it
 * was made from; if someone saved meanwhile, nothing is written and CONFLICT says so (the page
 * keeps what the user typed). Status is never written here.
 */
export async function updateSignal(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
  input: Unparsed<UpdateSignalInput>,
): Promise<
  Result<{ id: string; version: number }, "CONFLICT" | "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND">
> {
  const row = await findSignal(deps, id);
  if (!row || !canReadSignal(actor, row)) return fail("NOT_FOUND");
  if (!canChangeSignal(actor, row)) return fail("FORBIDDEN");
  const parsed = updateSignalInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const { version, territory, ...changes } = parsed.data;
  const checked = await checkSignalReferences(deps, { territory, themes: changes.themes });
  if (!checked.ok) return checked;
  const stored = checked.value.territory;
  const [updated] = await deps.db
    .update(signal)
    .set({
      ...changes,
      ...(stored ? { territoryKind: stored.kind, territoryCode: stored.code } : {}),
      version: sql`${signal.version} + 1`,
      updatedAt: deps.clock.now(),
    })
    .where(and(eq(signal.id, id), eq(signal.version, version)))
    .returning({ id: signal.id, version: signal.version });
  if (!updated) {
    return fail("CONFLICT", { message: fr.signals.form.stale, details: { currentVersion: row.version } });
  }
  return ok(updated);
}
