/**
 * Search quality on the real catalogue (demo models, the stories' models, the 269 Apriles sheets
 * imported through the public import): recall@5 and MRR@10 of both evaluation sets, overall and
 * per kind of query, with the queries whose answer is not in the first five. Prints and returns
 * the figures; asserts nothing.
 *
 *   npx tsx scripts/bench/catalogue-quality.ts                    embedded database
 *   DATABASE_URL=postgres://… npx tsx scripts/bench/catalogue-quality.ts   a fresh PostgreSQL database
 */
import { pathToFileURL } from "node:url";
import { sql } from "drizzle-orm";
import pg from "pg";
import pino from "pino";
import { prepareDatabase } from "../../server/bootstrap";
import { searchModels } from "../../server/catalogue/search-models";
import type { Deps } from "../../server/core/deps";
import { type Database, openEmbeddedDatabase, openServerDatabase } from "../../server/db/database";
import { catalogueEvaluation } from "./catalogue-evaluation";
import { residentsEvaluation } from "./catalogue-evaluation-residents";
import { benchDeps, loadRealCatalogue } from "./real-catalogue";

export type LabelledQuery = { q: string; kind: string; answers: string[] };
type Score = { n: number; hits: number; reciprocal: number };
export type QualityFigures = { recallAt5: number; mrrAt10: number; byKind: Record<string, Score> };

const add = (score: Score, rank: number) => {
  score.n++;
  if (rank >= 0 && rank < 5) score.hits++;
  if (rank >= 0) score.reciprocal += 1 / (rank + 1);
};

/** recall@5 and MRR@10 of one set, printed per kind, the misses listed. */
export async function evaluateSet(
  deps: Deps,
  queries: LabelledQuery[],
  print: (line: string) => void,
  options: { misses?: boolean } = {},
): Promise<QualityFigures> {
  const total: Score = { n: 0, hits: 0, reciprocal: 0 };
  const byKind: Record<string, Score> = {};
  const misses: string[] = [];
  for (const query of queries) {
    const result = await searchModels(deps, null, { q: query.q, limit: 10 });
    if (!result.ok) throw new Error(`search failed for ${query.q}`);
    const ids = result.value.results.map((r) => r.externalId ?? r.id);
    const rank = ids.findIndex((id) => query.answers.includes(id));
    byKind[query.kind] ??= { n: 0, hits: 0, reciprocal: 0 };
    add(total, rank);
    add(byKind[query.kind]!, rank);
    if (rank < 0 || rank >= 5) {
      misses.push(
        `    « ${query.q} » → ${rank < 0 ? "absent du top 10" : `rang ${rank + 1}`} (1er : ${ids[0] ?? "—"})`,
      );
    }
  }
  const line = (label: string, s: Score) =>
    `    ${label.padEnd(16)} n=${String(s.n).padStart(3)}  recall@5 ${(s.hits / s.n).toFixed(3)}  MRR@10 ${(s.reciprocal / s.n).toFixed(3)}`;
  print(line("tout", total));
  for (const [kind, score] of Object.entries(byKind)) print(line(kind, score));
  if (options.misses !== false && misses.length) {
    print("    hors du top 5 :");
    for (const miss of misses) print(miss);
  }
  return { recallAt5: total.hits / total.n, mrrAt10: total.reciprocal / total.n, byKind };
}

/** Each model's own title, lower-cased without accents, must find it first. */
export async function evaluateTitles(database: Database, deps: Deps, print: (line: string) => void) {
  const { rows } = await database.db.execute<{ id: string; external_id: string | null; title: string }>(
    sql`select id, external_id, title from model where status = 'published' order by title`,
  );
  const misses: string[] = [];
  for (const row of rows) {
    const q = plainTitle(row.title);
    const result = await searchModels(deps, null, { q, limit: 10 });
    if (!result.ok) throw new Error(`search failed for ${q}`);
    const rank = result.value.results.findIndex((r) => r.id === row.id);
    if (rank !== 0) misses.push(`    « ${q} » → ${rank < 0 ? "absent du top 10" : `rang ${rank + 1}`}`);
  }
  print(`  titres exacts trouvés en premier : ${rows.length - misses.length}/${rows.length}`);
  for (const miss of misses.slice(0, 40)) print(miss);
  return { titles: rows.length, first: rows.length - misses.length };
}

/** A title as someone types it: lower case, no accents. */
export const plainTitle = (title: string) => title.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

export async function measureQuality(database: Database, deps: Deps, print: (line: string) => void) {
  const real = await loadRealCatalogue(database, deps);
  print(`  ${real} modèles réels (démonstration, histoires, fiches Apriles importées) ;`);
  print("  1er jeu (équipe, 56 besoins) :");
  const team = await evaluateSet(deps, catalogueEvaluation, print);
  print(`  2e jeu (habitants, élus, travailleurs sociaux, ${residentsEvaluation.length} besoins) :`);
  const residents = await evaluateSet(deps, residentsEvaluation, print);
  const titles = await evaluateTitles(database, deps, print);
  return { team, residents, titles };
}

async function main() {
  const url = process.env.DATABASE_URL;
  const print = (line: string) => console.log(line);
  if (!url) {
    const database = await openEmbeddedDatabase(undefined);
    await prepareDatabase(database, { demo: false, log: pino({ level: "warn" }) });
    await measureQuality(database, benchDeps(database), print);
    await database.close();
    return;
  }
  const name = `essaim_quality_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = openServerDatabase(target.toString(), { max: 2 });
  try {
    await prepareDatabase(database, { demo: false, log: pino({ level: "warn" }) });
    await measureQuality(database, benchDeps(database), print);
  } finally {
    await database.close();
    await admin.query(`drop database if exists ${name}`);
    await admin.end();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
