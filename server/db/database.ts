import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { createPgConfig } from "@electric-sql/pglite/node-postgres";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import { type DataDirLock, lockDataDir } from "./data-dir-lock";
import * as schema from "./schema";

export type Db = NodePgDatabase<typeof schema>;

export type Database = {
  kind: "embedded" | "server";
  pool: pg.Pool;
  db: Db;
  /** The PGlite instance when embedded (used by tests to dump a template). */
  pglite?: PGlite;
  close: () => Promise<void>;
};

export const pgliteExtensions = { pg_trgm, unaccent } satisfies PGliteOptions["extensions"];

/**
 * PGlite 0.5.x expects `types` to be an array in `parse`; drizzle passes an object for
 * parametrised queries, and without this the first insert throws and the ROLLBACK hangs
 * (see docs/decisions/0002-postgresql-everywhere-pglite-embedded.md).
 */
function patchParse(pgConfig: ReturnType<typeof createPgConfig>) {
  const connection = pgConfig.connection as unknown as { parse: (q: { types?: unknown }) => void };
  const original = connection.parse.bind(connection);
  connection.parse = (query) => {
    if (query && query.types !== undefined && !Array.isArray(query.types)) {
      const { types: _dropped, ...rest } = query;
      return original(rest);
    }
    return original(query);
  };
}

/** Wrap an existing PGlite instance as a single-connection pg.Pool. */
export function poolFromPglite(pglite: PGlite): pg.Pool {
  const pgConfig = createPgConfig(pglite);
  patchParse(pgConfig);
  // max 1: PGlite is one backend; concurrent checkouts corrupt the protocol stream.
  return new pg.Pool({ ...pgConfig, max: 1 } as unknown as pg.PoolConfig);
}

export async function openEmbeddedDatabase(
  dataDir: string | undefined,
  options: { loadDataDir?: Blob | File; startParams?: string[] } = {},
): Promise<Database> {
  let lock: DataDirLock | undefined;
  if (dataDir) lock = lockDataDir(dataDir);
  try {
    const pglite = await PGlite.create(dataDir ? `${dataDir}/pgdata` : "memory://", {
      extensions: pgliteExtensions,
      loadDataDir: options.loadDataDir,
      startParams: options.startParams,
    });
    const pool = poolFromPglite(pglite);
    return {
      kind: "embedded",
      pool,
      pglite,
      db: drizzle(pool, { schema, casing: "snake_case" }),
      close: async () => {
        await pool.end();
        await pglite.close();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

export function openServerDatabase(url: string, options: { max?: number } = {}): Database {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  // An idle connection can die under us (server restart, a database dropped with FORCE): the pool
  // drops that client and opens a new one on the next query. Without a listener, node-postgres
  // re-emits the error on the pool and it crashes the process.
  pool.on("error", (error: Error & { code?: string }) => {
    if (error.code === "57P01") return; // terminated by an administrator command: expected on shutdown
    process.stderr.write(
      `${JSON.stringify({ level: 40, msg: "idle database connection lost", err: error.message })}\n`,
    );
  });
  return {
    kind: "server",
    pool,
    db: drizzle(pool, { schema, casing: "snake_case" }),
    close: async () => {
      await pool.end();
    },
  };
}

export async function openDatabase(config: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  return config.databaseUrl ? openServerDatabase(config.databaseUrl) : openEmbeddedDatabase(config.dataDir);
}
