import type { DocumentAudience, MeetingKind, PartnerRole } from "../db/schema";
import type { InitiativeAccess } from "../initiatives/initiative-access";

type Access = Pick<InitiativeAccess, "level" | "canSeeSteering"> & { partnerRoles: readonly PartnerRole[] };

/**
 * Who sees what of an initiative's meetings (product.md "Partners see what their role allows"):
 * - steering-committee (copil) meetings, the decisions taken there and copil documents exist only
 *   for those with `canSeeSteering` (team, carrier, network animator, copil members);
 * - the minutes and the named participants of a meeting are working material: the team, the
 *   carrier, the network animator and the partners who sit in the working bodies (copil, project
 *   group) read them; other partners (a funder, a prescriber…) see that a meeting took place —
 *   kind, title, date, place — without its minutes or who came;
 * - documents follow their audience: `team` for the team, carrier and network animator only,
 *   `steering_committee` for those who see the copil, `partners` for anyone who sees the
 *   initiative (and the meeting, when the document belongs to one).
 */
export function canSeeMeeting(access: Access, kind: MeetingKind): boolean {
  return kind !== "steering_committee" || access.canSeeSteering;
}

export function canSeeMinutes(access: Access, kind: MeetingKind): boolean {
  if (!canSeeMeeting(access, kind)) return false;
  if (access.level !== "partner") return true;
  return access.partnerRoles.includes("steering_committee") || access.partnerRoles.includes("project_group");
}

/** A decision taken in a copil meeting is a copil decision. */
export function canSeeDecision(access: Access, meetingKind: MeetingKind | null): boolean {
  return meetingKind === null || canSeeMeeting(access, meetingKind);
}

export function canSeeDocument(
  access: Access,
  audience: DocumentAudience,
  meetingKind: MeetingKind | null,
): boolean {
  if (meetingKind !== null && !canSeeMeeting(access, meetingKind)) return false;
  if (audience === "team") return access.level !== "partner";
  if (audience === "steering_committee") return access.canSeeSteering;
  return true;
}
