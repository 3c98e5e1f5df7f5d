import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const buildDir = path.join(root, "build");
const stampFile = path.join(buildDir, ".fingerprint");
const lockFile = path.join(root, "node_modules", ".cache", "essaim-page-build.lock");
/** A build that takes longer than this is taken for dead (its process killed) and its lock taken over. */
const staleLockMs = 10 * 60_000;

/**
 * Runs `work` while holding a lock file, so that two processes (two test files, a test and the
 * bench) never build into `build/` at once; the second waits, then finds the build up to date.
 */
function withBuildLock<T>(work: () => T): T {
  mkdirSync(path.dirname(lockFile), { recursive: true });
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      closeSync(openSync(lockFile, "wx"));
      break;
    } catch {
      const age = existsSync(lockFile) ? Date.now() - statSync(lockFile).mtimeMs : 0;
      if (age > staleLockMs) rmSync(lockFile, { force: true });
      else Atomics.wait(pause, 0, 0, 500);
    }
  }
  try {
    return work();
  } finally {
    rmSync(lockFile, { force: true });
  }
}

/** A fingerprint of everything the page build depends on, to rebuild only when it changed. */
export function sourceFingerprint(): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(`${full}:${statSync(full).size}:${statSync(full).mtimeMs}`);
    }
  };
  for (const dir of ["app", "server", "public"]) walk(path.join(root, dir));
  for (const file of ["package-lock.json", "vite.config.ts", "react-router.config.ts"]) {
    const full = path.join(root, file);
    if (existsSync(full)) hash.update(readFileSync(full));
  }
  return hash.digest("hex");
}

/**
 * `npm start` builds the pages when the build is missing or older than the sources; the test
 * runner and the benchmark pass `force` to time a full build. Returns whether it built.
 */
export function ensureBuild(
  log: { info: (msg: string) => void },
  options: { force?: boolean; stdio?: "inherit" | "pipe" } = {},
): boolean {
  const upToDate = () =>
    existsSync(path.join(buildDir, "server", "index.js")) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, "utf8") === sourceFingerprint();
  if (!options.force && upToDate()) return false;
  return withBuildLock(() => {
    // Another process may have built while this one waited for the lock.
    if (!options.force && upToDate()) return false;
    const fingerprint = sourceFingerprint();
    log.info("building the pages (react-router build)…");
    const inherit = (options.stdio ?? "inherit") === "inherit";
    // Shown as it comes, except the errors and warnings, read to drop one upstream line (below).
    const result = spawnSync(
      process.execPath,
      [path.join(root, "node_modules", "@react-router", "dev", "bin.js"), "build"],
      { cwd: root, stdio: inherit ? ["inherit", "inherit", "pipe"] : "pipe", encoding: "utf8" },
    );
    if (inherit) process.stderr.write(withoutEnvFileDeprecation(result.stderr ?? ""));
    if (result.status !== 0) {
      const output = options.stdio === "pipe" ? `\n${result.stdout ?? ""}${result.stderr ?? ""}` : "";
      throw new Error(`react-router build failed${output}`);
    }
    writeFileSync(stampFile, fingerprint);
    return true;
  });
}

/**
 * `@react-router/dev` 7.18.x creates Vite servers of its own (to read `react-router.config.ts`)
 * with `envFile: false`, and Vite 8 warns "The `envFile` option is deprecated…" for each; our
 * `vite.config.ts` logger cannot reach those servers (decision record 0039). Only that line goes.
 */
export function withoutEnvFileDeprecation(output: string): string {
  return output
    .split(/(?<=\n)/)
    .filter((line) => !line.includes("`envFile` option is deprecated"))
    .join("");
}
