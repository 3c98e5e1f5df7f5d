import type { ModelStatus } from "../../shared/codes/catalogue";
import { fr } from "../../shared/i18n/fr";

/** The status in words (never by colour alone). */
export function ModelStatusBadge({ status }: { status: ModelStatus }) {
  return <span className="badge">{fr.catalogue.statuses[status]}</span>;
}
