import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";

const text = fr.calls.pages;

export type CallSummaryShown = {
  id: string;
  title: string;
  summary: string;
  fabriqueName: string;
  fabriqueSlug: string;
  deadline: string;
  open: boolean;
  decided: boolean;
};

function stateOf(call: { open: boolean; decided: boolean }) {
  return call.decided ? text.decided : call.open ? text.open : text.closed;
}

/** The published calls as a list of links, with their deadline in Paris time. */
export function CallList({ calls, showFabrique }: { calls: CallSummaryShown[]; showFabrique: boolean }) {
  if (!calls.length) return <p>{text.none}</p>;
  return (
    <ul className="stack">
      {calls.map((call) => (
        <li key={call.id} className="card">
          <h3>
            <a href={`/f/${call.fabriqueSlug}/appels/${call.id}`}>{call.title}</a>
          </h3>
          {showFabrique ? <p>{call.fabriqueName}</p> : null}
          {call.summary ? <p>{call.summary}</p> : null}
          <p>
            <strong>{stateOf(call)}</strong> — {t(text.deadline, { deadline: call.deadline })}
          </p>
        </li>
      ))}
    </ul>
  );
}

export type CallShown = CallSummaryShown & {
  offerItems: (keyof typeof fr.calls.offerItems)[];
  offer: string;
  expectations: string;
  legalForms: (keyof typeof fr.calls.legalForms)[];
  agrements: (keyof typeof fr.calls.agrements)[];
  departments: string[];
};

/** What a call offers, expects and admits, as the public reads it. */
export function CallFacts({ call }: { call: CallShown }) {
  return (
    <>
      <p className="lead">
        <strong>{stateOf(call)}</strong> — {t(text.deadline, { deadline: call.deadline })}
      </p>
      {call.summary ? <p>{call.summary}</p> : null}
      <section aria-labelledby="offre-titre" className="stack">
        <h2 id="offre-titre">{text.offerTitle}</h2>
        {call.offerItems.length ? (
          <ul>
            {call.offerItems.map((item) => (
              <li key={item}>{fr.calls.offerItems[item]}</li>
            ))}
          </ul>
        ) : null}
        {call.offer ? <p className="pre-line">{call.offer}</p> : null}
      </section>
      {call.expectations ? (
        <section aria-labelledby="attendu-titre" className="stack">
          <h2 id="attendu-titre">{text.expectationsTitle}</h2>
          <p className="pre-line">{call.expectations}</p>
        </section>
      ) : null}
      <section aria-labelledby="eligibilite-titre" className="stack">
        <h2 id="eligibilite-titre">{text.eligibilityTitle}</h2>
        <ul>
          <li>
            {call.legalForms.length
              ? t(text.legalForms, { list: call.legalForms.map((f) => fr.calls.legalForms[f]).join(", ") })
              : text.anyLegalForm}
          </li>
          {call.agrements.length ? (
            <li>
              {t(text.agrements, { list: call.agrements.map((a) => fr.calls.agrements[a]).join(", ") })}
            </li>
          ) : null}
          {call.departments.length ? (
            <li>{t(text.departments, { list: call.departments.join(", ") })}</li>
          ) : null}
        </ul>
      </section>
    </>
  );
}
