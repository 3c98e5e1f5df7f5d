import { sql } from "drizzle-orm";
import type { Db } from "../db/database";
import { searchSynonym, theme } from "../db/schema";
import { stemExpressions } from "../search/stem";
import { themeReferences } from "./reference/themes";
import { thesaurusReferences } from "./reference/thesaurus";

/** Bump when `reference/themes.ts` changes, so existing installations take the new labels. */
export const CATALOGUE_REFERENCE_VERSION = 1;
export const CATALOGUE_REFERENCE_KEY = "reference.catalogue";

/**
 * The theme taxonomy (always brought up to date: it is reference data) and, the first time
 * only, the thesaurus (afterwards it belongs to the network animator, who edits it).
 */
export async function loadCatalogueReference(
  db: Db,
  options: { withThesaurus: boolean },
): Promise<{ themes: number; synonymGroups: number }> {
  return db.transaction(async (tx) => {
    for (const [position, reference] of themeReferences.entries()) {
      const values = { ...reference, position };
      await tx
        .insert(theme)
        .values(values)
        .onConflictDoUpdate({
          target: theme.code,
          set: {
            label: values.label,
            description: values.description,
            position: values.position,
            inclusionThematiques: values.inclusionThematiques,
          },
        });
    }
    let synonymGroups = 0;
    if (options.withThesaurus) {
      const [{ count }] = (
        await tx.execute<{ count: number }>(sql`select count(*)::int as count from search_synonym`)
      ).rows as [{ count: number }];
      if (count === 0) {
        for (const group of thesaurusReferences) {
          const lexemes = await stemExpressions(tx, group.terms);
          await tx.insert(searchSynonym).values({
            terms: group.terms,
            lexemes,
            themeCode: group.themeCode,
            note: group.note ?? "",
          });
          synonymGroups++;
        }
      }
    }
    return { themes: themeReferences.length, synonymGroups };
  });
}
