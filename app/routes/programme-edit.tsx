import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { listThemes } from "../../server/catalogue/list-themes";
import { requireActor } from "../../server/http/require-actor";
import { listDirectoryChoices } from "../../server/organisations/list-organisations";
import { getProgramme, updateProgramme } from "../../server/organisations/programmes";
import { fr } from "../../shared/i18n/fr";
import { notFound, valueOr404 } from "../network/page-results";
import { amountFieldValue, ProgrammeFields } from "../organisations/programme-fields";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/programme-edit";

const text = fr.organisations.programmes;

export const meta = () => [{ title: `${text.editTitle} — ${fr.common.appName}` }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const programme = valueOr404(await getProgramme(context.deps, actor, params.id));
  if (!programme.canEdit) notFound();
  const { organisations } = await listDirectoryChoices(context.deps, programme.fabriqueId);
  return { programme, funders: organisations, themes: await listThemes(context.deps) };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const result = await updateProgramme(context.deps, actor, params.id, { themes: [], ...form.input });
  if (!result.ok) return replyFailure(result, form);
  return redirect(`/programmes/${params.id}?done=modifie`);
}

export default function ProgrammeEdit() {
  const { programme, funders, themes } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const stored = {
    name: programme.name,
    funderOrganisationId: programme.funderOrganisationId ?? "",
    amount: amountFieldValue(programme.amountCents),
    startsOn: programme.startsOn ?? "",
    endsOn: programme.endsOn ?? "",
    description: programme.description,
    themes: programme.themes,
  };
  return (
    <div className="stack">
      <p>
        <a href={`/programmes/${programme.id}`}>{programme.name}</a>
      </p>
      <h1>{text.editTitle}</h1>
      <ErrorSummary failure={failure} labels={text.fields} />
      <Form method="post" noValidate className="stack">
        <CsrfInput />
        <ProgrammeFields
          values={failure?.values ?? stored}
          errors={failure?.fields ?? {}}
          funders={funders}
          themes={themes}
        />
        <button type="submit" className="button">
          {text.save}
        </button>
      </Form>
    </div>
  );
}
