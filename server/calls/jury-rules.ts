import type { ApplicationStatus, CallStatus } from "../db/schema";

export type JurySeat = {
  /** The actor sits on this call's jury. */
  isJuror: boolean;
  /** The actor declared a conflict of interest on this application. */
  hasConflict: boolean;
};

/**
 * Who sees an application inside the jury: a juror without a conflict on it. The team sees every
 * application of its calls, except those a team member declared a conflict on.
 */
export function maySeeApplication(seat: JurySeat & { isTeam: boolean }): boolean {
  if (seat.hasConflict) return false;
  return seat.isJuror || seat.isTeam;
}

/**
 * Who may score an application: a juror without a conflict, on a submitted application, once the
 * call is closed to applications and not yet decided.
 */
export function mayScore(
  seat: JurySeat,
  application: { status: ApplicationStatus },
  call: { status: CallStatus; deadlineAt: Date },
  now: Date,
): boolean {
  if (!seat.isJuror || seat.hasConflict) return false;
  if (application.status !== "submitted") return false;
  return call.status === "published" && now.getTime() >= call.deadlineAt.getTime();
}

/**
 * Others' scores on an application stay hidden from a juror until they have submitted their own
 * review of it, so nobody scores under the influence of the rest. A team member who does not sit
 * on the jury reads them freely (they prepare the deliberation).
 */
export function maySeeOthersScores(
  seat: JurySeat & { isTeam: boolean; ownReviewSubmitted: boolean },
): boolean {
  if (seat.hasConflict) return false;
  if (seat.isJuror) return seat.ownReviewSubmitted;
  return seat.isTeam;
}
