import type { ForecastWarning } from "../codes/forecasts";
import { formatEuros } from "./format";
import { fr } from "./fr";
import { t } from "./t";

/**
 * The French sentence of each warning the engine returns, for the page, the XLSX and the PDF
 * alike (the API returns the codes and their figures).
 */

const text = fr.forecasts;
const w = text.warnings;

const contractLabel = (kind: string) => text.contractKinds[kind as keyof typeof text.contractKinds] ?? kind;

/** "a, b et c". */
function list(items: string[]): string {
  if (items.length < 2) return items.join("");
  return `${items.slice(0, -1).join(", ")}${w.and}${items.at(-1)}`;
}

/** Consecutive months as ranges: [3, 4, 5, 9] → [[3, 5], [9, 9]]. */
export function monthRanges(months: readonly number[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const month of months) {
    const last = ranges.at(-1);
    if (last && last[1] === month - 1) last[1] = month;
    else ranges.push([month, month]);
  }
  return ranges;
}

/** [1..9, 14] → "1 à 9 et 14". */
export function monthList(months: readonly number[]): string {
  return list(
    monthRanges(months).map(([from, to]) => (from === to ? String(from) : t(w.monthRange, { from, to }))),
  );
}

function expectedContracts(kinds: readonly string[]): string {
  return t(w.contractKindsList, { kinds: list(kinds.map(contractLabel)) });
}

export function warningText(warning: ForecastWarning): string {
  switch (warning.code) {
    case "nothing-to-compute":
      return w.nothingToCompute;
    case "negative-cash":
      return t(w.negativeCash, {
        count: warning.months.length,
        ranges: monthList(warning.months),
        amount: formatEuros(warning.lowCents),
        month: warning.lowMonth,
      });
    case "break-even-not-reached":
      return t(w.breakEvenNotReached, { amount: formatEuros(warning.cumulativeResultCents) });
    case "initial-plan-short":
      return t(w.initialPlanShort, {
        missing: formatEuros(warning.missingCents),
        needs: formatEuros(warning.needsCents),
        resources: formatEuros(warning.resourcesCents),
      });
    case "three-year-plan-short":
      return t(w.threeYearPlanShort, { year: warning.year, amount: formatEuros(warning.cumulativeCents) });
    case "aid-rate-unknown":
      return t(w.aidRateUnknown, { code: warning.aidRateCode, position: warning.position });
    case "aid-rate-mismatch":
    case "aid-rate-exception":
      return t(warning.code === "aid-rate-mismatch" ? w.aidRateMismatch : w.aidRateException, {
        aid: warning.aidLabel,
        position: warning.position,
        contract: contractLabel(warning.contractKind),
        expected: expectedContracts(warning.aidContractKinds),
      });
  }
}

/** The sentence of an aid refused at save time (the same words as the warnings). */
export function aidRefusalText(
  kind: "unknown" | "mismatch",
  about: { code: string; aid?: string; contractKind?: string; aidContractKinds?: readonly string[] },
): string {
  if (kind === "unknown") return t(text.refusals.aidRateUnknown, { code: about.code });
  return t(text.refusals.aidRateMismatch, {
    aid: about.aid ?? about.code,
    expected: expectedContracts(about.aidContractKinds ?? []),
    contract: contractLabel(about.contractKind ?? ""),
    confirm: text.aidRateException,
  });
}
