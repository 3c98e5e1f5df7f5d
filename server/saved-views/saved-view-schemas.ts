import { z } from "zod";
import { fr } from "../../shared/i18n/fr";
import "../core/validation";

const v = fr.savedViews.validation;

export const savedViewLists = ["signals", "initiatives"] as const;
export type SavedViewList = (typeof savedViewLists)[number];

/** Where each list lives, to send the user back to a saved view. */
export const savedViewPaths: Record<SavedViewList, string> = {
  signals: "/signaux",
  initiatives: "/projets",
};

export const MAX_SAVED_VIEWS_PER_LIST = 50;

/**
 * The filters worth keeping from a list's query string: every non-empty value, never the page
 * (a saved view opens on its first page) nor the CSRF token of a form that posted it.
 */
export function filtersOf(query: string): string {
  const params = new URLSearchParams(query.startsWith("?") ? query.slice(1) : query);
  const kept = new URLSearchParams();
  for (const [key, value] of params) {
    if (key === "page" || key === "_csrf" || value.trim() === "") continue;
    kept.append(key, value);
  }
  return kept.toString();
}

export const createSavedViewInput = z.object({
  list: z.enum(savedViewLists, { error: v.list }),
  name: z.string({ error: v.name }).trim().min(2, { error: v.name }).max(80, { error: v.name }),
  query: z
    .string()
    .default("")
    .transform(filtersOf)
    .pipe(z.string().max(2000, { error: v.query })),
});
export type CreateSavedViewInput = z.input<typeof createSavedViewInput>;
