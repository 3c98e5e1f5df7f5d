/**
 * Signals section of `npm run bench`: with many generated signals across 30 Fabriques, the time
 * of the team's filtered list, of the duplicate candidates for a signal being typed, and of the
 * "Ce qui existe déjà" panel. 100 000 signals on the embedded database, 1 000 000 on PostgreSQL
 * when DATABASE_URL is set (SIGNALS_BENCH_SIZE / SIGNALS_BENCH_SERVER_SIZE). Prints, asserts
 * nothing.
 *
 *   npx tsx scripts/bench/signals.ts
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { sql } from "drizzle-orm";
import pg from "pg";
import pino from "pino";
import { loadActor } from "../../server/accounts/resolve-actor";
import { prepareDatabase } from "../../server/bootstrap";
import type { Actor } from "../../server/core/actor";
import { type Database, openEmbeddedDatabase, openServerDatabase } from "../../server/db/database";
import { findSimilarForDraft } from "../../server/initiatives/find-similar-for-draft";
import { getSignalMatches } from "../../server/initiatives/get-signal-matches";
import { addMembership, createFabrique, createUser } from "../../server/seed/factories";
import { listSignals } from "../../server/signals/list-signals";
import { similarDraftQuery } from "../../server/signals/similar-schemas";
import { type BenchRow, benchDeps, percentile, round } from "./catalogue";

import { generateSignals, typedDrafts } from "./signals-data";

const FABRIQUES = 30;
const RUNS = 30;

async function timed(runs: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn(i);
    times.push(performance.now() - started);
  }
  return times;
}

/** A connection to another database of the PostgreSQL server, to read the bench's backends. */
type Monitor = { client: pg.Client; database: string };

/**
 * CPU time so far, in ms: this process's (the embedded database runs in it) and, for PostgreSQL
 * on this machine, its backends' on the bench's database (`/proc/<pid>/schedstat`, nanoseconds).
 * Steadier than wall time on a shared machine: waiting for a core is not counted. Null when a
 * backend's figures cannot be read (a server elsewhere).
 */
async function cpuNow(monitor: Monitor | undefined): Promise<Map<string, number> | null> {
  const { user, system } = process.cpuUsage();
  const times = new Map([["self", (user + system) / 1000]]);
  if (!monitor) return times;
  const backends = await monitor.client.query<{ pid: number }>(
    "select pid from pg_stat_activity where datname = $1",
    [monitor.database],
  );
  try {
    for (const { pid } of backends.rows) {
      times.set(String(pid), Number(readFileSync(`/proc/${pid}/schedstat`, "utf8").split(" ")[0]) / 1e6);
    }
  } catch {
    return null;
  }
  return times;
}

/** Wall and CPU times (`cpuNow`) of each call; no CPU times when they cannot be read. */
async function timedWithCpu(monitor: Monitor | undefined, runs: number, fn: (i: number) => Promise<unknown>) {
  const wall: number[] = [];
  const cpu: number[] = [];
  let readable = true;
  for (let i = 0; i < runs; i++) {
    const before = await cpuNow(monitor);
    const started = performance.now();
    await fn(i);
    wall.push(performance.now() - started);
    const after = await cpuNow(monitor);
    readable &&= before !== null && after !== null;
    // A connection opened meanwhile counts from its start.
    cpu.push([...(after ?? [])].reduce((sum, [key, ms]) => sum + ms - (before?.get(key) ?? 0), 0));
  }
  return { wall, cpu: readable ? cpu : null };
}

/**
 * The bench's Fabriques, officer and signals: created and generated on a new database, found again
 * on a kept one (SIGNALS_BENCH_DATABASE), where generating a million signals again would take long.
 */
async function prepareSignals(database: Database, size: number, print: (line: string) => void) {
  const deps = benchDeps(database);
  await prepareDatabase(database, { demo: false, log: pino({ level: "warn" }) });
  const existing = await database.db.execute<{ id: string; user_id: string | null; signals: number }>(sql`
    select f.id, (select m.user_id from membership m where m.fabrique_id = f.id limit 1) as user_id,
           (select count(*)::int from signal s where s.fabrique_id = f.id) as signals
    from fabrique f where f.slug like 'bench-%' order by f.name`);
  const kept = existing.rows.reduce((n, row) => n + row.signals, 0);
  if (existing.rows.length === FABRIQUES && kept >= size && existing.rows[0]?.user_id) {
    print(`  ${kept} remontées déjà générées dans cette base : reprises telles quelles`);
    const officer = await loadActor(deps, existing.rows[0].user_id);
    return { deps, fabriqueIds: existing.rows.map((row) => row.id), officer: officer! };
  }
  if (existing.rows.length) throw new Error("A partial bench database: drop it and run again.");
  const fabriqueIds: string[] = [];
  let officer: Actor | null = null;
  for (let i = 0; i < FABRIQUES; i++) {
    const f = await createFabrique(database.db, {
      slug: `bench-${i}`,
      name: `Fabrique ${String(i).padStart(2, "0")}`,
    });
    fabriqueIds.push(f.id);
    if (i === 0) {
      const user = await createUser(database.db);
      await addMembership(database.db, { userId: user.id, fabriqueId: f.id, role: "officer" });
      officer = await loadActor(deps, user.id);
    }
  }
  const started = performance.now();
  await generateSignals(database, fabriqueIds, size);
  print(`  ${size} remontées générées en ${round((performance.now() - started) / 1000)} s`);
  return { deps, fabriqueIds, officer: officer! };
}

async function runOn(
  database: Database,
  label: string,
  size: number,
  print: (line: string) => void,
  monitor?: Monitor,
) {
  const { deps, fabriqueIds, officer } = await prepareSignals(database, size, print);
  const actor = officer;
  const own = (
    await database.db.execute<{ id: string }>(
      sql`select id from signal where fabrique_id = ${fabriqueIds[0]} order by created_at desc limit ${RUNS}`,
    )
  ).rows.map((r) => r.id);
  const departements = ["76", "33", "25", "69", "13", "59", "35", "31"];
  const list = await timed(RUNS, (i) =>
    listSignals(deps, actor, {
      territory: `departement:${departements[i % departements.length]}`,
      status: "new",
      page: 1,
      perPage: 50,
    }),
  );
  const typing = await typedDrafts(database);
  // One draft typed elsewhere first, untimed: a server's connections have already loaded the
  // accent rules, the French dictionaries and the trigram functions, and its code is compiled;
  // a fresh bench connection spends tens of ms on its first draft doing so (decision record 0080).
  const elsewhere = typing.find((draft) => !draft.largest);
  if (elsewhere) await findSimilarForDraft(deps, actor, similarDraftQuery.parse(elsewhere));
  const { wall: similar, cpu } = await timedWithCpu(monitor, typing.length, (i) =>
    findSimilarForDraft(deps, actor, similarDraftQuery.parse(typing[i % typing.length])),
  );
  const inLargest = similar.filter((_, i) => typing[i]?.largest);
  const cpuInLargest = cpu?.filter((_, i) => typing[i]?.largest);
  const matches = await timed(RUNS, (i) => getSignalMatches(deps, actor, own[i % own.length]!));
  const rows: BenchRow[] = [
    { measure: `${label} : liste filtrée p95`, value: round(percentile(list, 95)), unit: "ms", target: 50 },
    {
      measure: `${label} : doublons pendant la saisie p95`,
      value: round(percentile(similar, 95)),
      unit: "ms",
      target: 50,
    },
    {
      measure: `${label} : doublons pendant la saisie, plus grande EPCI (${typing.largestName}) p95`,
      value: round(percentile(inLargest, 95)),
      unit: "ms",
      target: 50,
    },
    ...(cpuInLargest
      ? [
          {
            measure: `${label} : doublons pendant la saisie, plus grande EPCI, temps CPU (application et base) p95`,
            value: round(percentile(cpuInLargest, 95)),
            unit: "ms" as const,
          },
        ]
      : []),
    {
      measure: `${label} : panneau « Ce qui existe déjà » p95`,
      value: round(percentile(matches, 95)),
      unit: "ms",
      target: 150,
    },
  ];
  for (const row of rows)
    print(`  ${row.measure} : ${row.value} ms${row.target ? ` (cible < ${row.target} ms)` : ""}`);
  return rows;
}

export async function benchSignals(
  print: (line: string) => void = (l) => console.log(l),
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const embeddedSize = Number(process.env.SIGNALS_BENCH_SIZE ?? 100_000);
  if (embeddedSize > 0) {
    print(`Remontées — base embarquée (PGlite), ${embeddedSize} remontées`);
    const embedded = await openEmbeddedDatabase(undefined);
    try {
      rows.push(...(await runOn(embedded, `PGlite ${embeddedSize}`, embeddedSize, print)));
    } finally {
      await embedded.close();
    }
  }
  const url = process.env.DATABASE_URL;
  if (url) {
    const serverSize = Number(process.env.SIGNALS_BENCH_SERVER_SIZE ?? 1_000_000);
    print(`Remontées — PostgreSQL, ${serverSize} remontées`);
    // SIGNALS_BENCH_DATABASE=essaim_signals_1m keeps the generated database for the next run.
    const keptName = process.env.SIGNALS_BENCH_DATABASE;
    const name = keptName ?? `essaim_bench_signals_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const exists = (await admin.query("select 1 from pg_database where datname = $1", [name])).rowCount === 1;
    if (!keptName && exists) await admin.query(`drop database ${name}`);
    if (!keptName || !exists) await admin.query(`create database ${name}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    const server = openServerDatabase(target.toString(), { max: 4 });
    try {
      rows.push(
        ...(await runOn(server, `PostgreSQL ${serverSize}`, serverSize, print, {
          client: admin,
          database: name,
        })),
      );
    } finally {
      await server.close();
      if (!keptName) await admin.query(`drop database if exists ${name}`);
      await admin.end();
    }
  } else {
    print("Remontées — PostgreSQL : DATABASE_URL absent, mesure à 1 000 000 remontées non faite.");
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await benchSignals();
}
