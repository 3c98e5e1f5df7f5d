/** What kind of actor an organisation is (product.md: collectivités, companies, associations…). */
export const organisationKinds = [
  "local_authority",
  "state_service",
  "company",
  "association",
  "siae",
  "adapted_enterprise",
  "funder",
  "ess_network",
  "social_protection",
  "other",
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

/** Kinds of structure d'insertion par l'activité économique (SIAE). */
export const siaeKinds = ["aci", "ei", "etti", "ai", "eiti"] as const;
export type SiaeKind = (typeof siaeKinds)[number];
