import { data } from "react-router";
import type { Deps } from "../../server/core/deps";
import { messageOf } from "../../server/core/errors";
import type { Failure } from "../../server/core/result";
import { resolveTerritoryInput } from "../../server/territories/resolve-territory-input";
import type { FormFailure } from "../ui/form";

const text = (values: Record<string, unknown>, key: string) =>
  typeof values[key] === "string" ? (values[key] as string) : "";

/**
 * A form post of the organisation form, as the service's input: every field is sent (an empty
 * one clears the stored value), the checkbox is false when unticked, and the territory box is
 * resolved from the choice made with JavaScript or the text typed without.
 */
export async function organisationFormInput(
  deps: Pick<Deps, "db">,
  values: Record<string, unknown>,
): Promise<{ ok: true; input: Record<string, unknown> } | Failure> {
  const territory = await resolveTerritoryInput(deps, {
    value: text(values, "territory"),
    query: text(values, "territoryQuery"),
  });
  if (!territory.ok) return territory;
  return {
    ok: true,
    input: {
      name: text(values, "name"),
      kind: text(values, "kind"),
      siren: text(values, "siren"),
      siret: text(values, "siret"),
      legalForm: text(values, "legalForm"),
      esusUntil: text(values, "esusUntil"),
      siaeKind: text(values, "siaeKind"),
      adaptedEnterprise: values.adaptedEnterprise === "on",
      territory: territory.value ? { kind: territory.value.kind, code: territory.value.code } : null,
      website: text(values, "website"),
      email: text(values, "email"),
      phone: text(values, "phone"),
      notes: text(values, "notes"),
    },
  };
}

/**
 * A save refused because someone saved first: status 409, the conflict flagged so the page shows
 * the stored version, and everything the user typed kept in the form.
 */
export function conflictFailure(failure: Failure, values: Record<string, unknown>) {
  const typed = Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, typeof value === "string" ? value : ""]),
  );
  const body: FormFailure & { conflict: true } = {
    ok: false,
    message: failure.message ?? messageOf(failure.error),
    fields: failure.fields ?? {},
    values: typed,
    conflict: true,
  };
  return data(body, { status: 409 });
}
