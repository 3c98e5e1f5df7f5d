import type { SignalStatus } from "../../server/db/schema/signals";
import { fr } from "../i18n/fr";

/** A signal's status in words (never colour alone). */
export function SignalStatusBadge({ status }: { status: SignalStatus }) {
  return <span className={`badge badge--signal-${status}`}>{fr.signals.statuses[status]}</span>;
}
