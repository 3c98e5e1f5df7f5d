import { useLoaderData } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import { countInitiativesByStage, listInitiativesToWake } from "../../server/initiatives/list-initiatives";
import { listCopilMeetingsAwaitingDecision, listUpcomingMeetings } from "../../server/meetings/list-meetings";
import { computeNetworkFigures } from "../../server/network/compute-network-figures";
import { listSignals } from "../../server/signals/list-signals";
import { canListSignals } from "../../server/signals/signal-access";
import { listMyTasks } from "../../server/tasks/tasks";
import { fabriqueStatuses } from "../../shared/codes/network";
import { formatInteger } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate, formatDateTime, parisDate } from "../../shared/time";
import { TaskRow } from "../meetings/task-section";
import { valueOr404 } from "../network/page-results";
import { StatusCounts } from "../network/status-counts";
import { EmptyState } from "../ui/empty-state";
import type { Route } from "./+types/dashboard";

const text = fr.network.dashboard;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const figures = actor.isNetworkAnimator
    ? valueOr404(await computeNetworkFigures(context.deps, actor))
    : null;
  return {
    name: actor.name,
    memberships: actor.memberships.map((m) => ({
      key: `${m.fabriqueId}:${m.initiativeId ?? ""}`,
      fabriqueSlug: m.fabriqueSlug,
      fabriqueName: m.fabriqueName,
      role: m.role,
      scoped: m.initiativeId !== null,
    })),
    figures,
    statuses: [...fabriqueStatuses],
    upcomingMeetings: await listUpcomingMeetings(context.deps, actor, { limit: 5 }),
    copilsAwaitingDecision: await listCopilMeetingsAwaitingDecision(context.deps, actor, { limit: 5 }),
    openTasks: (await listMyTasks(context.deps, actor)).filter((task) => !task.doneAt).slice(0, 5),
    todayIso: parisDate(context.deps.clock.now()),
    toWake: await listInitiativesToWake(context.deps, actor),
    stageCounts: await countInitiativesByStage(context.deps, actor),
    newSignals: canListSignals(actor)
      ? valueOr404(await listSignals(context.deps, actor, { status: "new", page: 1, perPage: 5 })).items
      : null,
  };
}

export default function Dashboard() {
  const {
    name,
    memberships,
    figures,
    statuses,
    newSignals,
    upcomingMeetings,
    copilsAwaitingDecision,
    openTasks,
    todayIso,
    toWake,
    stageCounts,
  } = useLoaderData<typeof loader>();
  const alone = memberships.length === 0 && !figures;
  return (
    <div className="stack">
      <h1>{text.title}</h1>
      <p className="lead">{t(text.greeting, { name })}</p>

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

      {stageCounts.length ? (
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
      ) : null}

      {figures ? (
        <section aria-labelledby="reseau-titre">
          <h2 id="reseau-titre">{text.networkTitle}</h2>
          <p>{t(text.networkTotal, { count: formatInteger(figures.total) })}</p>
          <StatusCounts statuses={statuses} byStatus={figures.byStatus} />
          <p>
            <a href="/reseau">{text.networkLink}</a>
          </p>
        </section>
      ) : null}

      {alone ? null : (
        <section aria-labelledby="aujourdhui-titre">
          <h2 id="aujourdhui-titre">{text.todayTitle}</h2>
          <p>{text.todayIntro}</p>
          <div className="card-grid">
            {newSignals === null ? null : (
              <section className="card" aria-labelledby="aujourdhui-signals">
                <h3 id="aujourdhui-signals">{fr.signals.dashboard.latest}</h3>
                {newSignals.length === 0 ? (
                  <p>{fr.signals.dashboard.none}</p>
                ) : (
                  <ul>
                    {newSignals.map((item) => (
                      <li key={item.id}>
                        <a href={`/signaux/${item.id}`}>{item.title}</a> —{" "}
                        {item.territoryName ?? item.territoryCode}
                      </li>
                    ))}
                  </ul>
                )}
                {newSignals !== null ? (
                  <p>
                    <a href="/signaux?status=new">{fr.signals.dashboard.seeAll}</a>
                  </p>
                ) : null}
              </section>
            )}
            <section className="card" aria-labelledby="aujourdhui-tasks">
              <h3 id="aujourdhui-tasks">{fr.meetings.dashboard.tasksTitle}</h3>
              {openTasks.length === 0 ? (
                <p>{fr.meetings.dashboard.tasksNone}</p>
              ) : (
                <ul>
                  {openTasks.map((task) => (
                    <TaskRow key={task.id} task={task} today={todayIso} canTick={false} showInitiative />
                  ))}
                </ul>
              )}
              <p>
                <a href="/taches">{fr.meetings.dashboard.tasksSeeAll}</a>
              </p>
            </section>
            <section className="card" aria-labelledby="aujourdhui-meetings">
              <h3 id="aujourdhui-meetings">{fr.meetings.dashboard.title}</h3>
              {upcomingMeetings.length === 0 ? (
                <p>{fr.meetings.dashboard.none}</p>
              ) : (
                <ul>
                  {upcomingMeetings.map((meeting) => (
                    <li key={meeting.id}>
                      <a href={`/reunions/${meeting.id}`}>{meeting.title}</a> —{" "}
                      {formatDateTime(meeting.startsAt)} ({meeting.initiativeTitle})
                    </li>
                  ))}
                </ul>
              )}
              <p>
                <a href="/reunions">{fr.meetings.dashboard.seeAll}</a>
              </p>
            </section>
            <section className="card" aria-labelledby="aujourdhui-decisions">
              <h3 id="aujourdhui-decisions">{fr.meetings.dashboard.decisionsTitle}</h3>
              {copilsAwaitingDecision.length === 0 ? (
                <p>{fr.meetings.dashboard.decisionsNone}</p>
              ) : (
                <ul>
                  {copilsAwaitingDecision.map((meeting) => (
                    <li key={meeting.id}>
                      <a href={`/reunions/${meeting.id}#decisions`}>{meeting.title}</a> —{" "}
                      {formatDateTime(meeting.startsAt)} ({meeting.initiativeTitle})
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section className="card" aria-labelledby="aujourdhui-dormant">
              <h3 id="aujourdhui-dormant">{text.today.dormant.title}</h3>
              {toWake.length === 0 ? (
                <p>{text.today.dormant.none}</p>
              ) : (
                <ul>
                  {toWake.map((item) => (
                    <li key={item.id}>
                      <a href={`/projets/${item.id}`}>{item.title}</a>
                      {item.wakeUpOn
                        ? ` — ${t(text.today.dormant.since, { date: formatDate(item.wakeUpOn) })}`
                        : ""}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
        </section>
      )}
    </div>
  );
}
