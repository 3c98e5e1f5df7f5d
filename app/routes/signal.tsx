import { redirect, useActionData, useLoaderData } from "react-router";
import { requireActor } from "../../server/accounts/require-actor";
import { listThemes } from "../../server/catalogue/list-themes";
import { formToObject } from "../../server/core/validation";
import { changeSignalStatus } from "../../server/signals/change-signal-status";
import { getSignal } from "../../server/signals/get-signal";
import { getSignalMatches } from "../../server/signals/get-signal-matches";
import { attachSignalDocument, listSignalDocuments } from "../../server/signals/signal-documents";
import { updateSignalSpam } from "../../server/signals/update-signal-spam";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { doneFlag, valueOr404 } from "../network/page-results";
import { type SignalFormFailure, signalFormFailure } from "../signals/form-failure";
import {
  SignalDocuments,
  SignalFacts,
  SignalJournal,
  SignalMatchesSection,
  SignalTransitions,
} from "../signals/signal-sections";
import { SignalStatusBadge } from "../signals/signal-status-badge";
import { SpamReview } from "../signals/spam-review";
import type { Route } from "./+types/signal";

const text = fr.signals.detail;
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

/** The success notice after a redirect (`?fait=…`). */
function doneMessage(flag: (typeof done)[number]): string {
  if (flag === "statut") return text.changed;
  if (flag === "piece") return fr.signals.documents.done;
  if (flag === "verifiee") return fr.signals.spamMark.clearedDone;
  if (flag === "indesirable") return fr.signals.spamMark.confirmedDone;
  return text.saved;
}

export default function SignalPage() {
  const { signal, documents, matches, themeLabels, done: flag } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as SignalFormFailure | undefined;
  // Only signals the officer can open may be merge targets (same Fabrique); others are shown, not offered.
  const mergeable = matches.similar.filter((m) => m.canOpen && m.sameFabrique);
  return (
    <div className="stack">
      <p>
        <a href="/signaux">{text.breadcrumb}</a>
      </p>
      {flag ? (
        <p className="notice notice--success" role="status">
          {doneMessage(flag)}
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
        <SignalFacts signal={signal} themeLabels={themeLabels} />
        {signal.canChange ? (
          <p>
            <a className="button button--secondary" href={`/signaux/${signal.id}/modifier`}>
              {text.edit}
            </a>
          </p>
        ) : null}
      </section>

      <SignalMatchesSection signal={signal} matches={matches} themeLabels={themeLabels} />
      {signal.canChange ? (
        <SignalTransitions signal={signal} failure={failure} mergeable={mergeable} />
      ) : null}
      <SignalDocuments signal={signal} documents={documents} failure={failure} />
      <SignalJournal signal={signal} />
    </div>
  );
}
