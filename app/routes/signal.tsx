import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { requireActor } from "../../server/accounts/require-actor";
import { listThemes } from "../../server/catalogue/list-themes";
import { formToObject } from "../../server/core/validation";
import { changeSignalStatus } from "../../server/signals/change-signal-status";
import { getSignal } from "../../server/signals/get-signal";
import { getSignalMatches } from "../../server/signals/get-signal-matches";
import { attachSignalDocument, listSignalDocuments } from "../../server/signals/signal-documents";
import { updateSignalSpam } from "../../server/signals/update-signal-spam";
import { inclusionPublicLabels } from "../../shared/codes/data-inclusion";
import { formatDate, formatDateTime } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { WhyList } from "../catalogue/why-list";
import { doneFlag, valueOr404 } from "../network/page-results";
import { type SignalFormFailure, signalFormFailure } from "../signals/form-failure";
import { SignalStatusBadge } from "../signals/signal-status-badge";
import { SimilarList } from "../signals/similar-list";
import { SpamReview } from "../signals/spam-review";
import { CsrfInput } from "../ui/csrf-input";
import { Field } from "../ui/form";
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
  const form = await request.formData();
  if (form.get("intent") === "document") {
    const file = form.get("file");
    const isFile = typeof file === "object" && file !== null;
    const attached = await attachSignalDocument(context.deps, actor, params.id, {
      filename: isFile ? file.name : "",
      mediaType: isFile ? file.type : "",
      content: isFile ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0),
    });
    if (!attached.ok) return signalFormFailure(attached, { intent: "document" });
    return redirect(`/signaux/${params.id}?fait=piece#pieces-titre`);
  }
  if (form.get("intent") === "spam") {
    const verdict = form.get("verdict");
    const reviewed = await updateSignalSpam(context.deps, actor, params.id, {
      verdict: (typeof verdict === "string" ? verdict : "") as never,
    });
    if (!reviewed.ok) {
      return signalFormFailure(
        reviewed.error === "FORBIDDEN" ? { ...reviewed, error: "NOT_FOUND" } : reviewed,
        { intent: "spam" },
      );
    }
    const flag = reviewed.value.spam === "confirmed" ? "indesirable" : "verifiee";
    return redirect(`/signaux/${params.id}?fait=${flag}`);
  }
  // Each transition's form prefixes its fields (`park-reason`) so ids stay unique on the page.
  const values = Object.fromEntries(
    Object.entries(formToObject(form)).map(([key, value]) => [
      key.replace(/^[a-zA-Z]+-(reason|wakeUpOn|targetId)$/, "$1"),
      value,
    ]),
  );
  const str = (key: string) => (typeof values[key] === "string" ? (values[key] as string) : undefined);
  const result = await changeSignalStatus(context.deps, actor, params.id, {
    to: str("to") as never,
    reason: str("reason") ?? "",
    wakeUpOn: str("wakeUpOn") || undefined,
    targetId: str("targetId") || undefined,
  });
  if (!result.ok) {
    return signalFormFailure(
      result.error === "FORBIDDEN" ? { ...result, error: "NOT_FOUND" } : result,
      values,
    );
  }
  return redirect(`/signaux/${params.id}?fait=statut`);
}

export default function SignalPage() {
  const { signal, documents, matches, themeLabels, done: flag } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as SignalFormFailure | undefined;
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
                  href={`/offre?territoire=${signal.territoryKind}:${signal.territoryCode}${signal.themes
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
              <a className="button" href={`/projets/nouveau?remontee=${signal.id}`}>
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
