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

export const MAX_SECTION_LENGTH = 50_000;

/** Keeps the known sections only, in order, every one present (empty when not written). */
export function normaliseSections(input: Record<string, unknown>): Record<StudySectionCode, string> {
  const out = {} as Record<StudySectionCode, string>;
  for (const code of studySectionCodes) {
    const value = input[code];
    out[code] = typeof value === "string" ? value.replace(/\r\n/g, "\n").trim() : "";
  }
  return out;
}

/** True when no section has any text: saving that would record nothing. */
export function isEmptyStudy(sections: Record<StudySectionCode, string>): boolean {
  return studySectionCodes.every((code) => sections[code] === "");
}
