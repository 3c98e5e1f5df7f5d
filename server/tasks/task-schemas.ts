import { z } from "zod";
import { fr } from "../../shared/i18n/fr";
import { parseFrenchDate } from "../../shared/time";
import "../core/validation";

const v = fr.meetings.tasks.validation;

const dueOn = z
  .string({ error: v.dueOn })
  .transform((value, ctx) => {
    if (!value.trim()) return null;
    const parsed = parseFrenchDate(value);
    if (!parsed) {
      ctx.addIssue({ code: "custom", message: v.dueOn });
      return z.NEVER;
    }
    return parsed;
  })
  .nullable()
  .describe("Échéance au format JJ/MM/AAAA ou AAAA-MM-JJ (vide ou null : sans échéance)");

const ownerUserId = z
  .union([z.literal(""), z.uuid({ error: v.owner })])
  .nullable()
  .transform((value) => value || null)
  .describe("Le ou la responsable, membre de l'équipe de la Fabrique (vide ou null : personne)");

const title = z.string({ error: v.title }).trim().min(3, { error: v.title }).max(300, { error: v.title });

export const createTaskInput = z.object({
  title,
  ownerUserId: ownerUserId.optional().default(null),
  dueOn: dueOn.optional().default(null),
});
export type CreateTaskInput = z.input<typeof createTaskInput>;

export const updateTaskInput = z.object({
  title: title.optional(),
  ownerUserId: ownerUserId.optional(),
  dueOn: dueOn.optional(),
  done: z.boolean().optional().describe("true : faite ; false : à faire"),
});
export type UpdateTaskInput = z.input<typeof updateTaskInput>;
