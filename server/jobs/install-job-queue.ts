import { createRequire } from "node:module";
import PgBoss from "pg-boss";
import { JOB_SCHEMA, jobQueues } from "../core/jobs";
import type { Database } from "../db/database";

/** The version of pg-boss's tables this release of pg-boss expects. */
const JOB_SCHEMA_VERSION = (createRequire(import.meta.url)("pg-boss/version.json") as { schema: number })
  .schema;

/** pg-boss on the app's own pool: the same connections, on PostgreSQL and on the embedded database. */
export function poolExecutor(database: Pick<Database, "pool">) {
  return {
    executeSql: (text: string, values?: unknown[]) => database.pool.query(text, values as unknown[]),
  };
}

/**
 * pg-boss's schema (created, or migrated to this release's version) and every queue of
 * `jobQueues` with its current retry policy. Safe at every start and from several processes:
 * pg-boss takes an advisory lock for its DDL and creates a queue only once.
 */
export async function installJobQueue(database: Pick<Database, "pool">): Promise<void> {
  const db = poolExecutor(database);
  const boss = new PgBoss({ schema: JOB_SCHEMA, db });
  if (!(await boss.isInstalled())) {
    await db.executeSql(PgBoss.getConstructionPlans(JOB_SCHEMA));
  } else {
    // pg-boss's types say `Number` and `string`; it reads and compares plain numbers.
    const version = Number(await boss.schemaVersion());
    if (version && version < JOB_SCHEMA_VERSION) {
      await db.executeSql(PgBoss.getMigrationPlans(JOB_SCHEMA, version as unknown as string));
    }
  }
  for (const { name, ...policy } of Object.values(jobQueues)) {
    if (await boss.getQueue(name)) await boss.updateQueue(name, { name, ...policy });
    else await boss.createQueue(name, { name, ...policy });
  }
}
