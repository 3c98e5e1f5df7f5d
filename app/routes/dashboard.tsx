import { useLoaderData } from "react-router";
import { listOverdueFollowUps } from "../../server/carriers/list-overdue-follow-ups";
import { requireActor } from "../../server/http/require-actor";
import { countInitiativesByStage, listInitiativesToWake } from "../../server/initiatives/list-initiatives";
import { listCopilMeetingsAwaitingDecision, listUpcomingMeetings } from "../../server/meetings/list-meetings";
import { computeNetworkFigures } from "../../server/network/compute-network-figures";
import { listStaleInitiatives } from "../../server/reminders/stale-initiatives";
import { listSignals } from "../../server/signals/list-signals";
import { canListSignals } from "../../server/signals/signal-access";
import { listMyTasks } from "../../server/tasks/tasks";
import { fabriqueStatuses } from "../../shared/codes/network";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { parisDate } from "../../shared/time";
import { OverdueFollowUpsCard } from "../carriers/overdue-follow-ups-card";
import { MyFabriques, MyInitiativeStages, NetworkFigures, Today } from "../network/dashboard-sections";
import { valueOr404 } from "../network/page-results";
import { StaleInitiativesCard } from "../reminders/stale-initiatives-card";
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
    overdueFollowUps: await listOverdueFollowUps(context.deps, actor),
    staleInitiatives: await listStaleInitiatives(context.deps, actor),
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
    overdueFollowUps,
    staleInitiatives,
  } = useLoaderData<typeof loader>();
  const alone = memberships.length === 0 && !figures;
  return (
    <div className="stack">
      <h1>{text.title}</h1>
      <p className="lead">{t(text.greeting, { name })}</p>
      <MyFabriques memberships={memberships} alone={alone} />
      <MyInitiativeStages stageCounts={stageCounts} />
      {figures ? <NetworkFigures figures={figures} statuses={statuses} /> : null}
      {alone ? null : (
        <Today
          newSignals={newSignals}
          openTasks={openTasks}
          todayIso={todayIso}
          upcomingMeetings={upcomingMeetings}
          copilsAwaitingDecision={copilsAwaitingDecision}
          toWake={toWake}
        >
          <OverdueFollowUpsCard items={overdueFollowUps} />
          <StaleInitiativesCard items={staleInitiatives} />
        </Today>
      )}
    </div>
  );
}
