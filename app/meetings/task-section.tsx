import { Form } from "react-router";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { SelectField } from "../network/select-field";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field } from "../ui/form";
import { failureFor, type IntentFailure } from "./dossier-sections";

const text = fr.meetings.tasks;

export type TaskItem = {
  id: string;
  title: string;
  ownerName: string | null;
  dueOn: string | null;
  doneAt: string | Date | null;
  initiativeId?: string | null;
  initiativeTitle?: string | null;
};

const day = (iso: string) => formatDate(iso);

/** "en retard", "aujourd'hui" or "pour le 3 déc. 2026"; words, not only a colour. */
export function DueLabel({ task, today }: { task: TaskItem; today: string }) {
  if (task.doneAt) return <span>{t(text.doneOn, { date: formatDate(task.doneAt) })}</span>;
  if (!task.dueOn) return null;
  if (task.dueOn < today) {
    return (
      <span className="badge">
        {text.overdue} ({day(task.dueOn)})
      </span>
    );
  }
  if (task.dueOn === today) return <span className="badge">{text.dueToday}</span>;
  return <span>{t(text.due, { date: day(task.dueOn) })}</span>;
}

/** One task with its tick/untick button (a small form: works without JavaScript). */
export function TaskRow({
  task,
  today,
  canTick,
  showInitiative,
}: {
  task: TaskItem;
  today: string;
  canTick: boolean;
  showInitiative?: boolean;
}) {
  return (
    <li className="task">
      {task.doneAt ? <s>{task.title}</s> : <strong>{task.title}</strong>}
      {showInitiative && task.initiativeId ? (
        <>
          {" — "}
          <a href={`/projets/${task.initiativeId}/reunions#taches`}>{task.initiativeTitle}</a>
        </>
      ) : null}{" "}
      · {task.ownerName ?? text.noOwner} · <DueLabel task={task} today={today} />
      {canTick ? (
        <Form method="post" className="inline-form">
          <CsrfInput />
          <input type="hidden" name="taskId" value={task.id} />
          <input type="hidden" name="intent" value={task.doneAt ? "task-undone" : "task-done"} />
          <button type="submit" className="button button--secondary">
            {task.doneAt ? text.markUndone : text.markDone}
            <span className="visually-hidden"> : {task.title}</span>
          </button>
        </Form>
      ) : null}
    </li>
  );
}

export function TaskForm({
  failure,
  team,
  defaultOwner,
}: {
  failure?: IntentFailure;
  team: { id: string; name: string }[];
  defaultOwner: string;
}) {
  const values = failure?.values ?? {};
  const errors = failure?.fields ?? {};
  return (
    <Form method="post" className="stack" noValidate>
      <h3>{text.addTitle}</h3>
      <ErrorSummary failure={failure} labels={text.fields} />
      <CsrfInput />
      <input type="hidden" name="intent" value="task" />
      <Field
        name="title"
        label={text.fields.title}
        required
        defaultValue={values.title}
        error={errors.title}
      />
      <SelectField
        name="ownerUserId"
        label={text.fields.ownerUserId}
        placeholder={text.noOwner}
        options={team.map((u) => ({ value: u.id, label: u.name }))}
        defaultValue={values.ownerUserId ?? defaultOwner}
        error={errors.ownerUserId}
      />
      <Field
        name="dueOn"
        label={text.fields.dueOn}
        help={text.help.dueOn}
        defaultValue={values.dueOn}
        error={errors.dueOn}
      />
      <button type="submit" className="button">
        {text.add}
      </button>
    </Form>
  );
}

/**
 * An initiative's tasks (hidden from who may not see them): each ticked by the team or by its
 * owner, then the form that adds one, open when it failed.
 */
export function TasksSection({
  showTasks,
  tasks,
  today,
  userId,
  canEdit,
  team,
  failure,
}: {
  showTasks: boolean;
  tasks: (TaskItem & { ownerUserId: string | null })[];
  today: string;
  userId: string;
  canEdit: boolean;
  team: { id: string; name: string }[];
  failure: IntentFailure | undefined;
}) {
  const taskFailure = failureFor(failure, "task");
  return (
    <section aria-labelledby="taches" className="stack">
      <h2 id="taches">{text.title}</h2>
      {showTasks ? (
        <>
          {tasks.length ? (
            <ul className="stack">
              {tasks.map((task) => (
                <TaskRow
                  key={task.id}
                  task={task}
                  today={today}
                  canTick={canEdit || task.ownerUserId === userId}
                />
              ))}
            </ul>
          ) : (
            <p>{text.none}</p>
          )}
          {canEdit ? (
            <details open={Boolean(taskFailure)}>
              <summary>{text.add}</summary>
              <TaskForm failure={taskFailure} team={team} defaultOwner={userId} />
            </details>
          ) : null}
        </>
      ) : (
        <p>{text.hidden}</p>
      )}
    </section>
  );
}
