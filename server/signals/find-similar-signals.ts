import { eq, inArray, sql } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fabrique, signal } from "../db/schema";
import type { TerritoryRef } from "../territories/territory-schemas";
import { canReadSignal } from "./signal-access";
import { rankSimilar, type SimilarItemBase } from "./similar-ranking";
import { type SignalCandidate, similarSignalCandidates } from "./similar-signal-candidates";
import {
  type ComparedTexts,
  closenessSql,
  fold,
  isComparable,
  sharedThemesSql,
  territoryNameSql,
  typedTexts,
  typedTitleOf,
} from "./similar-sql";

/**
 * A signal that looks like the one being read or written, from any Fabrique of the network.
 * What the actor may read (`canOpen`) comes with a short excerpt and a link; any other signal —
 * another Fabrique's, or one of their own Fabrique they may not read — shows only its public
 * fields (title, kind, status, territory name, themes, Fabrique) and the Fabrique's contact:
 * never its description, submitter, source or evidence.
 */
export type SimilarSignal = SimilarItemBase & {
  kind: (typeof signal.$inferSelect)["kind"];
  status: (typeof signal.$inferSelect)["status"];
};

export type SimilarDraft = {
  /** The signal itself, left out of its own results. */
  id?: string;
  title: string;
  description: string;
  territory: TerritoryRef | null;
  themes?: readonly string[];
};

const EXCERPT_LENGTH = 200;

/** The actor's own Fabriques (Fabrique-wide memberships, not a carrier's single initiative). */
export function ownFabriqueIds(actor: Actor): Set<string> {
  return new Set(actor.memberships.filter((m) => m.initiativeId === null).map((m) => m.fabriqueId));
}

/**
 * Signals across the whole network that look like this text, ranked by text similarity,
 * territory closeness and shared themes (`similar-ranking.ts`). Merged and rejected signals are
 * left out. At most NEAR_KEPT + FAR_KEPT candidates (`similar-signal-candidates.ts`) are ranked.
 */
export async function findSimilarSignals(
  deps: Pick<Deps, "db">,
  actor: Actor,
  draft: SimilarDraft,
  limit = 5,
): Promise<SimilarSignal[]> {
  if (!isComparable(draft)) return [];
  const typed = typedTexts(draft);
  // Confirmed spam is never offered as a duplicate (decision record 0037).
  const open = sql`s.status not in ('merged', 'rejected') and s.spam is distinct from 'confirmed'${draft.id ? sql` and s.id <> ${draft.id}` : sql``}`;
  const candidates = await similarSignalCandidates(deps, {
    typedTitle: typedTitleOf(draft),
    typed,
    territory: draft.territory,
    open,
  });
  if (candidates.length === 0) return [];
  const measured = await readCandidates(deps, draft, typed, candidates);
  const own = ownFabriqueIds(actor);
  const ranked = rankSimilar(
    measured.map((row) => {
      const canOpen = canReadSignal(actor, row);
      const compared = canOpen ? row.similarity : row.titleOnly;
      return { ...row, canOpen, similarity: Number(compared), sharedThemes: row.sharedThemes ?? [] };
    }),
    limit,
  );
  return ranked.map((row) => {
    const canOpen = row.canOpen;
    return {
      id: row.id,
      reference: row.reference,
      kind: row.kind,
      title: row.title,
      status: row.status,
      territoryName: row.territoryName,
      themes: row.themes,
      fabriqueName: row.fabriqueName,
      sameFabrique: own.has(row.fabriqueId),
      canOpen,
      excerpt: canOpen ? row.excerpt : null,
      contactEmail: canOpen ? null : row.fabriqueContactEmail,
      similarity: row.similarity,
      sameTerritory: row.closeness === "same",
      closeness: row.closeness,
      score: row.score,
      why: row.why,
    };
  });
}

/**
 * The candidates' public and private fields, with their text similarity: the titles' measures come
 * with the candidates, the whole texts' (title and description start) from this query, combined
 * as `textSimilarity` and `titleSimilarity` of `similar-sql.ts` do (the same arithmetic). Sorted
 * by title measure, then reference (a stable sort of rows in the database's order of references).
 */
async function readCandidates(
  deps: Pick<Deps, "db">,
  draft: SimilarDraft,
  typed: ComparedTexts,
  candidates: readonly SignalCandidate[],
) {
  const storedText = fold(sql`${signal.title} || ' ' || left(${signal.description}, 500)`);
  const columns = { kind: signal.territoryKind, code: signal.territoryCode };
  const rows = await deps.db
    .select({
      id: signal.id,
      reference: signal.reference,
      kind: signal.kind,
      title: signal.title,
      status: signal.status,
      territoryName: territoryNameSql(columns),
      themes: signal.themes,
      fabriqueId: signal.fabriqueId,
      fabriqueName: fabrique.name,
      fabriqueContactEmail: fabrique.contactEmail,
      createdByUserId: signal.createdByUserId,
      excerpt: sql<string>`left(${signal.description}, ${EXCERPT_LENGTH})`,
      textOnly: sql<number>`similarity(${storedText}, ${typed.text})::float8`,
      closeness: closenessSql(draft.territory, columns),
      sharedThemes: sharedThemesSql(signal.themes, draft.themes ?? []),
    })
    .from(signal)
    .innerJoin(fabrique, eq(fabrique.id, signal.fabriqueId))
    .where(
      inArray(
        signal.id,
        candidates.map((c) => c.id),
      ),
    )
    .orderBy(signal.reference);
  const titles = new Map(candidates.map((c) => [c.id, c]));
  return rows
    .map((row) => {
      const title = titles.get(row.id)!;
      const titleOnly = Math.max(title.similarity, 0.8 * title.wordSimilarity);
      return { ...row, titleOnly, similarity: Math.max(titleOnly, Number(row.textOnly)) };
    })
    .sort((a, b) => b.titleOnly - a.titleOnly);
}
