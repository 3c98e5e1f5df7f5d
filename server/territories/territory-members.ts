import { type SQL, sql } from "drizzle-orm";
import type { TerritoryKind } from "../db/schema";
import { isCurrent } from "./summary-sql";
import type { TerritoryRef } from "./territory-schemas";

/** Which kinds of territory are listed inside each kind, widest first. */
export const memberKindsOf: Record<TerritoryKind, TerritoryKind[]> = {
  region: ["departement", "epci", "commune", "qpv"],
  departement: ["epci", "commune", "qpv"],
  epci: ["commune", "qpv"],
  commune: ["qpv"],
  qpv: ["commune"],
};

/**
 * The condition on `territory m` selecting the members of one kind inside a territory. An EPCI
 * belongs to a département when one of its communes does (an EPCI may straddle départements).
 */
export function memberCondition(parent: TerritoryRef, memberKind: TerritoryKind): SQL | null {
  if (!memberKindsOf[parent.kind].includes(memberKind)) return null;
  const kind = sql`m.kind = ${memberKind} and ${isCurrent(sql`m`)}`;
  if (parent.kind === "qpv") {
    return sql`${kind} and m.code = any(select unnest(q.commune_codes) from territory q
                                       where q.kind = 'qpv' and q.code = ${parent.code})`;
  }
  if (parent.kind === "commune") return sql`${kind} and m.commune_codes @> array[${parent.code}]::text[]`;
  if (parent.kind === "departement" && memberKind === "epci") {
    return sql`${kind} and m.code in (select c.epci_code from territory c
                                     where c.kind = 'commune' and c.departement_code = ${parent.code}
                                       and c.epci_code is not null)`;
  }
  const column = {
    region: sql`m.region_code`,
    departement: sql`m.departement_code`,
    epci: sql`m.epci_code`,
  }[parent.kind];
  return sql`${kind} and ${column} = ${parent.code}`;
}
