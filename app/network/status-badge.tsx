import type { FabriqueStatus } from "../../shared/codes/network";
import { fr } from "../../shared/i18n/fr";

/** A Fabrique's status as a badge: the word carries the meaning, the colour only repeats it. */
export function StatusBadge({ status }: { status: FabriqueStatus }) {
  return <span className={`badge badge--${status}`}>{fr.common.fabriqueStatus[status]}</span>;
}
