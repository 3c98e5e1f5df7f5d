import { sql } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { getSystemState } from "../core/system-state";
import type { TerritoryKind } from "../db/schema";
import { importStateKey } from "./import-report";
import { type SummaryRow, toSummary } from "./summary-sql";
import { memberCondition, memberKindsOf } from "./territory-members";
import type { TerritoryDetail, TerritoryRef } from "./territory-schemas";

type DetailRow = SummaryRow & {
  nature: string | null;
  postcodes: string[];
  cog_year: number;
  has_geometry: boolean;
  pvd: boolean;
};

async function findAlias(deps: Pick<Deps, "db">, ref: TerritoryRef) {
  const rows = await deps.db.execute<{ code: string; target_code: string; name: string; alias_type: string }>(
    sql`select code, target_code, name, alias_type from territory_alias
        where kind = ${ref.kind} and code = ${ref.code}`,
  );
  return rows.rows[0];
}

/**
 * One territory with its parents, how many territories of each kind it holds, and the flags known
 * from imported lists (null while a list was never imported). An old commune code answers the
 * current commune, saying which code was asked for.
 */
export async function getTerritory(
  deps: Pick<Deps, "db">,
  ref: TerritoryRef,
): Promise<Result<TerritoryDetail, "NOT_FOUND">> {
  const select = (code: string) =>
    deps.db.execute<DetailRow>(sql`
      select t.kind, t.code, t.name, t.population, t.nature, t.postcodes, t.cog_year,
             t.epci_code, t.departement_code, t.region_code,
             case when t.kind = 'qpv' then t.commune_codes[1] end as commune_code,
             (select name from territory p where p.kind = 'epci' and p.code = t.epci_code) as epci_name,
             (select name from territory p where p.kind = 'departement' and p.code = t.departement_code)
               as departement_name,
             (select name from territory p where p.kind = 'region' and p.code = t.region_code) as region_name,
             (select name from territory p where p.kind = 'commune' and p.code = t.commune_codes[1])
               as commune_name,
             exists (select 1 from territory_geometry g where g.kind = t.kind and g.code = t.code)
               as has_geometry,
             exists (select 1 from territory_programme g
                     where g.kind = t.kind and g.code = t.code and g.programme = 'pvd') as pvd
      from territory t where t.kind = ${ref.kind} and t.code = ${code}`);

  // An alias is never a current code: a commune merged since an older COG answers the commune
  // that absorbed it, even when its old row is still there.
  const alias = await findAlias(deps, ref);
  const [row] = (await select(alias?.target_code ?? ref.code)).rows;
  const resolvedFrom = alias ? { code: alias.code, name: alias.name, aliasType: alias.alias_type } : null;
  if (!row) {
    return fail("NOT_FOUND", {
      message: t(fr.territories.errors.notFound, { kind: ref.kind, code: ref.code }),
    });
  }

  const current = { kind: row.kind, code: row.code };
  const members: Partial<Record<TerritoryKind, number>> = {};
  const counts = memberKindsOf[row.kind]
    .map((kind) => ({ kind, condition: memberCondition(current, kind) }))
    .filter((c) => c.condition !== null);
  if (counts.length) {
    const [countRow] = (
      await deps.db.execute<Record<string, string>>(
        sql`select ${sql.join(
          counts.map(
            (c) => sql`(select count(*) from territory m where ${c.condition}) as ${sql.identifier(c.kind)}`,
          ),
          sql`, `,
        )}`,
      )
    ).rows;
    for (const c of counts) members[c.kind] = Number(countRow?.[c.kind] ?? 0);
  }

  const [qpvImport, pvdImport] = await Promise.all([
    getSystemState(deps.db, importStateKey("qpv")),
    getSystemState(deps.db, importStateKey("pvd")),
  ]);
  return ok({
    ...toSummary(row),
    nature: row.nature,
    postcodes: row.postcodes,
    cogYear: row.cog_year,
    members: qpvImport ? members : { ...members, qpv: undefined },
    flags: {
      petitesVillesDeDemain: row.kind === "commune" && pvdImport ? row.pvd : null,
      qpvCount: qpvImport && row.kind !== "qpv" ? (members.qpv ?? 0) : null,
    },
    hasGeometry: row.has_geometry,
    resolvedFrom,
  });
}
