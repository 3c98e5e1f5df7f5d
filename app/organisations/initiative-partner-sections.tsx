import { Form } from "react-router";
import { formatEuros } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { SelectField } from "../network/select-field";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, type FormFailure } from "../ui/form";

const text = fr.organisations.partners;
const labels = { programmeId: text.programme };

type Programme = { id: string; name: string; funderName: string | null; amountCents: number | null };

/** The programmes (conventions) that cover an initiative, attached and detached by the team. */
export function InitiativeProgrammes({
  programmes,
  choices: programmeChoices,
  canEdit,
  here,
  formKey,
  failure: programmeFailure,
}: {
  programmes: readonly Programme[];
  choices: readonly { id: string; name: string }[];
  canEdit: boolean;
  here: string;
  /** Changes after each successful post, so the forms start empty again. */
  formKey: string;
  failure: FormFailure | undefined;
}) {
  return (
    <section aria-labelledby="programmes-titre" className="stack">
      <h2 id="programmes-titre">{text.programmes}</h2>
      <ErrorSummary failure={programmeFailure} labels={labels} />
      {programmes.length === 0 ? (
        <p>{text.programmesEmpty}</p>
      ) : (
        <ul className="stack">
          {programmes.map((item) => (
            <li key={item.id} className="actions">
              <span>
                {canEdit ? <a href={`/programmes/${item.id}`}>{item.name}</a> : item.name}
                {item.funderName ? ` — ${item.funderName}` : ""}
                {item.amountCents !== null ? ` — ${formatEuros(item.amountCents)}` : ""}
              </span>
              {canEdit ? (
                <Form method="post" action={here}>
                  <CsrfInput />
                  <input type="hidden" name="intent" value="detach-programme" />
                  <input type="hidden" name="programmeId" value={item.id} />
                  <button type="submit" className="button button--secondary">
                    {text.detachButton} <span className="visually-hidden">{item.name}</span>
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canEdit && programmeChoices.length ? (
        <Form
          key={formKey}
          method="post"
          className="card stack"
          action={here}
          aria-labelledby="programme-ajout-titre"
        >
          <h3 id="programme-ajout-titre">{text.attachProgramme}</h3>
          <CsrfInput />
          <input type="hidden" name="intent" value="attach-programme" />
          <SelectField
            name="programmeId"
            label={text.programme}
            required
            placeholder="—"
            options={programmeChoices.map((p) => ({ value: p.id, label: p.name }))}
            error={programmeFailure?.fields.programmeId}
          />
          <button type="submit" className="button">
            {text.attachButton}
          </button>
        </Form>
      ) : null}
    </section>
  );
}

/** Invites a person who holds a role in the initiative to an account limited to it. */
export function PartnerInvitation({
  invitable,
  here,
  formKey,
  failure: inviteFailure,
}: {
  invitable: readonly { id: string; name: string }[];
  here: string;
  formKey: string;
  failure: FormFailure | undefined;
}) {
  return (
    <section aria-labelledby="invitation-titre" className="card stack">
      <h2 id="invitation-titre">{text.invite.title}</h2>
      <p>{text.invite.help}</p>
      <p className="notice">{text.invite.linkPending}</p>
      {invitable.length === 0 ? (
        <p>{text.invite.none}</p>
      ) : (
        <Form key={formKey} method="post" noValidate className="stack" action={here}>
          <ErrorSummary failure={inviteFailure} labels={{ inviteContactId: text.invite.contact }} />
          <CsrfInput />
          <input type="hidden" name="intent" value="invite" />
          <SelectField
            name="inviteContactId"
            label={text.invite.contact}
            required
            placeholder="—"
            options={invitable.map((p) => ({ value: p.id, label: p.name }))}
            defaultValue={inviteFailure?.values.inviteContactId}
            error={inviteFailure?.fields.inviteContactId}
          />
          <button type="submit" className="button">
            {text.invite.button}
          </button>
        </Form>
      )}
    </section>
  );
}
