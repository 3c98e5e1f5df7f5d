export const modelStatuses = ["draft", "published", "archived"] as const;
export type ModelStatus = (typeof modelStatuses)[number];

/** How a model spreads (the sources' words: dissémination, franchise sociale, filiale, open source). */
export const replicationTypes = ["dissemination", "social_franchise", "subsidiary", "open_source"] as const;
export type ReplicationType = (typeof replicationTypes)[number];

/** Legal forms a model runs under (the ESS forms the sources name). */
export const legalForms = [
  "association",
  "scic",
  "scop",
  "sas",
  "sarl",
  "fondation",
  "collectivite",
] as const;
export type LegalForm = (typeof legalForms)[number];
