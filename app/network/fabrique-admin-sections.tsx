import { Form } from "react-router";
import type { FabriqueDetails } from "../../server/network/fabrique-query";
import type { FabriqueStatusEventRow } from "../../server/network/list-fabrique-status-events";
import type { FabriqueStatus } from "../../shared/codes/network";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field, type FormFailure, type FormValues } from "../ui/form";
import { FabriqueFields } from "./fabrique-fields";

/** The sections of the network animator's page of one Fabrique (`routes/network-fabrique.tsx`). */

const text = fr.network.manage;
const labels = fr.network.fields;
const statusLabel = fr.common.fabriqueStatus;

/** The Fabrique's facts: slug, carrying structure, region, contact, members. */
export function FabriqueFacts({ fabrique }: { fabrique: FabriqueDetails }) {
  return (
    <section aria-labelledby="fiche-titre">
      <h2 id="fiche-titre">{text.detailsTitle}</h2>
      <dl className="facts">
        <dt>{labels.slug}</dt>
        <dd>
          <code>{fabrique.slug}</code>
        </dd>
        <dt>{labels.carryingStructure}</dt>
        <dd>{fabrique.carryingStructure || "—"}</dd>
        <dt>{labels.regionCode}</dt>
        <dd>{fabrique.regionName ?? "—"}</dd>
        <dt>{labels.contactEmail}</dt>
        <dd>{fabrique.contactEmail ?? "—"}</dd>
        <dt>{fr.network.list.columns.members}</dt>
        <dd>{fabrique.memberCount}</dd>
      </dl>
    </section>
  );
}

/** The status, since when, and the form that moves it on (with the reason). */
export function FabriqueStatusChange({
  fabrique,
  transitions,
  failure,
}: {
  fabrique: FabriqueDetails;
  transitions: readonly { to: FabriqueStatus; label: string }[];
  failure: FormFailure | undefined;
}) {
  return (
    <section aria-labelledby="statut-titre" id="statut">
      <h2 id="statut-titre">{text.statusTitle}</h2>
      <p>
        {t(text.currentStatus, {
          status: statusLabel[fabrique.status],
          date: formatDate(fabrique.statusChangedAt),
        })}
      </p>
      {transitions.length === 0 ? (
        <p>{text.noTransition}</p>
      ) : (
        <Form method="post" noValidate>
          <CsrfInput />
          <input type="hidden" name="intent" value="transition" />
          <ErrorSummary failure={failure} labels={labels} />
          <fieldset id="champ-to">
            <legend>{labels.to}</legend>
            {transitions.map((tr, index) => (
              <div key={tr.to} className="choice">
                <input
                  type="radio"
                  id={`transition-${tr.to}`}
                  name="to"
                  value={tr.to}
                  required
                  defaultChecked={failure ? failure.values.to === tr.to : index === 0}
                />
                <label htmlFor={`transition-${tr.to}`}>
                  {tr.label} ({statusLabel[tr.to]})
                </label>
              </div>
            ))}
          </fieldset>
          <Field
            name="reason"
            label={labels.reason}
            help={labels.reasonHelp}
            multiline
            defaultValue={failure?.values.reason}
            error={failure?.fields.reason}
          />
          <button type="submit" className="button">
            {text.transitionSubmit}
          </button>
        </Form>
      )}
    </section>
  );
}

/** Every status change: when, from what to what, by whom, why. */
export function FabriqueStatusJournal({ events }: { events: readonly FabriqueStatusEventRow[] }) {
  return (
    <section aria-labelledby="journal-titre">
      <h2 id="journal-titre">{text.journalTitle}</h2>
      {events.length === 0 ? (
        <p>{text.journalEmpty}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{text.journalColumns.at}</th>
                <th scope="col">{text.journalColumns.change}</th>
                <th scope="col">{text.journalColumns.by}</th>
                <th scope="col">{text.journalColumns.reason}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id}>
                  <td>{formatDate(event.at)}</td>
                  <td>
                    {event.fromStatus
                      ? t(text.journalChange, {
                          from: statusLabel[event.fromStatus],
                          to: statusLabel[event.toStatus],
                        })
                      : t(text.journalCreated, { to: statusLabel[event.toStatus] })}
                  </td>
                  <td>{event.byName ?? text.journalBySystem}</td>
                  <td>{event.reason || "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The invitation of the Fabrique's first administrator. */
export function InviteFabriqueAdmin({ failure }: { failure: FormFailure | undefined }) {
  return (
    <section aria-labelledby="invitation-titre" id="invitation">
      <h2 id="invitation-titre">{text.inviteTitle}</h2>
      <p>{text.inviteIntro}</p>
      <Form method="post" noValidate>
        <CsrfInput />
        <input type="hidden" name="intent" value="invite" />
        <ErrorSummary failure={failure} labels={labels} />
        <Field
          name="email"
          label={labels.email}
          type="email"
          autoComplete="off"
          required
          defaultValue={failure?.values.email}
          error={failure?.fields.email}
        />
        <button type="submit" className="button">
          {text.inviteSubmit}
        </button>
      </Form>
    </section>
  );
}

/** The Fabrique's card, edited: what was typed after a refusal, else what is stored. */
export function FabriqueEdit({
  fabrique,
  regions,
  failure,
}: {
  fabrique: FabriqueDetails;
  regions: { code: string; name: string }[];
  failure: FormFailure | undefined;
}) {
  const values: FormValues = failure?.values ?? {
    name: fabrique.name,
    carryingStructure: fabrique.carryingStructure,
    regionCode: fabrique.regionCode ?? "",
    description: fabrique.description,
    contactEmail: fabrique.contactEmail ?? "",
  };
  return (
    <section aria-labelledby="modifier-titre">
      <h2 id="modifier-titre">{text.editTitle}</h2>
      <p className="field__help">{text.slugFixed}</p>
      <Form method="post" noValidate>
        <CsrfInput />
        <input type="hidden" name="intent" value="update" />
        <ErrorSummary failure={failure} labels={labels} />
        <Field
          name="name"
          label={labels.name}
          required
          defaultValue={values.name}
          error={failure?.fields.name}
        />
        <FabriqueFields regions={regions} values={values} errors={failure?.fields ?? {}} />
        <button type="submit" className="button">
          {fr.common.save}
        </button>
      </Form>
    </section>
  );
}
