import { signalKinds } from "./signals";

/** The pipeline (product.md): eight working stages, then the two ways out. Code names are fixed. */
export const workingStages = [
  "referral",
  "detection",
  "qualification",
  "opportunity_study",
  "carrier_search",
  "handover",
  "launch",
  "follow_up",
] as const;

export const initiativeStages = [...workingStages, "dormant", "abandoned"] as const;
export type InitiativeStage = (typeof initiativeStages)[number];
export type WorkingStage = (typeof workingStages)[number];

/**
 * Days without any line in an initiative's journal after which it is flagged « sans activité » and
 * its officer reminded (decision record 0115), per working stage; 0 means never. The operator
 * changes them with ESSAIM_STALE_AFTER_DAYS (`stage=days,…`). Follow-up has its own rule (0097).
 */
export const defaultStaleAfterDays: Record<WorkingStage, number> = {
  referral: 14,
  detection: 30,
  qualification: 30,
  opportunity_study: 60,
  carrier_search: 60,
  handover: 45,
  launch: 45,
  follow_up: 0,
};

/** An initiative starts from one of the five entry points, the same as a signal's kinds. */
export const entryPoints = signalKinds;
export type EntryPoint = (typeof entryPoints)[number];

/** What a journal entry records. */
export const initiativeEventKinds = [
  "created",
  "stage",
  "field",
  "partner",
  "meeting",
  "decision",
  "study",
  "carrier",
  "handover",
  "outcome",
  "follow_up",
  "task",
  "document",
  "forecast",
] as const;
export type InitiativeEventKind = (typeof initiativeEventKinds)[number];

/** Roles an organisation or a person plays on an initiative. */
export const partnerRoles = [
  "commissioner",
  "funder",
  "sensor",
  "steering_committee",
  "project_group",
  "prescriber",
  "technical_partner",
  "prospective_carrier",
  "carrier",
] as const;
export type PartnerRole = (typeof partnerRoles)[number];

/** Who could carry the project. */
export const carrierKinds = [
  "existing_structure",
  "individual",
  "collective",
  "structure_to_create",
  "project_lead_to_recruit",
] as const;
export type CarrierKind = (typeof carrierKinds)[number];

export const carrierStatuses = ["considered", "chosen", "declined"] as const;
export type CarrierStatus = (typeof carrierStatuses)[number];

/** What the Fabrique hands over to the carrier. */
export const handoverItems = [
  "study",
  "model",
  "contacts",
  "forecast",
  "premises",
  "funding",
  "brand",
] as const;
export type HandoverItem = (typeof handoverItems)[number];

/** What the launch produced. */
export const outcomeKinds = ["new_organisation", "new_activity", "replication"] as const;
export type OutcomeKind = (typeof outcomeKinds)[number];

/** Follow-up at 6, 12 and 36 months after the launch. */
export const followUpMilestones = [6, 12, 36] as const;

/** The yearly turnover a follow-up records, as a band (a carrier rarely gives the exact figure). */
export const turnoverBands = [
  "none",
  "under_10k",
  "from_10k_to_50k",
  "from_50k_to_100k",
  "from_100k_to_250k",
  "from_250k_to_500k",
  "from_500k_to_1m",
  "over_1m",
] as const;
export type TurnoverBand = (typeof turnoverBands)[number];
