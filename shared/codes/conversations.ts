/**
 * Who reads a conversation thread on an initiative (issue 17, decision record 0118): `team` the
 * Fabrique's admins and officers only; `partners` also the initiative's carrier, its partners and
 * the network animator. Chosen when the thread is started, never changed afterwards.
 */
export const threadVisibilities = ["team", "partners"] as const;
export type ThreadVisibility = (typeof threadVisibilities)[number];

export const isThreadVisibility = (value: unknown): value is ThreadVisibility =>
  typeof value === "string" && (threadVisibilities as readonly string[]).includes(value);

/** Longest comment, in characters. */
export const COMMENT_MAX_LENGTH = 5000;
