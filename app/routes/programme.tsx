import { redirect, useActionData, useLoaderData, useLocation } from "react-router";
import { listThemes } from "../../server/catalogue/list-themes";
import { requireActor } from "../../server/http/require-actor";
import {
  attachProgramme,
  detachProgramme,
  getProgramme,
  listAttachableInitiatives,
} from "../../server/organisations/programmes";
import { formatEuros } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { doneFlag, notFound, valueOr404 } from "../network/page-results";
import { ProgrammeInitiatives } from "../organisations/programme-initiatives";
import { programmePeriod } from "../organisations/programme-period";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/programme";

const text = fr.organisations.programmes;
const doneKeys = ["cree", "modifie", "rattache", "detache"] as const;
const doneMessages: Record<(typeof doneKeys)[number], string> = {
  cree: text.created,
  modifie: text.updated,
  rattache: text.attached,
  detache: text.detached,
};

export const meta = ({ data }: Route.MetaArgs) => [
  { title: `${data?.programme.name ?? text.title} — ${fr.common.appName}` },
];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const programme = valueOr404(await getProgramme(context.deps, actor, params.id));
  const themes = await listThemes(context.deps);
  return {
    programme,
    themeLabels: programme.themes.map((code) => themes.find((theme) => theme.code === code)?.label ?? code),
    attachable: programme.canEdit ? await listAttachableInitiatives(context.deps, programme) : [],
    done: doneFlag(request, doneKeys),
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const initiativeId = form.text("initiativeId");
  const pair = { initiativeId, programmeId: params.id };
  if (form.text("intent") === "attach") {
    if (!initiativeId)
      return replyFailure(
        { ok: false, error: "INVALID_INPUT", fields: { initiativeId: text.attachRequired } },
        form,
      );
    const result = await attachProgramme(context.deps, actor, pair);
    return result.ok ? redirect(`/programmes/${params.id}?done=rattache`) : replyFailure(result, form);
  }
  if (form.text("intent") === "detach") {
    const result = await detachProgramme(context.deps, actor, pair);
    return result.ok ? redirect(`/programmes/${params.id}?done=detache`) : replyFailure(result, form);
  }
  return notFound();
}

export default function Programme() {
  const { programme, themeLabels, attachable, done } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  // A successful post redirects here: remount the chooser so it starts empty again.
  const { key: formKey } = useLocation();
  const none = fr.organisations.detail.none;
  return (
    <div className="stack">
      <p>
        <a href="/programmes">{text.title}</a>
      </p>
      <h1>{programme.name}</h1>
      {done ? (
        <p className="notice notice--success" role="status">
          {doneMessages[done]}
        </p>
      ) : null}
      {programme.canEdit ? (
        <p>
          <a className="button button--secondary" href={`/programmes/${programme.id}/modifier`}>
            {text.edit}
          </a>
        </p>
      ) : null}
      <dl className="facts card">
        <dt>{text.fields.funderOrganisationId}</dt>
        <dd>
          {programme.funderOrganisationId ? (
            <a href={`/acteurs/${programme.funderOrganisationId}`}>{programme.funderName}</a>
          ) : (
            none
          )}
        </dd>
        <dt>{text.columns.amount}</dt>
        <dd>{programme.amountCents !== null ? formatEuros(programme.amountCents) : none}</dd>
        <dt>{text.columns.period}</dt>
        <dd>{programmePeriod(programme.startsOn, programme.endsOn) || none}</dd>
        <dt>{text.fields.themes}</dt>
        <dd>{themeLabels.length ? themeLabels.join(", ") : none}</dd>
        <dt>{text.fields.description}</dt>
        <dd>{programme.description || none}</dd>
      </dl>

      <ProgrammeInitiatives
        initiatives={programme.initiatives}
        attachable={attachable}
        canEdit={programme.canEdit}
        failure={failure}
        formKey={formKey}
      />
    </div>
  );
}
