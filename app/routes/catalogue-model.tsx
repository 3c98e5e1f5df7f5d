import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { changeModelStatus } from "../../server/catalogue/change-model-status";
import { getModel, listModelStatusEvents } from "../../server/catalogue/get-model";
import { requireActor } from "../../server/http/require-actor";
import { creatingFabriques } from "../../server/initiatives/create-initiative";
import { getModelLineage } from "../../server/initiatives/model-lineage";
import { inclusionPublicLabels } from "../../shared/codes/data-inclusion";
import { formatEuros } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { ModelLineageSection } from "../carriers/model-lineage-section";
import { formatFte } from "../catalogue/format";
import { ModelStatusBadge } from "../catalogue/model-status-badge";
import { doneFlag, valueOr404 } from "../network/page-results";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/catalogue-model";

const text = fr.catalogue.model;
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

function Fact({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value === null || value === undefined || value === "" ? <em>{text.notGiven}</em> : value}</dd>
    </>
  );
}

export default function CatalogueModel() {
  const { model, events, lineage, canReplicate, done } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const f = text.fields;
  const fte = (value: number | null) => (value === null ? null : t(text.fte, { count: formatFte(value) }));
  const themeCodes = model.themeLabels.map((th) => th.code);

  return (
    <article className="stack">
      <p>
        <a href="/catalogue">{text.breadcrumb}</a>
      </p>
      {done ? (
        <div className="notice notice--success" role="status">
          <p>{text.done[done]}</p>
        </div>
      ) : null}
      <h1>
        {model.title} {model.status !== "published" ? <ModelStatusBadge status={model.status} /> : null}
      </h1>
      <p className="lead">{model.summary}</p>
      <p className="card__meta">
        {model.ownerFabrique ? t(text.proposedBy, { name: model.ownerFabrique.name }) : text.networkModel}
      </p>
      {model.canEdit ? (
        <p>
          <a className="button button--secondary" href={`/catalogue/${model.id}/modifier`}>
            {fr.catalogue.edit.link}
          </a>
        </p>
      ) : null}
      {canReplicate ? (
        <p>
          <a className="button" href={`/projets/nouveau?model=${model.id}`}>
            {fr.initiatives.form.replicateHere}
          </a>
        </p>
      ) : null}

      {model.transitions.length ? (
        <section aria-labelledby="etapes-titre" className="card">
          <h2 id="etapes-titre">{text.transitionTitle}</h2>
          <ErrorSummary failure={failure} labels={{ reason: text.reasonLabel, to: f.status }} />
          {model.transitions.map((transition) => (
            <Form method="post" key={transition.name} className="stack">
              <CsrfInput />
              <input type="hidden" name="to" value={transition.to} />
              {transition.reasonRequired ? (
                <Field
                  name="reason"
                  label={text.reasonLabel}
                  help={text.reasonHelp}
                  required
                  multiline
                  defaultValue={
                    typeof failure?.values.reason === "string" ? failure.values.reason : undefined
                  }
                  error={failure?.values.to === transition.to ? failure?.fields.reason : undefined}
                />
              ) : null}
              <button
                type="submit"
                className={transition.to === "archived" ? "button button--danger" : "button"}
              >
                {transition.label}
              </button>
            </Form>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="description-titre">
        <h2 id="description-titre">{text.descriptionTitle}</h2>
        {model.description.split(/\n{2,}/).map((paragraph) => (
          <p key={paragraph.slice(0, 40)}>{paragraph}</p>
        ))}
      </section>

      <section aria-labelledby="fiche-titre">
        <h2 id="fiche-titre">{text.factsTitle}</h2>
        <dl className="facts">
          <Fact label={f.themes} value={model.themeLabels.map((th) => th.label).join(", ")} />
          <Fact
            label={f.publics}
            value={model.publics.map((p) => inclusionPublicLabels.get(p) ?? p).join(", ")}
          />
          <Fact label={f.tags} value={model.tags.join(", ")} />
          <Fact label={f.originOrganisation} value={model.originOrganisation} />
          <Fact
            label={f.originTerritory}
            value={
              model.originTerritoryKind ? (
                <>
                  <a href={`/territoires/${model.originTerritoryKind}/${model.originTerritoryCode}`}>
                    {model.originTerritoryName ?? model.originTerritoryCode}
                  </a>{" "}
                  (
                  <a href={`/catalogue?territory=${model.originTerritoryKind}:${model.originTerritoryCode}`}>
                    {text.otherFromTerritory}
                  </a>
                  )
                </>
              ) : null
            }
          />
          <Fact label={f.presence} value={model.presence} />
          <Fact label={f.contact} value={model.contact} />
        </dl>
      </section>

      <section aria-labelledby="economie-titre">
        <h2 id="economie-titre">{text.economicsTitle}</h2>
        <dl className="facts">
          <Fact label={f.revenueMix} value={model.revenueMix} />
          <Fact
            label={f.typicalBudget}
            value={model.typicalBudgetCents === null ? null : formatEuros(model.typicalBudgetCents)}
          />
          <Fact label={f.jobs} value={fte(model.jobsFte)} />
          <Fact label={f.insertionJobs} value={fte(model.insertionJobsFte)} />
          <Fact label={f.disabilityJobs} value={fte(model.disabilityJobsFte)} />
          <Fact
            label={f.investment}
            value={model.investmentCents === null ? null : formatEuros(model.investmentCents)}
          />
          <Fact label={f.premises} value={model.premises} />
        </dl>
      </section>

      <section aria-labelledby="essaimage-titre">
        <h2 id="essaimage-titre">{text.replicationTitle}</h2>
        <dl className="facts">
          <Fact
            label={f.replicationType}
            value={model.replicationType ? fr.catalogue.replicationTypes[model.replicationType] : null}
          />
          <Fact
            label={f.legalForms}
            value={model.legalForms
              .map((l) => fr.catalogue.legalForms[l as keyof typeof fr.catalogue.legalForms] ?? l)
              .join(", ")}
          />
          <Fact label={f.prerequisites} value={model.prerequisites} />
        </dl>
        {themeCodes.length ? (
          <p>
            <a href={`/offre?${new URLSearchParams(themeCodes.map((code) => ["theme", code]))}`}>
              {text.offerLink}
            </a>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="sources-titre">
        <h2 id="sources-titre">{text.sourcesTitle}</h2>
        {model.sourceUrls.length ? (
          <ul>
            {model.sourceUrls.map((url) => (
              <li key={url}>
                <a href={url} rel="noopener noreferrer">
                  {url}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p>{text.noSources}</p>
        )}
      </section>

      <ModelLineageSection lineage={lineage} />

      {events.length ? (
        <section aria-labelledby="journal-titre">
          <h2 id="journal-titre">{text.journalTitle}</h2>
          <ol>
            {events.map((event) => (
              <li key={`${event.at}-${event.toStatus}`}>
                {formatDate(event.at)} —{" "}
                {event.fromStatus
                  ? t(text.journalEntry, {
                      from: fr.catalogue.statuses[event.fromStatus],
                      to: fr.catalogue.statuses[event.toStatus],
                    })
                  : fr.catalogue.statuses[event.toStatus]}
                {event.byName ? ` ${t(text.journalBy, { name: event.byName })}` : ""}
                {event.reason ? ` : ${event.reason}` : ""}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </article>
  );
}
