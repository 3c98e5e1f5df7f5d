import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import pino from "pino";
import type { TestProject } from "vitest/node";
import { prepareDatabase } from "../bootstrap";
import { openEmbeddedDatabase, openServerDatabase } from "../db/database";

/**
 * Migrate once, then every test file starts from a copy: a dumped PGlite data directory on the
 * embedded database, `CREATE DATABASE … TEMPLATE` on a PostgreSQL server.
 */
export default async function setup(project: TestProject) {
  const log = pino({ level: "warn" });
  const url = process.env.DATABASE_URL;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const template = `essaim_template_${process.pid}`;
    await admin.query(`drop database if exists ${template}`);
    await admin.query(`create database ${template}`);
    const templateUrl = new URL(url);
    templateUrl.pathname = `/${template}`;
    const database = openServerDatabase(templateUrl.toString(), { max: 2 });
    await prepareDatabase(database, { demo: false, log });
    await database.close();
    project.provide("testDatabase", { mode: "server", url, template });
    return async () => {
      const dbs = await admin.query<{ datname: string }>(
        "select datname from pg_database where datname like $1",
        [`essaim_t_${process.pid}_%`],
      );
      for (const row of dbs.rows) await admin.query(`drop database if exists ${row.datname}`);
      await admin.query(`drop database if exists ${template}`);
      await admin.end();
    };
  }
  const database = await openEmbeddedDatabase(undefined);
  await prepareDatabase(database, { demo: false, log });
  const dump = await database.pglite!.dumpDataDir("none");
  await database.close();
  const dir = mkdtempSync(path.join(os.tmpdir(), "essaim-test-"));
  const file = path.join(dir, "template.tar");
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("testDatabase", { mode: "embedded", file });
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: { mode: "embedded"; file: string } | { mode: "server"; url: string; template: string };
  }
}
