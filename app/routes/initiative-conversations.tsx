import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { commentToTask } from "../../server/conversations/comment-to-task";
import { editComment } from "../../server/conversations/edit-comment";
import { listThreads } from "../../server/conversations/list-threads";
import { replyToThread, startThread } from "../../server/conversations/post-comment";
import { requireActor } from "../../server/http/require-actor";
import { loadInitiativeForActor } from "../../server/initiatives/initiative-access";
import { listTeamUsers } from "../../server/meetings/meeting-access";
import { threadVisibilities } from "../../shared/codes/conversations";
import { fr } from "../../shared/i18n/fr";
import { formatDateTime } from "../../shared/time";
import { CommentFields, type ConversationFailure, ThreadCard } from "../conversations/thread-card";
import { InitiativeHeader, initiativeHeaderData } from "../initiatives/initiative-header";
import { doneFlag, valueOr404 } from "../network/page-results";
import { CsrfInput } from "../ui/csrf-input";
import { EmptyState } from "../ui/empty-state";
import { ErrorSummary } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/initiative-conversations";

const text = fr.conversations;
const flags = ["ouvert", "reponse", "modifie", "tache"] as const;
const flagMessages: Record<(typeof flags)[number], string> = {
  ouvert: text.started,
  reponse: text.replied,
  modifie: text.edited,
  tache: text.tasked,
};

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const { deps } = context;
  const { initiative, access } = valueOr404(await loadInitiativeForActor(deps, actor, params.id));
  const { threads, readers } = valueOr404(await listThreads(deps, actor, params.id));
  return {
    header: initiativeHeaderData(initiative, access),
    threads,
    readers,
    canMakeTasks: access.canEdit,
    team: access.canEdit ? await listTeamUsers(deps, initiative.fabriqueId) : [],
    userId: actor.userId,
    done: doneFlag(request, flags),
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const { deps } = context;
  const form = await readForm(request);
  const intent = form.text("intent");
  const back = (flag: string, anchor: string) =>
    redirect(`/projets/${params.id}/echanges?done=${flag}#${anchor}`);
  const failed = (failure: Parameters<typeof replyFailure>[0]) =>
    replyFailure(failure, { values: { ...form.values, intent } });
  const mentions = form.text("mentions");
  if (intent === "start") {
    const result = await startThread(deps, actor, params.id, {
      visibility: form.text("visibility"),
      body: form.text("body"),
      mentions,
    });
    return result.ok ? back("ouvert", `fil-${result.value.threadId}`) : failed(result);
  }
  if (intent === "reply") {
    const result = await replyToThread(deps, actor, form.text("threadId"), {
      body: form.text("body"),
      mentions,
    });
    return result.ok ? back("reponse", `message-${result.value.commentId}`) : failed(result);
  }
  if (intent === "edit") {
    const commentId = form.text("commentId");
    const result = await editComment(deps, actor, commentId, { body: form.text("body") });
    return result.ok ? back("modifie", `message-${commentId}`) : failed(result);
  }
  if (intent === "task") {
    const commentId = form.text("commentId");
    const result = await commentToTask(deps, actor, commentId, {
      title: form.text("title"),
      ownerUserId: form.text("ownerUserId"),
      dueOn: form.text("dueOn"),
    });
    return result.ok ? back("tache", `message-${commentId}`) : failed(result);
  }
  return failed({ ok: false, error: "INVALID_INPUT" });
}

type Readers = Awaited<ReturnType<typeof loader>>["readers"];
const names = (people: { name: string; email: string }[] = []) =>
  people.map((p) => `${p.name} (${p.email})`).join(", ");

/** Opens a thread: who reads it (the team alone is offered to the team only), the text, mentions. */
function NewThreadForm({ failure, readers }: { failure?: ConversationFailure; readers: Readers }) {
  const values = failure?.values ?? {};
  const offered = threadVisibilities.filter((v) => readers[v]);
  const visibility = typeof values.visibility === "string" ? values.visibility : offered[0];
  const people = offered.map((v) => `${text.visibility[v]} : ${names(readers[v])}`).join(" — ");
  return (
    <Form method="post" className="stack" noValidate>
      <ErrorSummary
        failure={failure}
        labels={{ visibility: text.visibilityLegend, body: text.body, mentions: text.mentions }}
      />
      <CsrfInput />
      <input type="hidden" name="intent" value="start" />
      <fieldset id="champ-visibility" className={`field${failure?.fields.visibility ? " field--error" : ""}`}>
        <legend>{text.visibilityLegend}</legend>
        {offered.map((v) => (
          <div key={v}>
            <input
              type="radio"
              id={`visibilite-${v}`}
              name="visibility"
              value={v}
              defaultChecked={visibility === v}
            />
            <label htmlFor={`visibilite-${v}`}>
              <strong>{text.visibility[v]}</strong> — {text.visibilityHelp[v]}
            </label>
          </div>
        ))}
      </fieldset>
      <CommentFields
        idPrefix="champ"
        bodyLabel={text.body}
        bodyHelp={text.bodyHelp}
        people={people}
        failure={failure}
      />
    </Form>
  );
}

export default function InitiativeConversationsPage() {
  const { header, threads, readers, canMakeTasks, team, userId, done } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as ConversationFailure | undefined;
  const startFailure = failure?.values.intent === "start" ? failure : undefined;
  // A failed reply, edit or task names its fields beside them, in the open form of its thread.
  const otherFailure = failure && !startFailure ? { ...failure, fields: {} } : undefined;
  return (
    <div className="stack">
      <InitiativeHeader initiative={header} current="conversations" />
      {done ? (
        <p className="notice notice--success" role="status">
          {flagMessages[done]}
        </p>
      ) : null}
      <ErrorSummary failure={otherFailure} labels={{}} />
      <h2>{text.title}</h2>
      <p>{text.intro}</p>
      {threads.length ? (
        threads.map((thread) => (
          <ThreadCard
            key={thread.id}
            thread={thread}
            userId={userId}
            canMakeTasks={canMakeTasks}
            team={team}
            failure={failure}
            formatDate={formatDateTime}
          />
        ))
      ) : (
        <EmptyState title={text.empty}>{text.emptyHint}</EmptyState>
      )}
      <section aria-labelledby="nouveau-fil" className="stack">
        <h2 id="nouveau-fil">{text.newThread}</h2>
        <NewThreadForm failure={startFailure} readers={readers} />
      </section>
    </div>
  );
}
