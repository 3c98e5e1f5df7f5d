import { and, desc, eq, ne, notInArray, sql } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fabrique, signal } from "../db/schema";
import type { TerritoryRef } from "../territories/territory-schemas";
import { canReadSignal } from "./signal-access";
import { rankSimilar, type SimilarItemBase } from "./similar-ranking";
import {
  CANDIDATE_CAP,
  closenessSql,
  fold,
  isComparable,
  nearestTitleIds,
  sharedThemesSql,
  territoryNameSql,
  textMatches,
  textSimilarity,
  titleSimilarity,
  typedTexts,
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
 * left out. The trigram index picks at most CANDIDATE_CAP text matches; only those are ranked.
 */
export async function findSimilarSignals(
  deps: Pick<Deps, "db">,
  actor: Actor,
  draft: SimilarDraft,
  limit = 5,
): Promise<SimilarSignal[]> {
  if (!isComparable(draft)) return [];
  const typed = typedTexts(draft);
  const stored = {
    title: fold(signal.title),
    text: fold(sql`${signal.title} || ' ' || left(${signal.description}, 500)`),
  };
  const closestTitles = titleSimilarity(stored, typed);
  const open = and(
    notInArray(signal.status, ["merged", "rejected"]),
    draft.id ? ne(signal.id, draft.id) : undefined,
  );
  const nearest = nearestTitleIds(signal, signal.id, stored, typed, open);
  const candidates = deps.db
    .select({ id: signal.id, titleSimilarity: closestTitles.as("title_similarity") })
    .from(signal)
    .where(and(sql`${signal.id} in ${nearest}`, textMatches(stored, typed)))
    .orderBy(desc(closestTitles))
    .limit(CANDIDATE_CAP)
    .as("candidates");
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
      similarity: textSimilarity(stored, typed),
      closeness: closenessSql(draft.territory, columns),
      sharedThemes: sharedThemesSql(signal.themes, draft.themes ?? []),
    })
    .from(candidates)
    .innerJoin(signal, eq(signal.id, candidates.id))
    .innerJoin(fabrique, eq(fabrique.id, signal.fabriqueId))
    .orderBy(desc(candidates.titleSimilarity), signal.reference);
  const own = ownFabriqueIds(actor);
  const ranked = rankSimilar(
    rows.map((row) => ({ ...row, similarity: Number(row.similarity), sharedThemes: row.sharedThemes ?? [] })),
    limit,
  );
  return ranked.map((row) => {
    const canOpen = canReadSignal(actor, row);
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
