import type { SQL } from "drizzle-orm";
import type { Deps } from "../core/deps";

/** The rows of a hand-written query (window functions and ordered aggregates drizzle cannot express). */
export async function rowsOf<T extends Record<string, unknown>>(
  deps: Pick<Deps, "db">,
  query: SQL,
): Promise<T[]> {
  return (await deps.db.execute<T>(query)).rows as T[];
}
