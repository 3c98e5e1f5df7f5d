import { and, eq, sql } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import { initiative } from "../db/schema";
import type { TerritoryRef } from "../territories/territory-schemas";
import { loadInitiativeForEdit } from "./initiative-access";
import { recordInitiativeEvent } from "./initiative-journal";
import { checkInitiativeReferences } from "./initiative-references";
import { type UpdateInitiativeInput, updateInitiativeInput } from "./initiative-schemas";

type Row = typeof initiative.$inferSelect;
type EditableField =
  | "title"
  | "summary"
  | "description"
  | "privateNotes"
  | "themes"
  | "publics"
  | "modelId"
  | "commissionerOrganisationId"
  | "officerUserId";

const asText = (value: unknown): string | null =>
  value === null || value === undefined ? null : Array.isArray(value) ? value.join(", ") : String(value);

type JournalLine = { field: string; before: string | null; after: string | null; teamOnly: boolean };

/** What really changes (a field typed as it was is left out), and a journal line for each. */
function changesOf(row: Row, changes: Partial<Record<EditableField, unknown>>, stored: TerritoryRef | null) {
  const set: Partial<Row> = {};
  const lines: JournalLine[] = [];
  for (const [field, value] of Object.entries(changes) as [EditableField, unknown][]) {
    if (value === undefined) continue;
    if (asText(row[field]) === asText(value)) continue;
    (set as Record<string, unknown>)[field] = value;
    lines.push({
      field,
      before: asText(row[field]),
      after: asText(value),
      teamOnly: field === "privateNotes",
    });
  }
  if (stored && (stored.kind !== row.territoryKind || stored.code !== row.territoryCode)) {
    set.territoryKind = stored.kind;
    set.territoryCode = stored.code;
    lines.push({
      field: "territory",
      before: `${row.territoryKind}:${row.territoryCode}`,
      after: `${stored.kind}:${stored.code}`,
      teamOnly: false,
    });
  }
  return { set, lines };
}

/**
 * The Fabrique's team edits the initiative's card. The edit names the version
 * it was made from: if someone saved meanwhile nothing is written and CONFLICT says so, and the
 * page keeps what the user typed. Each changed field is a journal line with before and after.
 */
export async function updateInitiative(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
  input: Unparsed<UpdateInitiativeInput>,
): Promise<
  Result<
    { id: string; version: number; changed: string[] },
    "CONFLICT" | "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND" | "WRITE_REFUSED"
  >
> {
  const loaded = await loadInitiativeForEdit(deps, actor, id, "initiative.update");
  if (!loaded.ok) return loaded;
  const { initiative: row, access } = loaded.value;
  // The card (title, territory, commissioner, officer…) is the Fabrique's: the carrier works in
  // the dossier (meetings, tasks, handover, follow-up figures) but does not rewrite it.
  if (access.level !== "team") {
    return fail("FORBIDDEN", { message: fr.initiatives.validation.teamFields });
  }
  const parsed = updateInitiativeInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const { version, territory, ...changes } = parsed.data;
  if (changes.privateNotes !== undefined && !access.canSeePrivate) {
    return fail("INVALID_INPUT", { fields: { privateNotes: fr.initiatives.validation.privateNotes } });
  }
  const checked = await checkInitiativeReferences(deps, actor, row.fabriqueId, {
    territory,
    themes: changes.themes,
    modelId: changes.modelId,
    commissionerOrganisationId: changes.commissionerOrganisationId,
    officerUserId: changes.officerUserId,
  });
  if (!checked.ok) return checked;
  const { set, lines } = changesOf(row, changes, checked.value.territory);
  if (version !== row.version) {
    return fail("CONFLICT", {
      message: fr.initiatives.validation.stale,
      details: { currentVersion: row.version },
    });
  }
  if (!lines.length) return ok({ id, version: row.version, changed: [] });
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(initiative)
      .set({ ...set, version: sql`${initiative.version} + 1`, updatedAt: now })
      .where(and(eq(initiative.id, id), eq(initiative.version, version)))
      .returning({ version: initiative.version });
    if (!updated) {
      return fail("CONFLICT", {
        message: fr.initiatives.validation.stale,
        details: { currentVersion: row.version },
      });
    }
    for (const line of lines) {
      await recordInitiativeEvent(tx, {
        initiativeId: id,
        kind: "field",
        field: line.field,
        before: line.teamOnly ? null : line.before,
        after: line.teamOnly ? null : line.after,
        teamOnly: line.teamOnly,
        byUserId: actor.userId,
        at: now,
      });
    }
    return ok({ id, version: updated.version, changed: lines.map((l) => l.field) });
  });
}
