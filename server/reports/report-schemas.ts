import { z } from "zod";
import { fr } from "../../shared/i18n/fr";
import { optionalCalendarDate } from "../core/validation";

const text = fr.reports.errors;

/**
 * A report's request: a period (both days included, `AAAA-MM-JJ` or typed the French way) and a
 * scope. Both days absent: the current calendar year. Scope absent: the first the actor may read.
 */
export const reportQuery = z.object({
  from: optionalCalendarDate(text.from).describe("Premier jour de la période, inclus (AAAA-MM-JJ)"),
  to: optionalCalendarDate(text.to).describe("Dernier jour de la période, inclus (AAAA-MM-JJ)"),
  scope: z
    .string({ error: text.scope })
    .max(80, { error: text.scope })
    .regex(
      /^(network|region:[0-9A-Za-z]{1,5}|fabrique:[a-z0-9-]{1,60}|(programme|funder):[0-9a-f-]{36}|territory:(qpv|pvd|rural))$/,
      {
        error: text.scope,
      },
    )
    .optional()
    .describe(
      "Périmètre : network, region:<code INSEE>, fabrique:<adresse courte>, programme:<identifiant>, funder:<identifiant de l'organisation qui finance> ou territory:qpv|pvd|rural",
    ),
});

export type ReportQuery = z.infer<typeof reportQuery>;
