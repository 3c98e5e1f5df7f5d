import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { addMembership, createFabrique, createNetwork, createUser } from "../seed/factories";
import { backupEmbeddedDatabase, restoreEmbeddedDatabase } from "./backup";
import { lockDataDir } from "./data-dir-lock";
import { type Database, openEmbeddedDatabase } from "./database";
import { migrateDatabase } from "./migrate";

/** Every row of every table of the app's schemas, each table's rows sorted, as JSON text. */
async function everyTable(database: Database): Promise<Record<string, string[]>> {
  const tables = await database.pool.query<{ schema: string; name: string }>(
    `select table_schema as schema, table_name as name from information_schema.tables
     where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
     order by 1, 2`,
  );
  const out: Record<string, string[]> = {};
  for (const { schema, name } of tables.rows) {
    const rows = await database.pool.query<{ row: string }>(
      `select row_to_json(t)::text as row from "${schema}"."${name}" t`,
    );
    out[`${schema}.${name}`] = rows.rows.map((r) => r.row).sort();
  }
  return out;
}

describe("backup and restore of the embedded database", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "essaim-backup-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const original = path.join(root, "original");
  const file = path.join(root, "essaim.sauvegarde");

  it("restores into a fresh data directory every row of every table", async () => {
    const database = await openEmbeddedDatabase(original);
    try {
      await migrateDatabase(database);
      await createNetwork(database.db, { name: "Réseau des Fabriques" });
      const fabrique = await createFabrique(database.db, { name: "ADRESS", slug: "adress" });
      const person = await createUser(database.db, { name: "Éloïse Martin" });
      await addMembership(database.db, { userId: person.id, fabriqueId: fabrique.id, role: "officer" });
    } finally {
      await database.close();
    }
    const backup = await backupEmbeddedDatabase(original, file);
    expect(backup).toMatchObject({ ok: true });

    const fresh = path.join(root, "fresh");
    const restore = await restoreEmbeddedDatabase(fresh, file, "test");
    expect(restore).toEqual({ ok: true, previous: null });

    const [before, after] = [await openEmbeddedDatabase(original), await openEmbeddedDatabase(fresh)];
    try {
      const rows = await everyTable(before);
      expect(rows["public.fabrique"]).toHaveLength(1);
      expect(rows["public.user"]).toHaveLength(1);
      expect(Object.keys(rows).length).toBeGreaterThan(30);
      expect(await everyTable(after)).toEqual(rows);
    } finally {
      await before.close();
      await after.close();
    }
  }, 180_000);

  it("keeps the database it replaces beside the restored one", async () => {
    const result = await restoreEmbeddedDatabase(original, file, "2026-12-07");
    expect(result).toEqual({
      ok: true,
      previous: path.join(original, "pgdata-avant-restauration-2026-12-07"),
    });
    expect(readdirSync(original)).toEqual(
      expect.arrayContaining(["pgdata", "pgdata-avant-restauration-2026-12-07"]),
    );
  });

  it("refuses a file that is not a backup, and changes nothing", async () => {
    const other = path.join(root, "autre.txt");
    writeFileSync(other, "bonjour");
    const target = path.join(root, "untouched");
    expect(await restoreEmbeddedDatabase(target, other, "x")).toMatchObject({
      ok: false,
      reason: "not-a-backup",
    });
  });

  it("refuses to back up or restore a data directory the running app holds", async () => {
    // This test process plays the running app: it holds the lock of the data directory.
    const lock = lockDataDir(original);
    try {
      await expect(backupEmbeddedDatabase(original, path.join(root, "b2"))).rejects.toThrow(/pid/);
      await expect(restoreEmbeddedDatabase(original, file, "y")).rejects.toThrow(/pid/);
    } finally {
      lock.release();
    }
  });
});
