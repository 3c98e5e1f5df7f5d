import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { InitiativeStage, WorkingStage } from "../db/schema/initiatives";
import { workingStages } from "../db/schema/initiatives";

/**
 * What may be written in an initiative's dossier, declared once beside the stage moves
 * (`initiative-workflow.ts`). Pure and fail-closed, like the moves: the services call it before
 * they write (and again under the initiative's row lock for the writes the stage guards count),
 * the pages call it to hide a form and say why.
 *
 * Two kinds of writes (decision record 0026):
 * - the method's own steps belong to their stage: the study is written and marked final in the
 *   study stage, the carrier is looked for and retained in its stage, the handover, the launch and
 *   the follow-up in theirs. A dormant initiative takes none of them until it is woken up;
 * - the dossier's everyday life (partners, meetings, decisions, documents, tasks, forecasts,
 *   programmes) goes on at every stage and while dormant.
 * An abandoned initiative's dossier is closed: nothing is added to it any more, except that its
 * own card may still be corrected and its open tasks ticked off.
 */
export const dossierWrites = [
  "initiative.update",
  "partner.write",
  "meeting.write",
  "decision.record",
  "document.upload",
  "task.create",
  "task.update",
  "forecast.write",
  "programme.link",
  "study.save",
  "study.finalise",
  "carrier.consider",
  "carrier.choose",
  "carrier.invite",
  "handover.record",
  "outcome.record",
  "outcome.proposeModel",
  "followUp.record",
] as const;
export type DossierWrite = (typeof dossierWrites)[number];

type WriteRule = {
  /** The working stages the write belongs to; `all` for the dossier's everyday life. */
  stages: readonly WorkingStage[] | "all";
  /** Still possible once the initiative is abandoned (its dossier is otherwise closed). */
  whenAbandoned: boolean;
};

const everyday: WriteRule = { stages: "all", whenAbandoned: false };

export const dossierWriteRules: Record<DossierWrite, WriteRule> = {
  "initiative.update": { stages: "all", whenAbandoned: true },
  "partner.write": everyday,
  "meeting.write": everyday,
  "decision.record": everyday,
  "document.upload": everyday,
  "task.create": everyday,
  "task.update": { stages: "all", whenAbandoned: true },
  "forecast.write": everyday,
  "programme.link": everyday,
  // The study is the stage's work: written and presented to the copil there (product.md #3).
  "study.save": { stages: ["opportunity_study"], whenAbandoned: false },
  "study.finalise": { stages: ["opportunity_study"], whenAbandoned: false },
  // Carrier scenarios are a section of the study; the candidates are then weighed in stage 4.
  "carrier.consider": { stages: ["opportunity_study", "carrier_search"], whenAbandoned: false },
  "carrier.choose": { stages: ["carrier_search"], whenAbandoned: false },
  // The retained carrier gets its account from the moment it is chosen until the follow-up.
  "carrier.invite": {
    stages: ["carrier_search", "handover", "launch", "follow_up"],
    whenAbandoned: false,
  },
  "handover.record": { stages: ["handover"], whenAbandoned: false },
  // The launch is recorded when it happens and may be corrected during the follow-up.
  "outcome.record": { stages: ["launch", "follow_up"], whenAbandoned: false },
  "outcome.proposeModel": { stages: ["launch", "follow_up"], whenAbandoned: false },
  "followUp.record": { stages: ["follow_up"], whenAbandoned: false },
};

/** Where the dossier stands: its stage and, when dormant, the stage it sleeps in. */
export type DossierState = { stage: InitiativeStage; stageBeforeDormant?: WorkingStage | null };

export type WriteDecision =
  | { allowed: true }
  | { allowed: false; reasons: string[]; blockedBy: ("stageAllows" | "notDormant" | "notAbandoned")[] };

const text = fr.initiatives.writes;
const stageList = new Intl.ListFormat("fr-FR", { type: "conjunction" });

/** The stages a write belongs to, in the pipeline's order. */
export function stagesOf(write: DossierWrite): readonly WorkingStage[] {
  const { stages } = dossierWriteRules[write];
  return stages === "all" ? workingStages : stages;
}

/** Whether this write is possible now, with the reason in French when it is not. */
export function checkDossierWrite(write: DossierWrite, state: DossierState): WriteDecision {
  const rule = dossierWriteRules[write];
  const action = text.actions[write];
  if (state.stage === "abandoned") {
    return rule.whenAbandoned
      ? { allowed: true }
      : { allowed: false, reasons: [t(text.abandoned, { action })], blockedBy: ["notAbandoned"] };
  }
  if (rule.stages === "all") return { allowed: true };
  if (state.stage === "dormant") {
    return { allowed: false, reasons: [t(text.dormant, { action })], blockedBy: ["notDormant"] };
  }
  if ((rule.stages as readonly string[]).includes(state.stage)) return { allowed: true };
  const names = rule.stages.map((stage) => fr.initiatives.stages[stage]);
  const current = fr.initiatives.stages[state.stage];
  const reason =
    names.length === 1
      ? t(text.stageOne, { action, stages: names[0]!, current })
      : t(text.stageMany, { action, stages: stageList.format(names.map((n) => `« ${n} »`)), current });
  return { allowed: false, reasons: [reason], blockedBy: ["stageAllows"] };
}

/** For a page: every write with null when it is possible, or the French reason it is not. */
export function dossierWriteBlocks(state: DossierState): Record<DossierWrite, string | null> {
  return Object.fromEntries(
    dossierWrites.map((write) => {
      const decision = checkDossierWrite(write, state);
      return [write, decision.allowed ? null : decision.reasons.join(" ")];
    }),
  ) as Record<DossierWrite, string | null>;
}
