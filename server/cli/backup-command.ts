import { existsSync } from "node:fs";
import path from "node:path";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { loadConfig } from "../core/config";
import { backupEmbeddedDatabase, restoreEmbeddedDatabase } from "../db/backup";
import { DataDirLockedError, lockDataDir } from "../db/data-dir-lock";
import type { CliOutput } from "./import-command";

export const backupUsage = fr.backup.backupUsage;
export const restoreUsage = fr.backup.restoreUsage;

/** The lock's refusal said the operator's way: stop the app, run the command, start it again. */
async function unlessAppRuns(
  dataDir: string,
  output: CliOutput,
  work: () => Promise<number>,
): Promise<number> {
  try {
    // The app running on the directory is the first thing to say; the work takes the lock again.
    lockDataDir(dataDir).release();
    return await work();
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    output.err(t(fr.backup.appRunning, { pid: error.pid }));
    return 1;
  }
}

/**
 * `backup <file>`: the embedded database, whole, into a gzipped tarball. Refuses while the app
 * holds the data directory and on a PostgreSQL server (pg_dump is the tool there).
 */
export async function runBackupCommand(args: string[], output: CliOutput): Promise<number> {
  const [file, ...rest] = args;
  if (!file || rest.length) {
    output.err(backupUsage);
    return 2;
  }
  const config = loadConfig();
  if (config.databaseUrl) {
    output.err(fr.backup.serverDatabase);
    return 1;
  }
  const target = path.resolve(file);
  return unlessAppRuns(config.dataDir, output, async () => {
    if (existsSync(target)) {
      output.err(t(fr.backup.exists, { file: target }));
      return 1;
    }
    const result = await backupEmbeddedDatabase(config.dataDir, target);
    if (!result.ok) {
      output.err(t(fr.backup.noDatabase, { dataDir: result.dataDir }));
      return 1;
    }
    const size = (result.bytes / 1_000_000).toFixed(1).replace(".", ",");
    output.out(t(fr.backup.backupDone, { file: target, size }));
    return 0;
  });
}

/** `restore <file>`: replaces the embedded database by a backup; the app must be stopped. */
export async function runRestoreCommand(args: string[], output: CliOutput): Promise<number> {
  const [file, ...rest] = args;
  if (!file || rest.length) {
    output.err(restoreUsage);
    return 2;
  }
  const config = loadConfig();
  if (config.databaseUrl) {
    output.err(fr.backup.serverDatabase);
    return 1;
  }
  const source = path.resolve(file);
  return unlessAppRuns(config.dataDir, output, async () => {
    if (!existsSync(source)) {
      output.err(t(fr.backup.unreadable, { file: source }));
      return 1;
    }
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const result = await restoreEmbeddedDatabase(config.dataDir, source, stamp);
    if (!result.ok) {
      output.err(t(fr.backup.notABackup, { file: source }));
      return 1;
    }
    output.out(t(fr.backup.restoreDone, { file: source, dataDir: config.dataDir }));
    if (result.previous) output.out(t(fr.backup.restoreKept, { previous: result.previous }));
    return 0;
  });
}
