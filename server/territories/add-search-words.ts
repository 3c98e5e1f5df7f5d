import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/database";
import type { TerritoryKind } from "../db/schema";

/**
 * Add the words of territory names to the dictionary used to correct typos, inside the caller's
 * transaction. Additive: a word left behind by a renamed territory only ever corrects a typo into
 * a word that finds nothing, so it is not worth a rebuild of the trigram index.
 */
export async function addSearchWords(db: Pick<Db, "execute">, kind?: TerritoryKind): Promise<void> {
  const filter: SQL = kind ? sql`where kind = ${kind}` : sql``;
  await db.execute(sql`
    insert into territory_word (word)
    select distinct word
    from (select unnest(string_to_array(search_name, ' ')) as word from territory ${filter}) words
    where length(word) >= 3
    on conflict (word) do nothing`);
}
