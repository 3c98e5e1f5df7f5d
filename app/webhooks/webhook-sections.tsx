import { Form } from "react-router";
import type { WebhookDeliveryStatus, WebhookEvent } from "../../shared/codes/webhooks";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDateTime } from "../../shared/time";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field, type FormFailure, listValue } from "../ui/form";

const text = fr.webhooks.page;

export type EndpointRow = { id: string; url: string; events: WebhookEvent[]; active: boolean };
export type DeliveryRow = {
  id: string;
  url: string;
  event: WebhookEvent;
  status: WebhookDeliveryStatus;
  httpStatus: number | null;
  attempts: number;
  lastError: string | null;
  createdAt: Date | string;
};

/** The secret of the endpoint just added: shown in this answer only, never again. */
export function NewSecret({ url, secret }: { url: string; secret: string }) {
  return (
    <section className="notice notice--success" aria-labelledby="secret-titre" role="status">
      <h2 id="secret-titre">{text.secretTitle}</h2>
      <p>{url}</p>
      <p>{text.secretOnce}</p>
      <p>
        <code>{secret}</code>
      </p>
    </section>
  );
}

/** Asks before disabling or deleting an endpoint (the confirmation is a page of its own, no script). */
export function ChangeConfirmation({
  here,
  endpoint,
  change,
}: {
  here: string;
  endpoint: EndpointRow;
  /** "delete" or "disable". */
  change: string;
}) {
  return (
    <section className="notice notice--warning" aria-labelledby="confirmation-titre" id="confirmation">
      <h2 id="confirmation-titre">
        {t(change === "delete" ? text.confirmDelete : text.confirmDisable, { url: endpoint.url })}
      </h2>
      <Form method="post" className="actions" action={here}>
        <CsrfInput />
        <input type="hidden" name="intent" value={change} />
        <input type="hidden" name="endpointId" value={endpoint.id} />
        <button type="submit" className="button button--danger">
          {text.confirm}
        </button>
        <a className="button button--secondary" href={here}>
          {text.cancel}
        </a>
      </Form>
    </section>
  );
}

/** The registered endpoints, each with its events and the way to disable, enable or delete it. */
export function Endpoints({ here, endpoints }: { here: string; endpoints: EndpointRow[] }) {
  return (
    <section aria-labelledby="adresses-titre">
      <h2 id="adresses-titre">{text.endpointsTitle}</h2>
      {endpoints.length ? (
        <ul className="stack">
          {endpoints.map((endpoint) => (
            <li key={endpoint.id}>
              <strong>{endpoint.url}</strong> — {endpoint.active ? text.active : text.disabled}
              <br />
              {endpoint.events.map((event) => fr.webhooks.events[event]).join(", ")}
              <div className="actions">
                {endpoint.active ? (
                  <a href={`${here}?confirm=${endpoint.id}&change=disable#confirmation`}>{text.disable}</a>
                ) : (
                  <Form method="post" action={here}>
                    <CsrfInput />
                    <input type="hidden" name="intent" value="enable" />
                    <input type="hidden" name="endpointId" value={endpoint.id} />
                    <button type="submit" className="button button--secondary">
                      {text.enable}
                    </button>
                  </Form>
                )}
                <a href={`${here}?confirm=${endpoint.id}&change=delete#confirmation`}>{text.delete}</a>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p>{text.none}</p>
      )}
    </section>
  );
}

/** The form adding an endpoint; a refused one keeps the URL and the events ticked. */
export function AddEndpoint({
  here,
  events,
  failure,
}: {
  here: string;
  events: readonly WebhookEvent[];
  failure?: FormFailure;
}) {
  const ticked = listValue(failure?.values.events);
  return (
    <section aria-labelledby="ajout-titre">
      <h2 id="ajout-titre">{text.addTitle}</h2>
      <ErrorSummary failure={failure} labels={{ url: text.url, events: text.events }} />
      <Form method="post" action={here} className="stack">
        <CsrfInput />
        <input type="hidden" name="intent" value="add" />
        <Field
          name="url"
          label={text.url}
          type="url"
          required
          defaultValue={failure?.values.url}
          error={failure?.fields.url}
        />
        <fieldset className={`field${failure?.fields.events ? " field--error" : ""}`} id="champ-events">
          <legend>{text.events}</legend>
          {failure?.fields.events ? <p className="field__error">{failure.fields.events}</p> : null}
          {events.map((event) => (
            <div className="choice" key={event}>
              <input
                type="checkbox"
                id={`event-${event}`}
                name="events"
                value={event}
                defaultChecked={ticked.includes(event)}
              />
              <label htmlFor={`event-${event}`}>{fr.webhooks.events[event]}</label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="button">
          {text.add}
        </button>
      </Form>
    </section>
  );
}

/** One page of the delivery log, newest first. */
/** A failed delivery sent again by hand (a plain form, no JavaScript). */
function ResendButton({ here, delivery }: { here: string; delivery: DeliveryRow }) {
  return (
    <Form method="post" action={here}>
      <CsrfInput />
      <input type="hidden" name="intent" value="resend" />
      <input type="hidden" name="deliveryId" value={delivery.id} />
      <button
        type="submit"
        className="button button--secondary"
        aria-label={t(text.resendLabel, { date: formatDateTime(delivery.createdAt), url: delivery.url })}
      >
        {text.resend}
      </button>
    </Form>
  );
}

export function DeliveryLog({
  here,
  deliveries,
  page,
  pages,
}: {
  here: string;
  deliveries: DeliveryRow[];
  page: number;
  pages: number;
}) {
  const columns = text.logColumns;
  return (
    <section aria-labelledby="journal-titre">
      <h2 id="journal-titre">{text.logTitle}</h2>
      {deliveries.length ? (
        <table>
          <thead>
            <tr>
              {[
                columns.time,
                columns.event,
                columns.url,
                columns.status,
                columns.httpStatus,
                columns.attempts,
                columns.lastError,
              ].map((label) => (
                <th key={label} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {deliveries.map((d) => (
              <tr key={d.id}>
                <td>{formatDateTime(d.createdAt)}</td>
                <td>{fr.webhooks.events[d.event]}</td>
                <td>{d.url}</td>
                <td>{fr.webhooks.statuses[d.status]}</td>
                <td>{d.httpStatus ?? "—"}</td>
                <td>{d.attempts}</td>
                <td>
                  {d.lastError ?? "—"}
                  {d.status === "failed" ? <ResendButton here={here} delivery={d} /> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{text.logEmpty}</p>
      )}
      <p className="actions">
        {page > 1 ? <a href={`${here}?page=${page - 1}`}>{text.previous}</a> : null}
        {page < pages ? <a href={`${here}?page=${page + 1}`}>{text.next}</a> : null}
      </p>
    </section>
  );
}
