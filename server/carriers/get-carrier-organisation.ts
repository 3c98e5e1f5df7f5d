import { eq, sql } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { ok, type Result } from "../core/result";
import { fabrique, type OrganisationKind, type SiaeKind, type TerritoryKind } from "../db/schema";
import { isEsusExpired, isoDay } from "../organisations/organisation-values";
import { loadCarrierOrganisation } from "./carrier-organisation-access";

/** The carrier's own card as the carrier sees it: its data, not the team's notes. */
export type CarrierOrganisation = {
  id: string;
  name: string;
  kind: OrganisationKind;
  siren: string | null;
  siret: string | null;
  legalForm: string;
  esusUntil: string | null;
  esusExpired: boolean;
  siaeKind: SiaeKind | null;
  adaptedEnterprise: boolean;
  territory: { kind: TerritoryKind; code: string; name: string | null } | null;
  website: string;
  email: string;
  phone: string;
  version: number;
  fabriqueName: string;
};

/** The organisation card of the carrier account's own structure (NOT_FOUND for any other). */
export async function getCarrierOrganisation(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  organisationId: string,
): Promise<Result<CarrierOrganisation, "NOT_FOUND">> {
  const loaded = await loadCarrierOrganisation(deps, actor, organisationId);
  if (!loaded.ok) return loaded;
  const row = loaded.value;
  const [owner] = await deps.db
    .select({
      name: fabrique.name,
      territoryName: sql<string | null>`(select t.name from territory t
        where t.kind = ${row.territoryKind} and t.code = ${row.territoryCode})`,
    })
    .from(fabrique)
    .where(eq(fabrique.id, row.fabriqueId));
  return ok({
    id: row.id,
    name: row.name,
    kind: row.kind,
    siren: row.siren,
    siret: row.siret,
    legalForm: row.legalForm,
    esusUntil: row.esusUntil,
    esusExpired: isEsusExpired(row.esusUntil, isoDay(deps.clock.now())),
    siaeKind: row.siaeKind,
    adaptedEnterprise: row.adaptedEnterprise,
    territory:
      row.territoryKind && row.territoryCode
        ? { kind: row.territoryKind, code: row.territoryCode, name: owner?.territoryName ?? null }
        : null,
    website: row.website,
    email: row.email,
    phone: row.phone,
    version: row.version,
    fabriqueName: owner?.name ?? "",
  });
}
