import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { type FabriqueStatus, fabriqueStatuses } from "../db/schema/network";

/**
 * A Fabrique's lifecycle, declared once: candidate → experimentation → appellation, withdrawal
 * from any of them, and a new application after a withdrawal. Pure (no I/O), fail-closed: a
 * transition not listed here, or whose guards do not all pass, is refused with a French reason.
 */

/** What the guards look at: the stored Fabrique and what the animator typed. */
export type TransitionFacts = {
  reason: string;
  carryingStructure: string;
};

type Guard = {
  name: string;
  /** The French reason of the refusal, or null when the guard passes. */
  check: (facts: TransitionFacts) => string | null;
};

const MIN_REASON_LENGTH = 5;

const reasonRequired = (message: string): Guard => ({
  name: "reasonRequired",
  check: (facts) => (facts.reason.trim().length >= MIN_REASON_LENGTH ? null : message),
});

const carryingStructureKnown: Guard = {
  name: "carryingStructureKnown",
  check: (facts) =>
    facts.carryingStructure.trim().length > 0 ? null : fr.network.workflow.guards.carryingStructureKnown,
};

export type FabriqueTransitionName = "startExperimentation" | "grantAppellation" | "withdraw" | "reapply";

export type FabriqueTransition = {
  name: FabriqueTransitionName;
  from: readonly FabriqueStatus[];
  to: FabriqueStatus;
  label: string;
  /** Whether the form should ask for a reason (the guard enforces it). */
  reasonRequired: boolean;
  guards: readonly Guard[];
};

export const fabriqueTransitions: readonly FabriqueTransition[] = [
  {
    name: "startExperimentation",
    from: ["candidate"],
    to: "experimentation",
    label: fr.network.workflow.transitions.startExperimentation,
    reasonRequired: false,
    guards: [carryingStructureKnown],
  },
  {
    name: "grantAppellation",
    from: ["experimentation"],
    to: "appellation",
    label: fr.network.workflow.transitions.grantAppellation,
    reasonRequired: true,
    guards: [carryingStructureKnown, reasonRequired(fr.network.workflow.guards.appellationReason)],
  },
  {
    name: "withdraw",
    from: ["candidate", "experimentation", "appellation"],
    to: "withdrawn",
    label: fr.network.workflow.transitions.withdraw,
    reasonRequired: true,
    guards: [reasonRequired(fr.network.workflow.guards.withdrawReason)],
  },
  {
    name: "reapply",
    from: ["withdrawn"],
    to: "candidate",
    label: fr.network.workflow.transitions.reapply,
    reasonRequired: false,
    guards: [],
  },
];

export function isFabriqueStatus(value: unknown): value is FabriqueStatus {
  return typeof value === "string" && (fabriqueStatuses as readonly string[]).includes(value);
}

/** The transitions that leave `status`, in the order they are declared. */
export function transitionsFrom(status: string): FabriqueTransition[] {
  if (!isFabriqueStatus(status)) return [];
  return fabriqueTransitions.filter((transition) => transition.from.includes(status));
}

export type TransitionCheck =
  | { allowed: true; transition: FabriqueTransition }
  | { allowed: false; reasons: string[] };

/** Whether `from → to` may happen with these facts; every failing guard gives its reason. */
export function checkTransition(from: string, to: string, facts: TransitionFacts): TransitionCheck {
  const transition = isFabriqueStatus(to)
    ? transitionsFrom(from).find((candidate) => candidate.to === to)
    : undefined;
  if (!transition) {
    const label = (status: string) =>
      isFabriqueStatus(status) ? fr.common.fabriqueStatus[status] : fr.network.workflow.unknownStatus;
    return {
      allowed: false,
      reasons: [t(fr.network.workflow.notPlanned, { from: label(from), to: label(to) })],
    };
  }
  const reasons = transition.guards
    .map((guard) => guard.check(facts))
    .filter((reason): reason is string => reason !== null);
  return reasons.length ? { allowed: false, reasons } : { allowed: true, transition };
}
