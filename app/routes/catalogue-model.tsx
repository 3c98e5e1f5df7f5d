import { redirect, useActionData, useLoaderData } from "react-router";
import { changeModelStatus } from "../../server/catalogue/change-model-status";
import { getModel, listModelStatusEvents } from "../../server/catalogue/get-model";
import { requireActor } from "../../server/http/require-actor";
import { creatingFabriques } from "../../server/initiatives/create-initiative";
import { getModelLineage } from "../../server/initiatives/model-lineage";
import { fr } from "../../shared/i18n/fr";
import { ModelLineageSection } from "../carriers/model-lineage-section";
import {
  ModelDescription,
  ModelEconomics,
  ModelHeader,
  ModelJournal,
  ModelReplication,
  ModelSources,
  ModelTransitions,
} from "../catalogue/model-sections";
import { doneFlag, valueOr404 } from "../network/page-results";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/catalogue-model";

const doneFlags = ["propose", "published", "archived", "draft", "modifie"] as const;

export const meta = ({ data }: Route.MetaArgs) => [
  { title: `${data?.model.title ?? fr.common.notFoundTitle} — ${fr.common.appName}` },
  ...(data ? [{ name: "description", content: data.model.summary }] : []),
];

/** A model's page: public once published; a draft only for its Fabrique and the network (else 404). */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const model = valueOr404(await getModel(context.deps, context.actor, params.id));
  const events = context.actor
    ? valueOr404(await listModelStatusEvents(context.deps, context.actor, params.id))
    : [];
  const lineage = valueOr404(await getModelLineage(context.deps, context.actor, params.id));
  const canReplicate =
    model.status === "published" && !!context.actor && creatingFabriques(context.actor).length > 0;
  return { model, events, lineage, canReplicate, done: doneFlag(request, doneFlags) };
}

/** The network animator moves the model along its workflow; the page answers with a redirect. */
export async function action({ context, params, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const result = await changeModelStatus(context.deps, actor, params.id, {
    to: form.text("to"),
    reason: form.text("reason"),
  });
  if (!result.ok) return replyFailure(result, form, { forbidden: "explain" });
  return redirect(`/catalogue/${params.id}?done=${result.value.status}`);
}

export default function CatalogueModel() {
  const { model, events, lineage, canReplicate, done } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <article className="stack">
      <ModelHeader model={model} canReplicate={canReplicate} done={done} />
      <ModelTransitions transitions={model.transitions} failure={failure} />
      <ModelDescription model={model} />
      <ModelEconomics model={model} />
      <ModelReplication model={model} />
      <ModelSources sourceUrls={model.sourceUrls} />
      <ModelLineageSection lineage={lineage} />
      <ModelJournal events={events} />
    </article>
  );
}
