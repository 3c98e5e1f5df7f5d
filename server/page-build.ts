import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const buildDir = path.join(root, "build");
const stampFile = path.join(buildDir, ".fingerprint");

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
  const fingerprint = sourceFingerprint();
  if (!options.force && existsSync(path.join(buildDir, "server", "index.js")) && existsSync(stampFile)) {
    if (readFileSync(stampFile, "utf8") === fingerprint) return false;
  }
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
