import { and, eq, isNull } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { conversationComment } from "../db/schema";
import { createTask } from "../tasks/tasks";
import { loadCommentForActor } from "./thread-access";

/**
 * Turns a comment into a task of its initiative (the tasks domain's rules: the team or the
 * carrier, an owner from the team, a due date). The title defaults to the comment's text; the
 * comment then says which task it became. A comment becomes a task once.
 */
export async function commentToTask(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  commentId: string,
  input: { title?: unknown; ownerUserId?: unknown; dueOn?: unknown },
): Promise<
  Result<{ taskId: string; threadId: string }, "INVALID_INPUT" | "NOT_FOUND" | "FORBIDDEN" | "WRITE_REFUSED">
> {
  const loaded = await loadCommentForActor(deps, actor, commentId);
  if (!loaded.ok) return loaded;
  const { comment, initiative } = loaded.value;
  if (comment.taskId)
    return fail("INVALID_INPUT", { fields: { title: fr.conversations.validation.alreadyTask } });
  const title =
    typeof input.title === "string" && input.title.trim() ? input.title : comment.body.slice(0, 300);
  const created = await createTask(deps, actor, initiative.id, { ...input, title });
  if (!created.ok) return created;
  await deps.db
    .update(conversationComment)
    .set({ taskId: created.value.id })
    .where(and(eq(conversationComment.id, commentId), isNull(conversationComment.taskId)));
  return ok({ taskId: created.value.id, threadId: comment.threadId });
}
