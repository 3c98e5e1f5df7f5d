import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import type { Db } from "../db/database";
import { conversationComment, conversationThread } from "../db/schema";
import { type InitiativeRow, loadInitiativeForActor } from "../initiatives/initiative-access";
import { recordNotifications } from "../notifications/record-notifications";
import { type ReplyInput, replyInput, type StartThreadInput, startThreadInput } from "./conversation-schemas";
import { loadThreadForActor, type ThreadRow } from "./thread-access";
import { threadAudience } from "./thread-audience";
import { canSeeThread, resolveMentions } from "./thread-rules";

type PostDeps = Pick<Deps, "db" | "clock" | "mail" | "config">;
type PostError = "INVALID_INPUT" | "NOT_FOUND";
const v = fr.conversations.validation;

/**
 * Opens a thread on an initiative with its first comment. Anyone who sees the initiative may open
 * a thread open to partners; a team-only thread is the team's to open (NOT_FOUND for others, who
 * would not see it). Mentioned people are notified in the same transaction.
 */
export async function startThread(
  deps: PostDeps,
  actor: Actor,
  initiativeId: string,
  input: Unparsed<StartThreadInput>,
): Promise<Result<{ threadId: string; commentId: string }, PostError>> {
  const loaded = await loadInitiativeForActor(deps, actor, initiativeId);
  if (!loaded.ok) return loaded;
  const parsed = startThreadInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const { visibility, body, mentions } = parsed.data;
  if (!canSeeThread(loaded.value.access, visibility)) {
    return fail("INVALID_INPUT", { fields: { visibility: v.visibility } });
  }
  const { initiative } = loaded.value;
  const mentioned = await mentionedPeople(deps.db, initiative, visibility, mentions);
  if (!mentioned.ok) return mentioned;
  const now = deps.clock.now();
  return ok(
    await deps.db.transaction(async (tx) => {
      const [thread] = await tx
        .insert(conversationThread)
        .values({
          fabriqueId: initiative.fabriqueId,
          initiativeId,
          visibility,
          createdByUserId: actor.userId,
          createdAt: now,
        })
        .returning();
      const commentId = await writeComment(deps, tx, actor, {
        thread: thread!,
        initiative,
        body,
        mentioned: mentioned.value,
      });
      return { threadId: thread!.id, commentId };
    }),
  );
}

/** Adds a reply to a thread the actor reads; mentioned people are notified in the same transaction. */
export async function replyToThread(
  deps: PostDeps,
  actor: Actor,
  threadId: string,
  input: Unparsed<ReplyInput>,
): Promise<Result<{ commentId: string }, PostError>> {
  const loaded = await loadThreadForActor(deps, actor, threadId);
  if (!loaded.ok) return loaded;
  const parsed = replyInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const { thread, initiative } = loaded.value;
  const mentioned = await mentionedPeople(deps.db, initiative, thread.visibility, parsed.data.mentions);
  if (!mentioned.ok) return mentioned;
  const commentId = await deps.db.transaction((tx) =>
    writeComment(deps, tx, actor, { thread, initiative, body: parsed.data.body, mentioned: mentioned.value }),
  );
  return ok({ commentId });
}

/** The people a "Mentionner" field names; INVALID_INPUT when one of them does not read the thread. */
async function mentionedPeople(
  db: Db,
  initiative: InitiativeRow,
  visibility: ThreadRow["visibility"],
  raw: string,
): Promise<Result<string[], "INVALID_INPUT">> {
  if (!raw.trim()) return ok([]);
  const { userIds, unknown } = resolveMentions(await threadAudience(db, initiative, visibility), raw);
  if (unknown.length)
    return fail("INVALID_INPUT", { fields: { mentions: t(v.mentions, { names: unknown.join(", ") }) } });
  return ok(userIds);
}

async function writeComment(
  deps: PostDeps,
  tx: Db,
  actor: Actor,
  c: { thread: ThreadRow; initiative: InitiativeRow; body: string; mentioned: string[] },
): Promise<string> {
  const now = deps.clock.now();
  const [row] = await tx
    .insert(conversationComment)
    .values({ threadId: c.thread.id, authorUserId: actor.userId, body: c.body, createdAt: now })
    .returning({ id: conversationComment.id });
  await recordNotifications(deps, tx, {
    kind: "mention",
    fabriqueId: c.initiative.fabriqueId,
    link: `/projets/${c.initiative.id}/echanges#message-${row!.id}`,
    title: t(fr.conversations.mentionTitle, { initiative: c.initiative.title }),
    detail: t(fr.notifications.details.mention, { author: actor.name }),
    groupKey: `mention:${c.thread.id}`,
    audience: { users: c.mentioned },
    actorUserId: actor.userId,
  });
  return row!.id;
}
