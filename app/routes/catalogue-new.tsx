import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { requireActor } from "../../server/accounts/require-actor";
import { createModel } from "../../server/catalogue/create-model";
import { listThemes } from "../../server/catalogue/list-themes";
import { canProposeModel, proposingFabriques } from "../../server/catalogue/model-access";
import { type CreateModelInput, parseFrenchNumber } from "../../server/catalogue/model-schemas";
import { formToObject } from "../../server/core/validation";
import { legalForms, replicationTypes } from "../../server/db/schema/catalogue";
import { inclusionPublicList } from "../../server/offer/data-inclusion";
import { resolveTerritoryInput } from "../../server/territories/resolve-territory-input";
import { CheckboxGroup } from "../catalogue/checkbox-group";
import {
  type CatalogueFormFailure,
  catalogueFormFailure,
  listValue,
  textValue,
} from "../catalogue/form-failure";
import { fr } from "../i18n/fr";
import { notFound } from "../network/page-results";
import { SelectField } from "../network/select-field";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field } from "../ui/form";
import { TerritoryCombobox } from "../ui/territory-combobox";
import type { Route } from "./+types/catalogue-new";

const text = fr.catalogue.form;
const labels = text.labels;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

/** Amounts are typed in euros and stored in cents; what cannot be read goes through to be refused. */
function euros(value: unknown): unknown {
  const parsed = parseFrenchNumber(value);
  return typeof parsed === "number" ? Math.round(parsed * 100) : parsed;
}

export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  if (!canProposeModel(actor)) notFound();
  return { fabriques: proposingFabriques(actor), themes: await listThemes(context.deps) };
}

export async function action({ context, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const values = formToObject(await request.formData());
  const territory = await resolveTerritoryInput(
    context.deps,
    {
      value: typeof values.originTerritory === "string" ? values.originTerritory : null,
      query: typeof values.originTerritoryQuery === "string" ? values.originTerritoryQuery : null,
    },
    "originTerritory",
  );
  if (!territory.ok) return catalogueFormFailure(territory, values);
  // The service parses the post with its own schema (French messages per field).
  const input = {
    ...values,
    originTerritory: territory.value ? `${territory.value.kind}:${territory.value.code}` : "",
    typicalBudgetCents: euros(values.typicalBudgetEuros),
    investmentCents: euros(values.investmentEuros),
  } as CreateModelInput;
  const result = await createModel(context.deps, actor, input);
  if (!result.ok) {
    return catalogueFormFailure(result, values, {
      typicalBudgetCents: "typicalBudgetEuros",
      investmentCents: "investmentEuros",
    });
  }
  return redirect(`/catalogue/${result.value.id}?fait=propose`);
}

export default function CatalogueNew() {
  const { fabriques, themes } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as CatalogueFormFailure | undefined;
  const values = failure?.values ?? {};
  const errors = failure?.fields ?? {};
  const field = (name: keyof typeof labels, extra: Partial<React.ComponentProps<typeof Field>> = {}) => (
    <Field
      name={name}
      label={labels[name]}
      defaultValue={textValue(values[name])}
      error={errors[name]}
      {...extra}
    />
  );
  return (
    <div className="stack">
      <p>
        <a href="/catalogue">{fr.catalogue.model.breadcrumb}</a>
      </p>
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      <ErrorSummary failure={failure ? { ...failure, values: {} } : null} labels={labels} />
      <Form method="post" noValidate className="stack">
        <CsrfInput />
        {fabriques.length > 1 ? (
          <SelectField
            name="fabriqueId"
            label={labels.fabriqueId}
            options={fabriques.map((f) => ({ value: f.id, label: f.name }))}
            placeholder={text.choose}
            required
            defaultValue={textValue(values.fabriqueId)}
            error={errors.fabriqueId}
          />
        ) : null}

        <fieldset className="stack">
          <legend>{text.sections.what}</legend>
          {field("title", { required: true })}
          {field("summary", { required: true, help: text.help.summary })}
          {field("description", { required: true, multiline: true, help: text.help.description })}
          <CheckboxGroup
            name="themes"
            legend={labels.themes}
            options={themes.map((th) => ({ value: th.code, label: th.label }))}
            checked={listValue(values.themes)}
            error={errors.themes}
            required
          />
          <CheckboxGroup
            name="publics"
            legend={labels.publics}
            options={inclusionPublicList.map((p) => ({ value: p.value, label: p.label }))}
            checked={listValue(values.publics)}
            error={errors.publics}
          />
          {field("tags", { help: text.help.tags })}
          {field("originOrganisation")}
          <TerritoryCombobox
            mode="field"
            name="originTerritory"
            label={labels.originTerritory}
            help={text.help.originTerritory}
            defaultValue={textValue(values.originTerritory) ?? ""}
            defaultQuery={textValue(values.originTerritoryQuery) ?? ""}
            kinds="region,departement,epci,commune"
            error={errors.originTerritory}
          />
          {field("presence")}
          {field("contact")}
        </fieldset>

        <fieldset className="stack">
          <legend>{text.sections.economics}</legend>
          {field("revenueMix", { multiline: true })}
          {field("typicalBudgetEuros", { inputMode: "decimal", help: text.help.amount })}
          {field("investmentEuros", { inputMode: "decimal", help: text.help.amount })}
          {field("jobsFte", { inputMode: "decimal", help: text.help.fte })}
          {field("insertionJobsFte", { inputMode: "decimal", help: text.help.fte })}
          {field("disabilityJobsFte", { inputMode: "decimal", help: text.help.fte })}
          {field("premises")}
        </fieldset>

        <fieldset className="stack">
          <legend>{text.sections.replication}</legend>
          <SelectField
            name="replicationType"
            label={labels.replicationType}
            options={replicationTypes.map((r) => ({ value: r, label: fr.catalogue.replicationTypes[r] }))}
            placeholder={text.noReplicationType}
            defaultValue={textValue(values.replicationType)}
            error={errors.replicationType}
          />
          <CheckboxGroup
            name="legalForms"
            legend={labels.legalForms}
            options={legalForms.map((l) => ({ value: l, label: fr.catalogue.legalForms[l] }))}
            checked={listValue(values.legalForms)}
            error={errors.legalForms}
          />
          {field("prerequisites", { multiline: true })}
        </fieldset>

        <fieldset className="stack">
          <legend>{text.sections.sources}</legend>
          {field("sourceUrls", { multiline: true, help: text.help.sourceUrls })}
        </fieldset>

        <button type="submit" className="button">
          {text.submit}
        </button>
      </Form>
    </div>
  );
}
