import { type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { territory, territoryProgramme } from "../db/schema";

/** The territory kinds a report may be restricted to (decision record 0095). */
export const territoryClasses = ["qpv", "pvd", "rural"] as const;
export type TerritoryClass = (typeof territoryClasses)[number];

/**
 * A commune is rural, for reports, under this many inhabitants (the INSEE population of the
 * reference data): INSEE's former rule (a commune outside any urban unit of 2 000 inhabitants),
 * the only one the reference data can apply; its density grid is not imported.
 */
export const RURAL_POPULATION_BELOW = 2_000;

/**
 * SQL: the row located at (`kind`, `code`) lies in the territory class. QPV: located in a
 * quartier prioritaire; PVD: located in a commune of Petites villes de demain (the imported
 * list); rural: located in a commune under `RURAL_POPULATION_BELOW` inhabitants. A row located
 * at a wider level (EPCI, département, région) is in none of them.
 */
export function territoryClassSql(klass: TerritoryClass, kind: AnyPgColumn, code: AnyPgColumn): SQL {
  switch (klass) {
    case "qpv":
      return sql`${kind} = 'qpv'`;
    case "pvd":
      return sql`(${kind} = 'commune' and exists (select 1 from ${territoryProgramme}
        where ${territoryProgramme.kind} = 'commune' and ${territoryProgramme.code} = ${code}
          and ${territoryProgramme.programme} = 'pvd'))`;
    case "rural":
      return sql`(${kind} = 'commune' and exists (select 1 from ${territory}
        where ${territory.kind} = 'commune' and ${territory.code} = ${code}
          and ${territory.population} < ${RURAL_POPULATION_BELOW}))`;
  }
}
