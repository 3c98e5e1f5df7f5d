import { asc } from "drizzle-orm";
import type { Deps } from "../core/deps";
import { theme } from "../db/schema";

export type ThemeOption = { code: string; label: string; inclusionThematiques: string[] };

/** The theme taxonomy, in its display order. */
export async function listThemes(deps: Pick<Deps, "db">): Promise<ThemeOption[]> {
  return deps.db
    .select({ code: theme.code, label: theme.label, inclusionThematiques: theme.inclusionThematiques })
    .from(theme)
    .orderBy(asc(theme.position));
}
