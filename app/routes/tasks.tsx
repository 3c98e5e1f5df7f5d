import { redirect, useLoaderData } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import { listMyTasks, updateTask } from "../../server/tasks/tasks";
import { fr } from "../../shared/i18n/fr";
import { parisDate } from "../../shared/time";
import { TaskRow } from "../meetings/task-section";
import { doneFlag } from "../network/page-results";
import { EmptyState } from "../ui/empty-state";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/tasks";

const text = fr.meetings.tasks;

export const meta = () => [{ title: `${text.mine.title} — ${fr.common.appName}` }];

export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const tasks = await listMyTasks(context.deps, actor);
  return {
    open: tasks.filter((task) => !task.doneAt),
    done: tasks.filter((task) => task.doneAt),
    today: parisDate(context.deps.clock.now()),
    updated: doneFlag(request, ["tache-maj"] as const) !== null,
  };
}

/** Ticking a task from this page: the owner may always do it. */
export async function action({ context, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const result = await updateTask(context.deps, actor, form.text("taskId"), {
    done: form.text("intent") === "task-done",
  });
  if (!result.ok) return replyFailure(result, form);
  return redirect("/taches?done=tache-maj");
}

export default function Tasks() {
  const { open, done, today, updated } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>{text.mine.title}</h1>
      <p className="lead">{text.mine.intro}</p>
      {updated ? (
        <p className="notice notice--success" role="status">
          {text.updated}
        </p>
      ) : null}
      {open.length === 0 && done.length === 0 ? (
        <EmptyState
          title={text.mine.emptyTitle}
          action={
            <a className="button" href="/projets">
              {text.mine.goToInitiatives}
            </a>
          }
        >
          {text.mine.emptyBody}
        </EmptyState>
      ) : (
        <>
          <section aria-labelledby="a-faire" className="stack">
            <h2 id="a-faire">{text.mine.todo}</h2>
            {open.length ? (
              <ul className="stack">
                {open.map((task) => (
                  <TaskRow key={task.id} task={task} today={today} canTick showInitiative />
                ))}
              </ul>
            ) : (
              <p>{fr.meetings.dashboard.tasksNone}</p>
            )}
          </section>
          {done.length ? (
            <section aria-labelledby="faites" className="stack">
              <h2 id="faites">{text.mine.done}</h2>
              <ul className="stack">
                {done.map((task) => (
                  <TaskRow key={task.id} task={task} today={today} canTick showInitiative />
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
