import { Form } from "react-router";
import type { CommentView, ThreadView } from "../../server/conversations/list-threads";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { CsrfInput } from "../ui/csrf-input";
import type { FormFailure } from "../ui/form";

const text = fr.conversations;

export type ConversationFailure = FormFailure;
type Dated = Date | string;
type Comment = Omit<CommentView, "createdAt" | "editedAt" | "revisions"> & {
  createdAt: Dated;
  editedAt: Dated | null;
  revisions: { body: string; writtenAt: Dated; authorName: string | null; replacedAt: Dated }[];
};
type Thread = Omit<ThreadView, "comments"> & { comments: Comment[] };
type Format = (value: Dated) => string;

/** The failure of the form posted for one target (a thread, a comment), with what was typed. */
const failureOf = (failure: ConversationFailure | undefined, intent: string, key: string, id: string) =>
  failure?.values.intent === intent && failure.values[key] === id ? failure : undefined;

/**
 * A text field with an id of its own (a page holds one reply form per thread), its help, and its
 * error or what was typed when the form failed.
 */
export function TextBox({
  idPrefix,
  name,
  label,
  help,
  multiline,
  failure,
  defaultValue,
}: {
  idPrefix: string;
  name: string;
  label: string;
  help?: string;
  multiline?: boolean;
  failure?: ConversationFailure;
  defaultValue?: string;
}) {
  const id = `${idPrefix}-${name}`;
  const error = failure?.fields[name];
  const typed = failure?.values[name];
  const value = typeof typed === "string" ? typed : (defaultValue ?? "");
  const describedBy = [help ? `${id}-aide` : null, error ? `${id}-erreur` : null].filter(Boolean).join(" ");
  const common = {
    id,
    name,
    defaultValue: value,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy || undefined,
  };
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {help ? (
        <p className="field__help" id={`${id}-aide`}>
          {help}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-erreur`}>
          {error}
        </p>
      ) : null}
      {multiline ? <textarea {...common} rows={4} /> : <input {...common} type="text" />}
    </div>
  );
}

/** A small form aimed at one thread or comment: its intent and target travel as hidden fields. */
function TargetForm({
  intent,
  target,
  children,
}: {
  intent: string;
  target: { name: "threadId" | "commentId"; id: string };
  children: React.ReactNode;
}) {
  return (
    <Form method="post" className="stack" noValidate>
      <CsrfInput />
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name={target.name} value={target.id} />
      {children}
    </Form>
  );
}

/** The text of a new comment, whom it mentions (among `people`, the thread's readers) and "Publier". */
export function CommentFields({
  idPrefix,
  bodyLabel,
  bodyHelp,
  people,
  failure,
}: {
  idPrefix: string;
  bodyLabel: string;
  bodyHelp?: string;
  people: string;
  failure?: ConversationFailure;
}) {
  return (
    <>
      <TextBox
        idPrefix={idPrefix}
        name="body"
        label={bodyLabel}
        help={bodyHelp}
        multiline
        failure={failure}
      />
      <TextBox
        idPrefix={idPrefix}
        name="mentions"
        label={text.mentions}
        help={t(text.mentionsHelp, { people })}
        failure={failure}
      />
      <button type="submit" className="button">
        {text.post}
      </button>
    </>
  );
}

function Revisions({ comment, formatDate }: { comment: Comment; formatDate: Format }) {
  if (!comment.revisions.length) return null;
  return (
    <details>
      <summary>{t(text.history, { count: comment.revisions.length })}</summary>
      <ol className="stack">
        {comment.revisions.map((r) => (
          <li key={`${r.replacedAt}`}>
            <p>
              {t(text.revision, {
                author: r.authorName ?? text.unknownAuthor,
                date: formatDate(r.writtenAt),
                replacedAt: formatDate(r.replacedAt),
              })}
            </p>
            <blockquote className="prewrap">{r.body}</blockquote>
          </li>
        ))}
      </ol>
    </details>
  );
}

function EditForm({ comment, failure }: { comment: Comment; failure?: ConversationFailure }) {
  return (
    <details open={Boolean(failure)}>
      <summary>{text.edit}</summary>
      <TargetForm intent="edit" target={{ name: "commentId", id: comment.id }}>
        <TextBox
          idPrefix={`modifier-${comment.id}`}
          name="body"
          label={text.editLabel}
          multiline
          failure={failure}
          defaultValue={comment.body}
        />
        <button type="submit" className="button button--secondary">
          {text.save}
        </button>
      </TargetForm>
    </details>
  );
}

function TaskForm({
  comment,
  team,
  failure,
}: {
  comment: Comment;
  team: { id: string; name: string }[];
  failure?: ConversationFailure;
}) {
  const prefix = `tache-${comment.id}`;
  const tasks = fr.meetings.tasks;
  const owner = typeof failure?.values.ownerUserId === "string" ? failure.values.ownerUserId : "";
  return (
    <details open={Boolean(failure)}>
      <summary>{text.toTask}</summary>
      <TargetForm intent="task" target={{ name: "commentId", id: comment.id }}>
        <TextBox
          idPrefix={prefix}
          name="title"
          label={text.taskTitle}
          failure={failure}
          defaultValue={comment.body.slice(0, 300)}
        />
        <div className={`field${failure?.fields.ownerUserId ? " field--error" : ""}`}>
          <label htmlFor={`${prefix}-ownerUserId`}>{tasks.fields.ownerUserId}</label>
          {failure?.fields.ownerUserId ? <p className="field__error">{failure.fields.ownerUserId}</p> : null}
          <select id={`${prefix}-ownerUserId`} name="ownerUserId" defaultValue={owner}>
            <option value="">{tasks.noOwner}</option>
            {team.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <TextBox
          idPrefix={prefix}
          name="dueOn"
          label={tasks.fields.dueOn}
          help={tasks.help.dueOn}
          failure={failure}
        />
        <button type="submit" className="button button--secondary">
          {text.taskCreate}
        </button>
      </TargetForm>
    </details>
  );
}

function CommentItem(props: {
  comment: Comment;
  userId: string;
  canMakeTasks: boolean;
  team: { id: string; name: string }[];
  failure?: ConversationFailure;
  formatDate: Format;
}) {
  const { comment, formatDate } = props;
  return (
    <li id={`message-${comment.id}`} className="stack">
      <p>
        <strong>
          {t(text.by, {
            author: comment.authorName ?? text.unknownAuthor,
            date: formatDate(comment.createdAt),
          })}
        </strong>
        {comment.editedAt ? ` · ${text.editedMark}` : null}
      </p>
      <p className="prewrap">{comment.body}</p>
      {comment.taskTitle ? <p className="badge">{t(text.becameTask, { title: comment.taskTitle })}</p> : null}
      <Revisions comment={comment} formatDate={formatDate} />
      {comment.authorUserId === props.userId ? (
        <EditForm comment={comment} failure={failureOf(props.failure, "edit", "commentId", comment.id)} />
      ) : null}
      {props.canMakeTasks && !comment.taskTitle ? (
        <TaskForm
          comment={comment}
          team={props.team}
          failure={failureOf(props.failure, "task", "commentId", comment.id)}
        />
      ) : null}
    </li>
  );
}

/** One thread: who reads it (in words, at its head), its comments in order, and the reply form. */
export function ThreadCard(props: {
  thread: Thread;
  userId: string;
  canMakeTasks: boolean;
  team: { id: string; name: string }[];
  failure?: ConversationFailure;
  formatDate: Format;
}) {
  const { thread } = props;
  const replyFailure = failureOf(props.failure, "reply", "threadId", thread.id);
  const people = thread.audience.map((p) => `${p.name} (${p.email})`).join(", ");
  return (
    <article id={`fil-${thread.id}`} className="card stack" aria-label={text.visibility[thread.visibility]}>
      <p>
        <span className={`badge badge--visibility-${thread.visibility}`}>
          {text.visibility[thread.visibility]}
        </span>{" "}
        {text.visibilityHelp[thread.visibility]}
      </p>
      <ol className="stack">
        {thread.comments.map((comment) => (
          <CommentItem key={comment.id} {...props} comment={comment} />
        ))}
      </ol>
      <details open={Boolean(replyFailure)}>
        <summary>{text.reply}</summary>
        <TargetForm intent="reply" target={{ name: "threadId", id: thread.id }}>
          <CommentFields
            idPrefix={`repondre-${thread.id}`}
            bodyLabel={text.replyLabel}
            people={people}
            failure={replyFailure}
          />
        </TargetForm>
      </details>
    </article>
  );
}
