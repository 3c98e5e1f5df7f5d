import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";

/** What every page loader and action receives from the HTTP server. */
export type EssaimLoadContext = {
  deps: Deps;
  actor: Actor | null;
  sessionId: string | null;
  /** The network requires a second factor of this person, who has none yet: only enrolment is open (0141). */
  secondFactorDue: boolean;
  /** Double-submit CSRF token: the same value is in a cookie and in every form. */
  csrfToken: string;
  /** CSP nonce for the inline scripts React Router emits. */
  nonce: string;
  requestId: string;
  /** Client address, for rate limits and logs. */
  ip: string;
};
