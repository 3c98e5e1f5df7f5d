import { and, eq, gte, lte, sql } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate, parisDate } from "../../shared/time";
import type { Deps } from "../core/deps";
import type { Db } from "../db/database";
import { initiative, signal, task } from "../db/schema";
import { listTeamMembers } from "../network/list-team-members";
import { FOLLOW_UP_ASK_WINDOW_DAYS } from "./ask-due-follow-ups";
import { claimReminder } from "./claim-reminder";

type Recipient = { id: string; name: string; email: string };
type Sleeper = { id: string; fabriqueId: string; reference: string; title: string; wakeUpOn: string };
type ReminderDeps = Pick<Deps, "db" | "clock" | "mail" | "config">;

/** The active admins and officers of a Fabrique's team. */
export const teamOf = (db: Db, fabriqueId: string): Promise<Recipient[]> => listTeamMembers(db, fabriqueId);

/**
 * Dormant initiatives and parked signals whose wake-up day has come (within the last 30 days)
 * wake up: a task due today — the officer's for an initiative (the team's, unowned, for a
 * signal) — and a mail to the officer (to the Fabrique's admins and officers when there is no
 * officer, and for a signal). Once per wake-up day (`wake-up:<kind>:<id>:<day>`): a new wake-up
 * day set later wakes it again. Returns how many woke up.
 */
export async function wakeUpSleepers(deps: ReminderDeps): Promise<number> {
  const now = deps.clock.now();
  const today = parisDate(now);
  const since = parisDate(new Date(now.getTime() - FOLLOW_UP_ASK_WINDOW_DAYS * 86400000));
  const columns = (table: typeof initiative | typeof signal) => ({
    id: table.id,
    fabriqueId: table.fabriqueId,
    reference: table.reference,
    title: table.title,
    wakeUpOn: sql<string>`${table.wakeUpOn}::text`,
  });
  const initiatives = await deps.db
    .select({ ...columns(initiative), officerUserId: initiative.officerUserId })
    .from(initiative)
    .where(
      and(eq(initiative.stage, "dormant"), lte(initiative.wakeUpOn, today), gte(initiative.wakeUpOn, since)),
    );
  const signals = await deps.db
    .select(columns(signal))
    .from(signal)
    .where(and(eq(signal.status, "parked"), lte(signal.wakeUpOn, today), gte(signal.wakeUpOn, since)));
  let woken = 0;
  for (const row of initiatives) {
    const team = await teamOf(deps.db, row.fabriqueId);
    const officer = team.find((person) => person.id === row.officerUserId);
    const recipients = officer ? [officer] : team;
    if (await wakeUp(deps, "initiative", row, recipients, officer?.id ?? null)) woken++;
  }
  for (const row of signals) {
    if (await wakeUp(deps, "signal", row, await teamOf(deps.db, row.fabriqueId), null)) woken++;
  }
  return woken;
}

async function wakeUp(
  deps: ReminderDeps,
  kind: "initiative" | "signal",
  row: Sleeper,
  recipients: Recipient[],
  ownerUserId: string | null,
): Promise<boolean> {
  const now = deps.clock.now();
  const text = kind === "initiative" ? fr.reminders.wakeUpInitiative : fr.reminders.wakeUpSignal;
  const url = `${deps.config.publicUrl}/${kind === "initiative" ? "projets" : "signaux"}/${row.id}`;
  const taskTitle = t(text.task, { reference: row.reference });
  return deps.db.transaction(async (tx) => {
    if (!(await claimReminder(tx, `wake-up:${kind}:${row.id}:${row.wakeUpOn}`, now))) return false;
    await tx.insert(task).values({
      fabriqueId: row.fabriqueId,
      initiativeId: kind === "initiative" ? row.id : null,
      title: taskTitle,
      ownerUserId,
      dueOn: parisDate(now),
    });
    for (const person of recipients) {
      const values = {
        name: person.name,
        reference: row.reference,
        title: row.title,
        date: formatDate(row.wakeUpOn),
        task: taskTitle,
        url,
      };
      await deps.mail.enqueue(tx, {
        to: person.email,
        subject: t(text.subject, values),
        text: t(text.text, values),
        purpose: `wake_up_${kind}`,
      });
    }
    return true;
  });
}
