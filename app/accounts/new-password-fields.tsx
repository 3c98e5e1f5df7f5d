import { fr } from "../../shared/i18n/fr";
import { Field } from "../ui/form";

/**
 * A new password and its confirmation, as the invitation, reset and account pages ask for them
 * (names `password` / `passwordConfirmation`, the rule in the help, `new-password` autocomplete).
 */
export function NewPasswordFields({
  label,
  errors,
}: {
  label: string;
  errors?: { password?: string; passwordConfirmation?: string };
}) {
  return (
    <>
      <Field
        name="password"
        label={label}
        type="password"
        autoComplete="new-password"
        help={fr.accounts.fields.passwordHelp}
        required
        error={errors?.password}
      />
      <Field
        name="passwordConfirmation"
        label={fr.accounts.fields.passwordConfirmation}
        type="password"
        autoComplete="new-password"
        required
        error={errors?.passwordConfirmation}
      />
    </>
  );
}
