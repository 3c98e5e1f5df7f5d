import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * PGlite has no lock of its own: two processes writing the same directory lose data without any
 * error (measured, see docs/decisions/0003-data-directory-lock.md). We hold an exclusive lock
 * file for the life of the process and refuse to open a directory that a live process holds.
 *
 * The lock file appears whole or not at all: its content (the pid) is written under a temporary
 * name first, then hard-linked into place, which fails if the lock exists. Creating it empty and
 * writing the pid afterwards let a contender read an empty file, take it for stale and hold the
 * lock too (issue 14, hole 4; docs/decisions/0042-atomic-data-directory-lock.md). Taking over a
 * stale lock is done under a short second lock, so two contenders never both remove it.
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
/** A takeover lock older than this was left by a process that died while taking over. */
const TAKEOVER_STALE_MS = 10_000;
const ATTEMPTS = 200;

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Create `file` holding our pid, atomically; false when it already exists. */
function createWhole(file: string): boolean {
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  writeFileSync(temporary, String(process.pid), { mode: 0o600 });
  try {
    linkSync(temporary, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** The pid a lock file holds; null when it is gone, NaN when unreadable (an older, broken lock). */
function holderOf(file: string): number | null {
  try {
    return Number.parseInt(readFileSync(file, "utf8").trim(), 10);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** Remove the stale lock held by `stalePid`, unless another contender is already doing so. */
function removeStale(file: string, stalePid: number): void {
  const takeover = `${file}.takeover`;
  if (!createWhole(takeover)) {
    const holder = holderOf(takeover);
    let age = 0;
    try {
      age = Date.now() - statSync(takeover).mtimeMs;
    } catch {
      return;
    }
    if (holder !== null && !isAlive(holder)) rmSync(takeover, { force: true });
    else if (age > TAKEOVER_STALE_MS) rmSync(takeover, { force: true });
    return;
  }
  try {
    // Only a takeover removes a lock it does not own, and we hold the takeover: the stale lock we
    // read is still the one in place, or it is gone.
    const current = holderOf(file);
    if (current !== null && (Number.isNaN(current) || current === stalePid)) rmSync(file, { force: true });
  } finally {
    rmSync(takeover, { force: true });
  }
}

export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "essaim.lock");
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (createWhole(file)) {
      heldHere.add(file);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        heldHere.delete(file);
        if (holderOf(file) === process.pid) rmSync(file, { force: true });
      };
      process.once("exit", release);
      return { release };
    }
    const holder = holderOf(file);
    if (holder === null) continue;
    const heldByUs = holder === process.pid && heldHere.has(file);
    if (!Number.isNaN(holder) && (heldByUs || (holder !== process.pid && isAlive(holder)))) {
      throw new DataDirLockedError(dataDir, holder);
    }
    // A stale lock left by a crashed process (or an unreadable one): take it over.
    removeStale(file, holder);
    pause(1 + Math.floor(Math.random() * 5));
  }
  throw new Error(`Impossible de verrouiller ${file}`);
}
