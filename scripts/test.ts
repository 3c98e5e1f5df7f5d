/**
 * `npm test`: every suite, never stopping at the first failure, then one closing line
 * `N passed, N failed[, N skipped]` for all suites together. Exits non-zero when anything failed.
 *
 *   - page build (react-router build), first, when the sources changed;
 *   - lint (biome check .) and type-check (react-router typegen && tsc) — one test each;
 *   - unit + integration tests, embedded database (Vitest), then the same tests on a PostgreSQL
 *     server when DATABASE_URL is set (else skipped);
 *   - browser tests (Chromium).
 *
 * After the build the checks run beside the two database suites (decision record 0085); the browser
 * suite runs after them, alone (decision record 0111). Output of the checks and the browser suite is
 * printed at the end.
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
async function vitest(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  options: { quiet?: boolean } = {},
): Promise<SuiteResult> {
  const start = Date.now();
  const dir = mkdtempSync(path.join(os.tmpdir(), "essaim-vitest-"));
  const report = path.join(dir, "report.json");
  try {
    const result = await run(
      bin("vitest"),
      ["run", ...args, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
      { env, quiet: options.quiet },
    );
    const output = options.quiet ? result.output : undefined;
    if (!existsSync(report)) {
      return {
        name,
        passed: 0,
        failed: 1,
        skipped: 0,
        seconds: since(start),
        note: `Vitest exited with code ${result.code} without a report`,
        output,
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
      output,
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

const failedSuite = (name: string, seconds: number, note: string): SuiteResult => ({
  name,
  passed: 0,
  failed: 1,
  skipped: 0,
  seconds,
  note,
});

/**
 * Build the pages when the sources changed, before any suite starts: the browser suite serves
 * them, and `tests/bundle/client-bundle.test.ts` (embedded suite) reads them. Returns a failed
 * result when the build failed.
 */
function buildPages(): SuiteResult | undefined {
  heading("Page build (react-router build, when the sources changed)");
  const start = Date.now();
  try {
    const rebuilt = ensureBuild({ info: (msg) => process.stdout.write(`${msg}\n`) }, { stdio: "pipe" });
    process.stdout.write(
      rebuilt
        ? `Pages built in ${since(start).toFixed(1)} s.\n`
        : "Page build is up to date with the sources.\n",
    );
    return undefined;
  } catch (error) {
    process.stdout.write(`${(error as Error).message}\n`);
    return failedSuite("browser tests", since(start), "react-router build failed: browser tests not run");
  }
}

/** The browser suite, its output kept to be printed when the suites shown as they run are done. */
async function browserSuite(): Promise<SuiteResult> {
  if (!existsSync(CHROMIUM)) {
    return failedSuite("browser tests", 0, `Chromium is missing at ${CHROMIUM} (apt-get install chromium)`);
  }
  return vitest("browser tests", ["--config", "vitest.browser.config.ts"], withoutDatabaseUrl(), {
    quiet: true,
  });
}

/** The embedded suite, then the same tests on PostgreSQL (or why they were skipped), shown as they run. */
async function databaseSuites(): Promise<SuiteResult[]> {
  heading("Unit and integration tests — embedded database (PGlite)");
  const embedded = await vitest("tests, embedded database", [], withoutDatabaseUrl());
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    heading("Unit and integration tests — PostgreSQL server (DATABASE_URL)");
    const server = await vitest("tests, PostgreSQL server", [], {
      ...process.env,
      DATABASE_URL: databaseUrl,
    });
    return [embedded, server];
  }
  const why = "DATABASE_URL is not set (.ci/run starts a private PostgreSQL and sets it)";
  heading("Unit and integration tests — PostgreSQL server: SKIPPED");
  process.stdout.write(`Skipped: ${why}.\n`);
  return [
    embedded,
    {
      name: "tests, PostgreSQL server",
      passed: 0,
      failed: 0,
      skipped: embedded.passed + embedded.failed + embedded.skipped,
      seconds: 0,
      note: `skipped: ${why}`,
    },
  ];
}

function printSummary(results: SuiteResult[], seconds: number) {
  const total = results.reduce(
    (sum, r) => ({
      passed: sum.passed + r.passed,
      failed: sum.failed + r.failed,
      skipped: sum.skipped + r.skipped,
    }),
    { passed: 0, failed: 0, skipped: 0 },
  );
  heading(`Summary (${seconds.toFixed(0)} s)`);
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

/**
 * After the page build, lint and the type-check run beside the embedded then PostgreSQL suites
 * (decision record 0085); the browser suite runs after them, alone (decision record 0111). The
 * database suites print as they run; the others are printed after them.
 */
async function main() {
  const started = Date.now();
  const checks = Promise.all([
    commandAsTest("lint", [[bin("biome"), ["check", "."]]]),
    commandAsTest("type-check", [
      [bin("react-router"), ["typegen"]],
      [bin("tsc"), ["--noEmit"]],
    ]),
  ]);
  const buildFailure = buildPages();
  const databases = await databaseSuites();
  // The browser suite runs alone after the database suites: beside them, on two cores, its
  // tests passed their timeouts on CI (decision record 0111).
  const browser = buildFailure ? Promise.resolve(buildFailure) : browserSuite();

  heading("Lint (biome check .) and type-check (react-router typegen && tsc --noEmit)");
  const [lint, types] = await checks;
  for (const result of [lint, types]) {
    process.stdout.write(
      `${result.name}: ${result.failed ? "FAILED" : "ok"} (${result.seconds.toFixed(1)} s)\n`,
    );
    if (result.output) process.stdout.write(`${result.output}\n`);
  }

  heading("Browser tests (Debian Chromium, axe-core)");
  const browserResult = await browser;
  if (browserResult.output) process.stdout.write(`${browserResult.output}\n`);
  else if (browserResult.note) process.stdout.write(`${browserResult.note}\n`);

  printSummary([lint, types, ...databases, browserResult], since(started));
}
main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.stdout.write("0 passed, 1 failed\n");
  process.exitCode = 1;
});
