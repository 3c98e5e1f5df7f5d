import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { fr } from "../../shared/i18n/fr";
import { type Actor, isNetworkAnimator } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import { searchSynonym } from "../db/schema";
import { stemExpressions } from "../search/stem";
import { themeCodeSchema } from "./model-schemas";

export type SynonymGroupRow = { id: string; terms: string[]; themeCode: string | null; note: string };

export const createSynonymGroupInput = z.object({
  terms: z
    .preprocess(
      (v) =>
        (typeof v === "string" ? v.split(/\r?\n/) : Array.isArray(v) ? v : [])
          .map((term: unknown) => (typeof term === "string" ? term.trim() : term))
          .filter((term: unknown) => term !== ""),
      z.array(z.string().max(80)).min(2, { message: fr.catalogue.thesaurus.needTwo }).max(30),
    )
    .describe("Expressions équivalentes"),
  themeCode: z.preprocess((v) => (v === "" ? null : v), themeCodeSchema.nullable()).optional(),
  note: z.string().trim().max(500).optional().default(""),
});
export type CreateSynonymGroupInput = z.input<typeof createSynonymGroupInput>;

/** The thesaurus, as the network animator curates it (everyone's searches read it). */
export async function listSynonymGroups(deps: Pick<Deps, "db">, actor: Actor | null) {
  if (!isNetworkAnimator(actor)) return fail("NOT_FOUND");
  const rows = await deps.db
    .select({
      id: searchSynonym.id,
      terms: searchSynonym.terms,
      themeCode: searchSynonym.themeCode,
      note: searchSynonym.note,
    })
    .from(searchSynonym)
    .orderBy(asc(searchSynonym.createdAt), asc(searchSynonym.id));
  return ok(rows as SynonymGroupRow[]);
}

/** Add a group of equivalent expressions; their stems are computed now, as the index computes them. */
export async function createSynonymGroup(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor | null,
  input: Unparsed<CreateSynonymGroupInput>,
): Promise<Result<{ id: string }, "INVALID_INPUT" | "NOT_FOUND">> {
  if (!isNetworkAnimator(actor)) return fail("NOT_FOUND");
  const parsed = createSynonymGroupInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const { terms, themeCode, note } = parsed.data;
  const lexemes = await stemExpressions(deps.db, terms);
  const now = deps.clock.now();
  const [row] = await deps.db
    .insert(searchSynonym)
    .values({
      terms,
      lexemes,
      themeCode: themeCode ?? null,
      note,
      updatedByUserId: actor.userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: searchSynonym.id });
  return ok({ id: row!.id });
}

/** One group, for the confirmation step before it is removed. */
export async function getSynonymGroup(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  id: string,
): Promise<Result<SynonymGroupRow, "NOT_FOUND">> {
  if (!isNetworkAnimator(actor)) return fail("NOT_FOUND");
  if (!z.uuid().safeParse(id).success) return fail("NOT_FOUND");
  const [row] = await deps.db
    .select({
      id: searchSynonym.id,
      terms: searchSynonym.terms,
      themeCode: searchSynonym.themeCode,
      note: searchSynonym.note,
    })
    .from(searchSynonym)
    .where(eq(searchSynonym.id, id));
  return row ? ok(row) : fail("NOT_FOUND");
}

/**
 * Remove a group. It answers with what was removed, so the page can show it and offer to put it
 * back (`createSynonymGroup` with the same expressions, theme and note): no deleted group is
 * kept in the database.
 */
export async function deleteSynonymGroup(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  id: string,
): Promise<Result<SynonymGroupRow, "NOT_FOUND">> {
  if (!isNetworkAnimator(actor)) return fail("NOT_FOUND");
  if (!z.uuid().safeParse(id).success) return fail("NOT_FOUND");
  const [row] = await deps.db.delete(searchSynonym).where(eq(searchSynonym.id, id)).returning({
    id: searchSynonym.id,
    terms: searchSynonym.terms,
    themeCode: searchSynonym.themeCode,
    note: searchSynonym.note,
  });
  return row ? ok(row) : fail("NOT_FOUND");
}
