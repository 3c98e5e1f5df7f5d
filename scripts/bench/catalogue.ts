/**
 * Catalogue section of `npm run bench`: search quality (recall@5, MRR@10 on the evaluation set
 * over the demo catalogue plus the 269 real Apriles sheets) and speed (search p50/p95 in-process
 * and through HTTP, indexing time, index size on disk, memory) at 20k generated models on the
 * embedded database, and at 100k on PostgreSQL when DATABASE_URL is set. It prints and returns
 * figures and asserts nothing.
 *
 *   npx tsx scripts/bench/catalogue.ts                this section alone
 *   CATALOGUE_BENCH_SIZE=5000 npx tsx …               a smaller embedded run
 *
 * The Apriles file is read from ../shared/data (or APRILES_FILE), never copied into the project.
 */
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import { sql } from "drizzle-orm";
import pg from "pg";
import pino from "pino";
import { prepareDatabase } from "../../server/bootstrap";
import { insertModels, type ModelValues } from "../../server/catalogue/model-factory";
import { themeCodes } from "../../server/catalogue/reference/themes";
import { searchModels } from "../../server/catalogue/search-models";
import type { Deps } from "../../server/core/deps";
import { type Database, openEmbeddedDatabase, openServerDatabase } from "../../server/db/database";
import { buildServer } from "../../server/http/server";
import { inclusionPublics } from "../../shared/codes/data-inclusion";
import { catalogueEvaluation } from "./catalogue-evaluation";
import { evaluateSet, measureQuality } from "./catalogue-quality";
import { benchDeps, readAprilesSheets } from "./real-catalogue";

export { benchDeps };

export type BenchRow = { measure: string; value: number; unit: "s" | "ms" | "MB"; target?: number };

/** A small deterministic generator (mulberry32), so every run builds the same catalogue. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Generated models with realistic lengths and vocabulary: sentences drawn from the Apriles sheets
 * and recombined, with place names from the COG (rare words, as in real descriptions). Nothing is
 * taken from the demo catalogue, so its models stay distinct among the generated ones and the
 * quality at scale can be measured on the needs they answer.
 */
export async function generateModels(database: Database, count: number, print: (line: string) => void) {
  const sheets = readAprilesSheets();
  const sentences = sheets
    .flatMap((sheet) => sheet.resume.split(/(?<=[.!?])\s+/))
    .filter((sentence) => sentence.length > 30);
  const tags = sheets.map((sheet) => sheet.tags.split(" ").slice(0, 6).join(" "));
  const places = (
    await database.db.execute<{ name: string }>(
      sql`select name from territory where kind = 'commune' order by code`,
    )
  ).rows.map((r) => r.name);
  const next = random(20261127);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  let done = 0;
  let indexMs = 0;
  while (done < count) {
    const batch: ModelValues[] = [];
    for (let i = 0; i < Math.min(1000, count - done); i++) {
      const place = pick(places);
      const body = Array.from({ length: 4 + Math.floor(next() * 6) }, () => pick(sentences));
      body.splice(
        Math.floor(next() * body.length),
        0,
        `Le projet est né à ${place} avec les acteurs de ${pick(places)}.`,
      );
      batch.push({
        externalId: `bench:${done + i}`,
        title: `${pick(sentences)
          .split(" ")
          .slice(0, 6 + Math.floor(next() * 5))
          .join(" ")} à ${place}`,
        summary: pick(sentences).slice(0, 380),
        description: body.join(" "),
        themes: [pick(themeCodes), pick(themeCodes)].filter((v, j, a) => a.indexOf(v) === j),
        publics: [pick(inclusionPublics)],
        tags: [pick(tags), pick(tags), pick(tags)],
        status: next() < 0.9 ? "published" : "draft",
      });
    }
    const started = performance.now();
    await insertModels(database.db, batch);
    indexMs += performance.now() - started;
    done += batch.length;
    if (done % 10_000 === 0 || done === count) print(`    ${done} modèles générés et indexés`);
  }
  return indexMs;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export const round = (ms: number) => Math.round(ms * 10) / 10;

/** The evaluation needs plus short keyword queries, each run a few times. */
function speedQueries(): string[] {
  return [
    ...catalogueEvaluation.map((q) => q.q),
    "insertion",
    "personnes âgées",
    "mobilité rurale",
    "restaurant",
    "handicap emploi",
    "jeunes quartier",
  ];
}

async function measureSpeed(
  deps: Deps,
  label: string,
  target: number,
  print: (line: string) => void,
): Promise<BenchRow[]> {
  const queries = speedQueries();
  for (const q of queries.slice(0, 10)) await searchModels(deps, null, { q }); // warm up
  const inProcess: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const q of queries) {
      const started = performance.now();
      const result = await searchModels(deps, null, { q, limit: 20 });
      inProcess.push(performance.now() - started);
      if (!result.ok) throw new Error(`search failed: ${q}`);
    }
  }
  const app = await buildServer(deps);
  await app.listen({ port: 0, host: "127.0.0.1" });
  const { port } = app.server.address() as AddressInfo;
  const overHttp: number[] = [];
  const get = async (q: string) => {
    const response = await fetch(
      `http://127.0.0.1:${port}/api/v1/models/search?q=${encodeURIComponent(q)}&limit=20`,
    );
    await response.json();
  };
  // Warmed up and repeated as in process: the first requests of a new server measure Node's start
  // of the HTTP path (hundreds of ms for the first one), not the search.
  for (const q of queries.slice(0, 10)) await get(q);
  for (let round = 0; round < 3; round++) {
    for (const q of queries) {
      const started = performance.now();
      await get(q);
      overHttp.push(performance.now() - started);
    }
  }
  await app.close();
  const rows: BenchRow[] = [
    {
      measure: `${label} : recherche p50 (en processus)`,
      value: round(percentile(inProcess, 50)),
      unit: "ms",
    },
    {
      measure: `${label} : recherche p95 (en processus)`,
      value: round(percentile(inProcess, 95)),
      unit: "ms",
      target,
    },
    {
      measure: `${label} : recherche p95 (HTTP)`,
      value: round(percentile(overHttp, 95)),
      unit: "ms",
      target,
    },
  ];
  for (const row of rows)
    print(`  ${row.measure} : ${row.value} ms${row.target ? ` (cible < ${row.target} ms)` : ""}`);
  return rows;
}

async function indexSize(database: Database): Promise<number> {
  const { rows } = await database.db.execute<{ bytes: string }>(sql`
    select sum(pg_total_relation_size(c))::bigint as bytes
    from unnest(array['model_search_posting', 'model_search_term', 'model_search_document',
                      'model_search_corpus']::regclass[]) as c`);
  return Math.round(Number(rows[0]?.bytes ?? 0) / 1024 / 1024);
}

async function runOn(
  database: Database,
  label: string,
  size: number,
  target: number,
  print: (line: string) => void,
): Promise<BenchRow[]> {
  const deps = benchDeps(database);
  let started = performance.now();
  await prepareDatabase(database, { demo: false, log: pino({ level: "warn" }) });
  print(`  base prête en ${round((performance.now() - started) / 1000)} s`);
  if (database.kind === "server" && (await countModels(database)) >= size) {
    // A database kept by CATALOGUE_BENCH_DATABASE: the same catalogue, measured again as it is.
    print(`  ${await countModels(database)} modèles déjà générés dans cette base : repris tels quels`);
    return measureSpeed(deps, label, target, print);
  }
  print("  qualité sur les modèles réels :");
  await measureQuality(database, deps, print);
  const real = await countModels(database);

  print(`  vitesse à ${Math.max(size, real)} modèles (${Math.max(0, size - real)} générés) :`);
  started = performance.now();
  const indexMs = await generateModels(database, Math.max(0, size - real), print);
  print(`    génération et indexation : ${round((performance.now() - started) / 1000)} s`);
  if (database.kind === "server") {
    // A PostgreSQL server in use has been through autovacuum (visibility map, statistics): measured
    // after it, as in steady state. PGlite has no autovacuum: measured as the indexer leaves it
    // (statistics refreshed after bulk loads, no vacuum).
    started = performance.now();
    await database.db.execute(
      sql`vacuum (analyze) model_search_posting, model_search_term, model_search_document`,
    );
    print(`    VACUUM ANALYZE de l'index : ${round((performance.now() - started) / 1000)} s`);
  }
  if (size > real) {
    // At scale, the needs answered by a demo model (generated models borrow no demo text).
    const demoAnswers = catalogueEvaluation
      .map((query) => ({ ...query, answers: query.answers.filter((a) => a.startsWith("essaim-demo:")) }))
      .filter((query) => query.answers.length > 0);
    print(`  qualité à ${size} modèles, besoins dont une réponse est un modèle de démonstration :`);
    await evaluateSet(deps, demoAnswers, print);
  }
  const rows = await measureSpeed(deps, label, target, print);
  const sizeMb = await indexSize(database);
  const rss = Math.round(process.memoryUsage().rss / 1024 / 1024);
  rows.push(
    {
      measure: `${label} : indexation (par modèle)`,
      value: round(indexMs / Math.max(1, size - real)),
      unit: "ms",
    },
    { measure: `${label} : taille de l'index sur disque`, value: sizeMb, unit: "MB" },
    { measure: `${label} : mémoire du processus`, value: rss, unit: "MB" },
  );
  print(`  index sur disque : ${sizeMb} Mo ; mémoire du processus : ${rss} Mo`);
  return rows;
}

export async function benchCatalogue(
  print: (line: string) => void = (l) => console.log(l),
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const embeddedSize = Number(process.env.CATALOGUE_BENCH_SIZE ?? 20_000);
  if (embeddedSize > 0) {
    print(`Catalogue — base embarquée (PGlite), ${embeddedSize} modèles`);
    const embedded = await openEmbeddedDatabase(undefined);
    try {
      rows.push(...(await runOn(embedded, `PGlite ${embeddedSize}`, embeddedSize, 60, print)));
    } finally {
      await embedded.close();
    }
  }

  const url = process.env.DATABASE_URL;
  if (url) {
    const serverSize = Number(process.env.CATALOGUE_BENCH_SERVER_SIZE ?? 100_000);
    print(`Catalogue — PostgreSQL, ${serverSize} modèles`);
    // CATALOGUE_BENCH_DATABASE keeps the generated catalogue for the next run (as the reports section).
    const kept = process.env.CATALOGUE_BENCH_DATABASE;
    const name = kept ?? `essaim_bench_catalogue_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const exists = (await admin.query("select 1 from pg_database where datname = $1", [name])).rowCount === 1;
    if (!kept && exists) await admin.query(`drop database ${name}`);
    if (!kept || !exists) await admin.query(`create database ${name}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    const server = openServerDatabase(target.toString(), { max: 4 });
    try {
      rows.push(...(await runOn(server, `PostgreSQL ${serverSize}`, serverSize, 30, print)));
    } finally {
      await server.close();
      if (!kept) await admin.query(`drop database if exists ${name}`);
      await admin.end();
    }
  } else {
    print("Catalogue — PostgreSQL : DATABASE_URL absent, mesure à 100 000 modèles non faite.");
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await benchCatalogue();
}

async function countModels(database: Database): Promise<number> {
  const { rows } = await database.db.execute<{ n: string }>(sql`select count(*)::int as n from model`);
  return Number(rows[0]?.n ?? 0);
}
