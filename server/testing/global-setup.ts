import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import pino from "pino";
import type { TestProject } from "vitest/node";
import { prepareDatabase } from "../bootstrap";
import { openEmbeddedDatabase, openServerDatabase } from "../db/database";
import { withoutRecycledWal } from "../db/dump-tar";
import { templateKey } from "./template-key";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * A migrated database with the reference data, built once and reused by later runs while the
 * migrations and the reference loaders are unchanged (keyed on their hash, `template-key.ts`).
 * Every test file starts from a copy: the dumped PGlite data directory on the embedded database,
 * `CREATE DATABASE … TEMPLATE` on a PostgreSQL server. `ESSAIM_TEST_TEMPLATE=rebuild` ignores a
 * cached template.
 */
export default async function setup(project: TestProject) {
  const key = templateKey(
    root,
    [
      "server/db/migrate.ts",
      "server/jobs/install-job-queue.ts",
      // The queues it creates: a new queue must be in the template.
      "server/core/jobs.ts",
      "server/core/system-state.ts",
      "server/territories/load-cog.ts",
      "server/catalogue/load-catalogue-reference.ts",
      "server/forecasts/load-aid-rates.ts",
    ],
    // The recipe of the dump itself: a change to it builds the template again.
    [
      "server/bootstrap.ts",
      "server/db/pglite-worker.mjs",
      "server/testing/global-setup.ts",
      "server/db/dump-tar.ts",
    ],
  );
  const rebuild = process.env.ESSAIM_TEST_TEMPLATE === "rebuild";
  const url = process.env.DATABASE_URL;
  if (url) {
    const template = await serverTemplate(url, key, rebuild);
    project.provide("testDatabase", { mode: "server", url, template });
    return async () => {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      const dbs = await admin.query<{ datname: string }>(
        "select datname from pg_database where datname like $1",
        [`essaim_t_${process.pid}_%`],
      );
      for (const row of dbs.rows) await admin.query(`drop database if exists ${row.datname}`);
      await admin.end();
    };
  }
  const file = await embeddedTemplate(key, rebuild);
  project.provide("testDatabase", { mode: "embedded", file });
}

const log = pino({ level: "warn" });

/** The dumped data directory of the template, under node_modules/.cache (one key kept). */
async function embeddedTemplate(key: string, rebuild: boolean): Promise<string> {
  const dir = path.join(root, "node_modules", ".cache", "essaim-test-template");
  const file = path.join(dir, `${key}.tar`);
  if (!rebuild && existsSync(file)) return file;
  // The embedded database keeps a small WAL (pglite-worker.mjs), and the segments it recycled
  // ahead are left out (server/db/dump-tar.ts): the dump is about 58 MB, not 460.
  const database = await openEmbeddedDatabase(undefined);
  await prepareDatabase(database, { demo: false, log });
  const dump = await database.dumpDataDir!();
  const current = await database.pool.query<{ name: string }>(
    "select pg_walfile_name(pg_current_wal_insert_lsn()) as name",
  );
  await database.close();
  const tar = withoutRecycledWal(new Uint8Array(await dump.arrayBuffer()), current.rows[0]!.name);
  mkdirSync(dir, { recursive: true });
  // Written under a temporary name and renamed, so a concurrent run never reads half a file.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, tar);
  renameSync(partial, file);
  for (const name of readdirSync(dir)) {
    if (name !== `${key}.tar` && name.endsWith(".tar")) rmSync(path.join(dir, name), { force: true });
  }
  return file;
}

/** The template database `essaim_tpl_<key>`, built under a temporary name and renamed when complete. */
async function serverTemplate(url: string, key: string, rebuild: boolean): Promise<string> {
  const template = `essaim_tpl_${key}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const exists = async (name: string) =>
      (await admin.query("select 1 from pg_database where datname = $1", [name])).rowCount === 1;
    if (rebuild) await admin.query(`drop database if exists ${template} with (force)`);
    if (await exists(template)) return template;
    const building = `essaim_tplb_${key}_${process.pid}`;
    await admin.query(`drop database if exists ${building}`);
    await admin.query(`create database ${building}`);
    const buildingUrl = new URL(url);
    buildingUrl.pathname = `/${building}`;
    const database = openServerDatabase(buildingUrl.toString(), { max: 2 });
    await prepareDatabase(database, { demo: false, log });
    await database.close();
    try {
      await admin.query(`alter database ${building} rename to ${template}`);
    } catch (error) {
      // Another run built the same template meanwhile: use theirs.
      await admin.query(`drop database if exists ${building}`);
      if (!(await exists(template))) throw error;
    }
    return template;
  } finally {
    await admin.end();
  }
}

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: { mode: "embedded"; file: string } | { mode: "server"; url: string; template: string };
  }
}
