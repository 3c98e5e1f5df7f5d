import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { campaignFabriques } from "../../server/campaigns/campaign-access";
import { createCampaign } from "../../server/campaigns/create-campaign";
import { requireActor } from "../../server/http/require-actor";
import { fr } from "../../shared/i18n/fr";
import { CampaignFields } from "../campaigns/campaign-fields";
import { campaignFormInput } from "../campaigns/campaign-form";
import { notFound } from "../network/page-results";
import { SelectField } from "../network/select-field";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/campaign-new";

const text = fr.campaigns.form;

export const meta = () => [{ title: `${text.newTitle} — ${fr.common.appName}` }];

export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const fabriques = campaignFabriques(actor);
  if (!fabriques.length) notFound();
  return { fabriques };
}

export async function action({ context, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const input = await campaignFormInput(context.deps, form);
  if (!input.ok) return replyFailure(input, form);
  const result = await createCampaign(context.deps, actor, input.value);
  if (!result.ok) return replyFailure(result, form);
  return redirect(`/campagnes/${result.value.id}?done=ouverte`);
}

export default function CampaignNew() {
  const { fabriques } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const values = failure?.values ?? {};
  const errors = failure?.fields ?? {};
  return (
    <div className="stack">
      <p>
        <a href="/campagnes">{fr.campaigns.detail.breadcrumb}</a>
      </p>
      <h1>{text.newTitle}</h1>
      <p>{text.newIntro}</p>
      <ErrorSummary failure={failure} labels={fr.campaigns.fields} />
      <Form method="post" noValidate className="stack">
        <CsrfInput />
        {fabriques.length > 1 ? (
          <SelectField
            name="fabriqueId"
            label={fr.campaigns.fields.fabriqueId}
            options={fabriques.map((f) => ({ value: f.id, label: f.name }))}
            placeholder={text.choose}
            required
            defaultValue={values.fabriqueId}
            error={errors.fabriqueId}
          />
        ) : null}
        <CampaignFields values={values} errors={errors} />
        <button type="submit" className="button">
          {text.submit}
        </button>
      </Form>
    </div>
  );
}
