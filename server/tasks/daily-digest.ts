import { and, asc, eq, inArray, isNull, lte, type SQL, sql } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate, parisDate, parisWallClock } from "../../shared/time";
import type { Deps } from "../core/deps";
import { initiative, membership, signal, systemState, user } from "../db/schema";

const text = fr.meetings.digest;

/** The hour (Paris time) from which the day's digest goes out. */
export const DIGEST_HOUR = 7;

/**
 * What the day's digest says: the initiatives and parked signals waking today. Tasks due or
 * overdue are `task_due` notifications now (issue 17), mailed as each person chose.
 */
export type DigestContent = {
  dormant: { id: string; reference: string; title: string; wakeUpOn: string }[];
  signals: { id: string; reference: string; title: string; wakeUpOn: string }[];
};

export const digestKey = (userId: string, day: string) => `digest:${userId}:${day}`;

type Waking = DigestContent["dormant"][number];

/** Group rows by a key, keeping their order. */
function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/**
 * What each of `userIds` has to hear about today: the dormant initiatives of their Fabriques
 * (team memberships) whose wake-up day has come, and the parked signals of those Fabriques whose
 * wake-up day has come. Three queries for any number of people: a Fabrique's waking initiatives
 * and signals are read once for its whole team.
 */
export async function buildDigestContents(
  deps: Pick<Deps, "db">,
  userIds: string[],
  today: string,
): Promise<Map<string, DigestContent>> {
  if (!userIds.length) return new Map();
  const teams = await deps.db
    .selectDistinct({ userId: membership.userId, fabriqueId: membership.fabriqueId })
    .from(membership)
    .where(
      and(
        inArray(membership.userId, userIds),
        isNull(membership.initiativeId),
        inArray(membership.role, ["admin", "officer"]),
      ),
    );
  const fabriqueIds = [...new Set(teams.map((r) => r.fabriqueId))];
  const waking = (table: typeof initiative | typeof signal, asleep: SQL) =>
    fabriqueIds.length
      ? deps.db
          .select({
            fabriqueId: table.fabriqueId,
            id: table.id,
            reference: table.reference,
            title: table.title,
            wakeUpOn: sql<string>`${table.wakeUpOn}::text`,
          })
          .from(table)
          .where(and(inArray(table.fabriqueId, fabriqueIds), asleep, lte(table.wakeUpOn, today)))
          .orderBy(asc(table.wakeUpOn))
      : Promise.resolve([]);
  const [dormant, signals] = await Promise.all([
    waking(initiative, eq(initiative.stage, "dormant")),
    waking(signal, eq(signal.status, "parked")),
  ]);
  const dormantByFabrique = groupBy(dormant, (r) => r.fabriqueId);
  const signalsByFabrique = groupBy(signals, (r) => r.fabriqueId);
  const fabriquesByUser = groupBy(teams, (r) => r.userId);
  const forUser = (
    fabriques: { fabriqueId: string }[],
    byFabrique: Map<string, (Waking & { fabriqueId: string })[]>,
  ) =>
    fabriques
      .flatMap((f) => byFabrique.get(f.fabriqueId) ?? [])
      .sort((a, b) => a.wakeUpOn.localeCompare(b.wakeUpOn))
      .map(({ id, reference, title, wakeUpOn }) => ({ id, reference, title, wakeUpOn }));
  return new Map(
    userIds.map((userId) => {
      const fabriques = fabriquesByUser.get(userId) ?? [];
      const content: DigestContent = {
        dormant: forUser(fabriques, dormantByFabrique),
        signals: forUser(fabriques, signalsByFabrique),
      };
      return [userId, content];
    }),
  );
}

/** What one person has to hear about today (`buildDigestContents` for one). */
export async function buildDigestContent(
  deps: Pick<Deps, "db">,
  userId: string,
  today: string,
): Promise<DigestContent> {
  return (await buildDigestContents(deps, [userId], today)).get(userId)!;
}

export const isEmptyDigest = (content: DigestContent) => !content.dormant.length && !content.signals.length;

export function formatDigest(
  content: DigestContent,
  { name, today, publicUrl }: { name: string; today: string; publicUrl: string },
): { subject: string; text: string } {
  const day = (iso: string) => formatDate(iso);
  const lines = [t(text.greeting, { name }), "", text.intro];
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

/** People whose digest is built and queued together, in one transaction. */
const DIGEST_BATCH = 250;

/**
 * Sends today's digest to every active person with something to say, once per person and per
 * (Paris) day: the `digest:<user>:<day>` key in system_state is claimed in the same transaction
 * as the mail is queued, so two app processes or a CLI run cannot send it twice. People go by
 * batches of 250 (four queries to build their digests, one transaction to queue them). Returns
 * how many mails were queued.
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
  for (let from = 0; from < people.length; from += DIGEST_BATCH) {
    const batch = people.slice(from, from + DIGEST_BATCH);
    const contents = await buildDigestContents(
      deps,
      batch.map((p) => p.id),
      today,
    );
    const due = batch.filter((person) => !isEmptyDigest(contents.get(person.id)!));
    if (!due.length) continue;
    sent += await deps.db.transaction(async (tx) => {
      const sentAt = deps.clock.now().toISOString();
      const claimed = new Set(
        (
          await tx
            .insert(systemState)
            .values(due.map((person) => ({ key: digestKey(person.id, today), value: { sentAt } })))
            .onConflictDoNothing()
            .returning({ key: systemState.key })
        ).map((row) => row.key),
      );
      const mails = due
        .filter((person) => claimed.has(digestKey(person.id, today)))
        .map((person) => ({
          to: person.email,
          ...formatDigest(contents.get(person.id)!, {
            name: person.name,
            today,
            publicUrl: deps.config.publicUrl,
          }),
          purpose: "daily_digest",
        }));
      if (deps.mail.enqueueAll) await deps.mail.enqueueAll(tx, mails);
      else for (const mail of mails) await deps.mail.enqueue(tx, mail);
      return mails.length;
    });
  }
  return sent;
}

/** Whether the digest may go out at this instant: from 7:00, Paris time. */
export const isDigestHour = (at: Date) => parisWallClock(at).hour >= DIGEST_HOUR;
