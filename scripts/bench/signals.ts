/**
 * Signals section of `npm run bench`: with many generated signals across 30 Fabriques, the time
 * of the team's filtered list, of the duplicate candidates for a signal being typed, and of the
 * "Ce qui existe déjà" panel. 100 000 signals on the embedded database, 1 000 000 on PostgreSQL
 * when DATABASE_URL is set (SIGNALS_BENCH_SIZE / SIGNALS_BENCH_SERVER_SIZE). Prints, asserts
 * nothing.
 *
 *   npx tsx scripts/bench/signals.ts
 */
import { pathToFileURL } from "node:url";
import { sql } from "drizzle-orm";
import pg from "pg";
import pino from "pino";
import { loadActor } from "../../server/accounts/resolve-actor";
import { prepareDatabase } from "../../server/bootstrap";
import { themeCodes } from "../../server/catalogue/reference/themes";
import type { Actor } from "../../server/core/actor";
import { type Database, openEmbeddedDatabase, openServerDatabase } from "../../server/db/database";
import { addMembership, createFabrique, createUser } from "../../server/seed/factories";
import { findSimilarForDraft } from "../../server/signals/find-similar-for-draft";
import { getSignalMatches } from "../../server/signals/get-signal-matches";
import { listSignals } from "../../server/signals/list-signals";
import { similarDraftQuery } from "../../server/signals/similar-schemas";
import { type BenchRow, benchDeps, percentile, round } from "./catalogue";

const FABRIQUES = 30;
const RUNS = 30;

/** A PostgreSQL array literal, passed as one parameter (drizzle would spread a JS array). */
const pgArray = (values: readonly string[]) =>
  `{${values.map((v) => `"${v.replace(/(["\\])/g, "\\$1")}"`).join(",")}}`;

/** Generated signals: varied titles from a few dozen words, on communes spread over France. */
async function generateSignals(database: Database, fabriqueIds: string[], count: number) {
  const subjects = [
    "Épicerie",
    "Conciergerie",
    "Garage",
    "Atelier vélo",
    "Ressourcerie",
    "Cantine",
    "Transport",
    "Laverie",
    "Jardin",
    "Tiers-lieu",
    "Recyclerie",
    "Auto-école",
  ];
  const qualifiers = [
    "solidaire",
    "pour les aînés",
    "en insertion",
    "de quartier",
    "itinérante",
    "partagée",
    "inclusive",
    "pour les jeunes",
  ];
  const batch = 50_000;
  for (let from = 0; from < count; from += batch) {
    const to = Math.min(count, from + batch);
    await database.db.execute(sql`
      with communes as (
        select code, name, row_number() over (order by code) as rn
        from territory where kind = 'commune' and cog_year = (select max(cog_year) from territory where kind = 'commune')
      ), total as (
        select count(*) as n from communes
      ), fabriques as (
        select id, ordinality as rn from unnest(${pgArray(fabriqueIds)}::uuid[]) with ordinality as id
      )
      insert into signal (fabrique_id, reference, kind, title, description, territory_kind, territory_code,
                          themes, channel, status, created_at, updated_at, status_changed_at)
      select f.id,
             'B-' || lpad(g::text, 8, '0'),
             (array['need','idea','resource','replication','territory'])[1 + g % 5],
             (${pgArray(subjects)}::text[])[1 + g % ${subjects.length}] || ' ' ||
               (${pgArray(qualifiers)}::text[])[1 + (g / ${subjects.length}) % ${qualifiers.length}] || ' à ' || c.name,
             'Remontée générée pour la mesure : un besoin repéré à ' || c.name || ' par les habitants et les partenaires.',
             'commune', c.code,
             array[(${pgArray(themeCodes)}::text[])[1 + g % ${themeCodes.length}]],
             'idea_sensor',
             (array['new','qualified','parked','rejected'])[1 + g % 4],
             now() - (g % 1000) * interval '1 day', now(), now()
      from generate_series(${from + 1}::int, ${to}::int) g
      join communes c on c.rn = 1 + (g::bigint * 7919) % (select n from total)
      join fabriques f on f.rn = 1 + g % ${fabriqueIds.length}`);
  }
  await database.db.execute(sql`analyze signal`);
}

async function timed(runs: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn(i);
    times.push(performance.now() - started);
  }
  return times;
}

async function runOn(database: Database, label: string, size: number, print: (line: string) => void) {
  const deps = benchDeps(database);
  await prepareDatabase(database, { demo: false, log: pino({ level: "warn" }) });
  const fabriqueIds: string[] = [];
  let officer: Actor | null = null;
  for (let i = 0; i < FABRIQUES; i++) {
    const f = await createFabrique(database.db, { slug: `bench-${i}`, name: `Fabrique ${i}` });
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
  const actor = officer!;
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
  const drafts = ["Épicerie solidaire pour les aînés", "Garage en insertion", "Laverie de quartier partagée"];
  const similar = await timed(RUNS, (i) =>
    findSimilarForDraft(
      deps,
      actor,
      similarDraftQuery.parse({
        title: drafts[i % drafts.length],
        description: "Les habitants du quartier n'ont plus de commerce ni de service de proximité.",
        territory: "commune:76540",
      }),
    ),
  );
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
      measure: `${label} : panneau « Ce qui existe déjà » p95`,
      value: round(percentile(matches, 95)),
      unit: "ms",
      target: 150,
    },
  ];
  for (const row of rows) print(`  ${row.measure} : ${row.value} ms (cible < ${row.target} ms)`);
  return rows;
}

export async function benchSignals(
  print: (line: string) => void = (l) => console.log(l),
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const embeddedSize = Number(process.env.SIGNALS_BENCH_SIZE ?? 100_000);
  print(`Remontées — base embarquée (PGlite), ${embeddedSize} remontées`);
  const embedded = await openEmbeddedDatabase(undefined);
  try {
    rows.push(...(await runOn(embedded, `PGlite ${embeddedSize}`, embeddedSize, print)));
  } finally {
    await embedded.close();
  }
  const url = process.env.DATABASE_URL;
  if (url) {
    const serverSize = Number(process.env.SIGNALS_BENCH_SERVER_SIZE ?? 1_000_000);
    print(`Remontées — PostgreSQL, ${serverSize} remontées`);
    const name = `essaim_bench_signals_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    const server = openServerDatabase(target.toString(), { max: 4 });
    try {
      rows.push(...(await runOn(server, `PostgreSQL ${serverSize}`, serverSize, print)));
    } finally {
      await server.close();
      await admin.query(`drop database if exists ${name}`);
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
