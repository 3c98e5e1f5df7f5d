import { redirect, useActionData, useLoaderData } from "react-router";
import { listThemes } from "../../server/catalogue/list-themes";
import { attachSignalDocument, listSignalDocuments } from "../../server/documents/signal-documents";
import { requireActor } from "../../server/http/require-actor";
import { getSignalMatches } from "../../server/initiatives/get-signal-matches";
import { assignSignal } from "../../server/signals/assign-signal";
import { changeSignalStatus } from "../../server/signals/change-signal-status";
import { getSignal } from "../../server/signals/get-signal";
import { getSubmitterFollowUp, updatePublicAnswer } from "../../server/signals/signal-public-answer";
import { updateSignalSpam } from "../../server/signals/update-signal-spam";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { doneFlag, valueOr404 } from "../network/page-results";
import { SignalAssigneeSection } from "../signals/signal-assignee";
import {
  SignalDocuments,
  SignalFacts,
  SignalJournal,
  SignalMatchesSection,
  SignalTransitions,
} from "../signals/signal-sections";
import { SignalStatusBadge } from "../signals/signal-status-badge";
import { SpamReview } from "../signals/spam-review";
import { SubmitterFollowUpSection } from "../signals/submitter-follow-up-section";
import { postedForm, readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/signal";

const text = fr.signals.detail;
const done = [
  "enregistre",
  "statut",
  "modifie",
  "piece",
  "verifiee",
  "indesirable",
  "reponse",
  "confiee",
  "sans-personne",
] as const;

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
    followUp: valueOr404(await getSubmitterFollowUp(context.deps, actor, params.id)),
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
    return redirect(`/signaux/${params.id}?done=piece#pieces-titre`);
  }
  if (posted.text("intent") === "public-answer") {
    const answered = await updatePublicAnswer(context.deps, actor, params.id, posted.text("publicAnswer"));
    if (!answered.ok) return replyFailure(answered, posted);
    return redirect(`/signaux/${params.id}?done=reponse#suivi-titre`);
  }
  if (posted.text("intent") === "assign") {
    const assigned = await assignSignal(context.deps, actor, params.id, posted.text("assigneeUserId"));
    if (!assigned.ok) return replyFailure(assigned, { values: { intent: "assign" } });
    const flag = assigned.value.assigneeUserId ? "confiee" : "sans-personne";
    return redirect(`/signaux/${params.id}?done=${flag}#confiee-titre`);
  }
  if (posted.text("intent") === "spam") {
    const reviewed = await updateSignalSpam(context.deps, actor, params.id, {
      verdict: posted.text("verdict"),
    });
    if (!reviewed.ok) return replyFailure(reviewed, { values: { intent: "spam" } });
    const flag = reviewed.value.spam === "confirmed" ? "indesirable" : "verifiee";
    return redirect(`/signaux/${params.id}?done=${flag}`);
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
  return redirect(`/signaux/${params.id}?done=statut`);
}

/** The success notice after a redirect (`?done=…`). */
function doneMessage(flag: (typeof done)[number]): string {
  if (flag === "statut") return text.changed;
  if (flag === "piece") return fr.signals.documents.done;
  if (flag === "verifiee") return fr.signals.spamMark.clearedDone;
  if (flag === "indesirable") return fr.signals.spamMark.confirmedDone;
  if (flag === "reponse") return fr.notifications.publicAnswer.saved;
  if (flag === "confiee") return fr.signals.assignee.saved;
  if (flag === "sans-personne") return fr.signals.assignee.cleared;
  return text.saved;
}

export default function SignalPage() {
  const { signal, documents, matches, followUp, themeLabels, done: flag } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
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

      <SignalAssigneeSection
        signal={signal}
        error={failure?.values.intent === "assign" ? (failure.message ?? null) : null}
      />
      <SignalMatchesSection signal={signal} matches={matches} themeLabels={themeLabels} />
      {signal.canChange ? (
        <SignalTransitions signal={signal} failure={failure} mergeable={mergeable} />
      ) : null}
      {followUp ? <SubmitterFollowUpSection followUp={followUp} failure={failure} /> : null}
      <SignalDocuments signal={signal} documents={documents} failure={failure} />
      <SignalJournal signal={signal} />
    </div>
  );
}
