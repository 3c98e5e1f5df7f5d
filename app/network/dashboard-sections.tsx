import type { ReactNode } from "react";
import type { UpcomingMeeting } from "../../server/meetings/list-meetings";
import type { FabriqueStatus } from "../../shared/codes/network";
import { formatInteger } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate, formatDateTime } from "../../shared/time";
import { type TaskItem, TaskRow } from "../meetings/task-section";
import { EmptyState } from "../ui/empty-state";
import { StatusCounts } from "./status-counts";

/** The sections of the dashboard (`routes/dashboard.tsx`), one component each. */

const text = fr.network.dashboard;

type Membership = {
  key: string;
  fabriqueSlug: string;
  fabriqueName: string;
  role: keyof typeof fr.common.roles;
  scoped: boolean;
};

/** The reader's Fabriques and their role in each (a role scoped to one project has no link). */
export function MyFabriques({ memberships, alone }: { memberships: readonly Membership[]; alone: boolean }) {
  return (
    <section aria-labelledby="mes-fabriques-titre">
      <h2 id="mes-fabriques-titre">{text.myFabriquesTitle}</h2>
      {alone ? (
        <EmptyState title={text.noFabriqueTitle}>{text.noFabriqueBody}</EmptyState>
      ) : memberships.length === 0 ? (
        <p>{text.animatorNoMembership}</p>
      ) : (
        <ul className="card-grid">
          {memberships.map((m) => (
            <li key={m.key} className="card">
              <h3>
                {m.scoped ? m.fabriqueName : <a href={`/fabriques/${m.fabriqueSlug}`}>{m.fabriqueName}</a>}
              </h3>
              <p className="card__meta">
                {fr.common.roles[m.role]}
                {m.scoped ? ` (${text.scopedToInitiative})` : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** How many of the reader's initiatives are at each stage, each a link to the list. */
export function MyInitiativeStages({
  stageCounts,
}: {
  stageCounts: readonly { stage: keyof typeof fr.initiatives.stages; count: number }[];
}) {
  if (!stageCounts.length) return null;
  return (
    <section aria-labelledby="mes-projets-titre">
      <h2 id="mes-projets-titre">{text.initiativesTitle}</h2>
      <ul className="card-grid">
        {stageCounts.map(({ stage, count }) => (
          <li key={stage} className="card">
            <a href={`/projets?view=table&stage=${stage}`}>{fr.initiatives.stages[stage]}</a>
            <p className="card__meta">{t(text.initiativesCount, { count })}</p>
          </li>
        ))}
      </ul>
      <p>
        <a href="/projets">{text.initiativesLink}</a>
      </p>
    </section>
  );
}

/** The network animator's figures: Fabriques by status. */
export function NetworkFigures({
  figures,
  statuses,
}: {
  figures: { total: number; byStatus: Record<FabriqueStatus, number> };
  statuses: FabriqueStatus[];
}) {
  return (
    <section aria-labelledby="reseau-titre">
      <h2 id="reseau-titre">{text.networkTitle}</h2>
      <p>{t(text.networkTotal, { count: formatInteger(figures.total) })}</p>
      <StatusCounts statuses={statuses} byStatus={figures.byStatus} />
      <p>
        <a href="/reseau">{text.networkLink}</a>
      </p>
    </section>
  );
}

/** One card of "today": its title, its items or what to say when there are none, a link. */
export function TodayCard({
  id,
  title,
  none,
  items,
  more,
}: {
  id: string;
  title: string;
  none: string;
  items: readonly ReactNode[];
  more?: { href: string; label: string };
}) {
  return (
    <section className="card" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {items.length === 0 ? <p>{none}</p> : <ul>{items}</ul>}
      {more ? (
        <p>
          <a href={more.href}>{more.label}</a>
        </p>
      ) : null}
    </section>
  );
}

const meetingItem = (meeting: UpcomingMeeting, anchor = "") => (
  <li key={meeting.id}>
    <a href={`/reunions/${meeting.id}${anchor}`}>{meeting.title}</a> — {formatDateTime(meeting.startsAt)} (
    {meeting.initiativeTitle})
  </li>
);

/** What to look at today: new signals, open tasks, meetings, copils to decide, projects to wake. */
export function Today({
  newSignals,
  openTasks,
  todayIso,
  upcomingMeetings,
  copilsAwaitingDecision,
  toWake,
  children,
}: {
  newSignals:
    | readonly { id: string; title: string; territoryName: string | null; territoryCode: string }[]
    | null;
  openTasks: readonly TaskItem[];
  todayIso: string;
  upcomingMeetings: readonly UpcomingMeeting[];
  copilsAwaitingDecision: readonly UpcomingMeeting[];
  toWake: readonly { id: string; title: string; wakeUpOn: string | null }[];
  /** More cards, from other domains (the follow-ups owed). */
  children?: ReactNode;
}) {
  const meetings = fr.meetings.dashboard;
  const dormant = text.today.dormant;
  return (
    <section aria-labelledby="aujourdhui-titre">
      <h2 id="aujourdhui-titre">{text.todayTitle}</h2>
      <p>{text.todayIntro}</p>
      <div className="card-grid">
        {newSignals === null ? null : (
          <TodayCard
            id="aujourdhui-signals"
            title={fr.signals.dashboard.latest}
            none={fr.signals.dashboard.none}
            items={newSignals.map((item) => (
              <li key={item.id}>
                <a href={`/signaux/${item.id}`}>{item.title}</a> — {item.territoryName ?? item.territoryCode}
              </li>
            ))}
            more={{ href: "/signaux?status=new", label: fr.signals.dashboard.seeAll }}
          />
        )}
        <TodayCard
          id="aujourdhui-tasks"
          title={meetings.tasksTitle}
          none={meetings.tasksNone}
          items={openTasks.map((task) => (
            <TaskRow key={task.id} task={task} today={todayIso} canTick={false} showInitiative />
          ))}
          more={{ href: "/taches", label: meetings.tasksSeeAll }}
        />
        <TodayCard
          id="aujourdhui-meetings"
          title={meetings.title}
          none={meetings.none}
          items={upcomingMeetings.map((meeting) => meetingItem(meeting))}
          more={{ href: "/reunions", label: meetings.seeAll }}
        />
        <TodayCard
          id="aujourdhui-decisions"
          title={meetings.decisionsTitle}
          none={meetings.decisionsNone}
          items={copilsAwaitingDecision.map((meeting) => meetingItem(meeting, "#decisions"))}
        />
        <TodayCard
          id="aujourdhui-dormant"
          title={dormant.title}
          none={dormant.none}
          items={toWake.map((item) => (
            <li key={item.id}>
              <a href={`/projets/${item.id}`}>{item.title}</a>
              {item.wakeUpOn ? ` — ${t(dormant.since, { date: formatDate(item.wakeUpOn) })}` : ""}
            </li>
          ))}
        />
        {children}
      </div>
    </section>
  );
}
