import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";

const text = fr.carriers.outcome;

/**
 * "3 ETP créés, dont 1 ETP en insertion et 2 ETP de travailleurs handicapés": the
 * singular below 2 (French usage: "1,5 ETP créé"), zero parts left out, "Aucun emploi créé" for none.
 */
export function jobsSummary(
  outcome: { jobsFteHundredths: number; insertionFteHundredths: number; disabilityFteHundredths: number },
  fte: (hundredths: number) => string,
): string {
  if (outcome.jobsFteHundredths <= 0) return text.jobsNone;
  const created = t(outcome.jobsFteHundredths < 200 ? text.jobsCreated.one : text.jobsCreated.other, {
    jobs: fte(outcome.jobsFteHundredths),
  });
  const parts = [
    outcome.insertionFteHundredths > 0
      ? t(text.jobsInsertion, { count: fte(outcome.insertionFteHundredths) })
      : null,
    outcome.disabilityFteHundredths > 0
      ? t(text.jobsDisability, { count: fte(outcome.disabilityFteHundredths) })
      : null,
  ].filter((part): part is string => part !== null);
  return parts.length ? t(text.jobsDetail, { created, parts: parts.join(text.jobsAnd) }) : created;
}
