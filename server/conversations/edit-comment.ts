import { eq } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import { conversationComment, conversationCommentRevision } from "../db/schema";
import { type EditCommentInput, editCommentInput } from "./conversation-schemas";
import { loadCommentForActor } from "./thread-access";

/**
 * Changes the text of one's own comment. The text it replaces is kept as a revision (what it
 * said, when and by whom it was written, when it was replaced), in the same transaction.
 */
export async function editComment(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  commentId: string,
  input: Unparsed<EditCommentInput>,
): Promise<Result<{ threadId: string }, "INVALID_INPUT" | "NOT_FOUND" | "FORBIDDEN">> {
  const loaded = await loadCommentForActor(deps, actor, commentId);
  if (!loaded.ok) return loaded;
  const { comment } = loaded.value;
  if (comment.authorUserId !== actor.userId) {
    return fail("FORBIDDEN", { fields: { body: fr.conversations.validation.notAuthor } });
  }
  const parsed = editCommentInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  if (parsed.data.body === comment.body) return ok({ threadId: comment.threadId });
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await tx.insert(conversationCommentRevision).values({
      commentId,
      body: comment.body,
      writtenAt: comment.editedAt ?? comment.createdAt,
      writtenByUserId: comment.authorUserId,
      replacedAt: now,
    });
    await tx
      .update(conversationComment)
      .set({ body: parsed.data.body, editedAt: now })
      .where(eq(conversationComment.id, commentId));
  });
  return ok({ threadId: comment.threadId });
}
