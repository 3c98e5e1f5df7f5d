import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import { listRegions } from "../../server/network/list-regions";
import { registerFabrique } from "../../server/network/register-fabrique";
import { fr } from "../../shared/i18n/fr";
import { FabriqueFields } from "../network/fabrique-fields";
import { notFound, valueOr404 } from "../network/page-results";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/network-fabrique-new";

const text = fr.network.create;
const labels = fr.network.fields;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  if (!actor.isNetworkAnimator) notFound();
  return { regions: valueOr404(await listRegions(context.deps)) };
}

export async function action({ context, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const result = await registerFabrique(context.deps, actor, form.input);
  if (!result.ok) return replyFailure(result, form);
  return redirect(`/reseau/fabriques/${result.value.slug}?done=creee`);
}

export default function NetworkFabriqueNew() {
  const { regions } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const values = failure?.values ?? {};
  return (
    <div className="stack">
      <p>
        <a href="/reseau">{fr.network.manage.breadcrumb}</a>
      </p>
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      <ErrorSummary failure={failure} labels={labels} />
      <Form method="post" noValidate>
        <CsrfInput />
        <Field
          name="name"
          label={labels.name}
          required
          defaultValue={values.name}
          error={failure?.fields.name}
        />
        <Field
          name="slug"
          label={labels.slug}
          help={labels.slugHelp}
          required
          autoComplete="off"
          defaultValue={values.slug}
          error={failure?.fields.slug}
        />
        <FabriqueFields regions={regions} values={values} errors={failure?.fields ?? {}} />
        <button type="submit" className="button">
          {text.submit}
        </button>
      </Form>
    </div>
  );
}
