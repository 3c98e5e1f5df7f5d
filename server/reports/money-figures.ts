import { sql } from "drizzle-orm";
import type { Deps } from "../core/deps";
import { forecast, initiativeProgramme, organisation, programme, studyVersion } from "../db/schema";
import type { ReportScope } from "./report-scope";
import { rowsOf } from "./report-sql";

/** The kinds of financing a retained forecast brings, as its financing lines name them (guarantees have no flow). */
export const financingKinds = ["investment_grant", "equity", "loan", "honour_loan"] as const;
export type FinancingKind = (typeof financingKinds)[number];

/** Volunteering is valued over the first year of the retained forecast: its months 1 to 12. */
export const VOLUNTEERING_MONTHS = 12;

export type MoneyFigures = {
  /** Launched activities of the period whose initiative has a retained forecast. */
  activitiesWithForecast: number;
  /** Operating grants agreed or paid, by the funder the forecast line names ("" when unnamed). */
  grantsByFunder: { funder: string; amountCents: number }[];
  financingByKind: { key: FinancingKind; amountCents: number }[];
  /** The programmes covering the launched activities, with the grants of those activities. */
  byProgramme: {
    programmeId: string;
    name: string;
    funderName: string | null;
    activities: number;
    grantsCents: number;
  }[];
  volunteeringCents: number;
};

/** SQL: the retained forecast of each of these initiatives (the latest study version naming one). */
function retained(initiativeIds: string[]) {
  return sql`(select distinct on (sv.initiative_id) sv.initiative_id, f.inputs
    from ${studyVersion} sv join ${forecast} f on f.id = sv.forecast_id and f.initiative_id = sv.initiative_id
    where sv.initiative_id = any(${`{${initiativeIds.join(",")}}`}::uuid[])
    order by sv.initiative_id, sv.version desc)`;
}

const grantCents = sql.raw(`case when line->>'kind' = 'grant' and line->>'status' in ('agreed', 'paid')
  then (line->>'amountCents')::bigint else 0 end`);

/**
 * Figures `money` and `volunteering` (decision record 0098) of the activities launched in the
 * period: from each one's retained forecast (the forecast its latest opportunity study names),
 * the operating grants agreed or paid by funder, the financing by kind, the grants again per
 * programme covering the activity (only the scope's programmes in a programme or funder
 * report), and the volunteering valued over the forecast's first year.
 */
export async function moneyFigures(
  deps: Pick<Deps, "db">,
  scope: ReportScope,
  initiativeIds: string[],
): Promise<MoneyFigures> {
  const empty: MoneyFigures = {
    activitiesWithForecast: 0,
    grantsByFunder: [],
    financingByKind: financingKinds.map((key) => ({ key, amountCents: 0 })),
    byProgramme: [],
    volunteeringCents: 0,
  };
  if (initiativeIds.length === 0) return empty;
  const r = retained(initiativeIds);
  const [totals] = await rowsOf<{ n: number; volunteering: string }>(
    deps,
    sql`select count(*)::int as n, coalesce(sum((select sum(case when line->>'kind' = 'volunteering' then
          (line->>'monthlyValueCents')::bigint * greatest(0, least(coalesce((line->>'endMonth')::int, 36),
            ${VOLUNTEERING_MONTHS}) - coalesce((line->>'startMonth')::int, 1) + 1) else 0 end)
        from jsonb_array_elements(r.inputs->'revenues') line)), 0)::bigint as volunteering
      from ${r} r`,
  );
  if (!totals || Number(totals.n) === 0) return empty;
  const grants = await rowsOf<{ funder: string; cents: string }>(
    deps,
    sql`select trim(coalesce(line->>'funder', '')) as funder, sum(${grantCents})::bigint as cents
      from ${r} r, jsonb_array_elements(r.inputs->'revenues') line
      group by 1 having sum(${grantCents}) > 0 order by 2 desc, 1`,
  );
  const financing = await rowsOf<{ kind: string; cents: string }>(
    deps,
    sql`select line->>'kind' as kind, sum((line->>'amountCents')::bigint)::bigint as cents
      from ${r} r, jsonb_array_elements(r.inputs->'financing') line group by 1`,
  );
  const found = new Map(financing.map((f) => [f.kind, Number(f.cents)]));
  return {
    activitiesWithForecast: Number(totals.n),
    grantsByFunder: grants.map((g) => ({ funder: g.funder, amountCents: Number(g.cents) })),
    financingByKind: financingKinds.map((key) => ({ key, amountCents: found.get(key) ?? 0 })),
    byProgramme: await moneyByProgramme(deps, scope, initiativeIds),
    volunteeringCents: Number(totals.volunteering),
  };
}

async function moneyByProgramme(deps: Pick<Deps, "db">, scope: ReportScope, initiativeIds: string[]) {
  const ids = sql`${`{${initiativeIds.join(",")}}`}::uuid[]`;
  const only = scope.programmeIds
    ? sql`and p.id = any(${`{${scope.programmeIds.join(",")}}`}::uuid[])`
    : sql``;
  const rows = await rowsOf<{ id: string; name: string; funder: string | null; n: number; cents: string }>(
    deps,
    sql`with g as (select r.initiative_id, sum(${grantCents}) as cents
          from ${retained(initiativeIds)} r, jsonb_array_elements(r.inputs->'revenues') line group by 1)
      select p.id, p.name, o.name as funder, count(*)::int as n, coalesce(sum(g.cents), 0)::bigint as cents
      from ${initiativeProgramme} ip join ${programme} p on p.id = ip.programme_id
        left join ${organisation} o on o.id = p.funder_organisation_id
        left join g on g.initiative_id = ip.initiative_id
      where ip.initiative_id = any(${ids}) ${only}
      group by p.id, p.name, o.name order by p.name`,
  );
  return rows.map((p) => ({
    programmeId: p.id,
    name: p.name,
    funderName: p.funder,
    activities: Number(p.n),
    grantsCents: Number(p.cents),
  }));
}
