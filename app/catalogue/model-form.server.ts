import { frenchNumberInput } from "../../server/catalogue/model-schemas";
import type { Deps } from "../../server/core/deps";
import { ok, type Result } from "../../server/core/result";
import { resolveTerritoryInput } from "../../server/territories/resolve-territory-input";
import type { PostedForm } from "../ui/page-form";

/**
 * What the proposal and edit forms post, turned into the service's input: the territory typed
 * (or chosen) resolved to `kind:code`, amounts typed in euros turned into cents. The service
 * parses the result with its own schema (French messages per field).
 */

/** Amounts are typed in euros and stored in cents; what cannot be read goes through to be refused. */
function euros(value: unknown): unknown {
  const parsed = frenchNumberInput(value);
  return typeof parsed === "number" ? Math.round(parsed * 100) : parsed;
}

/** Service field → form field, so a refused amount's message lands next to the field typed. */
export const modelFormRenames = {
  typicalBudgetCents: "typicalBudgetEuros",
  investmentCents: "investmentEuros",
};

export async function modelFormInput(
  deps: Pick<Deps, "db">,
  form: PostedForm,
): Promise<Result<Record<string, unknown>>> {
  const territory = await resolveTerritoryInput(
    deps,
    { value: form.optional("originTerritory") ?? null, query: form.optional("originTerritoryQuery") ?? null },
    "originTerritory",
  );
  if (!territory.ok) return territory;
  const { typicalBudgetEuros, investmentEuros, originTerritoryQuery: _query, ...rest } = form.input;
  return ok({
    ...rest,
    // Unchecked boxes send nothing: an empty list is what the user chose.
    themes: rest.themes ?? [],
    publics: rest.publics ?? [],
    legalForms: rest.legalForms ?? [],
    originTerritory: territory.value ? `${territory.value.kind}:${territory.value.code}` : "",
    typicalBudgetCents: euros(typicalBudgetEuros),
    investmentCents: euros(investmentEuros),
  });
}

const decimal = (value: number | null) => (value === null ? "" : String(value).replace(".", ","));

/** A stored model as the form's values (euros, lists joined), for the edit form's first display. */
export function modelFormValues(model: {
  title: string;
  summary: string;
  description: string;
  themes: string[];
  publics: string[];
  tags: string[];
  revenueMix: string;
  typicalBudgetCents: number | null;
  jobsFte: number | null;
  insertionJobsFte: number | null;
  disabilityJobsFte: number | null;
  investmentCents: number | null;
  premises: string;
  legalForms: string[];
  prerequisites: string;
  replicationType: string | null;
  originOrganisation: string;
  originTerritoryKind: string | null;
  originTerritoryCode: string | null;
  originTerritoryName: string | null;
  presence: string;
  contact: string;
  sourceUrls: string[];
}): Record<string, string | string[]> {
  return {
    title: model.title,
    summary: model.summary,
    description: model.description,
    themes: model.themes,
    publics: model.publics,
    tags: model.tags.join(", "),
    revenueMix: model.revenueMix,
    typicalBudgetEuros: decimal(model.typicalBudgetCents === null ? null : model.typicalBudgetCents / 100),
    investmentEuros: decimal(model.investmentCents === null ? null : model.investmentCents / 100),
    jobsFte: decimal(model.jobsFte),
    insertionJobsFte: decimal(model.insertionJobsFte),
    disabilityJobsFte: decimal(model.disabilityJobsFte),
    premises: model.premises,
    legalForms: model.legalForms,
    prerequisites: model.prerequisites,
    replicationType: model.replicationType ?? "",
    originOrganisation: model.originOrganisation,
    originTerritory: model.originTerritoryKind
      ? `${model.originTerritoryKind}:${model.originTerritoryCode}`
      : "",
    originTerritoryQuery: model.originTerritoryName ?? model.originTerritoryCode ?? "",
    presence: model.presence,
    contact: model.contact,
    sourceUrls: model.sourceUrls.join("\n"),
  };
}
