import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";

const text = fr.organisations.programmes;

/** "du 1 janv. 2026 au 31 déc. 2027", an open end, or nothing. */
export function programmePeriod(startsOn: string | null, endsOn: string | null): string {
  if (startsOn && endsOn) return t(text.period, { from: formatDate(startsOn), to: formatDate(endsOn) });
  if (startsOn) return t(text.from, { from: formatDate(startsOn) });
  if (endsOn) return t(text.to, { to: formatDate(endsOn) });
  return "";
}
