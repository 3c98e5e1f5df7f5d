/**
 * Territories section of `npm run bench`: search latency over the full COG on a realistic query
 * mix, server-side render time of two heavy territory pages, and the COG load time. It prints and
 * returns figures and asserts nothing (performance is benchmarked, not tested).
 *
 *   npx tsx scripts/bench/territories.ts      this section alone
 *
 * `scripts/bench.ts` calls `benchTerritories()`, which returns rows in its format.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pino from "pino";
import type { ServerBuild } from "react-router";
import { fixedClock } from "../../server/core/clock";
import type { Config } from "../../server/core/config";
import type { Deps } from "../../server/core/deps";
import { type Database, openEmbeddedDatabase, openServerDatabase } from "../../server/db/database";
import { migrateDatabase } from "../../server/db/migrate";
import { buildServer } from "../../server/http/server";
import { createMailer } from "../../server/mail/mailer";
import { buildDir, ensureBuild } from "../../server/page-build";
import { buildCogAliases, buildCogRows, loadCog, type TerritoryRow } from "../../server/territories/load-cog";
import { normaliseSearchText } from "../../server/territories/normalise-search-text";
import { searchTerritories } from "../../server/territories/search-territories";
import { defaultStaleAfterDays } from "../../shared/codes/initiatives";

export type BenchRow = { measure: string; value: number; unit: "s" | "ms" | "MB"; target?: number };

type Query = { category: string; q: string };

/**
 * A deterministic mix of what people type, drawn from the COG itself: prefixes of commune names,
 * whole names without accents or hyphens, postcodes, INSEE codes, SIREN, EPCI and département
 * names, and names with two letters swapped (typos).
 */
export function territoryQueryMix(rows: TerritoryRow[]): Query[] {
  const communes = rows.filter((r) => r.kind === "commune");
  const every = <T>(list: T[], count: number) =>
    Array.from({ length: count }, (_, i) => list[Math.floor((i * list.length) / count)] as T);
  const big = [...communes].sort((a, b) => (b.population ?? 0) - (a.population ?? 0)).slice(0, 2000);
  const mix: Query[] = [];
  for (const c of every(big, 40))
    mix.push({ category: "prefix", q: c.search_name.slice(0, 4 + (c.code.charCodeAt(4) % 4)) });
  for (const c of every(communes, 40))
    mix.push({ category: "name without accents", q: normaliseSearchText(c.name) });
  for (const c of every(communes, 20)) mix.push({ category: "postcode", q: c.postcodes[0] ?? c.code });
  for (const c of every(communes, 20)) mix.push({ category: "INSEE code", q: c.code });
  for (const e of every(
    rows.filter((r) => r.kind === "epci"),
    15,
  )) {
    mix.push({ category: "SIREN", q: e.code });
    mix.push({ category: "EPCI name", q: e.name });
  }
  for (const d of every(
    rows.filter((r) => r.kind === "departement"),
    10,
  ))
    mix.push({ category: "département", q: d.name });
  for (const c of every(
    big.filter((r) => r.search_name.length >= 7),
    30,
  )) {
    const s = c.search_name;
    const i = Math.floor(s.length / 2);
    mix.push({ category: "typo", q: `${s.slice(0, i - 1)}${s[i]}${s[i - 1]}${s.slice(i + 1)}` });
  }
  return mix;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
const round = (ms: number) => Math.round(ms * 10) / 10;

async function timeSearches(database: Database, mix: Query[], passes: number) {
  const deps = { db: database.db };
  for (const { q } of mix) await searchTerritories(deps, q); // warm-up: plans, caches, hint bits
  const all: number[] = [];
  const byCategory = new Map<string, number[]>();
  for (let pass = 0; pass < passes; pass++) {
    for (const { category, q } of mix) {
      const start = performance.now();
      await searchTerritories(deps, q);
      const ms = performance.now() - start;
      all.push(ms);
      byCategory.set(category, [...(byCategory.get(category) ?? []), ms]);
    }
  }
  all.sort((a, b) => a - b);
  return { all, byCategory };
}

async function withServerDatabase<T>(url: string, run: (database: Database) => Promise<T>): Promise<T> {
  const pg = (await import("pg")).default;
  const name = `essaim_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = openServerDatabase(target.toString(), { max: 4 });
  // Dropping the scratch database ends its idle connections: not an error worth a crash.
  database.pool.on("error", () => {});
  admin.on("error", () => {});
  try {
    return await run(database);
  } finally {
    await database.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

async function benchDatabase(label: string, database: Database, rows: TerritoryRow[], target: number) {
  const out: BenchRow[] = [];
  await migrateDatabase(database);
  const aliases = buildCogAliases();
  const start = performance.now();
  await loadCog(database.db, rows, aliases);
  out.push({
    measure: `COG load (${rows.length} territories), ${label}`,
    value: round((performance.now() - start) / 1000),
    unit: "s",
    target: label === "embedded" ? 15 : undefined,
  });

  const mix = territoryQueryMix(rows);
  const { all, byCategory } = await timeSearches(database, mix, 3);
  out.push({
    measure: `search p50, ${label} (${mix.length} queries × 3)`,
    value: round(percentile(all, 50)),
    unit: "ms",
  });
  out.push({ measure: `search p95, ${label}`, value: round(percentile(all, 95)), unit: "ms", target });
  for (const [category, times] of byCategory) {
    times.sort((a, b) => a - b);
    out.push({ measure: `  p95 ${category}, ${label}`, value: round(percentile(times, 95)), unit: "ms" });
  }
  return out;
}

/** Server-side render of a territory page through the real HTTP server and page build. */
async function benchPages(database: Database): Promise<BenchRow[]> {
  ensureBuild({ info: () => {} }, { stdio: "pipe" });
  const build = (await import(pathToFileURL(path.join(buildDir, "server", "index.js")).href)) as ServerBuild;
  const config: Config = {
    port: 0,
    host: "127.0.0.1",
    dataDir: "/nonexistent",
    databaseUrl: undefined,
    demo: false,
    publicUrl: "http://localhost:3000",
    secret: "bench-secret-bench-secret-bench-secret-00",
    smtpUrl: undefined,
    mailFrom: "Essaim <bench@essaim.test>",
    env: "production",
    logLevel: "silent",
    trustProxy: false,
    maxRequests: 200,
    pageCacheBytes: 0,
    staleAfterDays: { ...defaultStaleAfterDays },
    oidc: null,
    webhookAllowedHosts: [],
  };
  const log = pino({ level: "silent" });
  const deps: Deps = {
    config,
    database,
    db: database.db,
    clock: fixedClock("2026-11-27T09:00:00Z"),
    log,
    mail: createMailer(config, log),
  };
  const app = await buildServer(deps, { build });
  const largest = (
    await database.pool.query<{ epci_code: string; n: string }>(
      "select epci_code, count(*) as n from territory where kind = 'commune' and epci_code is not null group by epci_code order by count(*) desc limit 1",
    )
  ).rows[0];
  const pages = [
    { label: "Paris (commune 75056)", url: "/territoires/commune/75056" },
    { label: `largest EPCI (${largest?.n} communes)`, url: `/territoires/epci/${largest?.epci_code}` },
    { label: "département du Nord (its communes, first page)", url: "/territoires/departement/59" },
  ];
  const out: BenchRow[] = [];
  try {
    for (const page of pages) {
      const times: number[] = [];
      for (let i = 0; i < 25; i++) {
        const start = performance.now();
        const response = await app.inject({ method: "GET", url: page.url });
        if (response.statusCode !== 200) throw new Error(`${page.url} answered ${response.statusCode}`);
        if (i >= 5) times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      out.push({
        measure: `page render p95, ${page.label}`,
        value: round(percentile(times, 95)),
        unit: "ms",
        target: 100,
      });
    }
  } finally {
    await app.close();
  }
  return out;
}

export async function benchTerritories(): Promise<BenchRow[]> {
  const rows = buildCogRows();
  const out: BenchRow[] = [];
  const embedded = await openEmbeddedDatabase(undefined);
  try {
    out.push(...(await benchDatabase("embedded", embedded, rows, 20)));
    out.push(...(await benchPages(embedded)));
  } finally {
    await embedded.close();
  }
  const url = process.env.DATABASE_URL;
  if (url) {
    out.push(
      ...(await withServerDatabase(url, (database) => benchDatabase("PostgreSQL", database, rows, 10))),
    );
  } else {
    process.stdout.write("  (DATABASE_URL unset: PostgreSQL search figures skipped)\n");
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  benchTerritories().then(
    (rows) => {
      const width = Math.max(...rows.map((r) => r.measure.length));
      for (const r of rows) {
        const target =
          r.target === undefined
            ? ""
            : ` (target < ${r.target} ${r.unit}${r.value < r.target ? ", ok" : ", OVER"})`;
        process.stdout.write(`${r.measure.padEnd(width)}  ${r.value} ${r.unit}${target}\n`);
      }
    },
    (error: unknown) => {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
