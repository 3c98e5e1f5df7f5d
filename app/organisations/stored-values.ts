import { formatCompanyNumber } from "./format";

/** A stored card as the organisation form's values (the carrier's form leaves out kind and notes). */
export function storedOrganisationValues(row: {
  name: string;
  siren: string | null;
  siret: string | null;
  legalForm: string;
  esusUntil: string | null;
  siaeKind: string | null;
  adaptedEnterprise: boolean;
  territory: { kind: string; code: string; name: string | null } | null;
  website: string;
  email: string;
  phone: string;
}): Record<string, string> {
  return {
    name: row.name,
    siren: formatCompanyNumber(row.siren),
    siret: formatCompanyNumber(row.siret),
    legalForm: row.legalForm,
    esusUntil: row.esusUntil ?? "",
    siaeKind: row.siaeKind ?? "",
    adaptedEnterprise: row.adaptedEnterprise ? "on" : "",
    territory: row.territory ? `${row.territory.kind}:${row.territory.code}` : "",
    territoryQuery: row.territory?.name ?? "",
    website: row.website,
    email: row.email,
    phone: row.phone,
  };
}
