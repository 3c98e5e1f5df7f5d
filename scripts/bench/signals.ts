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
import { themeCodes } from "../../server/catalogue/reference/themes";
import type { Actor } from "../../server/core/actor";
import { type Database, openEmbeddedDatabase, openServerDatabase } from "../../server/db/database";
import { findSimilarForDraft } from "../../server/initiatives/find-similar-for-draft";
import { getSignalMatches } from "../../server/initiatives/get-signal-matches";
import { addMembership, createFabrique, createUser } from "../../server/seed/factories";
import { listSignals } from "../../server/signals/list-signals";
import { similarDraftQuery } from "../../server/signals/similar-schemas";
import { type BenchRow, benchDeps, percentile, round } from "./catalogue";

const FABRIQUES = 30;
const RUNS = 30;

/** A PostgreSQL array literal, passed as one parameter (drizzle would spread a JS array). */
const pgArray = (values: readonly string[]) =>
  `{${values.map((v) => `"${v.replace(/(["\\])/g, "\\$1")}"`).join(",")}}`;

/**
 * What people write, in pieces: a need or resource and its theme, who it is for, where, and the
 * ways a title is put. Combined per signal (multiplicative hashing of its number), with the
 * commune's name: tens of thousands of different titles, as people write them — many alike, few
 * identical.
 */
const needs: [string, string][] = [
  ["épicerie solidaire", "alimentation-durable"],
  ["conciergerie de services", "services-proximite"],
  ["garage solidaire", "mobilite"],
  ["atelier de réparation de vélos", "mobilite"],
  ["ressourcerie", "economie-circulaire"],
  ["cantine de quartier", "lien-social"],
  ["transport à la demande", "mobilite"],
  ["laverie solidaire", "services-proximite"],
  ["jardin partagé", "alimentation-durable"],
  ["tiers-lieu", "services-proximite"],
  ["auto-école sociale", "mobilite"],
  ["halte-répit pour les aidants", "bien-vieillir"],
  ["accueil de jour", "bien-vieillir"],
  ["médecin généraliste", "sante"],
  ["crèche à horaires atypiques", "petite-enfance-parentalite"],
  ["aide aux devoirs", "petite-enfance-parentalite"],
  ["café associatif", "lien-social"],
  ["boulangerie", "services-proximite"],
  ["commerce de proximité", "services-proximite"],
  ["covoiturage domicile-travail", "mobilite"],
  ["location de voitures à petit prix", "mobilite"],
  ["logement des saisonniers", "habitat"],
  ["habitat inclusif", "habitat"],
  ["colocation intergénérationnelle", "habitat"],
  ["rénovation énergétique des logements", "energie"],
  ["médiation numérique", "numerique"],
  ["recyclerie du bâtiment", "economie-circulaire"],
  ["collecte des biodéchets", "transition-ecologique"],
  ["légumerie pour la restauration collective", "alimentation-durable"],
  ["chantier d'insertion", "insertion-emploi"],
  ["entreprise adaptée", "handicap-inclusion"],
  ["visites aux personnes isolées", "bien-vieillir"],
  ["portage de repas", "bien-vieillir"],
  ["repair café", "economie-circulaire"],
  ["friperie", "economie-circulaire"],
  ["lieu culturel", "culture-tourisme"],
  ["hébergement touristique solidaire", "culture-tourisme"],
  ["local commercial vacant", "services-proximite"],
  ["friche industrielle", "transition-ecologique"],
  ["cuisine professionnelle inutilisée", "alimentation-durable"],
  ["terres agricoles en friche", "alimentation-durable"],
  ["centrale villageoise d'énergie", "energie"],
  ["atelier de couture", "insertion-emploi"],
  ["emploi des personnes handicapées", "handicap-inclusion"],
  ["accompagnement vers l'emploi", "insertion-emploi"],
];
const publics = [
  "les aînés",
  "les jeunes",
  "les familles monoparentales",
  "les saisonniers",
  "les personnes handicapées",
  "les demandeurs d'emploi",
  "les habitants du quartier",
  "les agriculteurs",
  "les étudiants",
  "les aidants",
  "les salariés en horaires décalés",
  "les nouveaux arrivants",
];
const places = [
  "en centre-bourg",
  "près de la gare",
  "dans les hameaux",
  "au marché",
  "dans l'ancienne école",
  "en zone d'activités",
  "dans le quartier prioritaire",
  "sur le canton",
];
/** Title patterns: {need}, {Need} (capitalised), {public}, {place}, {commune}. */
const patterns = [
  "{Need} à {commune}",
  "Pas de {need} à {commune}",
  "{Need} pour {public}",
  "{Need} pour {public} à {commune}",
  "Idée : {need} {place}",
  "Besoin : {need} {place} ({commune})",
  "{Need} {place}",
  "Manque de {need} pour {public}",
  "Projet de {need} à {commune}",
  "{Need} : demande des habitants de {commune}",
];
/** Sentences of the descriptions, 3 to 6 per signal: realistic lengths (about 250 to 700 characters). */
const sentences = [
  "Plusieurs habitants de {commune} nous ont parlé de ce besoin lors de la dernière réunion publique.",
  "Le maire constate que {public} n'ont aucune solution à moins de trente kilomètres.",
  "Une association locale a déjà tenté quelque chose, sans parvenir à trouver un modèle économique.",
  "Les chiffres de l'analyse des besoins sociaux montrent une hausse de la demande depuis deux ans.",
  "Un local est disponible en centre-bourg, propriété de la commune, loué à prix modéré.",
  "Le conseil départemental pourrait soutenir un projet qui réponde à ce besoin.",
  "Les commerçants du marché sont prêts à s'associer à une démarche collective.",
  "Aucune structure de l'économie sociale et solidaire n'intervient aujourd'hui sur ce sujet ici.",
  "La communauté de communes souhaite en faire une priorité de son projet de territoire.",
  "Des bénévoles se sont déjà proposés pour donner du temps au démarrage.",
  "Le centre social relaie des demandes répétées des familles sur ce point.",
  "Il faudrait vérifier ce qui existe déjà dans les communes voisines avant d'aller plus loin.",
  "Une entreprise du territoire cherche à s'engager dans un projet utile localement.",
  "Le besoin touche surtout {public}, souvent sans voiture.",
  "Une étude de 2024 évoque déjà ce manque sans qu'aucune suite n'ait été donnée.",
  "Nous proposons d'organiser un atelier avec les habitants pour préciser la demande.",
];

/** Generated signals: titles and descriptions from the pieces above, on communes spread over France. */
export async function generateSignals(database: Database, fabriqueIds: string[], count: number) {
  const needTexts = needs.map(([text]) => text);
  const needThemes = needs.map(([, theme]) => (themeCodes.includes(theme) ? theme : themeCodes[0]!));
  // A different hash of the signal's number for each piece, so pieces combine freely.
  const pick = (n: number, salt: number) => sql.raw(`(1 + abs(hashint4(g + ${salt})::bigint) % ${n})::int`);
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
      ), pieces as (
        select g, c.code as commune_code, c.name as commune, f.id as fabrique_id,
               (${pgArray(needTexts)}::text[])[${pick(needs.length, 1)}] as need,
               (${pgArray(needThemes)}::text[])[${pick(needs.length, 1)}] as theme,
               (${pgArray(publics)}::text[])[${pick(publics.length, 2)}] as public,
               (${pgArray(places)}::text[])[${pick(places.length, 3)}] as place,
               (${pgArray(patterns)}::text[])[${pick(patterns.length, 4)}] as pattern,
               array(select (${pgArray(sentences)}::text[])[1 + abs(hashint4(g * 7 + i::int))::bigint % ${sentences.length}]
                     from generate_series(1, 3 + abs(hashint4(-g)) % 4) i) as said
        from generate_series(${from + 1}::int, ${to}::int) g
        join communes c on c.rn = 1 + abs(hashint4(g + 5)::bigint) % (select n from total)
        join fabriques f on f.rn = ${pick(fabriqueIds.length, 6)}
      ), filled as (
        select *, replace(replace(replace(replace(replace(pattern,
                    '{Need}', upper(left(need, 1)) || substr(need, 2)), '{need}', need),
                    '{public}', public), '{place}', place), '{commune}', commune) as title
        from pieces
      )
      insert into signal (fabrique_id, reference, kind, title, description, territory_kind, territory_code,
                          themes, channel, status, created_at, updated_at, status_changed_at)
      select fabrique_id,
             'B-' || lpad(g::text, 8, '0'),
             (array['need','idea','resource','replication','territory'])[${pick(5, 7)}],
             title,
             replace(replace(replace(array_to_string(said, ' '), '{commune}', commune), '{public}', public),
                     '{need}', need),
             'commune', commune_code,
             array[theme],
             (array['idea_sensor','workshop','commissioner','drawing_right','public_form'])[${pick(5, 8)}],
             (array['new','qualified','parked','rejected','converted'])[${pick(5, 9)}],
             now() - (abs(hashint4(g + 10)) % 1000) * interval '1 day', now(), now()
      from filled`);
  }
  await database.db.execute(sql`vacuum analyze signal`);
}

/**
 * What officers type while a signal is being written: varied titles (the generator's needs, for
 * varied publics, with and without a typo) in many territories — communes of the EPCI that holds
 * the most signals, that EPCI itself, and communes of other large towns across France.
 */
export async function typedDrafts(database: Database) {
  const [largest] = (
    await database.db.execute<{ code: string; name: string }>(sql`
      select t.epci_code as code, (select e.name from territory e where e.kind = 'epci' and e.code = t.epci_code) as name
      from signal s join territory t on t.kind = 'commune' and t.code = s.territory_code
      where t.epci_code is not null group by t.epci_code order by count(*) desc limit 1`)
  ).rows;
  const itsCommunes = largest
    ? (
        await database.db.execute<{ code: string }>(sql`
          select s.territory_code as code from signal s
          join territory t on t.kind = 'commune' and t.code = s.territory_code and t.epci_code = ${largest.code}
          group by 1 order by count(*) desc limit 4`)
      ).rows.map((row) => `commune:${row.code}`)
    : [];
  const elsewhere = [
    "76540",
    "33063",
    "69123",
    "13055",
    "59350",
    "31555",
    "35238",
    "25056",
    "67482",
    "44109",
  ];
  const territories = [
    ...itsCommunes.map((territory) => ({ territory, largest: true })),
    ...(largest ? [{ territory: `epci:${largest.code}`, largest: true }] : []),
    ...elsewhere.map((code) => ({ territory: `commune:${code}`, largest: false })),
  ];
  const typos = (text: string, i: number) => (i % 3 === 2 ? text.replace(/([aeiou])([a-z])/, "$2$1") : text);
  const drafts = [];
  for (let i = 0; i < 90; i++) {
    const [need] = needs[(i * 7) % needs.length]!;
    const target = territories[i % territories.length]!;
    const title = typos(
      `${need[0]!.toUpperCase()}${need.slice(1)} pour ${publics[(i * 5) % publics.length]}`,
      i,
    );
    drafts.push({
      title,
      description: sentences[(i * 3) % sentences.length]!.replace("{commune}", "la commune").replace(
        "{public}",
        "les habitants",
      ),
      territory: target.territory,
      largest: target.largest,
    });
  }
  return Object.assign(drafts, { largestName: largest?.name ?? "aucune" });
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
