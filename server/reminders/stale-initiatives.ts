import { type SQL, sql } from "drizzle-orm";
import type { WorkingStage } from "../../shared/codes/initiatives";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate, parisDate } from "../../shared/time";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { initiative, initiativeEvent } from "../db/schema";
import { claimReminder } from "./claim-reminder";
import { teamOf } from "./wake-up-sleepers";

export type StaleInitiative = {
  id: string;
  reference: string;
  title: string;
  stage: WorkingStage;
  fabriqueId: string;
  officerUserId: string | null;
  /** The last line of its journal (or its creation). */
  lastActivityAt: Date;
  days: number;
  threshold: number;
};

type Row = {
  id: string;
  reference: string;
  title: string;
  stage: WorkingStage;
  fabrique_id: string;
  officer_user_id: string | null;
  last_at: string | Date;
  days: number;
  threshold: number;
};

/**
 * The initiatives `where` keeps that sit in a working stage with no journal line for more than
 * that stage's days, the longest silent first: the Fabrique's own days for the stage
 * (`fabrique.stale_after_days`, set by its admins), else the installation's
 * (`config.staleAfterDays`, decision record 0115); 0 never flags the stage.
 */
async function findStale(
  deps: Pick<Deps, "db" | "clock" | "config">,
  where: SQL,
): Promise<StaleInitiative[]> {
  const installation = sql`(case ${initiative.stage} ${sql.join(
    Object.entries(deps.config.staleAfterDays).map(([stage, days]) => sql`when ${stage} then ${days}::int`),
    sql` `,
  )} end)`;
  const threshold = sql`nullif(coalesce((select (f.stale_after_days ->> ${initiative.stage})::int
    from fabrique f where f.id = ${initiative.fabriqueId}), ${installation}), 0)`;
  const now = deps.clock.now().toISOString();
  const rows = await deps.db.execute<Row>(
    sql`select ${initiative.id} as id, ${initiative.reference} as reference, ${initiative.title} as title,
        ${initiative.stage} as stage, ${initiative.fabriqueId} as fabrique_id,
        ${initiative.officerUserId} as officer_user_id, l.last_at, ${threshold} as threshold,
        floor(extract(epoch from (${now}::timestamptz - l.last_at)) / 86400)::int as days
      from ${initiative}
      cross join lateral (select coalesce(max(${initiativeEvent.at}), ${initiative.createdAt}) as last_at
        from ${initiativeEvent} where ${initiativeEvent.initiativeId} = ${initiative.id}) l
      where ${threshold} is not null and ${where}
        and l.last_at < ${now}::timestamptz - make_interval(days => ${threshold})
      order by l.last_at`,
  );
  return rows.rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    title: r.title,
    stage: r.stage,
    fabriqueId: r.fabrique_id,
    officerUserId: r.officer_user_id,
    lastActivityAt: new Date(r.last_at),
    days: Number(r.days),
    threshold: Number(r.threshold),
  }));
}

/** The initiatives the actor is the officer of that are flagged « sans activité » (dashboard). */
export function listStaleInitiatives(deps: Pick<Deps, "db" | "clock" | "config">, actor: Actor) {
  return findStale(deps, sql`${initiative.officerUserId} = ${actor.userId}`);
}

/**
 * Whether an initiative the reader may already see (from `getInitiative`, which checked it) is
 * flagged « sans activité », and since how many days; null when it is not.
 */
export async function getInitiativeSilence(
  deps: Pick<Deps, "db" | "clock" | "config">,
  seen: { id: string },
): Promise<StaleInitiative | null> {
  return (await findStale(deps, sql`${initiative.id} = ${seen.id}`))[0] ?? null;
}

/**
 * Mails the officer of each flagged initiative (the Fabrique's admins and officers when it has
 * none), once per silence: the key `stale:<initiative>:<day of its last activity>` — new
 * activity then a new silence gives a new reminder. Returns how many initiatives were reminded.
 */
export async function remindStaleInitiatives(deps: Pick<Deps, "db" | "clock" | "mail" | "config">) {
  const now = deps.clock.now();
  let reminded = 0;
  for (const row of await findStale(deps, sql`true`)) {
    const team = await teamOf(deps.db, row.fabriqueId);
    const officer = team.find((person) => person.id === row.officerUserId);
    const recipients = officer ? [officer] : team;
    const sent = await deps.db.transaction(async (tx) => {
      const key = `stale:${row.id}:${parisDate(row.lastActivityAt)}`;
      if (!(await claimReminder(tx, key, now))) return false;
      for (const person of recipients) {
        const values = {
          name: person.name,
          reference: row.reference,
          title: row.title,
          date: formatDate(row.lastActivityAt),
          days: row.days,
          threshold: row.threshold,
          stage: fr.initiatives.stages[row.stage],
          url: `${deps.config.publicUrl}/projets/${row.id}`,
        };
        await deps.mail.enqueue(tx, {
          to: person.email,
          subject: t(fr.reminders.stale.subject, values),
          text: t(fr.reminders.stale.text, values),
          purpose: "stale_initiative",
        });
      }
      return true;
    });
    if (sent) reminded++;
  }
  return reminded;
}
