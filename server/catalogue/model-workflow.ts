import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { type ModelStatus, modelStatuses } from "../db/schema";

/**
 * A model's workflow, declared once: a Fabrique proposes a draft, the network animator publishes
 * it to the shared catalogue, archives it when it no longer holds, and may take an archived model
 * back to draft. Pure and fail-closed: a transition not listed, or whose guards fail, is refused
 * with the French reasons.
 */

/** What the guards look at: the stored model and what the animator typed. */
export type ModelTransitionFacts = {
  reason: string;
  themes: readonly string[];
  sourceUrls: readonly string[];
};

type Guard = { name: string; check: (facts: ModelTransitionFacts) => string | null };

const text = fr.catalogue.workflow;
const MIN_REASON_LENGTH = 5;

const citesASource: Guard = {
  name: "citesASource",
  check: (facts) => (facts.sourceUrls.length > 0 ? null : text.guards.citesASource),
};
const hasATheme: Guard = {
  name: "hasATheme",
  check: (facts) => (facts.themes.length > 0 ? null : text.guards.hasATheme),
};
const reasonGiven: Guard = {
  name: "reasonGiven",
  check: (facts) => (facts.reason.trim().length >= MIN_REASON_LENGTH ? null : text.guards.reasonGiven),
};

export type ModelTransitionName = "publish" | "archive" | "reopen";

export type ModelTransition = {
  name: ModelTransitionName;
  from: readonly ModelStatus[];
  to: ModelStatus;
  label: string;
  reasonRequired: boolean;
  guards: readonly Guard[];
};

export const modelTransitions: readonly ModelTransition[] = [
  {
    name: "publish",
    from: ["draft"],
    to: "published",
    label: text.transitions.publish,
    reasonRequired: false,
    guards: [citesASource, hasATheme],
  },
  {
    name: "archive",
    from: ["draft", "published"],
    to: "archived",
    label: text.transitions.archive,
    reasonRequired: true,
    guards: [reasonGiven],
  },
  {
    name: "reopen",
    from: ["archived"],
    to: "draft",
    label: text.transitions.reopen,
    reasonRequired: false,
    guards: [],
  },
];

export function isModelStatus(value: unknown): value is ModelStatus {
  return typeof value === "string" && (modelStatuses as readonly string[]).includes(value);
}

export function modelTransitionsFrom(status: string): ModelTransition[] {
  if (!isModelStatus(status)) return [];
  return modelTransitions.filter((transition) => transition.from.includes(status));
}

export type ModelTransitionCheck =
  | { allowed: true; transition: ModelTransition }
  | { allowed: false; reasons: string[] };

export function checkModelTransition(
  from: string,
  to: string,
  facts: ModelTransitionFacts,
): ModelTransitionCheck {
  const transition = isModelStatus(to) ? modelTransitionsFrom(from).find((c) => c.to === to) : undefined;
  if (!transition) {
    const label = (status: string) => (isModelStatus(status) ? fr.catalogue.statuses[status] : status);
    return { allowed: false, reasons: [t(text.notPlanned, { from: label(from), to: label(to) })] };
  }
  const reasons = transition.guards
    .map((guard) => guard.check(facts))
    .filter((reason): reason is string => reason !== null);
  return reasons.length ? { allowed: false, reasons } : { allowed: true, transition };
}
