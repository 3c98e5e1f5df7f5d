import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { listThemes } from "../../server/catalogue/list-themes";
import { requireActor } from "../../server/http/require-actor";
import { listDirectoryChoices } from "../../server/organisations/list-organisations";
import { directoryFabriques } from "../../server/organisations/organisation-access";
import { createProgramme } from "../../server/organisations/programmes";
import { fr } from "../../shared/i18n/fr";
import { notFound } from "../network/page-results";
import { ProgrammeFields } from "../organisations/programme-fields";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/programme-new";

const text = fr.organisations.programmes;

export const meta = () => [{ title: `${text.newTitle} — ${fr.common.appName}` }];

export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const fabriques = directoryFabriques(actor);
  if (!fabriques.length) notFound();
  const funders = [];
  for (const f of fabriques) {
    const { organisations } = await listDirectoryChoices(context.deps, f.id);
    funders.push(
      ...organisations.map((o) => ({
        id: o.id,
        name: fabriques.length > 1 ? `${o.name} (${f.name})` : o.name,
      })),
    );
  }
  return { fabriques, funders, themes: await listThemes(context.deps) };
}

export async function action({ context, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const result = await createProgramme(context.deps, actor, form.input);
  if (!result.ok) return replyFailure(result, form);
  return redirect(`/programmes/${result.value.id}?done=cree`);
}

export default function ProgrammeNew() {
  const { fabriques, funders, themes } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <div className="stack">
      <p>
        <a href="/programmes">{text.title}</a>
      </p>
      <h1>{text.newTitle}</h1>
      <ErrorSummary failure={failure} labels={text.fields} />
      <Form method="post" noValidate className="stack">
        <CsrfInput />
        <ProgrammeFields
          values={failure?.values ?? {}}
          errors={failure?.fields ?? {}}
          funders={funders}
          themes={themes}
          fabriques={fabriques}
        />
        <button type="submit" className="button">
          {text.save}
        </button>
      </Form>
    </div>
  );
}
