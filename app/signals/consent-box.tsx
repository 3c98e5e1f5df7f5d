/**
 * The consent a person gives for the Fabrique to keep and use what they report: one checkbox,
 * `consent=oui`, with its error under it (the public form and the assisted entry).
 */
export function ConsentBox({
  label,
  checked,
  error,
}: {
  label: string;
  checked: boolean;
  error: string | undefined;
}) {
  return (
    <>
      <div id="champ-consent" className={`choice${error ? " field--error" : ""}`}>
        <input
          type="checkbox"
          id="champ-consent-case"
          name="consent"
          value="oui"
          defaultChecked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "champ-consent-erreur" : undefined}
        />
        <label htmlFor="champ-consent-case">{label}</label>
      </div>
      {error ? (
        <p className="field__error" id="champ-consent-erreur">
          {error}
        </p>
      ) : null}
    </>
  );
}
