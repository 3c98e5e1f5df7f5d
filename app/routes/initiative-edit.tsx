import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import { getInitiative } from "../../server/initiatives/get-initiative";
import { initiativeFormOptions } from "../../server/initiatives/initiative-form-options";
import { updateInitiative } from "../../server/initiatives/update-initiative";
import { resolveTerritoryInput } from "../../server/territories/resolve-territory-input";
import { fr } from "../../shared/i18n/fr";
import { InitiativeFields, initiativeFormInput } from "../initiatives/initiative-fields";
import { InitiativeHeader, initiativeHeaderData } from "../initiatives/initiative-header";
import { notFound, valueOr404 } from "../network/page-results";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/initiative-edit";

const text = fr.initiatives.form;

export const meta = () => [{ title: `${text.editTitle} — ${fr.common.appName}` }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const initiative = valueOr404(await getInitiative(context.deps, actor, params.id));
  // The card is the Fabrique's: the carrier does not edit it (updateInitiative refuses it too).
  if (initiative.access.level !== "team") notFound();
  const values: Record<string, string | string[]> = {
    version: String(initiative.version),
    title: initiative.title,
    summary: initiative.summary,
    description: initiative.description,
    territory: `${initiative.territoryKind}:${initiative.territoryCode}`,
    territoryQuery: initiative.territoryName ?? "",
    themes: initiative.themes,
    publics: initiative.publics,
    officerUserId: initiative.officerUserId ?? "",
    commissionerOrganisationId: initiative.commissionerOrganisationId ?? "",
    privateNotes: initiative.privateNotes ?? "",
  };
  return {
    header: initiativeHeaderData(initiative, initiative.access),
    canSeePrivate: initiative.access.canSeePrivate,
    values,
    options: await initiativeFormOptions(context.deps, actor, [initiative.fabriqueId]),
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const territory = await resolveTerritoryInput(context.deps, {
    value: form.text("territory"),
    query: form.text("territoryQuery"),
  });
  if (!territory.ok) return replyFailure(territory, form);
  const result = await updateInitiative(context.deps, actor, params.id, {
    ...initiativeFormInput(form, territory.value),
    version: Number(form.text("version")),
    ...("privateNotes" in form.values ? { privateNotes: form.text("privateNotes") } : {}),
  });
  if (!result.ok) return replyFailure(result, form);
  return redirect(`/projets/${params.id}?done=modifie`);
}

export default function InitiativeEdit() {
  const { header, canSeePrivate, values: stored, options } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  // After a conflict the form keeps what the user typed, on the version they started from.
  const values = failure?.values ?? stored;
  const errors = failure?.fields ?? {};
  return (
    <div className="stack">
      <InitiativeHeader initiative={header} current="overview" />
      <h2>{text.editTitle}</h2>
      <ErrorSummary failure={failure} labels={fr.initiatives.fields} />
      {failure?.error === "CONFLICT" ? (
        <p className="notice" role="alert">
          {failure.message}
        </p>
      ) : null}
      <Form method="post" noValidate className="stack">
        <CsrfInput />
        <input
          type="hidden"
          name="version"
          value={typeof values.version === "string" ? values.version : ""}
        />
        <InitiativeFields
          values={values}
          errors={errors}
          options={options}
          mode="edit"
          showPrivateNotes={canSeePrivate}
        />
        <div className="actions">
          <button type="submit" className="button">
            {text.save}
          </button>
          <a href={`/projets/${header.id}`}>{text.cancel}</a>
        </div>
      </Form>
    </div>
  );
}
