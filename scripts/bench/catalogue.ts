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
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { sql } from "drizzle-orm";
import pg from "pg";
import pino from "pino";
import { prepareDatabase } from "../../server/bootstrap";
import { insertModels, type ModelValues } from "../../server/catalogue/model-factory";
import { themeCodes } from "../../server/catalogue/reference/themes";
import { searchModels } from "../../server/catalogue/search-models";
import { seedModels } from "../../server/catalogue/seed/models-data";
import { seedCatalogueModels } from "../../server/catalogue/seed-models";
import { fixedClock } from "../../server/core/clock";
import { loadConfig } from "../../server/core/config";
import type { Deps } from "../../server/core/deps";
import { type Database, openEmbeddedDatabase, openServerDatabase } from "../../server/db/database";
import { buildServer } from "../../server/http/server";
import { createMailer } from "../../server/mail/mailer";
import { createFabrique, createUser } from "../../server/seed/factories";
import { inclusionPublics } from "../../shared/codes/data-inclusion";
import { catalogueEvaluation, type EvaluationQuery } from "./catalogue-evaluation";

export type BenchRow = { measure: string; value: number; unit: "s" | "ms" | "MB"; target?: number };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const apriliesFile = () =>
  process.env.APRILES_FILE ?? path.resolve(root, "../shared/data/apriles/apriles-initiatives-2018.json");

type AprilesSheet = {
  url: string;
  titre: string;
  porteur: string;
  tags: string;
  resume: string;
  region_2015: string;
};

export function benchDeps(database: Database): Deps {
  // The configuration a test server would have: through loadConfig, so new settings get their defaults.
  const config = loadConfig({
    ESSAIM_SECRET: "bench-secret-bench-secret-bench-secret-00",
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    ESSAIM_DEMO: "0",
  });
  const log = pino({ level: "silent" });
  return {
    config,
    database,
    db: database.db,
    clock: fixedClock("2026-11-27T09:00:00.000Z"),
    log,
    mail: createMailer(config, log),
  };
}

/** The demo catalogue and the Apriles sheets, as published models. */
export async function loadRealCatalogue(database: Database): Promise<number> {
  const at = new Date("2026-11-27T09:00:00Z");
  const animator = await createUser(database.db, {
    email: "bench-animation@essaim.test",
    isNetworkAnimator: true,
  });
  const emergence = await createFabrique(database.db, { slug: "bench-emergence" });
  const atis = await createFabrique(database.db, { slug: "bench-atis" });
  await seedCatalogueModels(database.db, {
    fabriqueIds: { emergence: emergence.id, atis: atis.id },
    animatorId: animator.id,
    at,
  });
  const sheets = JSON.parse(readFileSync(apriliesFile(), "utf8")) as AprilesSheet[];
  const rows: ModelValues[] = sheets.map((sheet) => {
    const id = /sobi2Id=(\d+)/.exec(sheet.url)?.[1] ?? sheet.url;
    const firstSentence = sheet.resume.split(/(?<=[.!?])\s+/)[0] ?? sheet.resume;
    return {
      externalId: `apriles:${id}`,
      title: sheet.titre,
      summary: firstSentence.slice(0, 400),
      description: sheet.resume,
      tags: [sheet.tags],
      originOrganisation: sheet.porteur,
      sourceUrls: [sheet.url],
      status: "published",
    };
  });
  await insertModels(database.db, rows);
  return seedModels.length + rows.length;
}

type QualityReport = { recallAt5: number; mrrAt10: number; byKind: Map<string, { n: number; hits: number }> };

async function evaluateQuality(deps: Deps, queries: EvaluationQuery[], print: (line: string) => void) {
  const byKind = new Map<string, { n: number; hits: number }>();
  let hits = 0;
  let reciprocal = 0;
  const misses: string[] = [];
  for (const query of queries) {
    const result = await searchModels(deps, null, { q: query.q, limit: 10 });
    if (!result.ok) throw new Error(`search failed for ${query.q}`);
    const externalIds = result.value.results.map((r) => r.externalId ?? r.id);
    const rank = externalIds.findIndex((id) => query.answers.includes(id));
    const kind = byKind.get(query.kind) ?? { n: 0, hits: 0 };
    kind.n++;
    if (rank >= 0 && rank < 5) {
      hits++;
      kind.hits++;
    } else {
      misses.push(
        `    « ${query.q} » → ${rank < 0 ? "absent du top 10" : `rang ${rank + 1}`} (1er : ${externalIds[0] ?? "—"})`,
      );
    }
    if (rank >= 0) reciprocal += 1 / (rank + 1);
    byKind.set(query.kind, kind);
  }
  const report: QualityReport = {
    recallAt5: hits / queries.length,
    mrrAt10: reciprocal / queries.length,
    byKind,
  };
  print(
    `  ${queries.length} besoins ; recall@5 ${report.recallAt5.toFixed(3)} (cible ≥ 0,9) ; MRR@10 ${report.mrrAt10.toFixed(3)}`,
  );
  for (const [kind, k] of byKind) print(`    ${kind.padEnd(12)} ${k.hits}/${k.n}`);
  if (misses.length) {
    print("  hors du top 5 :");
    for (const miss of misses) print(miss);
  }
  return report;
}

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
  const sheets = JSON.parse(readFileSync(apriliesFile(), "utf8")) as AprilesSheet[];
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
                      'model_search_stats']::regclass[]) as c`);
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
  const real = await loadRealCatalogue(database);
  print(`  qualité sur ${real} modèles réels (catalogue de démonstration + fiches Apriles) :`);
  await evaluateQuality(deps, catalogueEvaluation, print);

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
    await evaluateQuality(deps, demoAnswers, print);
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
  print(`Catalogue — base embarquée (PGlite), ${embeddedSize} modèles`);
  const embedded = await openEmbeddedDatabase(undefined);
  try {
    rows.push(...(await runOn(embedded, `PGlite ${embeddedSize}`, embeddedSize, 60, print)));
  } finally {
    await embedded.close();
  }

  const url = process.env.DATABASE_URL;
  if (url) {
    const serverSize = Number(process.env.CATALOGUE_BENCH_SERVER_SIZE ?? 100_000);
    print(`Catalogue — PostgreSQL, ${serverSize} modèles`);
    const name = `essaim_bench_catalogue_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    const server = openServerDatabase(target.toString(), { max: 4 });
    try {
      rows.push(...(await runOn(server, `PostgreSQL ${serverSize}`, serverSize, 30, print)));
    } finally {
      await server.close();
      await admin.query(`drop database if exists ${name}`);
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
