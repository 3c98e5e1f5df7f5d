import { Form } from "react-router";
import type { ModelDetails, ModelStatusEventRow } from "../../server/catalogue/get-model";
import { inclusionPublicLabels } from "../../shared/codes/data-inclusion";
import { formatEuros } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field, type FormFailure } from "../ui/form";
import { formatFte } from "./format";
import { ModelStatusBadge } from "./model-status-badge";

/** The sections of a model's page (`routes/catalogue-model.tsx`), one component each. */

const text = fr.catalogue.model;
const f = text.fields;

function Fact({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value === null || value === undefined || value === "" ? <em>{text.notGiven}</em> : value}</dd>
    </>
  );
}

/** Title, summary, who proposed it, and the links to edit it or replicate it. */
export function ModelHeader({
  model,
  canReplicate,
  done,
}: {
  model: ModelDetails;
  canReplicate: boolean;
  done: keyof typeof text.done | null;
}) {
  return (
    <>
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
    </>
  );
}

/** The workflow's next steps for the network animator, one small form each. */
export function ModelTransitions({
  transitions,
  failure,
}: {
  transitions: ModelDetails["transitions"];
  failure: FormFailure | undefined;
}) {
  if (!transitions.length) return null;
  return (
    <section aria-labelledby="etapes-titre" className="card">
      <h2 id="etapes-titre">{text.transitionTitle}</h2>
      <ErrorSummary failure={failure} labels={{ reason: text.reasonLabel, to: f.status }} />
      {transitions.map((transition) => (
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
              defaultValue={typeof failure?.values.reason === "string" ? failure.values.reason : undefined}
              error={failure?.values.to === transition.to ? failure?.fields.reason : undefined}
            />
          ) : null}
          <button type="submit" className={transition.to === "archived" ? "button button--danger" : "button"}>
            {transition.label}
          </button>
        </Form>
      ))}
    </section>
  );
}

/** The description, then the facts: themes, publics, tags, origin, presence, contact. */
export function ModelDescription({ model }: { model: ModelDetails }) {
  return (
    <>
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
          <Fact label={f.originTerritory} value={<OriginTerritory model={model} />} />
          <Fact label={f.presence} value={model.presence} />
          <Fact label={f.contact} value={model.contact} />
        </dl>
      </section>
    </>
  );
}

function OriginTerritory({ model }: { model: ModelDetails }) {
  if (!model.originTerritoryKind) return null;
  return (
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
  );
}

/** Revenue, budget, jobs, investment and premises. */
export function ModelEconomics({ model }: { model: ModelDetails }) {
  const fte = (value: number | null) => (value === null ? null : t(text.fte, { count: formatFte(value) }));
  return (
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
  );
}

/** How the model replicates, and a link to the offer on its themes. */
export function ModelReplication({ model }: { model: ModelDetails }) {
  const themeCodes = model.themeLabels.map((th) => th.code);
  return (
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
  );
}

export function ModelSources({ sourceUrls }: { sourceUrls: string[] }) {
  return (
    <section aria-labelledby="sources-titre">
      <h2 id="sources-titre">{text.sourcesTitle}</h2>
      {sourceUrls.length ? (
        <ul>
          {sourceUrls.map((url) => (
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
  );
}

/** The model's status journal, oldest first. */
export function ModelJournal({ events }: { events: ModelStatusEventRow[] }) {
  if (!events.length) return null;
  return (
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
  );
}
