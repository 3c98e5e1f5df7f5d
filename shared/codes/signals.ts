/** The five entry points of the method (product.md): what a signal is about. */
export const signalKinds = ["need", "territory", "idea", "resource", "replication"] as const;
export type SignalKind = (typeof signalKinds)[number];

/** How a signal reached the Fabrique. */
export const signalChannels = [
  "idea_sensor",
  "workshop",
  "commissioner",
  "drawing_right",
  "public_form",
  "catalogue",
  "event",
] as const;
export type SignalChannel = (typeof signalChannels)[number];

/** The channels a team member may record in saisie assistée (a resident met in person). */
export const assistedChannels = [
  "event",
  "workshop",
  "idea_sensor",
  "commissioner",
  "drawing_right",
] as const;

export const signalStatuses = ["new", "qualified", "merged", "parked", "rejected", "converted"] as const;
export type SignalStatus = (typeof signalStatuses)[number];

/**
 * How long a submitter's personal data (name, e-mail, receipt link) is kept after the last
 * exchange, as the public form states it; a scheduled job erases it then (decision record 0114).
 */
export const SUBMITTER_DATA_RETENTION_YEARS = 3;

export const submitterTypes = ["resident", "association", "company", "local_authority", "other"] as const;
export type SubmitterType = (typeof submitterTypes)[number];

/** The officer's conclusion once the existing offer has been checked. */
export const coverageConclusions = ["not_covered", "partly_covered", "covered"] as const;
export type CoverageConclusion = (typeof coverageConclusions)[number];

/**
 * The spam mark of a signal (decision record 0037): `suspected` when a public submission looked
 * like a robot's or came in numbers from one address, then `confirmed` or `cleared` by the team.
 * Null: never suspected.
 */
export const spamMarks = ["suspected", "confirmed", "cleared"] as const;
export type SpamMark = (typeof spamMarks)[number];

/** Why a submission was suspected: the hidden field filled in, or too many from one address. */
export const spamReasons = ["honeypot", "volume"] as const;
export type SpamReason = (typeof spamReasons)[number];

/**
 * Public submissions per address and per hour to a Fabrique's form, and to a campaign that sets
 * none (decision record 0037; the rules are in `server/signals/intake-rules.ts`).
 */
export const DEFAULT_ADDRESS_LIMIT = 10;

/**
 * How long a public submitter's personal data is kept (the public form promises "3 ans"): the
 * follow-up link of their signal expires with it.
 */
export const SUBMITTER_RETENTION_YEARS = 3;
