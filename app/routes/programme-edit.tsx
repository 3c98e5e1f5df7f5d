import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { listThemes } from "../../server/catalogue/list-themes";
import { formToObject } from "../../server/core/validation";
import { requireActor } from "../../server/http/require-actor";
import { listDirectoryChoices } from "../../server/organisations/list-organisations";
import { getProgramme, updateProgramme } from "../../server/organisations/programmes";
import { fr } from "../../shared/i18n/fr";
import { formInput, notFound, valueOr404 } from "../network/page-results";
import { type ListFormFailure, listFormFailure } from "../organisations/form-values";
import { amountFieldValue, ProgrammeFields } from "../organisations/programme-fields";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary } from "../ui/form";
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
  const values = formToObject(await request.formData());
  const result = await updateProgramme(context.deps, actor, params.id, formInput({ themes: [], ...values }));
  if (!result.ok) return listFormFailure(result, values);
  return redirect(`/programmes/${params.id}?fait=modifie`);
}

export default function ProgrammeEdit() {
  const { programme, funders, themes } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as ListFormFailure | undefined;
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
      <ErrorSummary failure={failure ? { ...failure, values: {} } : null} labels={text.fields} />
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
