import { sql } from "drizzle-orm";
import { parisDate } from "../../shared/time";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { initiative } from "../db/schema";
import { followUpMilestonesSql, overdueSql } from "./follow-up-due";

export type OverdueFollowUp = {
  initiativeId: string;
  title: string;
  milestone: number;
  dueOn: string;
};

/**
 * The follow-ups an actor owes and has not recorded (decision record 0097): those of the
 * initiatives they are the officer of, and those of the initiatives their carrier account opens.
 * The oldest due first.
 */
export async function listOverdueFollowUps(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
): Promise<OverdueFollowUp[]> {
  const today = parisDate(deps.clock.now());
  const carried = actor.memberships
    .filter((m) => m.role === "carrier" && m.initiativeId)
    .map((m) => m.initiativeId as string);
  const owes = carried.length
    ? sql`(${initiative.officerUserId} = ${actor.userId} or ${initiative.id} in (${sql.join(
        carried.map((id) => sql`${id}::uuid`),
        sql`, `,
      )}))`
    : sql`${initiative.officerUserId} = ${actor.userId}`;
  const rows = await deps.db.execute<{
    initiative_id: string;
    title: string;
    milestone: number;
    due_on: string;
  }>(
    sql`select d.initiative_id, i.title, d.milestone, d.due_on
      from ${followUpMilestonesSql(today, owes)} d join ${initiative} i on i.id = d.initiative_id
      where ${overdueSql(today)}
      order by d.due_on, i.title`,
  );
  return rows.rows.map((r) => ({
    initiativeId: r.initiative_id,
    title: r.title,
    milestone: Number(r.milestone),
    dueOn: r.due_on,
  }));
}
