import { and, desc, eq, sql } from "drizzle-orm";
import { type Actor, isTeamMember } from "../core/actor";
import type { Deps } from "../core/deps";
import { fabrique, initiative } from "../db/schema";
import { ownFabriqueIds, type SimilarDraft } from "../signals/find-similar-signals";
import { rankSimilar, type SimilarItemBase } from "../signals/similar-ranking";
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
} from "../signals/similar-sql";
import { partnerRolesByInitiative } from "./initiative-access";

/**
 * An initiative (projet) of the network that looks like the signal. When the actor may open its
 * dossier (`initiative-access.ts`: team, network, carrier, partner), it comes with its summary and
 * a link; otherwise only its public fields (title, stage, entry point, territory name, themes,
 * Fabrique) and the Fabrique's contact — never its description or private notes.
 */
export type SimilarInitiative = SimilarItemBase & {
  stage: (typeof initiative.$inferSelect)["stage"];
  entryPoint: (typeof initiative.$inferSelect)["entryPoint"];
};

const EXCERPT_LENGTH = 200;

/** An initiative's texts as they are compared, folded: its title, and title, summary and description. */
const storedTexts = () => ({
  title: fold(initiative.title),
  text: fold(
    sql`${initiative.title} || ' ' || ${initiative.summary} || ' ' || left(${initiative.description}, 500)`,
  ),
});

/** Initiatives across the whole network that look like this text, ranked like similar signals. */
export async function findSimilarInitiatives(
  deps: Pick<Deps, "db">,
  actor: Actor,
  draft: SimilarDraft,
  limit = 5,
): Promise<SimilarInitiative[]> {
  if (!isComparable(draft)) return [];
  const typed = typedTexts(draft);
  const stored = storedTexts();
  const closestTitles = titleSimilarity(stored, typed);
  const nearest = nearestTitleIds(initiative, initiative.id, stored, typed);
  const candidates = deps.db
    .select({ id: initiative.id, titleSimilarity: closestTitles.as("title_similarity") })
    .from(initiative)
    .where(and(sql`${initiative.id} in ${nearest}`, textMatches(stored, typed)))
    .orderBy(desc(closestTitles))
    .limit(CANDIDATE_CAP)
    .as("candidates");
  const columns = { kind: initiative.territoryKind, code: initiative.territoryCode };
  const rows = await deps.db
    .select({
      id: initiative.id,
      reference: initiative.reference,
      title: initiative.title,
      stage: initiative.stage,
      entryPoint: initiative.entryPoint,
      territoryName: territoryNameSql(columns),
      themes: initiative.themes,
      fabriqueId: initiative.fabriqueId,
      fabriqueName: fabrique.name,
      fabriqueContactEmail: fabrique.contactEmail,
      excerpt: sql<string>`left(coalesce(nullif(${initiative.summary}, ''), ${initiative.description}), ${EXCERPT_LENGTH})`,
      similarity: textSimilarity(stored, typed),
      titleOnly: closestTitles,
      closeness: closenessSql(draft.territory, columns),
      sharedThemes: sharedThemesSql(initiative.themes, draft.themes ?? []),
    })
    .from(candidates)
    .innerJoin(initiative, eq(initiative.id, candidates.id))
    .innerJoin(fabrique, eq(fabrique.id, initiative.fabriqueId))
    .orderBy(desc(candidates.titleSimilarity), initiative.reference);
  // An initiative the actor may not open is compared by its title alone: its summary and
  // description are private, and neither its rank nor the percentage shown may depend on them.
  const readable = await readableInitiatives(deps, actor, rows);
  const ranked = rankSimilar(
    rows.map((row) => ({
      ...row,
      similarity: Number(readable.has(row.id) ? row.similarity : row.titleOnly),
      sharedThemes: row.sharedThemes ?? [],
    })),
    limit,
  );
  const own = ownFabriqueIds(actor);
  return ranked.map((row) => {
    const canOpen = readable.has(row.id);
    return {
      id: row.id,
      reference: row.reference,
      title: row.title,
      stage: row.stage,
      entryPoint: row.entryPoint,
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
 * The initiatives among these the actor may open, by the rules of `resolveInitiativeAccess`:
 * the Fabrique's team, the network animator, the initiative's carrier, or a partner holding a
 * role on it (one query for all of them).
 */
async function readableInitiatives(
  deps: Pick<Deps, "db">,
  actor: Actor,
  rows: readonly { id: string; fabriqueId: string }[],
): Promise<Set<string>> {
  const readable = new Set<string>();
  const rest: string[] = [];
  for (const row of rows) {
    const carrier = actor.memberships.some((m) => m.initiativeId === row.id && m.role === "carrier");
    if (actor.isNetworkAnimator || isTeamMember(actor, row.fabriqueId) || carrier) readable.add(row.id);
    else rest.push(row.id);
  }
  if (rest.length) {
    for (const id of (await partnerRolesByInitiative(deps, actor, rest)).keys()) readable.add(id);
  }
  return readable;
}
