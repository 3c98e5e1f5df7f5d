import { data, useLoaderData } from "react-router";
import { listLaunchedActivities } from "../../server/initiatives/launched-activities";
import { listInitiatives } from "../../server/initiatives/list-initiatives";
import { listSignals } from "../../server/signals/list-signals";
import { canListSignals } from "../../server/signals/signal-access";
import { getTerritory } from "../../server/territories/get-territory";
import { listTerritoryMembers } from "../../server/territories/list-territory-members";
import { memberKindsOf } from "../../server/territories/territory-members";
import { territoryKinds } from "../../shared/codes/territories";
import { fr } from "../../shared/i18n/fr";
import {
  EssaimHere,
  TerritoryFacts,
  TerritoryFlags,
  TerritoryHeading,
  TerritoryMembers,
} from "../territories/territory-sections";
import { redirectRenamedParams, renamedParams } from "../ui/renamed-params";
import type { Route } from "./+types/territory";

type Kind = (typeof territoryKinds)[number];

export const meta = ({ data: loaded }: Route.MetaArgs) => [
  {
    title: loaded
      ? `${loaded.territory.name} (${fr.territories.kind[loaded.territory.kind]}) — ${fr.common.appName}`
      : fr.common.notFoundTitle,
  },
];

/** Public page of one territory: facts, hierarchy, members (paginated) and what Essaim holds there. */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  redirectRenamedParams(request, renamedParams.territory);
  const kind = params.kind as Kind;
  if (!territoryKinds.includes(kind)) throw data(null, { status: 404 });
  const found = await getTerritory(context.deps, { kind, code: params.code });
  if (!found.ok) throw data(null, { status: 404 });
  const territory = found.value;

  const url = new URL(request.url);
  const counts: Partial<Record<Kind, number>> = territory.members;
  const available = memberKindsOf[territory.kind].filter((k) => (counts[k] ?? 0) > 0);
  const asked = url.searchParams.get("members") as Kind | null;
  const memberKind =
    asked && available.includes(asked) ? asked : (available.find((k) => k !== "qpv") ?? available[0]);
  const page = Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1;
  const members = memberKind
    ? await listTerritoryMembers(context.deps, territory, memberKind, { page, pageSize: 50 })
    : null;
  const actor = context.actor;
  const signals =
    actor && canListSignals(actor)
      ? await listSignals(context.deps, actor, {
          territory: `${territory.kind}:${territory.code}`,
          page: 1,
          perPage: 1,
        })
      : null;
  const territoryValue = `${territory.kind}:${territory.code}`;
  const initiatives = actor
    ? await listInitiatives(context.deps, actor, { territory: territoryValue, page: 1, perPage: 10 })
    : null;
  return {
    territory,
    available,
    members: members?.ok ? members.value : null,
    signalCount: signals?.ok ? signals.value.total : null,
    initiatives: initiatives?.ok ? initiatives.value : null,
    activities: await listLaunchedActivities(context.deps, territory),
  };
}

export default function Territory() {
  const { territory, available, members, signalCount, initiatives, activities } =
    useLoaderData<typeof loader>();
  return (
    <>
      <TerritoryHeading territory={territory} />
      <TerritoryFacts territory={territory} />
      <TerritoryFlags territory={territory} />
      <TerritoryMembers territory={territory} available={available} members={members} />
      <EssaimHere
        territory={territory}
        signalCount={signalCount}
        initiatives={initiatives}
        activities={activities}
      />
    </>
  );
}
