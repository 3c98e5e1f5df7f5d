import { Form } from "react-router";
import { fr } from "../../shared/i18n/fr";
import { CsrfInput } from "../ui/csrf-input";

const text = fr.accounts.totp.requirement;

/** The network's requirement of a second factor for animators and admins (decision record 0141). */
export function TotpRequirementForm({ required, notice }: { required: boolean; notice: string | null }) {
  return (
    <section aria-labelledby="double-authentification">
      <h2 id="double-authentification">{text.title}</h2>
      {notice ? (
        <div className="notice notice--success" role="status">
          <p>{notice}</p>
        </div>
      ) : null}
      <p>{text.intro}</p>
      <p>{text.federationNote}</p>
      <Form method="post">
        <CsrfInput />
        <input type="hidden" name="intent" value="totp-requirement" />
        <div className="choice">
          <input type="checkbox" id="champ-required" name="required" defaultChecked={required} />
          <label htmlFor="champ-required">{text.label}</label>
        </div>
        <button type="submit" className="button">
          {text.submit}
        </button>
      </Form>
    </section>
  );
}
