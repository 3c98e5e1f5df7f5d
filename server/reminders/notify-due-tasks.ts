import { sql } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate, parisDate } from "../../shared/time";
import type { Deps } from "../core/deps";
import { recordNotifications } from "../notifications/record-notifications";
import { claimReminder } from "./claim-reminder";

/** How far back an overdue task is still told: older ones stay on the person's task list. */
export const TASK_OVERDUE_WINDOW_DAYS = 30;

type DueTask = {
  id: string;
  fabrique_id: string;
  owner_user_id: string;
  title: string;
  due_on: string;
  initiative_title: string | null;
};

/**
 * Tells each open task's owner, as a `task_due` notification (issue 17; their preference says
 * whether and when a mail follows), on the day it is due and again once it is overdue: each once
 * (`task-due:<task>:<day>`, `task-overdue:<task>:<day>`, the due day in the key so a task moved
 * to another day is told again). Only an owner who still works on it is told: the Fabrique's team,
 * or the carrier of its initiative. Returns how many notifications were recorded.
 */
export async function notifyDueTasks(deps: Pick<Deps, "db" | "clock" | "mail" | "config">): Promise<number> {
  const now = deps.clock.now();
  const today = parisDate(now);
  const since = parisDate(new Date(now.getTime() - TASK_OVERDUE_WINDOW_DAYS * 86400000));
  const due = await deps.db.execute<DueTask>(
    sql`select k.id, k.fabrique_id, k.owner_user_id, k.title, k.due_on::text as due_on, i.title as initiative_title
      from task k left join initiative i on i.id = k.initiative_id
      where k.done_at is null and k.owner_user_id is not null and k.due_on <= ${today} and k.due_on >= ${since}
        and exists (select 1 from membership m where m.user_id = k.owner_user_id and m.fabrique_id = k.fabrique_id
          and ((m.initiative_id is null and m.role in ('admin', 'officer'))
            or (m.role = 'carrier' and m.initiative_id = k.initiative_id)))
        and not exists (select 1 from system_state s where s.key = (case when k.due_on < ${today}
          then 'task-overdue:' else 'task-due:' end) || k.id || ':' || k.due_on)
      order by k.due_on, k.id`,
  );
  const details = fr.notifications.details;
  let told = 0;
  for (const row of due.rows) {
    const overdue = row.due_on < today;
    told += await deps.db.transaction(async (tx) => {
      const key = `${overdue ? "task-overdue" : "task-due"}:${row.id}:${row.due_on}`;
      if (!(await claimReminder(tx, key, now))) return 0;
      const date = formatDate(row.due_on);
      return recordNotifications(deps, tx, {
        kind: "task_due",
        fabriqueId: row.fabrique_id,
        link: "/taches",
        title: row.initiative_title ? `${row.title} (${row.initiative_title})` : row.title,
        detail: overdue ? t(details.task_overdue, { date }) : t(details.task_due_today, { date }),
        groupKey: `task_due:${row.owner_user_id}`,
        audience: { users: [row.owner_user_id] },
        actorUserId: null,
      });
    });
  }
  return told;
}
