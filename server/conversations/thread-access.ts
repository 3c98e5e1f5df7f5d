import { eq } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { conversationComment, conversationThread } from "../db/schema";
import {
  type InitiativeAccess,
  type InitiativeRow,
  loadInitiativeForActor,
} from "../initiatives/initiative-access";
import { canSeeThread } from "./thread-rules";

export type ThreadRow = typeof conversationThread.$inferSelect;
export type CommentRow = typeof conversationComment.$inferSelect;
type LoadedThread = { thread: ThreadRow; initiative: InitiativeRow; access: InitiativeAccess };

const uuidPattern = /^[0-9a-f-]{36}$/i;

/**
 * A thread the actor may read, with its initiative: a team-only thread does not exist for the
 * carrier or a partner (NOT_FOUND), like another Fabrique's thread.
 */
export async function loadThreadForActor(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  threadId: string,
): Promise<Result<LoadedThread, "NOT_FOUND">> {
  if (!uuidPattern.test(threadId)) return fail("NOT_FOUND");
  const [thread] = await deps.db.select().from(conversationThread).where(eq(conversationThread.id, threadId));
  if (!thread) return fail("NOT_FOUND");
  const loaded = await loadInitiativeForActor(deps, actor, thread.initiativeId);
  if (!loaded.ok) return loaded;
  if (!canSeeThread(loaded.value.access, thread.visibility)) return fail("NOT_FOUND");
  return ok({ thread, ...loaded.value });
}

/** A comment of a thread the actor may read. */
export async function loadCommentForActor(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  commentId: string,
): Promise<Result<LoadedThread & { comment: CommentRow }, "NOT_FOUND">> {
  if (!uuidPattern.test(commentId)) return fail("NOT_FOUND");
  const [comment] = await deps.db
    .select()
    .from(conversationComment)
    .where(eq(conversationComment.id, commentId));
  if (!comment) return fail("NOT_FOUND");
  const loaded = await loadThreadForActor(deps, actor, comment.threadId);
  if (!loaded.ok) return loaded;
  return ok({ comment, ...loaded.value });
}
