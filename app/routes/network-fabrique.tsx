import { redirect, useActionData, useLoaderData } from "react-router";
import { createInvitation } from "../../server/accounts/create-invitation";
import { requireActor } from "../../server/http/require-actor";
import { changeFabriqueStatus } from "../../server/network/change-fabrique-status";
import { transitionsFrom } from "../../server/network/fabrique-workflow";
import { getFabrique } from "../../server/network/get-fabrique";
import { listFabriqueStatusEvents } from "../../server/network/list-fabrique-status-events";
import { listRegions } from "../../server/network/list-regions";
import { updateFabrique } from "../../server/network/update-fabrique";
import { fr } from "../../shared/i18n/fr";
import {
  FabriqueEdit,
  FabriqueFacts,
  FabriqueStatusChange,
  FabriqueStatusJournal,
  InviteFabriqueAdmin,
} from "../network/fabrique-admin-sections";
import { doneFlag, notFound, valueOr404 } from "../network/page-results";
import { StatusBadge } from "../network/status-badge";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/network-fabrique";

const text = fr.network.manage;

const doneMessages = {
  creee: fr.network.create.created,
  enregistree: text.saved,
  statut: text.statusChanged,
  invitation: text.invited,
} as const;
const doneKeys = Object.keys(doneMessages) as (keyof typeof doneMessages)[];

export const meta = ({ loaderData }: Route.MetaArgs) => [
  {
    title: `${loaderData?.fabrique.name ?? fr.common.notFoundTitle} — ${fr.network.list.title} — ${fr.common.appName}`,
  },
];

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  // This is the network animator's page: a Fabrique's own team has its space at /fabriques/:slug.
  if (!actor.isNetworkAnimator) notFound();
  const fabrique = valueOr404(await getFabrique(context.deps, actor, params.slug));
  const events = valueOr404(await listFabriqueStatusEvents(context.deps, actor, params.slug));
  const regions = valueOr404(await listRegions(context.deps));
  const transitions = transitionsFrom(fabrique.status).map((tr) => ({
    to: tr.to,
    label: tr.label,
    reasonRequired: tr.reasonRequired,
  }));
  return { fabrique, events, regions, transitions, done: doneFlag(request, doneKeys) };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  if (!actor.isNetworkAnimator) notFound();
  const form = await readForm(request);
  const here = `/reseau/fabriques/${params.slug}`;
  switch (form.text("intent")) {
    case "update": {
      const result = await updateFabrique(context.deps, actor, params.slug, form.input);
      return result.ok ? redirect(`${here}?done=enregistree`) : replyFailure(result, form);
    }
    case "transition": {
      const result = await changeFabriqueStatus(context.deps, actor, params.slug, form.input);
      return result.ok ? redirect(`${here}?done=statut#statut`) : replyFailure(result, form);
    }
    case "invite": {
      const fabrique = valueOr404(await getFabrique(context.deps, actor, params.slug));
      const result = await createInvitation(context.deps, actor, {
        email: form.text("email"),
        role: "admin",
        fabriqueId: fabrique.id,
      });
      return result.ok ? redirect(`${here}?done=invitation#invitation`) : replyFailure(result, form);
    }
    default:
      return notFound();
  }
}

export default function NetworkFabrique() {
  const { fabrique, events, regions, transitions, done } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const failed = (intent: string) => (failure?.values.intent === intent ? failure : undefined);
  return (
    <div className="stack">
      <p>
        <a href="/reseau">{text.breadcrumb}</a>
      </p>
      <h1>{fabrique.name}</h1>
      <p>
        <StatusBadge status={fabrique.status} />
      </p>
      {done ? (
        <p className="notice notice--success" role="status">
          {doneMessages[done]}
        </p>
      ) : null}
      <p className="actions">
        <a href={`/fabriques/${fabrique.slug}`}>{text.privateSpace}</a>
        {fabrique.status !== "withdrawn" ? <a href={`/f/${fabrique.slug}`}>{text.publicPage}</a> : null}
      </p>
      <FabriqueFacts fabrique={fabrique} />
      <FabriqueStatusChange fabrique={fabrique} transitions={transitions} failure={failed("transition")} />
      <FabriqueStatusJournal events={events} />
      <InviteFabriqueAdmin failure={failed("invite")} />
      <FabriqueEdit fabrique={fabrique} regions={regions} failure={failed("update")} />
    </div>
  );
}
