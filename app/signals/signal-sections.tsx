import { Form } from "react-router";
import type { SignalDocument } from "../../server/documents/signal-documents";
import type { SignalMatches } from "../../server/initiatives/get-signal-matches";
import type { SignalDetails } from "../../server/signals/get-signal";
import { inclusionPublicLabels } from "../../shared/codes/data-inclusion";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate, formatDateTime } from "../../shared/time";
import { WhyList } from "../catalogue/why-list";
import { CsrfInput } from "../ui/csrf-input";
import type { FormFailure } from "../ui/form";
import { Field } from "../ui/form";
import { SimilarList } from "./similar-list";

/** The sections of a signal's page (`routes/signal.tsx`), one component each. */

const text = fr.signals.detail;

/** The signal as the page receives it: its transitions without their server-side guards. */
type Transition = Omit<SignalDetails["transitions"][number], "guards">;
type PageSignal = Omit<SignalDetails, "transitions"> & { transitions: Transition[] };
const labels = fr.signals.fields;

/** The signal's facts: territory, themes, publics, channel, source, submitter, dates, coverage. */
export function SignalFacts({
  signal,
  themeLabels,
}: {
  signal: PageSignal;
  themeLabels: Record<string, string>;
}) {
  return (
    <dl className="facts">
      <dt>{labels.territory}</dt>
      <dd>
        <a href={`/territoires/${signal.territoryKind}/${signal.territoryCode}`}>
          {signal.territoryName ?? text.territoryUnknown}
        </a>
      </dd>
      <dt>{labels.themes}</dt>
      <dd>{signal.themes.map((code) => themeLabels[code] ?? code).join(", ") || "—"}</dd>
      <dt>{labels.publics}</dt>
      <dd>{signal.publics.map((code) => inclusionPublicLabels.get(code) ?? code).join(", ") || "—"}</dd>
      <dt>{labels.channel}</dt>
      <dd>{fr.signals.channels[signal.channel]}</dd>
      <dt>{text.source}</dt>
      <dd>{[signal.sourceOrganisation, signal.sourcePerson].filter(Boolean).join(" — ") || "—"}</dd>
      {signal.submitterName || signal.submitterEmail ? (
        <>
          <dt>{labels.submitter}</dt>
          <dd>
            {signal.submitterName}
            {signal.submitterType ? ` (${fr.signals.submitterTypes[signal.submitterType]})` : ""}
            {signal.submitterEmail ? (
              <>
                {" — "}
                <a href={`mailto:${signal.submitterEmail}`}>{signal.submitterEmail}</a>
              </>
            ) : null}
          </dd>
        </>
      ) : null}
      <dt>{labels.createdAt}</dt>
      <dd>
        {formatDate(signal.createdAt)}{" "}
        {signal.createdByName ? t(text.by, { name: signal.createdByName }) : text.byPublic}
        {signal.assisted ? ` (${fr.signals.assisted.detail})` : ""}
      </dd>
      {signal.wakeUpOn ? (
        <>
          <dt>{labels.wakeUpOn}</dt>
          <dd>{formatDate(signal.wakeUpOn)}</dd>
        </>
      ) : null}
      <dt>{labels.coverage}</dt>
      <dd>
        {signal.coverage ? fr.signals.coverage[signal.coverage] : "—"}
        {signal.coverageNote ? ` — ${signal.coverageNote}` : ""}
      </dd>
      {signal.evidence ? (
        <>
          <dt>{labels.evidence}</dt>
          <dd>{signal.evidence}</dd>
        </>
      ) : null}
    </dl>
  );
}

/**
 * « Ce qui existe déjà »: catalogue models, similar signals and initiatives, the existing offer.
 * A search that did not succeed says so rather than « nothing found ».
 */
export function SignalMatchesSection({
  signal,
  matches,
  themeLabels,
}: {
  signal: PageSignal;
  matches: SignalMatches;
  themeLabels: Record<string, string>;
}) {
  return (
    <section aria-labelledby="existant-titre" className="card stack">
      <h2 id="existant-titre">{text.matchesTitle}</h2>
      <p>{text.matchesIntro}</p>
      <section aria-labelledby="modeles-titre">
        <h3 id="modeles-titre">{text.modelsTitle}</h3>
        {matches.unavailable.includes("models") ? (
          <p className="notice">{text.modelsUnavailable}</p>
        ) : matches.models.length === 0 ? (
          <p>{text.modelsNone}</p>
        ) : (
          <ol>
            {matches.models.map((model) => (
              <li key={model.id}>
                <a href={`/catalogue/${model.id}`}>{model.title}</a> — {model.summary}
                <WhyList why={model.why} id={`pourquoi-${model.id}`} />
              </li>
            ))}
          </ol>
        )}
      </section>
      <SimilarList
        similar={matches.similar}
        initiatives={matches.initiatives}
        themeLabels={themeLabels}
        headingLevel="h3"
        idPrefix="semblables"
      />
      <OfferMatches signal={signal} matches={matches} />
    </section>
  );
}

/** One status change's form; the fields are prefixed with its name so ids stay unique. */
function TransitionForm({
  transition,
  failed,
  mergeable,
}: {
  transition: Transition;
  failed: FormFailure | undefined;
  mergeable: SignalMatches["similar"];
}) {
  const errors = failed?.fields ?? {};
  const prefix = `${transition.name}-`;
  return (
    <Form method="post" noValidate className="card stack" aria-labelledby={`${prefix}titre`}>
      <h3 id={`${prefix}titre`}>{transition.label}</h3>
      <CsrfInput />
      <input type="hidden" name="to" value={transition.to} />
      {failed?.message ? (
        <p className="field__error" role="alert">
          {failed.message}
        </p>
      ) : null}
      {transition.asks.target ? (
        <Field
          name={`${prefix}targetId`}
          label={labels.targetId}
          help={
            mergeable.length
              ? t(text.mergeHint, {
                  references: mergeable.map((m) => m.reference).join(", "),
                })
              : labels.reference
          }
          defaultValue={typeof failed?.values.targetId === "string" ? failed.values.targetId : undefined}
          error={errors.targetId}
        />
      ) : null}
      {transition.asks.wakeUpOn ? (
        <Field
          name={`${prefix}wakeUpOn`}
          label={labels.wakeUpOn}
          type="date"
          required
          defaultValue={typeof failed?.values.wakeUpOn === "string" ? failed.values.wakeUpOn : undefined}
          error={errors.wakeUpOn}
        />
      ) : null}
      <Field
        name={`${prefix}reason`}
        label={labels.reason}
        required={transition.asks.reason}
        multiline
        defaultValue={typeof failed?.values.reason === "string" ? failed.values.reason : undefined}
        error={errors.reason}
      />
      <button type="submit" className="button button--secondary">
        {transition.label}
      </button>
    </Form>
  );
}

/** The status changes the officer may make, the conversion into an initiative first. */
export function SignalTransitions({
  signal,
  failure,
  mergeable,
}: {
  signal: PageSignal;
  failure: FormFailure | undefined;
  mergeable: SignalMatches["similar"];
}) {
  const failedTo = typeof failure?.values.to === "string" ? failure.values.to : null;
  return (
    <section aria-labelledby="statut-titre" className="stack">
      <h2 id="statut-titre">{text.transitionsTitle}</h2>
      {signal.status === "new" || signal.status === "qualified" ? (
        <p>
          <a className="button" href={`/projets/nouveau?remontee=${signal.id}`}>
            {text.createInitiative}
          </a>
        </p>
      ) : null}
      {signal.transitions.length === 0 ? <p>{text.noTransition}</p> : null}
      {signal.transitions
        .filter((transition) => transition.name !== "convert")
        .map((transition) => (
          <TransitionForm
            key={transition.name}
            transition={transition}
            failed={failedTo === transition.to ? failure : undefined}
            mergeable={mergeable}
          />
        ))}
    </section>
  );
}

/** The documents attached to the signal, and the form to add one. */
export function SignalDocuments({
  signal,
  documents,
  failure,
}: {
  signal: PageSignal;
  documents: SignalDocument[];
  failure: FormFailure | undefined;
}) {
  return (
    <section aria-labelledby="pieces-titre" className="stack">
      <h2 id="pieces-titre">{fr.signals.documents.title}</h2>
      {documents.length === 0 ? (
        <p>{fr.signals.documents.none}</p>
      ) : (
        <ul>
          {documents.map((d) => (
            <li key={d.id}>
              <a href={`/documents/${d.id}`}>{d.filename}</a> —{" "}
              {t(fr.signals.documents.size, { size: Math.max(1, Math.round(d.sizeBytes / 1024)) })},{" "}
              {formatDate(d.createdAt)}
            </li>
          ))}
        </ul>
      )}
      {signal.canChange ? (
        <Form method="post" encType="multipart/form-data" className="stack" noValidate>
          <CsrfInput />
          <input type="hidden" name="intent" value="document" />
          <Field
            name="file"
            type="file"
            label={fr.signals.documents.file}
            error={failure?.values.intent === "document" ? failure.fields.file : undefined}
          />
          <button type="submit" className="button button--secondary">
            {fr.signals.documents.add}
          </button>
        </Form>
      ) : null}
    </section>
  );
}

/** The signal's journal: its creation and every status change, with who and why. */
export function SignalJournal({ signal }: { signal: PageSignal }) {
  return (
    <section aria-labelledby="historique-titre" className="stack">
      <h2 id="historique-titre">{text.journal}</h2>
      <ol className="stack">
        {signal.events.map((event) => (
          <li key={event.id}>
            <strong>
              {event.fromStatus === null
                ? text.created
                : event.fromStatus === event.toStatus
                  ? fr.signals.statuses[event.toStatus]
                  : `${fr.signals.statuses[event.fromStatus]} → ${fr.signals.statuses[event.toStatus]}`}
            </strong>{" "}
            — {formatDateTime(event.at)} {event.byName ? t(text.by, { name: event.byName }) : ""}
            {event.reason ? <p>{event.reason}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The existing offer: services in the signal's themes, then services found by their own text. */
function OfferMatches({ signal, matches }: { signal: PageSignal; matches: SignalMatches }) {
  if (matches.unavailable.includes("offer")) {
    return (
      <section aria-labelledby="offre-titre">
        <h3 id="offre-titre">{text.offerTitle}</h3>
        <p className="notice">{text.offerUnavailable}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="offre-titre">
      <h3 id="offre-titre">{text.offerTitle}</h3>
      {matches.offer.length === 0 ? (
        <p>{text.offerNone}</p>
      ) : (
        <>
          <ul>
            {matches.offer.map((service) => (
              <li key={`${service.source}:${service.id}`}>
                {service.name} — {service.structure.name}
                {service.commune ? ` (${service.commune})` : ""}
              </li>
            ))}
          </ul>
          <p>
            {t(text.offerMore, { count: matches.offerTotal })}{" "}
            <a
              href={`/offre?territory=${signal.territoryKind}:${signal.territoryCode}${signal.themes
                .map((code) => `&theme=${encodeURIComponent(code)}`)
                .join("")}`}
            >
              {text.offerLink}
            </a>
          </p>
        </>
      )}
      {matches.offerByText.length > 0 ? (
        <>
          <p>{text.offerByTextIntro}</p>
          <ul>
            {matches.offerByText.map((service) => (
              <li key={`${service.source}:${service.id}`}>
                {service.name} — {service.structure.name}
                {service.commune ? ` (${service.commune})` : ""}{" "}
                {t(text.offerByTextWords, {
                  words: service.matchedWords.map((word) => `« ${word} »`).join(", "),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
