import { aidRefusalText } from "../../shared/i18n/forecast-warnings";
import type { StaffLine } from "./forecast-inputs";

export type AidRateChoice = { code: string; label: string; contractKinds: readonly string[] };

/**
 * The staff plan's aids checked against the reference table before a scenario is stored: a code
 * the table does not have is refused, and so is an aid meant for other contract kinds (IAE aids
 * for CDDI posts, EA aids for EA posts…) unless the line confirms the exception, which the
 * statements then show. Keys are the fields' paths in the inputs (`staff.0.aidRateCode`).
 */
export function aidRateRefusals(
  staff: readonly Pick<StaffLine, "aidRateCode" | "aidRateException" | "contractKind">[],
  rates: readonly AidRateChoice[],
): Record<string, string> {
  const byCode = new Map(rates.map((rate) => [rate.code, rate]));
  const refusals: Record<string, string> = {};
  staff.forEach((line, index) => {
    if (!line.aidRateCode) return;
    const key = `staff.${index}.aidRateCode`;
    const rate = byCode.get(line.aidRateCode);
    if (!rate) {
      refusals[key] = aidRefusalText("unknown", { code: line.aidRateCode });
    } else if (!rate.contractKinds.includes(line.contractKind) && !line.aidRateException) {
      refusals[key] = aidRefusalText("mismatch", {
        code: rate.code,
        aid: rate.label,
        contractKind: line.contractKind,
        aidContractKinds: rate.contractKinds,
      });
    }
  });
  return refusals;
}
