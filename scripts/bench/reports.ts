/**
 * Reports section of `npm run bench`: on PostgreSQL (DATABASE_URL), with 30 Fabriques, 1 000 000
 * signals, 50 000 initiatives and 10 000 launched activities, the time of the network's yearly
 * report and of a Fabrique's (targets 300 ms and 100 ms p95, issue 16). REPORTS_BENCH_DATABASE
 * names a database kept for the next run (the rows are generated once); REPORTS_BENCH_SIGNALS,
 * REPORTS_BENCH_INITIATIVES, REPORTS_BENCH_LAUNCHED change the sizes. Prints, asserts nothing.
 *
 *   DATABASE_URL=postgres://… npx tsx scripts/bench/reports.ts
 */
import os from "node:os";
import { pathToFileURL } from "node:url";
import { sql } from "drizzle-orm";
import pg from "pg";
import pino from "pino";
import { loadActor } from "../../server/accounts/resolve-actor";
import { prepareDatabase } from "../../server/bootstrap";
import { type Database, openServerDatabase } from "../../server/db/database";
import { getReport } from "../../server/reports/get-report";
import { addMembership, createUser } from "../../server/seed/factories";
import { type BenchRow, benchDeps, percentile, round } from "./catalogue";
import {
  generateNetwork,
  generatePipeline,
  generateReportSignals,
  type ReportBenchSize,
} from "./reports-data";

const FABRIQUES = 30;
const RUNS = Number(process.env.REPORTS_BENCH_RUNS ?? 20);

/** The animator and an officer of the first Fabrique: found again on a kept database, else generated. */
async function prepare(database: Database, size: ReportBenchSize, print: (line: string) => void) {
  await prepareDatabase(database, { demo: false, log: pino({ level: "warn" }) });
  const kept = await database.db.execute<{
    animator: string | null;
    officer: string | null;
    slug: string;
  }>(sql`
    select (select id from "user" where is_network_animator limit 1) as animator,
           (select m.user_id from membership m where m.fabrique_id = f.id limit 1) as officer, f.slug
    from fabrique f where f.slug = 'bench-r-0'`);
  const row = kept.rows[0];
  if (row?.animator && row.officer) {
    print("  réseau, remontées et projets déjà générés dans cette base : repris tels quels");
    return { animator: row.animator, officer: row.officer };
  }
  const started = performance.now();
  const { fabriqueIds, modelIds } = await generateNetwork(database, FABRIQUES);
  await generateReportSignals(database, fabriqueIds, size.signals);
  await generatePipeline(database, fabriqueIds, modelIds, size);
  const animator = await createUser(database.db, { isNetworkAnimator: true });
  const officer = await createUser(database.db);
  await addMembership(database.db, { userId: officer.id, fabriqueId: fabriqueIds[0]!, role: "officer" });
  print(`  généré en ${round((performance.now() - started) / 1000)} s`);
  return { animator: animator.id, officer: officer.id };
}

async function timed(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return times;
}

async function runOn(database: Database, size: ReportBenchSize, print: (line: string) => void) {
  const deps = benchDeps(database);
  const ids = await prepare(database, size, print);
  const animator = (await loadActor(deps, ids.animator))!;
  const officer = (await loadActor(deps, ids.officer))!;
  const year = { from: "2026-01-01", to: "2026-12-31" };
  const network = async () => {
    const r = await getReport(deps, animator, { ...year, scope: "network" });
    if (!r.ok) throw new Error(r.error);
    return r.value;
  };
  const sample = await network();
  print(
    `  rapport du réseau 2026 : ${sample.totals.signalsReceived} remontées, ${sample.totals.launches} lancements, ${sample.pipeline.dormant.total} sans nouvelles`,
  );
  const load = () =>
    os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" / ");
  const loadBefore = load();
  const whole = await timed(RUNS, network);
  const mine = await timed(RUNS, () => getReport(deps, officer, { ...year, scope: "fabrique:bench-r-0" }));
  const rows: BenchRow[] = [
    { measure: "Rapport annuel du réseau p95", value: round(percentile(whole, 95)), unit: "ms", target: 300 },
    {
      measure: "Rapport annuel d'une Fabrique p95",
      value: round(percentile(mine, 95)),
      unit: "ms",
      target: 100,
    },
  ];
  for (const r of rows) print(`  ${r.measure} : ${r.value} ms (cible < ${r.target} ms)`);
  print(
    `  charge de la machine (1 / 5 / 15 min) : avant ${loadBefore}, après ${load()} ; ${os.cpus().length} cœurs`,
  );
  return rows;
}

export async function benchReports(
  print: (line: string) => void = (l) => console.log(l),
): Promise<BenchRow[]> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    print("Rapports — PostgreSQL : DATABASE_URL absent, mesure à 1 000 000 remontées non faite.");
    return [];
  }
  const size: ReportBenchSize = {
    signals: Number(process.env.REPORTS_BENCH_SIGNALS ?? 1_000_000),
    initiatives: Number(process.env.REPORTS_BENCH_INITIATIVES ?? 50_000),
    launched: Number(process.env.REPORTS_BENCH_LAUNCHED ?? 10_000),
  };
  print(
    `Rapports — PostgreSQL, ${FABRIQUES} Fabriques, ${size.signals} remontées, ${size.initiatives} projets, ${size.launched} activités lancées`,
  );
  const keptName = process.env.REPORTS_BENCH_DATABASE;
  const name = keptName ?? `essaim_bench_reports_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const exists = (await admin.query("select 1 from pg_database where datname = $1", [name])).rowCount === 1;
  if (!keptName && exists) await admin.query(`drop database ${name}`);
  if (!keptName || !exists) await admin.query(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const server = openServerDatabase(target.toString(), { max: 4 });
  try {
    return await runOn(server, size, print);
  } finally {
    await server.close();
    if (!keptName) await admin.query(`drop database if exists ${name}`);
    await admin.end();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await benchReports();
}
