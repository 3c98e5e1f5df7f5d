import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

/**
 * PGlite has no lock of its own: two processes writing the same directory lose data without any
 * error (measured, see docs/decisions/0003-data-directory-lock.md). We hold an exclusive lock
 * file for the life of the process and refuse to open a directory that a live process holds.
 */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `Le dossier de données ${dataDir} est déjà utilisé par un autre processus Essaim (pid ${pid}). ` +
        "Arrêtez-le avant d'en lancer un second : deux processus sur la même base embarquée perdent des données.",
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export type DataDirLock = { release: () => void };

const heldHere = new Set<string>();

export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "essaim.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx", 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      heldHere.add(file);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        heldHere.delete(file);
        try {
          if (readFileSync(file, "utf8").trim() === String(process.pid)) rmSync(file);
        } catch {
          // already gone: nothing to release
        }
      };
      process.once("exit", release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number.parseInt(readFileSync(file, "utf8").trim(), 10);
      const heldByUs = holder === process.pid && heldHere.has(file);
      if (Number.isInteger(holder) && (heldByUs || (holder !== process.pid && isAlive(holder)))) {
        throw new DataDirLockedError(dataDir, holder);
      }
      // A stale lock left by a crashed process: take it over.
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Impossible de verrouiller ${file}`);
}
