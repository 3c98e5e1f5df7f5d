import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { lockDataDir } from "./data-dir-lock";
import { openEmbeddedDatabase } from "./database";
import { withoutRecycledWal } from "./dump-tar";

/*
 * Backup and restore of the embedded database (decision record 0135): the data directory as
 * PGlite dumps it (a tarball of PostgreSQL's files taken after a checkpoint, the same dump the
 * tests' template is made of), gzipped. Both hold the data directory's lock, so they refuse while
 * the app runs on it (decision record 0003): two processes on one embedded database lose data.
 */

export type BackupRefusal = { ok: false; reason: "no-database" | "not-a-backup"; dataDir: string };
export type BackupDone = { ok: true; bytes: number };
export type RestoreDone = { ok: true; previous: string | null };

const GZIP_MAGIC = [0x1f, 0x8b];

function pgdataOf(dataDir: string): string {
  return path.join(dataDir, "pgdata");
}

/** Write the embedded database of `dataDir` to `file` (through a temporary name, so never half a file). */
export async function backupEmbeddedDatabase(
  dataDir: string,
  file: string,
): Promise<BackupDone | BackupRefusal> {
  if (!existsSync(path.join(pgdataOf(dataDir), "PG_VERSION")))
    return { ok: false, reason: "no-database", dataDir };
  const database = await openEmbeddedDatabase(dataDir);
  let tar: Uint8Array;
  try {
    const dump = await database.dumpDataDir!();
    const current = await database.pool.query<{ name: string }>(
      "select pg_walfile_name(pg_current_wal_insert_lsn()) as name",
    );
    tar = withoutRecycledWal(new Uint8Array(await dump.arrayBuffer()), current.rows[0]!.name);
  } finally {
    await database.close();
  }
  const bytes = gzipSync(tar);
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, bytes, { mode: 0o600 });
  renameSync(partial, file);
  return { ok: true, bytes: bytes.length };
}

/** The tarball a backup file holds, or null when the file is not one of our backups. */
export function readBackupFile(file: string): Uint8Array | null {
  const bytes = readFileSync(file);
  let tar: Uint8Array;
  try {
    tar = bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1] ? gunzipSync(bytes) : bytes;
  } catch {
    return null;
  }
  // A tar member header names its file in the first 100 bytes: PGlite's dump holds PG_VERSION.
  const head = new TextDecoder().decode(tar.subarray(0, Math.min(tar.length, 1 << 20)));
  return head.includes("PG_VERSION") ? tar : null;
}

/**
 * Replace the embedded database of `dataDir` by the backup in `file`. The backup is first loaded
 * and opened in a staging directory; only when PostgreSQL starts on it is it moved into place.
 * The database it replaces is kept beside it (`pgdata-avant-restauration-…`), never deleted.
 */
export async function restoreEmbeddedDatabase(
  dataDir: string,
  file: string,
  stamp: string,
): Promise<RestoreDone | BackupRefusal> {
  const lock = lockDataDir(dataDir);
  const staging = path.join(dataDir, `restauration-${process.pid}`);
  try {
    const tar = readBackupFile(file);
    if (!tar) return { ok: false, reason: "not-a-backup", dataDir };
    rmSync(staging, { recursive: true, force: true });
    const restored = await openEmbeddedDatabase(staging, { loadDataDir: tar });
    try {
      await restored.pool.query("select count(*) from pg_class");
    } finally {
      await restored.close();
    }
    let previous: string | null = null;
    if (existsSync(pgdataOf(dataDir))) {
      previous = path.join(dataDir, `pgdata-avant-restauration-${stamp}`);
      renameSync(pgdataOf(dataDir), previous);
    }
    renameSync(pgdataOf(staging), pgdataOf(dataDir));
    return { ok: true, previous };
  } finally {
    rmSync(staging, { recursive: true, force: true });
    lock.release();
  }
}
