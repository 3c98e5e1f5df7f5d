import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import { type DataDirLock, lockDataDir } from "./data-dir-lock";
import { EmbeddedWorker } from "./embedded-worker";
import * as schema from "./schema";

export type Db = NodePgDatabase<typeof schema>;

export type Database = {
  kind: "embedded" | "server";
  pool: pg.Pool;
  db: Db;
  /** Embedded only: the data directory as a tarball, after a checkpoint (the tests' template). */
  dumpDataDir?: () => Promise<Blob>;
  close: () => Promise<void>;
};

/**
 * Connections of the embedded pool. PGlite is one backend: the worker runs one batch at a time and
 * holds the others' while a transaction is open. Several connections keep the next query waiting
 * in the worker while this thread handles the last answer, so both threads work.
 */
const EMBEDDED_CONNECTIONS = 4;

/**
 * The embedded database: PGlite on a thread of its own (decision record 0044), reached through
 * PostgreSQL's wire protocol by a `pg.Pool`, as a server would be.
 */
export async function openEmbeddedDatabase(
  dataDir: string | undefined,
  options: { loadDataDir?: Uint8Array; startParams?: string[] } = {},
): Promise<Database> {
  let lock: DataDirLock | undefined;
  if (dataDir) lock = lockDataDir(dataDir);
  try {
    const worker = await EmbeddedWorker.start({
      dataDir: dataDir ? `${dataDir}/pgdata` : undefined,
      loadDataDir: options.loadDataDir,
      startParams: options.startParams,
    });
    const pool = new pg.Pool({
      max: EMBEDDED_CONNECTIONS,
      user: "postgres",
      database: "postgres",
      stream: () => worker.connect(),
    } as pg.PoolConfig);
    return {
      kind: "embedded",
      pool,
      db: drizzle(pool, { schema, casing: "snake_case" }),
      dumpDataDir: () => worker.dumpDataDir(),
      close: async () => {
        await pool.end();
        await worker.close();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

/**
 * Session settings of every server connection: JIT compilation off (decision record 0105). Our
 * queries are short; compiling them cost ~90 ms each in the reports and never paid back.
 */
const SERVER_SESSION_OPTIONS = "-c jit=off";

export function openServerDatabase(url: string, options: { max?: number } = {}): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    options: SERVER_SESSION_OPTIONS,
  });
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
