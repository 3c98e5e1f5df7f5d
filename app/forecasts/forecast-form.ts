import type { ForecastInputs } from "../../server/forecasts/forecast-inputs";
import { formatEuros, parseFrenchNumber } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";

/**
 * The editor's form fields are named after the inputs' paths (`revenues.0.unitPriceCents`), so a
 * validation error of the schema names its field as is. Values are typed the French way: euros
 * with a decimal comma (`1 234,56`), percentages, FTE as `0,8`; the field's key says how to
 * convert it (…Cents: euros → cents; …Bp: % → basis points; ftePermille; seasonality as percents).
 */

export type EditorSection =
  | "settings"
  | "revenues"
  | "staff"
  | "costs"
  | "investments"
  | "financing"
  | "crossSubsidies";
export const listSections = [
  "revenues",
  "staff",
  "costs",
  "investments",
  "financing",
  "crossSubsidies",
] as const;
export type ListSection = (typeof listSections)[number];

const refusals = fr.forecasts.refusals;

/** How a field's value is typed and shown, from its key (docs/decisions/0016: units by suffix). */
type Unit = "euros" | "percent" | "fte" | "month" | "months" | "years" | "volume" | "startYear";
function unitOf(key: string): Unit | null {
  if (key.endsWith("Cents")) return "euros";
  if (key.endsWith("Bp")) return "percent";
  if (key === "ftePermille") return "fte";
  if (key === "startMonth" || key === "endMonth" || key === "month") return "month";
  if (key === "rampUpMonths" || key === "durationMonths" || key === "deferralMonths") return "months";
  if (key === "depreciationYears") return "years";
  if (key === "volumePerMonth") return "volume";
  if (key === "startYear") return "startYear";
  return null;
}

/** The widest bounds of each unit, in stored units (the schema's own bound wins when it has one). */
const widest: Record<Unit, [number, number]> = {
  euros: [0, 10_000_000_000],
  percent: [0, 100_000],
  fte: [1, 100_000],
  month: [1, 36],
  months: [0, 360],
  years: [0, 50],
  volume: [0, 1_000_000],
  startYear: [2000, 2100],
};

/** A stored bound as the field shows it: euros, not cents; percent, not basis points. */
function shown(unit: Unit, stored: number): string {
  if (unit === "euros") return formatEuros(stored).replace(/,00(?=\s*€)/, "");
  if (unit === "percent") return `${decimal(stored / 100, 2)} %`;
  if (unit === "fte") return decimal(stored / 1000, 3);
  return String(stored);
}

/** The refusal of a field that is not a number of its unit (before any bound is checked). */
function formatRefusal(key: string): string {
  const unit = unitOf(key);
  return unit ? refusals[`${unit}Format`] : refusals.eurosFormat;
}

/** A zod issue on an editor field as a French sentence in the field's own units. */
export function editorRefusal(issue: ZodIssueLike, value?: unknown): string {
  const keys = issue.path.filter((p): p is string => typeof p === "string");
  const key = keys.at(-1) ?? "";
  const onElement = typeof issue.path.at(-1) === "number";
  if (key === "seasonality") {
    return !onElement && (issue.code === "too_small" || issue.code === "too_big")
      ? t(refusals.seasonalityCount, { count: Array.isArray(value) ? value.length : 0 })
      : refusals.seasonality;
  }
  if (key === "paymentMonths") return refusals.paymentMonths;
  if (issue.code === "custom") return issue.message;
  const unit = unitOf(key);
  if (unit) {
    if (issue.code === "invalid_type") return formatRefusal(key);
    let [min, max] = widest[unit];
    if (issue.code === "too_small" && typeof issue.minimum === "number") min = issue.minimum;
    if (issue.code === "too_big" && typeof issue.maximum === "number") max = issue.maximum;
    if (unit === "euros" && key === "openingCashCents") min = -widest.euros[1];
    return t(refusals[unit], { min: shown(unit, min), max: shown(unit, max) });
  }
  if (issue.code === "too_small") return key === "position" ? refusals.position : refusals.label;
  if (issue.code === "too_big" && typeof issue.maximum === "number") {
    return t(refusals.text, { max: issue.maximum });
  }
  return refusals.choice;
}

/** The parts of a zod issue the editor reads (zod's own type is not needed in the browser bundle). */
export type ZodIssueLike = {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  minimum?: unknown;
  maximum?: unknown;
};

/** Every issue of a failed parse of `input`, keyed by the field's name in the editor (`revenues.0.label`). */
export function editorRefusals(issues: readonly ZodIssueLike[], input: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.slice();
    // An element of a list field (seasonality.3) is refused on the field itself.
    while (typeof path.at(-1) === "number" && path.length > 2) path.pop();
    const name = path.map(String).join(".") || "_";
    const value = path.reduce<unknown>(
      (at, key) => (at && typeof at === "object" ? (at as Record<PropertyKey, unknown>)[key] : undefined),
      input,
    );
    fields[name] ??= editorRefusal(issue, value);
  }
  return fields;
}

const decimal = (value: number, digits: number) =>
  value.toLocaleString("fr-FR", { useGrouping: false, maximumFractionDigits: digits });

/** How a stored value is shown in its field. */
export function displayValue(key: string, value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) {
    if (key === "seasonality") return value.map((v) => decimal(Number(v) / 10, 1)).join(" ");
    return value.join(", ");
  }
  if (typeof value !== "number") return String(value);
  if (key.endsWith("Cents")) return decimal(value / 100, 2);
  if (key.endsWith("Bp")) return decimal(value / 100, 2);
  if (key === "ftePermille") return decimal(value / 1000, 3);
  return String(value);
}

const integerKeys = new Set([
  "volumePerMonth",
  "rampUpMonths",
  "startMonth",
  "endMonth",
  "month",
  "depreciationYears",
  "durationMonths",
  "deferralMonths",
  "startYear",
]);
const nullableKeys = new Set(["aidRateCode", "salesLineId", "toRevenueLineId"]);

/** Converts one typed value to the stored unit, or returns the French error. */
function convert(key: string, raw: string): { value: unknown } | { error: string } {
  const text = raw.trim();
  if (nullableKeys.has(key)) return { value: text || null };
  if (key === "aidRateException") return { value: text === "1" };
  if (key === "seasonality" || key === "paymentMonths") {
    if (!text) return { value: key === "seasonality" ? Array(12).fill(1000) : [] };
    // Months are whole numbers: commas separate them ("1, 7", as the label shows). Coefficients
    // may have a decimal comma ("95,5"): there, a comma followed by a space separates.
    const separators = key === "paymentMonths" ? /[\s;,]+/ : /;|,(?=\s)|\s+/;
    const parts = text.split(separators).filter(Boolean).map(parseFrenchNumber);
    if (parts.some((p) => p === null)) return { error: refusals[key] };
    if (key === "paymentMonths" && parts.some((p) => !Number.isInteger(p))) return { error: refusals[key] };
    return { value: parts.map((p) => (key === "seasonality" ? Math.round(p! * 10) : Math.round(p!))) };
  }
  const numeric =
    key.endsWith("Cents") || key.endsWith("Bp") || key === "ftePermille" || integerKeys.has(key);
  if (!numeric) return { value: text };
  if (!text) return { value: 0 };
  const n = parseFrenchNumber(text);
  if (n === null) return { error: formatRefusal(key) };
  if (key.endsWith("Cents") || key.endsWith("Bp")) return { value: Math.round(n * 100) };
  if (key === "ftePermille") return { value: Math.round(n * 1000) };
  if (!Number.isInteger(n)) return { error: formatRefusal(key) };
  return { value: n };
}

/**
 * Reads one section of the editor from a form post: `section.index.key` fields become the rows,
 * in index order. Errors are keyed by the field's name.
 */
export function readSection(
  values: Record<string, unknown>,
  section: EditorSection,
): { data: Record<string, unknown> | Record<string, unknown>[]; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const rows = new Map<number, Record<string, unknown>>();
  const settings: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(values)) {
    if (typeof raw !== "string" || !name.startsWith(`${section}.`)) continue;
    const parts = name.split(".");
    const key = parts.at(-1)!;
    const converted = convert(key, raw);
    if ("error" in converted) {
      errors[name] = converted.error;
      continue;
    }
    if (section === "settings") {
      settings[key] = converted.value;
    } else {
      const index = Number(parts[1]);
      if (!Number.isInteger(index)) continue;
      if (!rows.has(index)) rows.set(index, {});
      rows.get(index)![key] = converted.value;
    }
  }
  if (section === "settings") return { data: settings, errors };
  // An unticked box is not posted: a staff line without it has no confirmed exception.
  if (section === "staff") for (const row of rows.values()) row.aidRateException ??= false;
  return { data: [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row), errors };
}

/** Replaces one section of the inputs with what was posted (a plain object for the schema to check). */
export function withSection(
  inputs: ForecastInputs,
  section: EditorSection,
  data: Record<string, unknown> | Record<string, unknown>[],
): Record<string, unknown> {
  if (section === "settings")
    return { ...inputs, settings: { ...inputs.settings, ...(data as Record<string, unknown>) } };
  // A posted row keeps the stored fields the form does not show (matched by the line's id).
  const stored = new Map<string, Record<string, unknown>>(
    (inputs[section] as unknown as Record<string, unknown>[]).map((row) => [String(row.id), row]),
  );
  const rows = (data as Record<string, unknown>[]).map((row) => ({
    ...(stored.get(String(row.id)) ?? {}),
    ...row,
  }));
  return { ...inputs, [section]: rows };
}

/** A new line of a section, with neutral values the user then fills. */
export function newLine(
  section: ListSection,
  kind: string,
  label: string,
  id: string,
): Record<string, unknown> {
  switch (section) {
    case "revenues":
      if (kind === "sales") return { kind, id, label, volumePerMonth: 0, unitPriceCents: 0 };
      if (kind === "grant") return { kind, id, label, amountCents: 0, funder: "" };
      if (kind === "volunteering" || kind === "in_kind") return { kind, id, label, monthlyValueCents: 0 };
      return { kind, id, label, monthlyAmountCents: 0 };
    case "staff":
      return {
        id,
        position: label,
        ftePermille: 1000,
        grossMonthlySalaryCents: 0,
        employerChargeRateBp: 0,
        contractKind: kind || "cdi",
        aidRateCode: null,
      };
    case "costs":
      return { id, label, category: kind || "services", mode: "fixed", monthlyAmountCents: 0 };
    case "investments":
      return { id, label, amountCents: 0, month: 1, depreciationYears: 3 };
    case "financing":
      if (kind === "loan")
        return { kind, id, label, amountCents: 0, month: 1, annualRateBp: 0, durationMonths: 60 };
      if (kind === "honour_loan") return { kind, id, label, amountCents: 0, month: 1, durationMonths: 60 };
      if (kind === "investment_grant")
        return { kind, id, label, amountCents: 0, month: 1, depreciationYears: 5 };
      return { kind: kind || "equity", id, label, amountCents: 0, month: 1 };
    case "crossSubsidies":
      return { id, label, fromSalesLineId: kind, socialActivity: "", shareBp: 0 };
  }
}
