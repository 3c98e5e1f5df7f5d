import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { DataDirLockedError, lockDataDir } from "./data-dir-lock";
import { openEmbeddedDatabase } from "./database";

const lockModule = path.join(path.dirname(fileURLToPath(import.meta.url)), "data-dir-lock.ts");

/** Try to lock `dir` from another Node process, as a second `npm start` would. */
function lockFromAnotherProcess(dir: string) {
  const script = `
    const { lockDataDir } = await import(${JSON.stringify(lockModule)});
    try { lockDataDir(${JSON.stringify(dir)}); console.log("locked"); }
    catch (error) { console.error(error.message); process.exit(3); }
  `;
  return spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    encoding: "utf8",
  });
}

/**
 * `contenders` processes that, from the same instant (`startAt`, an epoch in ms) and for
 * `forMs`, lock `dir` again and again: each time one holds it, it checks after a moment that the
 * lock still names it (a second holder would have replaced it), then releases it. Resolves with
 * how many times the lock was held and how many of those holds were not exclusive.
 */
async function race(dir: string, contenders: number, startAt: number, forMs: number) {
  const file = path.join(dir, "essaim.lock");
  const script = `
    const { lockDataDir, DataDirLockedError } = await import(${JSON.stringify(lockModule)});
    const { readFileSync } = await import("node:fs");
    process.setMaxListeners(0);
    while (Date.now() < ${startAt}) {}
    let held = 0, shared = 0, errors = [];
    const until = Date.now() + ${forMs};
    while (Date.now() < until) {
      let lock;
      try { lock = lockDataDir(${JSON.stringify(dir)}); }
      catch (error) { if (!(error instanceof DataDirLockedError)) errors.push(error.message); continue; }
      held++;
      const spin = Date.now() + 1;
      while (Date.now() < spin) {}
      let named = "";
      try { named = readFileSync(${JSON.stringify(file)}, "utf8").trim(); } catch {}
      if (named !== String(process.pid)) shared++;
      lock.release();
    }
    console.log(JSON.stringify({ held, shared, errors: errors.slice(0, 3) }));
  `;
  const outcomes = await Promise.all(
    Array.from(
      { length: contenders },
      () =>
        new Promise<{ held: number; shared: number; errors: string[] }>((resolve, reject) => {
          const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script]);
          let out = "";
          child.stdout.on("data", (chunk) => (out += chunk));
          child.on("exit", (code) => {
            const line = out.trim().split("\n").at(-1) ?? "";
            if (code === 0 && line.startsWith("{")) resolve(JSON.parse(line));
            else reject(new Error(`contender exited (${code}): ${out}`));
          });
        }),
    ),
  );
  return {
    held: outcomes.reduce((sum, o) => sum + o.held, 0),
    shared: outcomes.reduce((sum, o) => sum + o.shared, 0),
    errors: outcomes.flatMap((o) => o.errors),
  };
}

/** The pid of a process that has exited: what a crash leaves in the lock file. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
    encoding: "utf8",
  });
  return Number(child.stdout);
}

describe("the data directory lock", () => {
  const dirs: string[] = [];
  const freshDir = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "essaim-lock-"));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("refuses a second process on a data directory in use, with a clear French message", () => {
    const dir = freshDir();
    const lock = lockDataDir(dir);
    try {
      const second = lockFromAnotherProcess(dir);
      expect(second.status).toBe(3);
      expect(second.stderr).toContain(`Le dossier de données ${dir} est déjà utilisé`);
      expect(second.stderr).toContain(`(pid ${process.pid})`);
      expect(second.stderr).toContain("perdent des données");
    } finally {
      lock.release();
    }
    // Once released, the next process may take it.
    const third = lockFromAnotherProcess(dir);
    expect(third.status, third.stderr).toBe(0);
    expect(third.stdout).toContain("locked");
  });

  // A fresh data directory runs PGlite's initdb: about 4 s on an idle machine, over 30 s on a busy one.
  it("refuses to open the same embedded database twice in one process, and keeps the first open", {
    timeout: 120_000,
  }, async () => {
    const dir = freshDir();
    const first = await openEmbeddedDatabase(dir);
    try {
      await expect(openEmbeddedDatabase(dir)).rejects.toBeInstanceOf(DataDirLockedError);
      const { rows } = await first.pool.query<{ one: number }>("select 1 as one");
      expect(rows[0]?.one).toBe(1);
      expect(readFileSync(path.join(dir, "essaim.lock"), "utf8").trim()).toBe(String(process.pid));
    } finally {
      await first.close();
    }
    expect(existsSync(path.join(dir, "essaim.lock"))).toBe(false);
  });

  it("takes over a stale lock left by a process that died", () => {
    const dir = freshDir();
    const pid = deadPid();
    writeFileSync(path.join(dir, "essaim.lock"), String(pid));
    const lock = lockDataDir(dir);
    try {
      expect(readFileSync(path.join(dir, "essaim.lock"), "utf8").trim()).toBe(String(process.pid));
    } finally {
      lock.release();
    }
    expect(existsSync(path.join(dir, "essaim.lock"))).toBe(false);
  });

  it("is held by one process at a time while six processes race for it, from a fresh or a stale lock", async () => {
    for (const start of ["fresh", "stale"] as const) {
      const dir = freshDir();
      if (start === "stale") writeFileSync(path.join(dir, "essaim.lock"), String(deadPid()));
      const outcome = await race(dir, 6, Date.now() + 4000, 3000);
      expect(outcome.shared, `${start}: holds that were not exclusive`).toBe(0);
      expect(outcome.errors, start).toEqual([]);
      expect(outcome.held, start).toBeGreaterThan(6);
      expect(existsSync(path.join(dir, "essaim.lock")), start).toBe(false);
    }
  }, 120_000);

  it("leaves no lock behind when the holding process exits normally", () => {
    const dir = freshDir();
    const other = lockFromAnotherProcess(dir);
    expect(other.status, other.stderr).toBe(0);
    expect(other.stdout).toContain("locked");
    expect(existsSync(path.join(dir, "essaim.lock"))).toBe(false);
  });
});
