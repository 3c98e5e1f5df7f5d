/**
 * `npm test`: every suite, in order, never stopping at the first failure, then one closing line
 * `N passed, N failed[, N skipped]` for all suites together. Exits non-zero when anything failed.
 *
 *   1. lint (biome check .)                       — one test
 *   2. type-check (react-router typegen && tsc)   — one test
 *   3. unit + integration tests, embedded database (Vitest)
 *   4. the same tests on a PostgreSQL server      — when DATABASE_URL is set, else skipped
 *   5. browser tests (Chromium, after one page build)
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureBuild } from "../server/page-build";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const CHROMIUM = "/usr/bin/chromium";

type SuiteResult = {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
  seconds: number;
  /** Why a suite was skipped or failed, in one line for the summary. */
  note?: string;
  /** Output of a quiet check, printed when it failed. */
  output?: string;
};

type Run = { code: number; output: string };

/** Run a command; stream its output unless `quiet` (then it is returned for printing later). */
function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; quiet?: boolean } = {}) {
  return new Promise<Run>((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      env: options.env ?? process.env,
      stdio: ["ignore", options.quiet ? "pipe" : "inherit", options.quiet ? "pipe" : "inherit"],
    });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on("error", (error) => resolve({ code: 127, output: `${output}${error.message}\n` }));
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

const heading = (title: string) => process.stdout.write(`\n━━ ${title}\n`);
const since = (start: number) => (Date.now() - start) / 1000;

/** A check that is one test: passed when the command exits 0. */
async function commandAsTest(name: string, commands: [string, string[]][]): Promise<SuiteResult> {
  const start = Date.now();
  let output = "";
  let code = 0;
  for (const [command, args] of commands) {
    const result = await run(command, args, { quiet: true });
    output += result.output;
    code = result.code;
    if (code !== 0) break;
  }
  return {
    name,
    passed: code === 0 ? 1 : 0,
    failed: code === 0 ? 0 : 1,
    skipped: 0,
    seconds: since(start),
    output: code === 0 ? undefined : output.trim().split("\n").slice(-60).join("\n"),
    note: code === 0 ? undefined : "see its output above",
  };
}

type VitestJson = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numTotalTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: unknown[] }[];
};

/** Run Vitest with a readable reporter and a JSON report, and count from the JSON. */
async function vitest(name: string, args: string[], env: NodeJS.ProcessEnv): Promise<SuiteResult> {
  const start = Date.now();
  const dir = mkdtempSync(path.join(os.tmpdir(), "essaim-vitest-"));
  const report = path.join(dir, "report.json");
  try {
    const result = await run(
      bin("vitest"),
      ["run", ...args, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
      { env },
    );
    if (!existsSync(report)) {
      return {
        name,
        passed: 0,
        failed: 1,
        skipped: 0,
        seconds: since(start),
        note: `Vitest exited with code ${result.code} without a report`,
      };
    }
    const json = JSON.parse(readFileSync(report, "utf8")) as VitestJson;
    // A file that fails to load or whose hooks throw has no failed test of its own: count it.
    const brokenFiles = json.testResults.filter(
      (file) =>
        file.status === "failed" &&
        !(file.assertionResults as { status: string }[]).some((test) => test.status === "failed"),
    ).length;
    let failed = json.numFailedTests + brokenFiles;
    let note: string | undefined;
    if (result.code !== 0 && failed === 0) {
      // Unhandled errors or a crashed worker: Vitest fails the run without failing a test.
      failed = 1;
      note = `Vitest exited with code ${result.code} (unhandled error: see above)`;
    }
    return {
      name,
      passed: json.numPassedTests,
      failed,
      skipped: json.numPendingTests + json.numTodoTests,
      seconds: since(start),
      note,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function withoutDatabaseUrl(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  return env;
}

async function main() {
  const started = Date.now();
  const results: SuiteResult[] = [];

  // Lint and type-check are independent and mostly single-threaded: run them side by side.
  heading("Lint (biome check .) and type-check (react-router typegen && tsc --noEmit)");
  const [lint, types] = await Promise.all([
    commandAsTest("lint", [[bin("biome"), ["check", "."]]]),
    commandAsTest("type-check", [
      [bin("react-router"), ["typegen"]],
      [bin("tsc"), ["--noEmit"]],
    ]),
  ]);
  for (const result of [lint, types]) {
    process.stdout.write(
      `${result.name}: ${result.failed ? "FAILED" : "ok"} (${result.seconds.toFixed(1)} s)\n`,
    );
    if (result.output) process.stdout.write(`${result.output}\n`);
    results.push(result);
  }

  heading("Unit and integration tests — embedded database (PGlite)");
  const embedded = await vitest("tests, embedded database", [], withoutDatabaseUrl());
  results.push(embedded);

  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    heading("Unit and integration tests — PostgreSQL server (DATABASE_URL)");
    results.push(await vitest("tests, PostgreSQL server", [], { ...process.env, DATABASE_URL: databaseUrl }));
  } else {
    const why = "DATABASE_URL is not set (.ci/run starts a private PostgreSQL and sets it)";
    heading("Unit and integration tests — PostgreSQL server: SKIPPED");
    process.stdout.write(`Skipped: ${why}.\n`);
    results.push({
      name: "tests, PostgreSQL server",
      passed: 0,
      failed: 0,
      skipped: embedded.passed + embedded.failed + embedded.skipped,
      seconds: 0,
      note: `skipped: ${why}`,
    });
  }

  heading("Browser tests (Debian Chromium, axe-core)");
  const buildStart = Date.now();
  let built = true;
  try {
    const rebuilt = ensureBuild({ info: (msg) => process.stdout.write(`${msg}\n`) }, { stdio: "pipe" });
    process.stdout.write(
      rebuilt
        ? `Pages built in ${since(buildStart).toFixed(1)} s.\n`
        : "Page build is up to date with the sources.\n",
    );
  } catch (error) {
    built = false;
    process.stdout.write(`${(error as Error).message}\n`);
    results.push({
      name: "browser tests",
      passed: 0,
      failed: 1,
      skipped: 0,
      seconds: since(buildStart),
      note: "react-router build failed: browser tests not run",
    });
  }
  if (built) {
    if (!existsSync(CHROMIUM)) {
      process.stdout.write(`Chromium is missing at ${CHROMIUM}: apt-get install chromium\n`);
      results.push({
        name: "browser tests",
        passed: 0,
        failed: 1,
        skipped: 0,
        seconds: 0,
        note: `Chromium is missing at ${CHROMIUM} (apt-get install chromium)`,
      });
    } else {
      results.push(
        await vitest("browser tests", ["--config", "vitest.browser.config.ts"], withoutDatabaseUrl()),
      );
    }
  }

  const total = results.reduce(
    (sum, r) => ({
      passed: sum.passed + r.passed,
      failed: sum.failed + r.failed,
      skipped: sum.skipped + r.skipped,
    }),
    { passed: 0, failed: 0, skipped: 0 },
  );

  heading(`Summary (${since(started).toFixed(0)} s)`);
  const width = Math.max(...results.map((r) => r.name.length));
  for (const r of results) {
    const status = r.failed ? "FAILED" : r.passed === 0 && r.skipped ? "skipped" : "ok";
    process.stdout.write(
      `  ${r.name.padEnd(width)}  ${status.padEnd(7)}  passed ${r.passed} · failed ${r.failed} · skipped ${r.skipped}  (${r.seconds.toFixed(1)} s)\n`,
    );
    if (r.note) process.stdout.write(`    ${r.note}\n`);
  }
  // The one closing line CI reads.
  process.stdout.write(
    `${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}\n`,
  );
  process.exitCode = total.failed > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.stdout.write("0 passed, 1 failed\n");
  process.exitCode = 1;
});
