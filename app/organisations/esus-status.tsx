import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";

const text = fr.organisations.detail;

/** "ESUS jusqu'au 30 juin 2027", or "ESUS expiré le …" in words (never by colour alone). */
export function EsusStatus({ until, expired }: { until: string | null; expired: boolean }) {
  if (!until) return null;
  return expired ? (
    <span className="badge">{t(text.esusExpired, { date: formatDate(until) })}</span>
  ) : (
    <span className="badge">{t(text.esusValid, { date: formatDate(until) })}</span>
  );
}
