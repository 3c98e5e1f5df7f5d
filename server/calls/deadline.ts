import { parisToInstant } from "../../shared/time";
import type { ApplicationStatus, CallStatus } from "../db/schema";

/**
 * The deadline of a call is typed as a Paris wall-clock day and time ("le 15 mars à 12 h") and
 * stored as the instant it names, summer time included.
 */
export function deadlineInstant(date: string, time: string): Date {
  return parisToInstant(date, time);
}

/** Applications are received while the call is published and its deadline has not passed. */
export function isOpenForApplications(call: { status: CallStatus; deadlineAt: Date }, now: Date): boolean {
  return call.status === "published" && now.getTime() < call.deadlineAt.getTime();
}

/**
 * An applicant completes, submits or withdraws their application through their private link
 * while the call is open; a withdrawn application stays withdrawn.
 */
export function canChangeApplication(
  call: { status: CallStatus; deadlineAt: Date },
  application: { status: ApplicationStatus },
  now: Date,
): boolean {
  return application.status !== "withdrawn" && isOpenForApplications(call, now);
}

/** The jury works once applications are closed: after the deadline of a published call. */
export function isJuryTime(call: { status: CallStatus; deadlineAt: Date }, now: Date): boolean {
  return call.status === "published" && now.getTime() >= call.deadlineAt.getTime();
}
