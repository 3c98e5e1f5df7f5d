/**
 * Load section of `npm run bench`: a crowd on the public catalogue. The app is started as
 * `npm start` starts it (its own process, pages built, `NODE_ENV=production`, logs at `info` as in
 * production), with the demo, then 50 connections (autocannon) send varied searches for 30 s to
 * the catalogue page and to the search API. Prints requests per second, p50, p99, requests not
 * answered within 10 s, refusals (non-2xx) and the app's peak memory (RSS). On the embedded
 * database always; on PostgreSQL too when DATABASE_URL is set (a database of its own, dropped
 * afterwards). Asserts nothing.
 *
 *   npm run bench -- load
 *   LOAD_BENCH_SECONDS=10 LOAD_BENCH_CONNECTIONS=20 npm run bench -- load
 *   LOAD_BENCH_DATA_DIR=/tmp/essaim-load npm run bench -- load   reuse a prepared data directory
 *   LOAD_BENCH_DATABASE=embedded npm run bench -- load           one database only
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";
import pg from "pg";
import { themeCodes } from "../../server/catalogue/reference/themes";
import { ensureBuild } from "../../server/page-build";
import { type AppProcess, startAppProcess } from "../../tests/browser/app-process";
import { catalogueEvaluation } from "./catalogue-evaluation";

export type LoadRow = {
  measure: string;
  value: number;
  unit: "s" | "ms" | "MB" | "req/s" | "";
  target?: number;
};

const seconds = Number(process.env.LOAD_BENCH_SECONDS ?? 30);
const connections = Number(process.env.LOAD_BENCH_CONNECTIONS ?? 50);
/** What autocannon counts as "no answer": the measure (10 s). */
const timeoutSeconds = 10;

/** A small deterministic generator, so two runs send the same requests in the same order. */
function generator(seed: number) {
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
 * What a crowd types: the evaluation needs (sentences, keywords, typos), pairs of words taken from
 * them, and browsing without words; a third with a theme filter, some on page 2 or 3. A few
 * thousand different searches, so a cache of answers cannot hold the whole run.
 */
export function crowdSearches(count: number, seed = 14): URLSearchParams[] {
  const random = generator(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const sentences = catalogueEvaluation.map((query) => query.q);
  const words = [
    ...new Set(
      sentences.flatMap((q) =>
        q
          .toLowerCase()
          .split(/[^a-zà-ÿ'-]+/)
          .filter((w) => w.length > 4),
      ),
    ),
  ];
  const searches: URLSearchParams[] = [];
  for (let i = 0; i < count; i++) {
    const params = new URLSearchParams();
    const kind = random();
    if (kind < 0.45) params.set("q", pick(sentences));
    else if (kind < 0.9) params.set("q", `${pick(words)} ${pick(words)}`);
    if (random() < 0.3) params.append("theme", pick(themeCodes));
    const page = random();
    if (page > 0.9) params.set("page", "3");
    else if (page > 0.75) params.set("page", "2");
    searches.push(params);
  }
  return searches;
}

type Scenario = { label: string; path: (search: URLSearchParams) => string };

const scenarios: Scenario[] = [
  { label: "catalogue page", path: (search) => `/catalogue?${search}` },
  {
    label: "search API",
    path: (search) => {
      const api = new URLSearchParams(search);
      const themes = api.getAll("theme");
      api.delete("theme");
      if (themes.length) api.set("theme", themes.join(","));
      return `/api/v1/models/search?${api}`;
    },
  },
];

/** Resident memory of a process, from /proc (Linux). */
function rssMbOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Math.round(Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) / 1024);
  } catch {
    return 0;
  }
}

/** CPU time used by a process so far (all its threads), in ms, from /proc (Linux). */
function cpuMsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

type Figures = {
  requestsPerSecond: number;
  /** The app's CPU time per answered request (both threads), to compare runs on a busy machine. */
  cpuMsPerRequest: number;
  p50: number;
  p99: number;
  timeouts: number;
  errors: number;
  non2xx: number;
  refused: number;
  peakRssMb: number;
};

/** One scenario: `connections` clients, each sending the next search as soon as it has its answer. */
async function drive(
  app: Pick<AppProcess, "url" | "pid">,
  scenario: Scenario,
  searches: URLSearchParams[],
): Promise<Figures> {
  let next = 0;
  let peakRssMb = rssMbOf(app.pid);
  const sampler = setInterval(() => {
    peakRssMb = Math.max(peakRssMb, rssMbOf(app.pid));
  }, 200);
  let refused = 0;
  const cpuBefore = cpuMsOf(app.pid);
  try {
    let instance: autocannon.Instance | undefined;
    const done = new Promise<autocannon.Result>((resolve, reject) => {
      instance = autocannon(
        {
          url: app.url,
          connections,
          duration: seconds,
          timeout: timeoutSeconds,
          requests: [
            {
              method: "GET",
              setupRequest: (request) => {
                const search = searches[next++ % searches.length] as URLSearchParams;
                return { ...request, path: scenario.path(search) };
              },
            },
          ],
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
    });
    instance?.on("response", (_client, statusCode) => {
      if (statusCode === 503) refused++;
    });
    const result = await done;
    return {
      requestsPerSecond: Math.round(result.requests.average),
      cpuMsPerRequest: Math.round((cpuMsOf(app.pid) - cpuBefore) / Math.max(1, result.requests.total)),
      p50: result.latency.p50,
      p99: result.latency.p99,
      timeouts: result.timeouts,
      errors: result.errors - result.timeouts,
      non2xx: result.non2xx - refused,
      refused,
      peakRssMb,
    };
  } finally {
    clearInterval(sampler);
  }
}

function rowsOf(database: string, scenario: Scenario, figures: Figures, p99Target: number): LoadRow[] {
  const prefix = `${database}, ${scenario.label}:`;
  return [
    { measure: `${prefix} requests/s`, value: figures.requestsPerSecond, unit: "req/s" },
    { measure: `${prefix} p50`, value: figures.p50, unit: "ms" },
    { measure: `${prefix} app CPU per request`, value: figures.cpuMsPerRequest, unit: "ms" },
    { measure: `${prefix} p99`, value: figures.p99, unit: "ms", target: p99Target },
    {
      measure: `${prefix} no answer within ${timeoutSeconds} s`,
      value: figures.timeouts,
      unit: "",
      target: 1,
    },
    { measure: `${prefix} refused (503, busy)`, value: figures.refused, unit: "" },
    {
      measure: `${prefix} other errors (non-2xx, sockets)`,
      value: figures.non2xx + figures.errors,
      unit: "",
    },
    { measure: `${prefix} peak RSS of the app`, value: figures.peakRssMb, unit: "MB", target: 1024 },
  ];
}

/** Start, prepare (first start: COG, demo), then restart so the peak memory is the serving one. */
async function startPrepared(options: { dataDir: string; databaseUrl?: string }): Promise<AppProcess> {
  const extraEnv = { NODE_ENV: "production", LOG_LEVEL: "info", ESSAIM_DEMO: "1" };
  const first = await startAppProcess({ ...options, timeoutMs: 600_000, extraEnv });
  await first.stop();
  return startAppProcess({ ...options, timeoutMs: 120_000, extraEnv, nodeArgs: nodeArgs() });
}

/** LOAD_BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof": flags for the app's Node (profiling). */
const nodeArgs = () => (process.env.LOAD_BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);

async function runAgainst(
  database: string,
  options: { dataDir: string; databaseUrl?: string },
  p99Target: number,
  print: (line: string) => void,
): Promise<LoadRow[]> {
  const app = await startPrepared(options);
  const rows: LoadRow[] = [];
  try {
    const searches = crowdSearches(5_000);
    // Warm up: the first requests of a new process compile the code paths (not what a crowd sees).
    for (const search of searches.slice(0, 20)) {
      await (await fetch(`${app.url}${scenarios[0]?.path(search)}`)).arrayBuffer();
    }
    for (const scenario of scenarios) {
      const load = os
        .loadavg()
        .map((n) => n.toFixed(1))
        .join(" ");
      print(
        `    ${database}: ${scenario.label}, ${connections} connections, ${seconds} s (load average ${load})…`,
      );
      const figures = await drive(app, scenario, searches);
      rows.push(...rowsOf(database, scenario, figures, p99Target));
    }
  } finally {
    await app.stop();
  }
  return rows;
}

async function onEmbedded(print: (line: string) => void): Promise<LoadRow[]> {
  const kept = process.env.LOAD_BENCH_DATA_DIR;
  const dataDir = kept ?? mkdtempSync(path.join(os.tmpdir(), "essaim-load-"));
  try {
    return await runAgainst("embedded", { dataDir }, 1000, print);
  } finally {
    if (!kept) rmSync(dataDir, { recursive: true, force: true });
  }
}

async function onServer(url: string, print: (line: string) => void): Promise<LoadRow[]> {
  const name = process.env.LOAD_BENCH_DATABASE_NAME ?? "essaim_load_bench";
  const keep = !!process.env.LOAD_BENCH_DATABASE_NAME;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const exists = (await admin.query("select 1 from pg_database where datname = $1", [name])).rowCount === 1;
  if (!exists) await admin.query(`create database ${name}`);
  const databaseUrl = new URL(url);
  databaseUrl.pathname = `/${name}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "essaim-load-pg-"));
  try {
    return await runAgainst("PostgreSQL", { dataDir, databaseUrl: databaseUrl.toString() }, 300, print);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    if (!keep) await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

export async function benchLoad(print: (line: string) => void = () => {}): Promise<LoadRow[]> {
  ensureBuild({ info: print });
  const only = process.env.LOAD_BENCH_DATABASE;
  const rows: LoadRow[] = [];
  if (only !== "server") rows.push(...(await onEmbedded(print)));
  const url = process.env.DATABASE_URL;
  if (url && only !== "embedded") rows.push(...(await onServer(url, print)));
  return rows;
}

/** `npx tsx scripts/bench/load.ts <url> <pid>`: drive an app already running (profiling). */
async function driveRunning(url: string, pid: number) {
  const searches = crowdSearches(5_000);
  for (const scenario of scenarios) {
    if (process.env.LOAD_BENCH_SCENARIO && !scenario.label.includes(process.env.LOAD_BENCH_SCENARIO))
      continue;
    const figures = await drive({ url, pid }, scenario, searches);
    process.stdout.write(`${scenario.label}: ${JSON.stringify(figures)}\n`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href && process.argv[2]) {
  driveRunning(process.argv[2], Number(process.argv[3])).catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  });
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  benchLoad((line) => process.stdout.write(`${line}\n`)).then(
    (rows) => {
      for (const row of rows) process.stdout.write(`${row.measure}: ${row.value} ${row.unit}\n`);
    },
    (error: unknown) => {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
