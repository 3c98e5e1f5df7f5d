import { sql } from "drizzle-orm";
import type { Db } from "../db/database";

/*
 * Answers that are the same for every visitor without an account, kept in this process while what
 * they were computed from is unchanged (decision record 0045). Database triggers bump a generation
 * per cache name in the writing transaction (`read_cache_generation`); each read checks it first,
 * one small query, so a change committed by any process — a page, the API, the CLI, an import —
 * is seen by the next read. Never used for a signed-in person's view: callers cache only what
 * they compute for no actor.
 */

type Entry<V> = { generation: number; value: V };

export type ReadCacheOptions = { name: string; maxEntries: number };

export class ReadCache<V> {
  /** Per database (each test has its own), in least-recently-used order. */
  private readonly byDatabase = new WeakMap<object, Map<string, Entry<V>>>();

  constructor(private readonly options: ReadCacheOptions) {}

  /**
   * The cached answer for `key` when nothing it depends on changed since, or `compute()`'s, kept
   * under the generation read before computing (a change committed meanwhile makes it stale at
   * once, never the reverse). Only successful answers should be passed to `keep`.
   */
  async get(
    db: Pick<Db, "execute">,
    key: string,
    compute: () => Promise<V>,
    keep: (value: V) => boolean = () => true,
  ): Promise<V> {
    const generation = await currentGeneration(db, this.options.name);
    if (generation === null) return compute();
    let entries = this.byDatabase.get(db);
    if (!entries) {
      entries = new Map();
      this.byDatabase.set(db, entries);
    }
    const entry = entries.get(key);
    if (entry && entry.generation === generation) {
      // Most recently used last: the first entries are the ones to drop.
      entries.delete(key);
      entries.set(key, entry);
      return entry.value;
    }
    const value = await compute();
    if (keep(value)) {
      entries.delete(key);
      entries.set(key, { generation, value });
      while (entries.size > this.options.maxEntries) {
        const oldest = entries.keys().next().value as string;
        entries.delete(oldest);
      }
    }
    return value;
  }
}

/** The generation of a cache name; null when the database has none (then nothing is cached). */
export async function currentGeneration(db: Pick<Db, "execute">, name: string): Promise<number | null> {
  const rows = await db.execute<{ generation: string }>(
    sql`select generation from read_cache_generation where name = ${name}`,
  );
  const row = rows.rows[0];
  return row ? Number(row.generation) : null;
}
