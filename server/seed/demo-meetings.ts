// The demo initiatives' meetings: seeded with their participants, journal lines and decisions.
import { stableUuid } from "../catalogue/seed-models";
import type { Db } from "../db/database";
import { decision, type InitiativeEventKind, meeting, meetingParticipant } from "../db/schema";
import { recordInitiativeEvent } from "../initiatives/initiative-journal";
import { type DemoMeeting, demoDay } from "./demo-pipeline-data";

/** The stable id of a demo organisation, from its key. */
export const demoOrganisationId = (key: string) => stableUuid(`essaim-demo:organisation:${key}`);
/** One line of a demo initiative's journal. */
export const demoJournal = (
  db: Db,
  initiativeId: string,
  byUserId: string,
  at: Date,
  kind: InitiativeEventKind,
  note: string,
) => recordInitiativeEvent(db, { initiativeId, kind, note, byUserId, at });

/** A demo meeting with its participants, its journal lines and its decision, if any. */
export async function seedMeeting(
  db: Db,
  owner: { id: string; officer: string },
  initiativeId: string,
  m: DemoMeeting,
) {
  const startsAt = demoDay(m.on);
  const [row] = await db
    .insert(meeting)
    .values({
      fabriqueId: owner.id,
      initiativeId,
      kind: m.kind,
      title: m.title,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      place: m.place,
      publicHeadcount: m.headcount ?? null,
      minutes: m.minutes ?? "",
      createdByUserId: owner.officer,
      createdAt: startsAt,
      updatedAt: startsAt,
    })
    .returning({ id: meeting.id });
  if (m.participants.length) {
    await db
      .insert(meetingParticipant)
      .values(m.participants.map((key) => ({ meetingId: row!.id, organisationId: demoOrganisationId(key) })));
  }
  await demoJournal(db, initiativeId, owner.officer, startsAt, "meeting", `Réunion « ${m.title} »`);
  if (m.decision) {
    await demoJournal(
      db,
      initiativeId,
      owner.officer,
      startsAt,
      "decision",
      `Décision ${m.decision.kind === "go" ? "« go »" : `« ${m.decision.kind} »`} : ${m.decision.rationale}`,
    );
    await db.insert(decision).values({
      initiativeId,
      meetingId: row!.id,
      stage: m.decision.stage,
      kind: m.decision.kind,
      path: m.decision.path ?? null,
      rationale: m.decision.rationale,
      decidedBy: m.decision.decidedBy,
      decidedOn: m.on.slice(0, 10),
      recordedByUserId: owner.officer,
      recordedAt: startsAt,
    });
  }
}
