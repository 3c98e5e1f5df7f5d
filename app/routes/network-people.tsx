import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import { erasePerson } from "../../server/privacy/erase-person";
import { listPeopleForErasure } from "../../server/privacy/list-people-for-erasure";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { valueOr404 } from "../network/page-results";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/network-people";

const text = fr.privacy.people;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const url = new URL(request.url);
  const email = url.searchParams.get("email") ?? "";
  const listed = valueOr404(await listPeopleForErasure(context.deps, actor, { email }));
  const shown = (p: (typeof listed.requests)[number]) => ({
    ...p,
    requestedAt: p.requestedAt ? formatDate(p.requestedAt) : null,
  });
  const erased = url.searchParams.get("efface");
  return {
    email,
    requests: listed.requests.map(shown),
    found: listed.found ? shown(listed.found) : null,
    erased: erased ? erased.split(",").map(Number) : null,
  };
}

/** Erase one person, confirmed by their e-mail typed again. */
export async function action({ context, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const userId = form.text("userId");
  const result = await erasePerson(context.deps, actor, { userId, confirmEmail: form.text("confirmEmail") });
  if (!result.ok) return replyFailure(result, form, { keep: ["confirmEmail"], extra: { userId } });
  return redirect(`/reseau/personnes?efface=${result.value.signalsKept},${result.value.contactsCleared}`);
}

type ShownPerson = Awaited<ReturnType<typeof loader>>["requests"][number];

function PersonCard({ person, failure }: { person: ShownPerson; failure: ReturnType<typeof useFailure> }) {
  const mine = failure?.userId === person.id ? failure : undefined;
  const inputId = `confirmer-${person.id}`;
  const error = mine?.fields.confirmEmail;
  return (
    <li className="card stack">
      <h3>
        {person.name} — {person.email}
      </h3>
      <p>
        {person.fabriques.length ? t(text.fabriques, { list: person.fabriques.join(", ") }) : text.noFabrique}
      </p>
      {person.requestedAt ? <p>{t(text.requestedOn, { date: person.requestedAt })}</p> : null}
      {person.reason ? <p>{t(text.reason, { reason: person.reason })}</p> : null}
      {mine ? (
        <ErrorSummary
          failure={mine}
          labels={{ confirmEmail: t(text.confirmLabel, { email: person.email }) }}
        />
      ) : null}
      <Form method="post" className="stack">
        <CsrfInput />
        <input type="hidden" name="userId" value={person.id} />
        <div className={`field${error ? " field--error" : ""}`}>
          <label htmlFor={inputId}>{t(text.confirmLabel, { email: person.email })}</label>
          {error ? (
            <p className="field__error" id={`${inputId}-erreur`}>
              {error}
            </p>
          ) : null}
          <input
            id={inputId}
            name="confirmEmail"
            type="email"
            required
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${inputId}-erreur` : undefined}
          />
        </div>
        <button type="submit" className="button button--danger">
          {t(text.erase, { name: person.name })}
        </button>
      </Form>
    </li>
  );
}

const useFailure = () => useActionData<typeof action>();

export default function NetworkPeople() {
  const { email, requests, found, erased } = useLoaderData<typeof loader>();
  const failure = useFailure();
  return (
    <div className="stack">
      <h1>{text.title}</h1>
      <p className="lead">{text.intro}</p>
      {erased ? (
        <div className="notice notice--success" role="status">
          <p>{t(text.erased, { signals: erased[0] ?? 0, contacts: erased[1] ?? 0 })}</p>
        </div>
      ) : null}
      <section aria-labelledby="demandes" className="stack">
        <h2 id="demandes">{text.requestsTitle}</h2>
        {requests.length ? (
          <ul className="stack plain-list">
            {requests.map((person) => (
              <PersonCard key={person.id} person={person} failure={failure} />
            ))}
          </ul>
        ) : (
          <p>{text.noRequests}</p>
        )}
      </section>
      <section aria-labelledby="chercher" className="stack">
        <h2 id="chercher">{text.searchTitle}</h2>
        <Form method="get" className="stack">
          <div className="field">
            <label htmlFor="email">{text.searchLabel}</label>
            <input id="email" name="email" type="email" defaultValue={email} />
          </div>
          <button type="submit" className="button">
            {text.search}
          </button>
        </Form>
        {email && !found ? <p role="status">{t(text.notFound, { email })}</p> : null}
        {found ? (
          <ul className="stack plain-list">
            <PersonCard person={found} failure={failure} />
          </ul>
        ) : null}
      </section>
    </div>
  );
}
