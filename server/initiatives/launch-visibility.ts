import { and, eq, inArray, lte, or, type SQL } from "drizzle-orm";
import { type InitiativeStage, initiative, outcome, type WorkingStage } from "../db/schema";

/**
 * When a launched activity is public and counted (decision record 0027): its initiative has
 * reached the launch (or the follow-up, or sleeps in one of them) and its opening date has come,
 * in Paris. Reached but not yet open, it is public as "ouverture prévue le …" and counted nowhere;
 * before the launch stage, the initiative is work in progress and nothing of it is public.
 */
export const launchedStages = ["launch", "follow_up"] as const satisfies readonly WorkingStage[];

export type LaunchStatus = "open" | "planned" | "private";

export function launchStatus(
  row: { stage: InitiativeStage; stageBeforeDormant: WorkingStage | null; openedOn: string },
  today: string,
): LaunchStatus {
  const working = row.stage === "dormant" ? row.stageBeforeDormant : row.stage;
  if (!working || !(launchedStages as readonly string[]).includes(working)) return "private";
  return row.openedOn <= today ? "open" : "planned";
}

/** SQL: the initiative has reached the launch (dormant in a launched stage included). */
export function launchReachedSql(): SQL {
  return or(
    inArray(initiative.stage, launchedStages),
    and(eq(initiative.stage, "dormant"), inArray(initiative.stageBeforeDormant, launchedStages)),
  )!;
}

/** SQL: the launched activity is open today (reached and opened on or before `today`). */
export function launchOpenSql(today: string): SQL {
  return and(launchReachedSql(), lte(outcome.openedOn, today))!;
}
