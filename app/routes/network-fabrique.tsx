import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { createInvitation } from "../../server/accounts/create-invitation";
import { requireActor } from "../../server/http/require-actor";
import { changeFabriqueStatus } from "../../server/network/change-fabrique-status";
import { transitionsFrom } from "../../server/network/fabrique-workflow";
import { getFabrique } from "../../server/network/get-fabrique";
import { listFabriqueStatusEvents } from "../../server/network/list-fabrique-status-events";
import { listRegions } from "../../server/network/list-regions";
import { updateFabrique } from "../../server/network/update-fabrique";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { FabriqueFields } from "../network/fabrique-fields";
import { doneFlag, notFound, valueOr404 } from "../network/page-results";
import { StatusBadge } from "../network/status-badge";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/network-fabrique";

const text = fr.network.manage;
const labels = fr.network.fields;
const statusLabel = fr.common.fabriqueStatus;

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
  const updateFailure = failed("update");
  const transitionFailure = failed("transition");
  const inviteFailure = failed("invite");
  const editValues = updateFailure?.values ?? {
    name: fabrique.name,
    carryingStructure: fabrique.carryingStructure,
    regionCode: fabrique.regionCode ?? "",
    description: fabrique.description,
    contactEmail: fabrique.contactEmail ?? "",
  };

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

      <section aria-labelledby="fiche-titre">
        <h2 id="fiche-titre">{text.detailsTitle}</h2>
        <dl className="facts">
          <dt>{labels.slug}</dt>
          <dd>
            <code>{fabrique.slug}</code>
          </dd>
          <dt>{labels.carryingStructure}</dt>
          <dd>{fabrique.carryingStructure || "—"}</dd>
          <dt>{labels.regionCode}</dt>
          <dd>{fabrique.regionName ?? "—"}</dd>
          <dt>{labels.contactEmail}</dt>
          <dd>{fabrique.contactEmail ?? "—"}</dd>
          <dt>{fr.network.list.columns.members}</dt>
          <dd>{fabrique.memberCount}</dd>
        </dl>
      </section>

      <section aria-labelledby="statut-titre" id="statut">
        <h2 id="statut-titre">{text.statusTitle}</h2>
        <p>
          {t(text.currentStatus, {
            status: statusLabel[fabrique.status],
            date: formatDate(fabrique.statusChangedAt),
          })}
        </p>
        {transitions.length === 0 ? (
          <p>{text.noTransition}</p>
        ) : (
          <Form method="post" noValidate>
            <CsrfInput />
            <input type="hidden" name="intent" value="transition" />
            <ErrorSummary failure={transitionFailure} labels={labels} />
            <fieldset id="champ-to">
              <legend>{labels.to}</legend>
              {transitions.map((tr, index) => (
                <div key={tr.to} className="choice">
                  <input
                    type="radio"
                    id={`transition-${tr.to}`}
                    name="to"
                    value={tr.to}
                    required
                    defaultChecked={transitionFailure ? transitionFailure.values.to === tr.to : index === 0}
                  />
                  <label htmlFor={`transition-${tr.to}`}>
                    {tr.label} ({statusLabel[tr.to]})
                  </label>
                </div>
              ))}
            </fieldset>
            <Field
              name="reason"
              label={labels.reason}
              help={labels.reasonHelp}
              multiline
              defaultValue={transitionFailure?.values.reason}
              error={transitionFailure?.fields.reason}
            />
            <button type="submit" className="button">
              {text.transitionSubmit}
            </button>
          </Form>
        )}
      </section>

      <section aria-labelledby="journal-titre">
        <h2 id="journal-titre">{text.journalTitle}</h2>
        {events.length === 0 ? (
          <p>{text.journalEmpty}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{text.journalColumns.at}</th>
                  <th scope="col">{text.journalColumns.change}</th>
                  <th scope="col">{text.journalColumns.by}</th>
                  <th scope="col">{text.journalColumns.reason}</th>
                </tr>
              </thead>
              <tbody>
                {events.map((event) => (
                  <tr key={event.id}>
                    <td>{formatDate(event.at)}</td>
                    <td>
                      {event.fromStatus
                        ? t(text.journalChange, {
                            from: statusLabel[event.fromStatus],
                            to: statusLabel[event.toStatus],
                          })
                        : t(text.journalCreated, { to: statusLabel[event.toStatus] })}
                    </td>
                    <td>{event.byName ?? text.journalBySystem}</td>
                    <td>{event.reason || "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="invitation-titre" id="invitation">
        <h2 id="invitation-titre">{text.inviteTitle}</h2>
        <p>{text.inviteIntro}</p>
        <Form method="post" noValidate>
          <CsrfInput />
          <input type="hidden" name="intent" value="invite" />
          <ErrorSummary failure={inviteFailure} labels={labels} />
          <Field
            name="email"
            label={labels.email}
            type="email"
            autoComplete="off"
            required
            defaultValue={inviteFailure?.values.email}
            error={inviteFailure?.fields.email}
          />
          <button type="submit" className="button">
            {text.inviteSubmit}
          </button>
        </Form>
      </section>

      <section aria-labelledby="modifier-titre">
        <h2 id="modifier-titre">{text.editTitle}</h2>
        <p className="field__help">{text.slugFixed}</p>
        <Form method="post" noValidate>
          <CsrfInput />
          <input type="hidden" name="intent" value="update" />
          <ErrorSummary failure={updateFailure} labels={labels} />
          <Field
            name="name"
            label={labels.name}
            required
            defaultValue={editValues.name}
            error={updateFailure?.fields.name}
          />
          <FabriqueFields regions={regions} values={editValues} errors={updateFailure?.fields ?? {}} />
          <button type="submit" className="button">
            {fr.common.save}
          </button>
        </Form>
      </section>
    </div>
  );
}
