import { and, asc, eq, gt, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { ok, type Result } from "../core/result";
import type { Db } from "../db/database";
import {
  type CarrierKind,
  type CarrierStatus,
  carrierCandidate,
  contact,
  followUp,
  type HandoverItem,
  handover,
  invitation,
  membership,
  model,
  type OutcomeKind,
  organisation,
  outcome,
  type TurnoverBand,
  user,
} from "../db/schema";
import type { InitiativeAccess, InitiativeRow } from "../initiatives/initiative-access";
import { loadCarrierInitiative } from "./carrier-access";

export type CarrierCandidateView = {
  id: string;
  kind: CarrierKind;
  name: string;
  status: CarrierStatus;
  /** The lead carrier (chef de file) among the retained ones. */
  lead: boolean;
  note: string;
  organisationId: string | null;
  organisationName: string | null;
  contactId: string | null;
  contactName: string | null;
  decidedAt: Date | null;
};

export type HandoverView = {
  carrierCandidateId: string;
  carrierName: string;
  /** The co-carriers retained beside the lead one. */
  coCarrierNames: string[];
  transferred: HandoverItem[];
  conditions: string;
  handedOverOn: string;
  recordedAt: Date;
};

export type OutcomeView = {
  kind: OutcomeKind;
  modelId: string | null;
  modelTitle: string | null;
  organisationId: string | null;
  organisationName: string | null;
  activityName: string;
  openedOn: string;
  jobsFteHundredths: number;
  insertionFteHundredths: number;
  disabilityFteHundredths: number;
  note: string;
  proposedModelId: string | null;
  proposedModelTitle: string | null;
};

export type FollowUpView = {
  milestoneMonths: number;
  measuredOn: string;
  stillRunning: boolean;
  jobsFteHundredths: number;
  insertionFteHundredths: number;
  disabilityFteHundredths: number;
  turnoverBand: TurnoverBand | null;
  revenueCents: number | null;
  beneficiaries: number | null;
  note: string;
};

export type CarrierDossier = {
  initiative: InitiativeRow;
  access: InitiativeAccess;
  candidates: CarrierCandidateView[];
  handover: HandoverView | null;
  outcome: OutcomeView | null;
  followUps: FollowUpView[];
  /** People holding a carrier account on this initiative. */
  carrierAccounts: { userId: string; name: string; email: string }[];
  /** Team only: carrier invitations not yet accepted. */
  pendingInvitations: { email: string; expiresAt: Date }[];
};

const proposed = alias(model, "proposed_model");

/** The initiative's carrier candidates, oldest first, with their organisation and contact. */
function listCandidates(db: Db, initiativeId: string): Promise<CarrierCandidateView[]> {
  return db
    .select({
      id: carrierCandidate.id,
      kind: carrierCandidate.kind,
      name: carrierCandidate.name,
      status: carrierCandidate.status,
      lead: carrierCandidate.lead,
      note: carrierCandidate.note,
      organisationId: carrierCandidate.organisationId,
      organisationName: organisation.name,
      contactId: carrierCandidate.contactId,
      contactName: contact.name,
      decidedAt: carrierCandidate.decidedAt,
    })
    .from(carrierCandidate)
    .leftJoin(organisation, eq(organisation.id, carrierCandidate.organisationId))
    .leftJoin(contact, eq(contact.id, carrierCandidate.contactId))
    .where(eq(carrierCandidate.initiativeId, initiativeId))
    .orderBy(asc(carrierCandidate.createdAt), asc(carrierCandidate.name));
}

/** The handover to the lead carrier, if recorded (without its co-carriers, added from the candidates). */
async function findHandover(db: Db, initiativeId: string) {
  const [row] = await db
    .select({
      carrierCandidateId: handover.carrierCandidateId,
      carrierName: carrierCandidate.name,
      transferred: handover.transferred,
      conditions: handover.conditions,
      handedOverOn: handover.handedOverOn,
      recordedAt: handover.recordedAt,
    })
    .from(handover)
    .innerJoin(carrierCandidate, eq(carrierCandidate.id, handover.carrierCandidateId))
    .where(eq(handover.initiativeId, initiativeId));
  return row;
}

/** The launch outcome, with its model, the model it proposed, and its organisation. */
async function findOutcome(db: Db, initiativeId: string): Promise<OutcomeView | null> {
  const [row] = await db
    .select({
      kind: outcome.kind,
      modelId: outcome.modelId,
      modelTitle: model.title,
      organisationId: outcome.organisationId,
      organisationName: organisation.name,
      activityName: outcome.activityName,
      openedOn: outcome.openedOn,
      jobsFteHundredths: outcome.jobsFteHundredths,
      insertionFteHundredths: outcome.insertionFteHundredths,
      disabilityFteHundredths: outcome.disabilityFteHundredths,
      note: outcome.note,
      proposedModelId: outcome.proposedModelId,
      proposedModelTitle: proposed.title,
    })
    .from(outcome)
    .leftJoin(model, eq(model.id, outcome.modelId))
    .leftJoin(proposed, eq(proposed.id, outcome.proposedModelId))
    .leftJoin(organisation, eq(organisation.id, outcome.organisationId))
    .where(eq(outcome.initiativeId, initiativeId));
  return row ?? null;
}

/** The follow-ups after the launch, by milestone. */
function listFollowUps(db: Db, initiativeId: string): Promise<FollowUpView[]> {
  return db
    .select({
      milestoneMonths: followUp.milestoneMonths,
      measuredOn: followUp.measuredOn,
      stillRunning: followUp.stillRunning,
      jobsFteHundredths: followUp.jobsFteHundredths,
      insertionFteHundredths: followUp.insertionFteHundredths,
      disabilityFteHundredths: followUp.disabilityFteHundredths,
      turnoverBand: followUp.turnoverBand,
      revenueCents: followUp.revenueCents,
      beneficiaries: followUp.beneficiaries,
      note: followUp.note,
    })
    .from(followUp)
    .where(eq(followUp.initiativeId, initiativeId))
    .orderBy(asc(followUp.milestoneMonths));
}

/** Who holds a carrier account on the initiative. */
function listCarrierAccounts(db: Db, initiativeId: string) {
  return db
    .select({ userId: user.id, name: user.name, email: user.email })
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .where(and(eq(membership.initiativeId, initiativeId), eq(membership.role, "carrier")))
    .orderBy(asc(user.name));
}

/** The carrier invitations still open (not accepted, revoked or expired). */
function listPendingCarrierInvitations(deps: Pick<Deps, "db" | "clock">, initiativeId: string) {
  return deps.db
    .select({ email: invitation.email, expiresAt: invitation.expiresAt })
    .from(invitation)
    .where(
      and(
        eq(invitation.initiativeId, initiativeId),
        eq(invitation.role, "carrier"),
        isNull(invitation.acceptedAt),
        isNull(invitation.revokedAt),
        gt(invitation.expiresAt, deps.clock.now()),
      ),
    )
    .orderBy(asc(invitation.createdAt));
}

/** The carrier page's data: candidates, handover, launch outcome, follow-ups and carrier accounts. */
export async function getCarrierDossier(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor | null,
  initiativeId: string,
): Promise<Result<CarrierDossier, "NOT_FOUND">> {
  const loaded = await loadCarrierInitiative(deps, actor, initiativeId);
  if (!loaded.ok) return loaded;
  const candidates = await listCandidates(deps.db, initiativeId);
  const handoverRow = await findHandover(deps.db, initiativeId);
  const isTeam = loaded.value.access.level === "team";
  return ok({
    ...loaded.value,
    candidates,
    handover: handoverRow
      ? {
          ...handoverRow,
          coCarrierNames: candidates
            .filter((c) => c.status === "chosen" && c.id !== handoverRow.carrierCandidateId)
            .map((c) => c.name),
        }
      : null,
    outcome: await findOutcome(deps.db, initiativeId),
    followUps: await listFollowUps(deps.db, initiativeId),
    carrierAccounts: await listCarrierAccounts(deps.db, initiativeId),
    pendingInvitations: isTeam ? await listPendingCarrierInvitations(deps, initiativeId) : [],
  });
}
