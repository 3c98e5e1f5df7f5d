import type { ReactNode } from "react";
import { Form } from "react-router";
import type { SiaeKind } from "../../shared/codes/organisations";
import { fr } from "../../shared/i18n/fr";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, type FormFailure, textValue } from "../ui/form";
import { OrganisationFields } from "./organisation-fields";

/**
 * The form that edits a stored organisation card, for the Fabrique's team (`organisation-edit.tsx`)
 * and for a carrier's own card (`carrier-organisation.tsx`): what was stored or typed, the
 * refusals, and the version the card was read at.
 */
export function OrganisationCardForm({
  failure,
  stored,
  storedVersion,
  conflictFacts,
  kinds,
  siaeKinds,
  ownCard = false,
  saveLabel,
}: {
  failure: FormFailure | undefined;
  stored: Record<string, string>;
  storedVersion: number;
  /** What is stored now, shown beside the notice when someone saved the card meanwhile. */
  conflictFacts?: ReactNode;
  kinds: Parameters<typeof OrganisationFields>[0]["kinds"];
  siaeKinds: readonly SiaeKind[];
  ownCard?: boolean;
  saveLabel: string;
}) {
  const values = failure?.values ?? stored;
  const conflict = failure?.error === "CONFLICT";
  // After a conflict the form carries the stored version, so saving again applies the user's text.
  const version = conflict ? String(storedVersion) : (textValue(values.version) ?? String(storedVersion));
  return (
    <>
      {conflict ? (
        <div className="notice" role="alert">
          <p>{fr.organisations.validation.stale}</p>
          {conflictFacts}
        </div>
      ) : (
        <ErrorSummary failure={failure} labels={fr.organisations.fields} />
      )}
      <Form method="post" noValidate className="stack">
        <CsrfInput />
        <input type="hidden" name="version" value={version} />
        <OrganisationFields
          values={values}
          errors={failure?.fields ?? {}}
          kinds={kinds}
          siaeKinds={siaeKinds}
          ownCard={ownCard}
        />
        <button type="submit" className="button">
          {saveLabel}
        </button>
      </Form>
    </>
  );
}
