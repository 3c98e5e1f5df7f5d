import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { threadVisibilities } from "../../../shared/codes/conversations";
import { user } from "./accounts";
import { initiative, task } from "./initiatives";
import { fabrique } from "./network";

export * from "../../../shared/codes/conversations";

/** A conversation on an initiative (decision record 0118): its first comment and the replies. */
export const conversationThread = pgTable(
  "conversation_thread",
  {
    id: uuid().primaryKey().defaultRandom(),
    fabriqueId: uuid()
      .notNull()
      .references(() => fabrique.id, { onDelete: "cascade" }),
    initiativeId: uuid()
      .notNull()
      .references(() => initiative.id, { onDelete: "cascade" }),
    visibility: text({ enum: threadVisibilities }).notNull(),
    createdByUserId: uuid().references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("conversation_thread_initiative_idx").on(t.initiativeId, t.createdAt)],
);

/** One comment of a thread; `body` is its current text, earlier texts are its revisions. */
export const conversationComment = pgTable(
  "conversation_comment",
  {
    id: uuid().primaryKey().defaultRandom(),
    threadId: uuid()
      .notNull()
      .references(() => conversationThread.id, { onDelete: "cascade" }),
    authorUserId: uuid().references(() => user.id, { onDelete: "set null" }),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp({ withTimezone: true }),
    /** The task this comment became, if it did. */
    taskId: uuid().references(() => task.id, { onDelete: "set null" }),
  },
  (t) => [index("conversation_comment_thread_idx").on(t.threadId, t.createdAt)],
);

/** A text a comment had before an edit: what it said, when it was written and by whom. */
export const conversationCommentRevision = pgTable(
  "conversation_comment_revision",
  {
    id: uuid().primaryKey().defaultRandom(),
    commentId: uuid()
      .notNull()
      .references(() => conversationComment.id, { onDelete: "cascade" }),
    body: text().notNull(),
    writtenAt: timestamp({ withTimezone: true }).notNull(),
    writtenByUserId: uuid().references(() => user.id, { onDelete: "set null" }),
    replacedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index("conversation_comment_revision_comment_idx").on(t.commentId, t.replacedAt)],
);
