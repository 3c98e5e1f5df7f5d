import type { CallAgrement, CallLegalForm } from "../db/schema";
import { checkSiren } from "../organisations/siren";

export type EligibilityRules = {
  legalForms: readonly CallLegalForm[];
  agrements: readonly CallAgrement[];
  departments: readonly string[];
};

export type Applicant = {
  siren: string;
  legalForm: CallLegalForm;
  agrements: readonly CallAgrement[];
  postcode: string;
};

export type EligibilityProblem =
  | { field: "siren"; reason: "length" | "checksum" }
  | { field: "legalForm"; reason: "not_eligible" }
  | { field: "agrements"; reason: "missing"; missing: CallAgrement[] }
  | { field: "postcode"; reason: "format" | "outside" };

/**
 * The département of a French postcode: its first two digits, three overseas (971…976), and
 * Corsica's 20xxx split by the postcodes' own ranges (200–201 Corse-du-Sud, 202–206 Haute-Corse).
 */
export function departmentOfPostcode(postcode: string): string | null {
  if (!/^\d{5}$/.test(postcode)) return null;
  if (postcode.startsWith("97") || postcode.startsWith("98")) return postcode.slice(0, 3);
  if (postcode.startsWith("20")) return Number(postcode.slice(0, 3)) <= 201 ? "2A" : "2B";
  return postcode.slice(0, 2);
}

/**
 * Whether a structure may apply: a real SIREN, a legal form the call accepts, every agrément it
 * requires, a seat in its territory. Every problem is listed, so the form says them all at once.
 */
export function checkEligibility(rules: EligibilityRules, applicant: Applicant): EligibilityProblem[] {
  const problems: EligibilityProblem[] = [];
  const siren = checkSiren(applicant.siren);
  if (!siren.ok) problems.push({ field: "siren", reason: siren.reason });
  if (rules.legalForms.length > 0 && !rules.legalForms.includes(applicant.legalForm)) {
    problems.push({ field: "legalForm", reason: "not_eligible" });
  }
  const missing = rules.agrements.filter((agrement) => !applicant.agrements.includes(agrement));
  if (missing.length > 0) problems.push({ field: "agrements", reason: "missing", missing });
  const department = departmentOfPostcode(applicant.postcode.trim());
  if (!department) problems.push({ field: "postcode", reason: "format" });
  else if (rules.departments.length > 0 && !rules.departments.includes(department)) {
    problems.push({ field: "postcode", reason: "outside" });
  }
  return problems;
}
