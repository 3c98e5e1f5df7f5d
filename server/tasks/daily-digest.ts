import { and, asc, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate, parisDate, parisWallClock } from "../../shared/time";
import type { Deps } from "../core/deps";
import { initiative, membership, signal, systemState, user } from "../db/schema";
import { listDueTasks } from "./tasks";

const text = fr.meetings.digest;

/** The hour (Paris time) from which the day's digest goes out. */
export const DIGEST_HOUR = 7;

export type DigestContent = {
  tasks: { title: string; initiativeTitle: string | null; dueOn: string }[];
  dormant: { id: string; reference: string; title: string; wakeUpOn: string }[];
  signals: { id: string; reference: string; title: string; wakeUpOn: string }[];
};

export const digestKey = (userId: string, day: string) => `digest:${userId}:${day}`;

/**
 * What one person has to hear about today: their open tasks due today or overdue, the dormant
 * initiatives of their Fabriques (team memberships) whose wake-up day has come, and the parked
 * signals of those Fabriques whose wake-up day has come.
 */
export async function buildDigestContent(
  deps: Pick<Deps, "db">,
  userId: string,
  today: string,
): Promise<DigestContent> {
  const fabriqueIds = (
    await deps.db
      .selectDistinct({ fabriqueId: membership.fabriqueId })
      .from(membership)
      .where(
        and(
          eq(membership.userId, userId),
          isNull(membership.initiativeId),
          inArray(membership.role, ["admin", "officer"]),
        ),
      )
  ).map((r) => r.fabriqueId);
  const tasks = (await listDueTasks(deps, userId, today)).map((row) => ({
    title: row.title,
    initiativeTitle: row.initiativeTitle ?? null,
    dueOn: row.dueOn!,
  }));
  if (!fabriqueIds.length) return { tasks, dormant: [], signals: [] };
  const [dormant, signals] = await Promise.all([
    deps.db
      .select({
        id: initiative.id,
        reference: initiative.reference,
        title: initiative.title,
        wakeUpOn: initiative.wakeUpOn,
      })
      .from(initiative)
      .where(
        and(
          inArray(initiative.fabriqueId, fabriqueIds),
          eq(initiative.stage, "dormant"),
          lte(initiative.wakeUpOn, today),
        ),
      )
      .orderBy(asc(initiative.wakeUpOn)),
    deps.db
      .select({ id: signal.id, reference: signal.reference, title: signal.title, wakeUpOn: signal.wakeUpOn })
      .from(signal)
      .where(
        and(
          inArray(signal.fabriqueId, fabriqueIds),
          eq(signal.status, "parked"),
          lte(signal.wakeUpOn, today),
        ),
      )
      .orderBy(asc(signal.wakeUpOn)),
  ]);
  return {
    tasks,
    dormant: dormant.map((r) => ({ ...r, wakeUpOn: r.wakeUpOn! })),
    signals: signals.map((r) => ({ ...r, wakeUpOn: r.wakeUpOn! })),
  };
}

export const isEmptyDigest = (content: DigestContent) =>
  !content.tasks.length && !content.dormant.length && !content.signals.length;

export function formatDigest(
  content: DigestContent,
  { name, today, publicUrl }: { name: string; today: string; publicUrl: string },
): { subject: string; text: string } {
  const day = (iso: string) => formatDate(iso);
  const lines = [t(text.greeting, { name }), "", text.intro];
  if (content.tasks.length) {
    lines.push("", text.tasks);
    for (const item of content.tasks) {
      lines.push(
        t(text.task, {
          title: item.title,
          initiative: item.initiativeTitle ? ` (${item.initiativeTitle})` : "",
          date: day(item.dueOn),
          late: item.dueOn < today ? text.late : "",
        }),
      );
    }
    lines.push(t(text.tasksLink, { url: `${publicUrl}/taches` }));
  }
  if (content.dormant.length) {
    lines.push("", text.dormant);
    for (const item of content.dormant) {
      lines.push(
        t(text.dormantItem, { ...item, date: day(item.wakeUpOn), url: `${publicUrl}/projets/${item.id}` }),
      );
    }
  }
  if (content.signals.length) {
    lines.push("", text.signals);
    for (const item of content.signals) {
      lines.push(
        t(text.signalItem, { ...item, date: day(item.wakeUpOn), url: `${publicUrl}/signaux/${item.id}` }),
      );
    }
  }
  lines.push("", text.footer);
  return { subject: t(text.subject, { date: day(today) }), text: lines.join("\n") };
}

/**
 * Sends today's digest to every active person with something to say, once per person and per
 * (Paris) day: the `digest:<user>:<day>` key in system_state is claimed in the same transaction
 * as the mail is queued, so two app processes or a CLI run cannot send it twice. Returns how many
 * mails were queued.
 */
export async function sendDailyDigests(
  deps: Pick<Deps, "db" | "clock" | "mail" | "config">,
): Promise<number> {
  const today = parisDate(deps.clock.now());
  const people = await deps.db
    .selectDistinct({ id: user.id, name: user.name, email: user.email })
    .from(user)
    .innerJoin(membership, eq(membership.userId, user.id))
    .where(
      and(
        isNull(user.disabledAt),
        sql`not exists (select 1 from ${systemState} where ${systemState.key} = 'digest:' || ${user.id} || ':' || ${today})`,
      ),
    );
  let sent = 0;
  for (const person of people) {
    const content = await buildDigestContent(deps, person.id, today);
    if (isEmptyDigest(content)) continue;
    const mail = formatDigest(content, { name: person.name, today, publicUrl: deps.config.publicUrl });
    const queued = await deps.db.transaction(async (tx) => {
      const claimed = await tx
        .insert(systemState)
        .values({ key: digestKey(person.id, today), value: { sentAt: deps.clock.now().toISOString() } })
        .onConflictDoNothing()
        .returning({ key: systemState.key });
      if (!claimed.length) return false;
      await deps.mail.enqueue(tx, { to: person.email, ...mail, purpose: "daily_digest" });
      return true;
    });
    if (queued) sent++;
  }
  return sent;
}

/** Whether the digest may go out at this instant: from 7:00, Paris time. */
export const isDigestHour = (at: Date) => parisWallClock(at).hour >= DIGEST_HOUR;
