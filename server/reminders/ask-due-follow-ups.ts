import { sql } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate, parisDate } from "../../shared/time";
import { followUpMilestonesSql } from "../carriers/follow-up-due";
import type { Deps } from "../core/deps";
import { initiative } from "../db/schema";
import { recordNotifications } from "../notifications/record-notifications";
import { claimReminder } from "./claim-reminder";

/**
 * How far back a due follow-up is still asked for: a follow-up due before the job first ran (or
 * while no app ran) is asked within this window, older ones stay on the dashboards only.
 */
export const FOLLOW_UP_ASK_WINDOW_DAYS = 30;

type DueFollowUp = {
  initiative_id: string;
  fabrique_id: string;
  title: string;
  milestone: number;
  due_on: string;
};
type Recipient = { id: string };

/**
 * Asks the officer and the carrier account holders of each launched activity for its 6, 12 or
 * 36-month follow-up once it is due (decision record 0097's rule: not recorded, the activity not
 * stopped), one `follow_up_due` notification each (by default mailed at once), once per
 * follow-up (`follow-up-request:<initiative>:<months>`).
 * Returns how many follow-ups were asked.
 */
export async function askDueFollowUps(deps: Pick<Deps, "db" | "clock" | "mail" | "config">): Promise<number> {
  const now = deps.clock.now();
  const today = parisDate(now);
  const since = parisDate(new Date(now.getTime() - FOLLOW_UP_ASK_WINDOW_DAYS * 86400000));
  const due = await deps.db.execute<DueFollowUp>(
    sql`select d.initiative_id, i.fabrique_id, i.title, d.milestone, d.due_on
      from ${followUpMilestonesSql(today, sql`true`)} d join ${initiative} i on i.id = d.initiative_id
      where not d.recorded and not d.stopped_before and d.due_on <= ${today} and d.due_on >= ${since}
        and not exists (select 1 from system_state s
          where s.key = 'follow-up-request:' || d.initiative_id || ':' || d.milestone)
      order by d.due_on`,
  );
  let asked = 0;
  for (const row of due.rows) {
    const recipients = await followUpRecipients(deps, row.initiative_id);
    const sent = await deps.db.transaction(async (tx) => {
      const key = `follow-up-request:${row.initiative_id}:${row.milestone}`;
      if (!(await claimReminder(tx, key, now))) return false;
      // A `follow_up_due` notification (issue 17): in the app, and by mail as each person chose.
      await recordNotifications(deps, tx, {
        kind: "follow_up_due",
        fabriqueId: row.fabrique_id,
        link: `/projets/${row.initiative_id}/porteur#suivi`,
        title: row.title,
        detail: t(fr.notifications.details.follow_up_due, {
          months: row.milestone,
          date: formatDate(row.due_on),
        }),
        groupKey: `follow_up_due:${row.initiative_id}`,
        audience: { users: recipients.map((person) => person.id) },
        actorUserId: null,
      });
      return true;
    });
    if (sent) asked++;
  }
  return asked;
}

/** The initiative's officer and the holders of a carrier account on it, active accounts only. */
async function followUpRecipients(deps: Pick<Deps, "db">, initiativeId: string): Promise<Recipient[]> {
  const rows = await deps.db.execute<Recipient>(
    sql`select distinct u.id from "user" u
      where u.disabled_at is null and (
        u.id = (select officer_user_id from initiative where id = ${initiativeId})
        or exists (select 1 from membership m where m.user_id = u.id and m.role = 'carrier'
          and m.initiative_id = ${initiativeId}))
      order by u.id`,
  );
  return rows.rows;
}
