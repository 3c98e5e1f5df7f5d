/**
 * The signals the signals bench generates, and the drafts it types: titles and descriptions built
 * from needs, publics, places and ways of putting a title, on communes spread over France.
 */
import { sql } from "drizzle-orm";
import { themeCodes } from "../../server/catalogue/reference/themes";
import type { Database } from "../../server/db/database";

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
