import { sql } from "drizzle-orm";
import { insertModel } from "../../server/catalogue/model-factory";
import type { Database } from "../../server/db/database";
import { createFabrique } from "../../server/seed/factories";

export type ReportBenchSize = { signals: number; initiatives: number; launched: number };

const regions = ["28", "11", "84", "75", "76", "27", "53", "44", "32", "93", "24", "52", "94"];
const arr = (values: readonly string[]) => `{${values.join(",")}}`;

/** Hashes of the row number: the same generated network on every run. */
const pick = (n: number, salt: number, g = "g") =>
  sql.raw(`(1 + abs(hashint4(${g} + ${salt})::bigint) % ${n})::int`);

/** 30 Fabriques over 13 régions, each with an organisation funding three programmes; ten models. */
export async function generateNetwork(database: Database, fabriques: number) {
  const ids: string[] = [];
  for (let i = 0; i < fabriques; i++) {
    const f = await createFabrique(database.db, {
      slug: `bench-r-${i}`,
      name: `Fabrique R${String(i).padStart(2, "0")}`,
      regionCode: regions[i % regions.length]!,
    });
    ids.push(f.id);
  }
  await database.db.execute(sql`
    with o as (
      insert into organisation (fabrique_id, name, kind)
      select id, 'Financeur ' || id, 'funder' from unnest(${arr(ids)}::uuid[]) id returning id, fabrique_id
    )
    insert into programme (fabrique_id, name, funder_organisation_id)
    select o.fabrique_id, 'Programme ' || k || ' ' || o.id, o.id from o, generate_series(1, 3) k`);
  const models: string[] = [];
  for (let i = 0; i < 10; i++) {
    const m = await insertModel(database.db, {
      title: `Modèle de banc ${i}`,
      summary: "Un modèle pour le banc d'essai des rapports.",
      description: "Un modèle pour le banc d'essai des rapports, essaimé par les Fabriques.",
      status: "published",
    });
    models.push(m.id);
  }
  return { fabriqueIds: ids, modelIds: models };
}

/** Signals spread over the Fabriques and the last 1 000 days, in batches of 100 000 rows. */
export async function generateReportSignals(database: Database, fabriqueIds: string[], count: number) {
  for (let from = 0; from < count; from += 100_000) {
    const to = Math.min(count, from + 100_000);
    await database.db.execute(sql`
      with f as (select id, ordinality as rn from unnest(${arr(fabriqueIds)}::uuid[]) with ordinality id)
      insert into signal (fabrique_id, reference, kind, title, description, territory_kind, territory_code,
                          channel, status, created_at, updated_at, status_changed_at)
      select f.id, 'R-' || g, (array['need','idea','resource','replication','territory'])[${pick(5, 1)}],
             'Remontée ' || g, 'Un besoin remonté pour le banc.', 'commune', '76540',
             (array['idea_sensor','workshop','commissioner','drawing_right','public_form'])[${pick(5, 2)}],
             (array['new','qualified','parked','rejected','converted'])[${pick(5, 3)}],
             now() - (abs(hashint4(g + 4)) % 1000) * interval '1 day', now(), now()
      from generate_series(${from + 1}::int, ${to}::int) g join f on f.rn = ${pick(fabriqueIds.length, 5)}`);
  }
}

/**
 * Initiatives over the last five years with their journal (created, then two or three moves);
 * every fifth one launched with its outcome, a third of those in a programme, half with a
 * 6-month follow-up, half with a retained forecast.
 */
export async function generatePipeline(
  database: Database,
  fabriqueIds: string[],
  modelIds: string[],
  size: ReportBenchSize,
) {
  const every = Math.max(1, Math.floor(size.initiatives / size.launched));
  await database.db.execute(sql`
    with f as (select id, ordinality as rn from unnest(${arr(fabriqueIds)}::uuid[]) with ordinality id)
    insert into initiative (fabrique_id, reference, title, territory_kind, territory_code, entry_point, stage,
                            created_at, updated_at)
    select f.id, 'BR-' || g, 'Projet ' || g, 'commune', '76540', 'need',
           case when g % ${every} = 0 then (array['launch','follow_up'])[${pick(2, 6)}]
                else (array['referral','detection','qualification','opportunity_study','carrier_search',
                            'handover','dormant','abandoned'])[${pick(8, 7)}] end,
           now() - (abs(hashint4(g + 8)) % 1800) * interval '1 day' - interval '200 days', now()
    from generate_series(1, ${size.initiatives}::int) g join f on f.rn = ${pick(fabriqueIds.length, 9)}`);
  await database.db.execute(sql`
    insert into initiative_event (initiative_id, kind, to_stage, at)
    select id, 'created', 'referral', created_at from initiative where reference like 'BR-%'`);
  // Moves: to detection after 40 days, to qualification after 100, to the present stage after 180.
  await database.db.execute(sql`
    insert into initiative_event (initiative_id, kind, from_stage, to_stage, at, note)
    select i.id, 'stage', m.from_stage, coalesce(m.to_stage, i.stage), i.created_at + m.after * interval '1 day',
           case when coalesce(m.to_stage, i.stage) = 'abandoned' then 'Pas de porteur trouvé.' else '' end
    from initiative i
    cross join (values ('referral', 'detection', 40), ('detection', 'qualification', 100),
                       ('qualification', null, 180)) as m(from_stage, to_stage, after)
    where i.reference like 'BR-%' and i.stage not in ('referral', 'detection', 'qualification')`);
  await launchedRows(database, modelIds, every);
}

async function launchedRows(database: Database, modelIds: string[], every: number) {
  const launched = sql`(select id, created_at, split_part(reference, '-', 2)::int as g from initiative
    where reference like 'BR-%' and split_part(reference, '-', 2)::int % ${every} = 0)`;
  await database.db.execute(sql`
    insert into outcome (initiative_id, kind, model_id, activity_name, opened_on, jobs_fte_hundredths,
                         insertion_fte_hundredths, disability_fte_hundredths)
    select id, (array['new_organisation','new_activity','replication'])[${pick(3, 10)}],
           case when ${pick(3, 10)} = 3 then (${arr(modelIds)}::uuid[])[${pick(modelIds.length, 11)}] end,
           'Activité ' || g, (created_at + interval '200 days')::date, 100 + g % 400, g % 200, g % 100
    from ${launched} l`);
  await database.db.execute(sql`
    insert into initiative_programme (initiative_id, programme_id)
    select l.id, (select p.id from programme p join initiative i on i.fabrique_id = p.fabrique_id
                  where i.id = l.id order by p.name limit 1)
    from ${launched} l where l.g % 3 = 0`);
  await database.db.execute(sql`
    insert into follow_up (initiative_id, milestone_months, measured_on, jobs_fte_hundredths, beneficiaries)
    select id, 6, (created_at + interval '380 days')::date, 150, 30 from ${launched} l where l.g % 2 = 0`);
  await database.db.execute(sql`
    with fc as (
      insert into forecast (initiative_id, name, inputs)
      select id, 'Central', jsonb_build_object('settings', jsonb_build_object('startYear', 2026, 'startMonth', 1),
        'revenues', jsonb_build_array(
          jsonb_build_object('kind', 'grant', 'id', 'g', 'label', 'Subvention', 'funder', 'Région ' || (g % 13),
                             'status', 'agreed', 'amountCents', 1000000 + g, 'startMonth', 1, 'endMonth', 12),
          jsonb_build_object('kind', 'volunteering', 'id', 'v', 'label', 'Bénévoles', 'monthlyValueCents', 30000,
                             'startMonth', 1, 'endMonth', 36)),
        'financing', jsonb_build_array(jsonb_build_object('kind', 'loan', 'id', 'l', 'label', 'Prêt',
                             'amountCents', 500000, 'month', 1)))
      from ${launched} l where l.g % 2 = 1 returning id, initiative_id
    )
    insert into study_version (initiative_id, version, sections, forecast_id) select initiative_id, 1, '{}', id from fc`);
  await database.db.execute(sql`analyze`);
}
