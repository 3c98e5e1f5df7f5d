import { z } from "zod";
import { COMMENT_MAX_LENGTH, threadVisibilities } from "../../shared/codes/conversations";
import { fr } from "../../shared/i18n/fr";
import "../core/validation";

const v = fr.conversations.validation;

export const commentBody = z
  .string({ error: v.body })
  .trim()
  .min(1, { error: v.body })
  .max(COMMENT_MAX_LENGTH, { error: v.body })
  .describe("Le texte du message (5 000 caractères au plus)");

const mentions = z
  .string()
  .optional()
  .default("")
  .describe("Personnes mentionnées : courriels ou noms séparés par des virgules, parmi les lecteurs du fil");

export const startThreadInput = z.object({
  visibility: z.enum(threadVisibilities, { error: v.visibility }),
  body: commentBody,
  mentions,
});
export type StartThreadInput = z.input<typeof startThreadInput>;

export const replyInput = z.object({ body: commentBody, mentions });
export type ReplyInput = z.input<typeof replyInput>;

export const editCommentInput = z.object({ body: commentBody });
export type EditCommentInput = z.input<typeof editCommentInput>;
