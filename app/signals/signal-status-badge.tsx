import type { SignalStatus, SpamMark } from "../../shared/codes/signals";
import { fr } from "../../shared/i18n/fr";

/** A signal's status in words (never colour alone). */
export function SignalStatusBadge({ status }: { status: SignalStatus }) {
  return <span className={`badge badge--signal-${status}`}>{fr.signals.statuses[status]}</span>;
}

/** The spam mark in words, when the team has something to check or has confirmed it. */
export function SpamBadge({ spam }: { spam: SpamMark | null }) {
  if (spam !== "suspected" && spam !== "confirmed") return null;
  return <span className={`badge badge--spam-${spam}`}>{fr.signals.spamMark[spam]}</span>;
}
