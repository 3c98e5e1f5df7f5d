import { asc, desc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { ThreadVisibility } from "../../shared/codes/conversations";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { ok, type Result } from "../core/result";
import {
  conversationComment,
  conversationCommentRevision,
  conversationThread,
  task,
  user,
} from "../db/schema";
import { loadInitiativeForActor } from "../initiatives/initiative-access";
import { threadAudience } from "./thread-audience";
import { canSeeThread, type MentionCandidate } from "./thread-rules";

export type RevisionView = { body: string; writtenAt: Date; authorName: string | null; replacedAt: Date };
export type CommentView = {
  id: string;
  authorUserId: string | null;
  authorName: string | null;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  taskTitle: string | null;
  revisions: RevisionView[];
};
export type ThreadView = {
  id: string;
  visibility: ThreadVisibility;
  comments: CommentView[];
  audience: MentionCandidate[];
};
/** Who reads a thread of each visibility the actor may open (team-only: the team's alone). */
export type Readers = Partial<Record<ThreadVisibility, MentionCandidate[]>>;

/**
 * The threads of an initiative the actor reads, latest first, each with its comments in order,
 * their earlier versions, and who reads it (the people a reply may mention).
 */
export async function listThreads(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  initiativeId: string,
): Promise<Result<{ threads: ThreadView[]; readers: Readers }, "NOT_FOUND">> {
  const loaded = await loadInitiativeForActor(deps, actor, initiativeId);
  if (!loaded.ok) return loaded;
  const { access, initiative } = loaded.value;
  const threads = (
    await deps.db
      .select()
      .from(conversationThread)
      .where(eq(conversationThread.initiativeId, initiativeId))
      .orderBy(desc(conversationThread.createdAt))
  ).filter((thread) => canSeeThread(access, thread.visibility));
  const readers: Readers = { partners: await threadAudience(deps.db, initiative, "partners") };
  if (canSeeThread(access, "team")) readers.team = await threadAudience(deps.db, initiative, "team");
  if (!threads.length) return ok({ threads: [], readers });
  const comments = await deps.db
    .select({
      id: conversationComment.id,
      threadId: conversationComment.threadId,
      authorUserId: conversationComment.authorUserId,
      authorName: user.name,
      body: conversationComment.body,
      createdAt: conversationComment.createdAt,
      editedAt: conversationComment.editedAt,
      taskTitle: task.title,
    })
    .from(conversationComment)
    .leftJoin(user, eq(user.id, conversationComment.authorUserId))
    .leftJoin(task, eq(task.id, conversationComment.taskId))
    .where(
      inArray(
        conversationComment.threadId,
        threads.map((thread) => thread.id),
      ),
    )
    .orderBy(asc(conversationComment.createdAt));
  const writer = alias(user, "writer");
  const revisions = comments.length
    ? await deps.db
        .select({
          commentId: conversationCommentRevision.commentId,
          body: conversationCommentRevision.body,
          writtenAt: conversationCommentRevision.writtenAt,
          authorName: writer.name,
          replacedAt: conversationCommentRevision.replacedAt,
        })
        .from(conversationCommentRevision)
        .leftJoin(writer, eq(writer.id, conversationCommentRevision.writtenByUserId))
        .where(
          inArray(
            conversationCommentRevision.commentId,
            comments.map((c) => c.id),
          ),
        )
        .orderBy(desc(conversationCommentRevision.replacedAt))
    : [];
  return ok({
    readers,
    threads: threads.map((thread) => ({
      id: thread.id,
      visibility: thread.visibility,
      audience: readers[thread.visibility] ?? [],
      comments: comments
        .filter((c) => c.threadId === thread.id)
        .map(({ threadId: _, ...c }) => ({
          ...c,
          revisions: revisions.filter((r) => r.commentId === c.id).map(({ commentId: __, ...r }) => r),
        })),
    })),
  });
}
