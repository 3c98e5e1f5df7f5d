/**
 * Report exports section of `npm run bench`: on a generated network of 30 Fabriques and 10 000
 * activities launched in 2026 (REPORT_EXPORTS_BENCH_SIZE) across the communes of France, on
 * the embedded database, the time to produce the network report's XLSX and PDF (the report,
 * the places, the charts and the file, as a download does). Prints, asserts nothing.
 *
 *   npx tsx scripts/bench.ts report-exports
 */
import { sql } from "drizzle-orm";
import pino from "pino";
import { loadActor } from "../../server/accounts/resolve-actor";
import { prepareDatabase } from "../../server/bootstrap";
import { openEmbeddedDatabase } from "../../server/db/database";
import { exportReport } from "../../server/reports/export-report";
import { getReport } from "../../server/reports/get-report";
import { createFabrique, createUser } from "../../server/seed/factories";
import { type BenchRow, benchDeps, percentile, round } from "./catalogue";

const FABRIQUES = 30;
const RUNS = 5;
const year = { from: "2026-01-01", to: "2026-12-31", scope: "network" };

/** `size` initiatives launched in 2026, spread over the Fabriques and the communes, in three statements. */
export async function generateLaunches(
  database: Awaited<ReturnType<typeof openEmbeddedDatabase>>,
  size: number,
) {
  const regions = ["11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84", "93", "94"];
  for (let i = 0; i < FABRIQUES; i++) {
    await createFabrique(database.db, {
      slug: `bench-rx-${i}`,
      name: `Fabrique bench ${String(i).padStart(2, "0")}`,
      regionCode: regions[i % regions.length],
    });
  }
  // The number of communes as a constant: a join condition on a window count would compare every pair.
  const communes = await database.db.execute<{ n: number }>(
    sql`select count(*)::int as n from territory where kind = 'commune'`,
  );
  const total = Number(communes.rows[0]?.n ?? 1);
  await database.db.execute(sql`
    with f as (select id, row_number() over (order by slug) - 1 as n from fabrique where slug like 'bench-rx-%'),
         c as (select code, row_number() over (order by code) - 1 as n from territory where kind = 'commune'),
         g as (select i from generate_series(0, ${size - 1}) as i)
    insert into initiative (fabrique_id, reference, title, territory_kind, territory_code, entry_point,
                            stage, stage_entered_at, created_at)
    select f.id, 'BENCH-' || g.i, 'Projet ' || g.i, 'commune', c.code, 'need', 'launch',
           timestamptz '2026-01-15' + (g.i % 300) * interval '1 day',
           timestamptz '2025-06-01' + (g.i % 200) * interval '1 day'
    from g join f on f.n = g.i % ${FABRIQUES} join c on c.n = (g.i * 7919) % ${total}`);
  await database.db.execute(sql`
    insert into initiative_event (initiative_id, kind, to_stage, at)
    select id, 'created', 'referral', created_at from initiative where reference like 'BENCH-%'
    union all
    select id, 'stage', 'launch', stage_entered_at from initiative where reference like 'BENCH-%'`);
  await database.db.execute(sql`
    insert into outcome (initiative_id, kind, activity_name, opened_on, jobs_fte_hundredths,
                         insertion_fte_hundredths, disability_fte_hundredths)
    select id, (array['new_organisation', 'new_activity', 'replication'])[1 + (random() * 2)::int],
           'Activité lancée ' || reference, (stage_entered_at + interval '20 days')::date,
           50 + (hashtext(reference) & 511), (hashtext(reference) & 127), (hashtext(reference) & 63)
    from initiative where reference like 'BENCH-%'`);
}

async function timed(fn: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return times;
}

export async function benchReportExports(print: (line: string) => void = console.log): Promise<BenchRow[]> {
  const size = Number(process.env.REPORT_EXPORTS_BENCH_SIZE ?? 10_000);
  const database = await openEmbeddedDatabase(undefined);
  try {
    await prepareDatabase(database, { demo: false, log: pino({ level: "warn" }) });
    const deps = benchDeps(database);
    const started = performance.now();
    await generateLaunches(database, size);
    print(
      `Exports du rapport — ${size} activités lancées générées en ${round(performance.now() - started)} ms`,
    );
    const animator = (await loadActor(
      deps,
      (
        await createUser(database.db, { isNetworkAnimator: true })
      ).id,
    ))!;
    const report = await getReport(deps, animator, year);
    if (!report.ok) throw new Error(`report refused: ${report.error}`);
    print(`Rapport du réseau : ${report.value.totals.launches} activités lancées sur la période`);
    const rows: BenchRow[] = [];
    const reportTimes = await timed(() => getReport(deps, animator, year));
    rows.push({
      measure: `network report (JSON), ${size} launches, p95`,
      value: round(percentile(reportTimes, 95)),
      unit: "ms",
    });
    for (const format of ["xlsx", "pdf"] as const) {
      let bytes = 0;
      const times = await timed(async () => {
        const file = await exportReport(deps, animator, year, format);
        if (!file.ok) throw new Error(`export refused: ${file.error}`);
        bytes = file.value.file.length;
      });
      print(`${format.toUpperCase()} : ${Math.round(bytes / 1024)} Ko`);
      rows.push({
        measure: `network report ${format.toUpperCase()}, ${size} launches, p95`,
        value: round(percentile(times, 95) / 1000),
        unit: "s",
        target: 3,
      });
    }
    return rows;
  } finally {
    await database.close();
  }
}
