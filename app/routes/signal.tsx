import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { listThemes } from "../../server/catalogue/list-themes";
import { attachSignalDocument, listSignalDocuments } from "../../server/documents/signal-documents";
import { requireActor } from "../../server/http/require-actor";
import { getSignalMatches } from "../../server/initiatives/get-signal-matches";
import { changeSignalStatus } from "../../server/signals/change-signal-status";
import { getSignal } from "../../server/signals/get-signal";
import { updateSignalSpam } from "../../server/signals/update-signal-spam";
import { inclusionPublicLabels } from "../../shared/codes/data-inclusion";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate, formatDateTime } from "../../shared/time";
import { WhyList } from "../catalogue/why-list";
import { doneFlag, valueOr404 } from "../network/page-results";
import { SignalStatusBadge } from "../signals/signal-status-badge";
import { SimilarList } from "../signals/similar-list";
import { SpamReview } from "../signals/spam-review";
import { CsrfInput } from "../ui/csrf-input";
import { Field } from "../ui/form";
import { postedForm, readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/signal";

const text = fr.signals.detail;
const labels = fr.signals.fields;
const done = ["enregistre", "statut", "modifie", "piece", "verifiee", "indesirable"] as const;

export const meta = ({ loaderData }: Route.MetaArgs) =>
  loaderData
    ? [{ title: `${loaderData.signal.reference} ${loaderData.signal.title} — ${fr.common.appName}` }]
    : [{ title: `${fr.common.notFoundTitle} — ${fr.common.appName}` }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const signal = valueOr404(await getSignal(context.deps, actor, params.id));
  const themes = await listThemes(context.deps);
  return {
    signal,
    documents: valueOr404(await listSignalDocuments(context.deps, actor, params.id)),
    matches: valueOr404(await getSignalMatches(context.deps, actor, params.id)),
    themeLabels: Object.fromEntries(themes.map((theme) => [theme.code, theme.label])),
    done: doneFlag(request, done),
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const posted = await readForm(request);
  if (posted.text("intent") === "document") {
    const file = posted.file("file");
    const attached = await attachSignalDocument(context.deps, actor, params.id, {
      filename: file?.name ?? "",
      mediaType: file?.type ?? "",
      content: file ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0),
    });
    if (!attached.ok)
      return replyFailure(attached, { values: { intent: "document" } }, { forbidden: "explain" });
    return redirect(`/signaux/${params.id}?fait=piece#pieces-titre`);
  }
  if (posted.text("intent") === "spam") {
    const reviewed = await updateSignalSpam(context.deps, actor, params.id, {
      verdict: posted.text("verdict"),
    });
    if (!reviewed.ok) return replyFailure(reviewed, { values: { intent: "spam" } });
    const flag = reviewed.value.spam === "confirmed" ? "indesirable" : "verifiee";
    return redirect(`/signaux/${params.id}?fait=${flag}`);
  }
  // Each transition's form prefixes its fields (`park-reason`) so ids stay unique on the page.
  const form = postedForm(
    Object.fromEntries(
      Object.entries(posted.input).map(([key, value]) => [
        key.replace(/^[a-zA-Z]+-(reason|wakeUpOn|targetId)$/, "$1"),
        value,
      ]),
    ),
  );
  const result = await changeSignalStatus(context.deps, actor, params.id, {
    to: form.text("to"),
    reason: form.text("reason"),
    wakeUpOn: form.optional("wakeUpOn"),
    targetId: form.optional("targetId"),
  });
  if (!result.ok) return replyFailure(result, form);
  return redirect(`/signaux/${params.id}?fait=statut`);
}

export default function SignalPage() {
  const { signal, documents, matches, themeLabels, done: flag } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const failedTo = typeof failure?.values.to === "string" ? failure.values.to : null;
  // Only signals the officer can open may be merge targets (same Fabrique); others are shown, not offered.
  const mergeable = matches.similar.filter((m) => m.canOpen && m.sameFabrique);
  return (
    <div className="stack">
      <p>
        <a href="/signaux">{text.breadcrumb}</a>
      </p>
      {flag ? (
        <p className="notice notice--success" role="status">
          {flag === "statut"
            ? text.changed
            : flag === "piece"
              ? fr.signals.documents.done
              : flag === "verifiee"
                ? fr.signals.spamMark.clearedDone
                : flag === "indesirable"
                  ? fr.signals.spamMark.confirmedDone
                  : text.saved}
        </p>
      ) : null}
      <h1>
        {signal.reference} — {signal.title}
      </h1>
      <p>
        <SignalStatusBadge status={signal.status} /> {fr.signals.kinds[signal.kind]}
        {signal.mergedIntoReference && signal.mergedIntoId ? (
          <>
            {" — "}
            <a href={`/signaux/${signal.mergedIntoId}`}>
              {t(text.mergedInto, { reference: signal.mergedIntoReference })}
            </a>
          </>
        ) : null}
      </p>

      {signal.canChange ? (
        <SpamReview
          signal={signal}
          error={failure?.values.intent === "spam" ? (failure.message ?? null) : null}
        />
      ) : null}

      <section aria-labelledby="fiche-titre" className="stack">
        <h2 id="fiche-titre">{text.facts}</h2>
        <p>{signal.description}</p>
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
        {signal.canChange ? (
          <p>
            <a className="button button--secondary" href={`/signaux/${signal.id}/modifier`}>
              {text.edit}
            </a>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="existant-titre" className="card stack">
        <h2 id="existant-titre">{text.matchesTitle}</h2>
        <p>{text.matchesIntro}</p>
        <section aria-labelledby="modeles-titre">
          <h3 id="modeles-titre">{text.modelsTitle}</h3>
          {matches.models.length === 0 ? (
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
        </section>
      </section>

      {signal.canChange ? (
        <section aria-labelledby="statut-titre" className="stack">
          <h2 id="statut-titre">{text.transitionsTitle}</h2>
          {signal.status === "new" || signal.status === "qualified" ? (
            <p>
              <a className="button" href={`/projets/nouveau?signal=${signal.id}`}>
                {text.createInitiative}
              </a>
            </p>
          ) : null}
          {signal.transitions.length === 0 ? <p>{text.noTransition}</p> : null}
          {signal.transitions
            .filter((transition) => transition.name !== "convert")
            .map((transition) => {
              const failed = failedTo === transition.to ? failure : undefined;
              const errors = failed?.fields ?? {};
              const prefix = `${transition.name}-`;
              return (
                <Form
                  method="post"
                  noValidate
                  className="card stack"
                  key={transition.name}
                  aria-labelledby={`${prefix}titre`}
                >
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
                      defaultValue={
                        typeof failed?.values.targetId === "string" ? failed.values.targetId : undefined
                      }
                      error={errors.targetId}
                    />
                  ) : null}
                  {transition.asks.wakeUpOn ? (
                    <Field
                      name={`${prefix}wakeUpOn`}
                      label={labels.wakeUpOn}
                      type="date"
                      required
                      defaultValue={
                        typeof failed?.values.wakeUpOn === "string" ? failed.values.wakeUpOn : undefined
                      }
                      error={errors.wakeUpOn}
                    />
                  ) : null}
                  <Field
                    name={`${prefix}reason`}
                    label={labels.reason}
                    required={transition.asks.reason}
                    multiline
                    defaultValue={
                      typeof failed?.values.reason === "string" ? failed.values.reason : undefined
                    }
                    error={errors.reason}
                  />
                  <button type="submit" className="button button--secondary">
                    {transition.label}
                  </button>
                </Form>
              );
            })}
        </section>
      ) : null}

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
    </div>
  );
}
