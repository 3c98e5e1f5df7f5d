/**
 * The sections of an opportunity study (domain.md §1.8), in reading order. The codes are the keys
 * of `study_version.sections`; their French titles and help lines live in `fr.studies.sections`.
 */
export const studySectionCodes = [
  "context",
  "needs",
  "existing_offer",
  "benchmark",
  "scenarios",
  "service_offer",
  "economic_model",
  "partners_governance",
  "carrier_legal_form",
  "impact",
  "risks",
  "recommendation",
] as const;
export type StudySectionCode = (typeof studySectionCodes)[number];

/**
 * The sections a study must hold before a version is marked final: what product.md says the study
 * covers ("needs, existing offer, benchmark incl. catalogue, service offer, economic model,
 * partners, carrier scenarios, impact, risks"). The context, the scenarios weighed and the
 * recommendation help the reader but may stay empty: the go / no-go itself is the steering
 * committee's decision, recorded on its meeting (decision record 0028).
 */
export const requiredStudySections = [
  "needs",
  "existing_offer",
  "benchmark",
  "service_offer",
  "economic_model",
  "partners_governance",
  "carrier_legal_form",
  "impact",
  "risks",
] as const satisfies readonly StudySectionCode[];
