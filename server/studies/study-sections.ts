import { requiredStudySections, type StudySectionCode, studySectionCodes } from "../../shared/codes/studies";

export { requiredStudySections, type StudySectionCode, studySectionCodes } from "../../shared/codes/studies";

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

/** The required sections a version leaves empty, in reading order. */
export function missingStudySections(sections: Record<string, unknown>): StudySectionCode[] {
  const normalised = normaliseSections(sections);
  return requiredStudySections.filter((code) => normalised[code] === "");
}
