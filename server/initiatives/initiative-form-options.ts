import { asc, inArray } from "drizzle-orm";
import { listThemes } from "../catalogue/list-themes";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { organisation } from "../db/schema";
import { initiativeFilterOptions } from "./initiative-filter-options";

/** What the creation and edit forms offer: themes, the team's officers, organisations, programmes. */
export async function initiativeFormOptions(deps: Pick<Deps, "db">, actor: Actor, fabriqueIds: string[]) {
  const { programmes, officers } = await initiativeFilterOptions(deps, actor, fabriqueIds);
  const organisations = fabriqueIds.length
    ? await deps.db
        .select({ id: organisation.id, name: organisation.name })
        .from(organisation)
        .where(inArray(organisation.fabriqueId, fabriqueIds))
        .orderBy(asc(organisation.name))
        .limit(1000)
    : [];
  return { themes: await listThemes(deps), officers, organisations, programmes };
}
