import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import { initiative, task, user } from "../db/schema";
import {
  type InitiativeAccess,
  loadInitiativeForActor,
  loadInitiativeForEdit,
  refuseDossierWrite,
} from "../initiatives/initiative-access";
import { recordInitiativeEvent } from "../initiatives/initiative-journal";
import { listTeamUsers } from "../meetings/meeting-access";
import { type CreateTaskInput, createTaskInput, type UpdateTaskInput, updateTaskInput } from "./task-schemas";

const text = fr.meetings;

export type TaskView = {
  id: string;
  initiativeId: string | null;
  title: string;
  ownerUserId: string | null;
  ownerName: string | null;
  dueOn: string | null;
  doneAt: Date | null;
  initiativeTitle?: string | null;
  initiativeReference?: string | null;
};

/**
 * Tasks are the team's working notes (next steps): the team, the carrier and the network animator
 * read them; partners do not.
 */
export function canSeeTasks(access: Pick<InitiativeAccess, "level">): boolean {
  return access.level !== "partner";
}

const columns = {
  id: task.id,
  initiativeId: task.initiativeId,
  title: task.title,
  ownerUserId: task.ownerUserId,
  ownerName: user.name,
  dueOn: task.dueOn,
  doneAt: task.doneAt,
};

/** Open tasks first (by due date, undated last), then done ones (latest first). */
const taskOrder = [
  sql`${task.doneAt} is not null`,
  asc(task.dueOn),
  desc(task.doneAt),
  asc(task.createdAt),
] as const;

export async function listInitiativeTasks(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  initiativeId: string,
): Promise<Result<TaskView[], "NOT_FOUND">> {
  const loaded = await loadInitiativeForActor(deps, actor, initiativeId);
  if (!loaded.ok) return loaded;
  if (!canSeeTasks(loaded.value.access)) return ok([]);
  const rows = await deps.db
    .select(columns)
    .from(task)
    .leftJoin(user, eq(user.id, task.ownerUserId))
    .where(eq(task.initiativeId, initiativeId))
    .orderBy(...taskOrder);
  return ok(rows);
}

/** "Mes tâches": what the actor owns, open ones (overdue and due first), then done in the last 30 days. */
export async function listMyTasks(deps: Pick<Deps, "db" | "clock">, actor: Actor): Promise<TaskView[]> {
  const since = new Date(deps.clock.now().getTime() - 30 * 86400000);
  const rows = await deps.db
    .select({ ...columns, initiativeTitle: initiative.title, initiativeReference: initiative.reference })
    .from(task)
    .leftJoin(user, eq(user.id, task.ownerUserId))
    .leftJoin(initiative, eq(initiative.id, task.initiativeId))
    .where(eq(task.ownerUserId, actor.userId))
    .orderBy(...taskOrder);
  return rows.filter((row) => !row.doneAt || row.doneAt >= since);
}

/** Open tasks of the actor due on or before a day (the dashboard, the digest). */
/** The open tasks of each of `userIds` due on or before a day, the earliest first (the digest). */
export async function listDueTasksOf(deps: Pick<Deps, "db">, userIds: string[], onOrBefore: string) {
  if (!userIds.length) return [];
  return deps.db
    .select({ ...columns, initiativeTitle: initiative.title, initiativeReference: initiative.reference })
    .from(task)
    .leftJoin(user, eq(user.id, task.ownerUserId))
    .leftJoin(initiative, eq(initiative.id, task.initiativeId))
    .where(
      and(
        inArray(task.ownerUserId, userIds),
        isNull(task.doneAt),
        isNotNull(task.dueOn),
        sql`${task.dueOn} <= ${onOrBefore}`,
      ),
    )
    .orderBy(asc(task.dueOn));
}

async function checkOwner(
  deps: Pick<Deps, "db">,
  fabriqueId: string,
  ownerUserId: string | null | undefined,
) {
  if (!ownerUserId) return true;
  return (await listTeamUsers(deps, fabriqueId)).some((u) => u.id === ownerUserId);
}

export async function createTask(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  initiativeId: string,
  input: Unparsed<CreateTaskInput>,
): Promise<Result<{ id: string }, "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND" | "WRITE_REFUSED">> {
  const loaded = await loadInitiativeForEdit(deps, actor, initiativeId, "task.create");
  if (!loaded.ok) return loaded;
  const parsed = createTaskInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const { fabriqueId } = loaded.value.initiative;
  if (!(await checkOwner(deps, fabriqueId, parsed.data.ownerUserId))) {
    return fail("INVALID_INPUT", { fields: { ownerUserId: text.tasks.validation.owner } });
  }
  const now = deps.clock.now();
  const id = await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(task)
      .values({ ...parsed.data, fabriqueId, initiativeId, createdByUserId: actor.userId, createdAt: now })
      .returning({ id: task.id });
    await recordInitiativeEvent(tx, {
      initiativeId,
      kind: "task",
      note: t(text.journal.taskCreated, { title: parsed.data.title }),
      byUserId: actor.userId,
      at: now,
    });
    return row!.id;
  });
  return ok({ id });
}

/** Edits a task or marks it done/undone; the owner of a task may always tick it. */
export async function updateTask(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
  input: UpdateTaskInput,
): Promise<Result<TaskView, "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND" | "WRITE_REFUSED">> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return fail("NOT_FOUND");
  const [stored] = await deps.db.select().from(task).where(eq(task.id, id));
  if (!stored?.initiativeId) return fail("NOT_FOUND");
  const loaded = await loadInitiativeForActor(deps, actor, stored.initiativeId);
  if (!loaded.ok) return loaded;
  if (!canSeeTasks(loaded.value.access)) return fail("NOT_FOUND");
  const refused = refuseDossierWrite(loaded.value.initiative, "task.update");
  if (refused) return refused;
  const parsed = updateTaskInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const changes = parsed.data;
  const onlyTicking = Object.keys(changes).every((key) => key === "done");
  if (!loaded.value.access.canEdit && !(onlyTicking && stored.ownerUserId === actor.userId))
    return fail("FORBIDDEN");
  if (!(await checkOwner(deps, stored.fabriqueId, changes.ownerUserId))) {
    return fail("INVALID_INPUT", { fields: { ownerUserId: text.tasks.validation.owner } });
  }
  const now = deps.clock.now();
  const doneAt = changes.done === undefined ? stored.doneAt : changes.done ? (stored.doneAt ?? now) : null;
  const title = changes.title ?? stored.title;
  const note =
    changes.done !== undefined && Boolean(stored.doneAt) !== changes.done
      ? t(changes.done ? text.journal.taskDone : text.journal.taskReopened, { title })
      : t(text.journal.taskUpdated, { title });
  await deps.db.transaction(async (tx) => {
    await tx
      .update(task)
      .set({
        title,
        ownerUserId: changes.ownerUserId === undefined ? stored.ownerUserId : changes.ownerUserId,
        dueOn: changes.dueOn === undefined ? stored.dueOn : changes.dueOn,
        doneAt,
      })
      .where(eq(task.id, id));
    await recordInitiativeEvent(tx, {
      initiativeId: stored.initiativeId!,
      kind: "task",
      note,
      byUserId: actor.userId,
      at: now,
    });
  });
  const [row] = await deps.db
    .select(columns)
    .from(task)
    .leftJoin(user, eq(user.id, task.ownerUserId))
    .where(eq(task.id, id));
  return ok(row!);
}
