import pg from "pg";
import { type Database, openServerDatabase } from "../../server/db/database";

/**
 * Run `work` on a database created for it on the PostgreSQL server of `url` (`essaim_bench_<name>_<pid>`),
 * dropped afterwards whatever happens.
 */
export async function onScratchServerDatabase<T>(
  url: string,
  name: string,
  work: (database: Database) => Promise<T>,
): Promise<T> {
  const database = `essaim_bench_${name}_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${database}`);
  const target = new URL(url);
  target.pathname = `/${database}`;
  const server = openServerDatabase(target.toString(), { max: 4 });
  try {
    return await work(server);
  } finally {
    await server.close();
    await admin.query(`drop database if exists ${database}`);
    await admin.end();
  }
}
