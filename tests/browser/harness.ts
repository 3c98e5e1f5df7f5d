import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { AxeResults } from "axe-core";
import { type Browser, chromium, type Page, type Response } from "playwright-core";
import { inject } from "vitest";
import { type AppProcess, repoRoot, startAppProcess } from "./app-process";

/** Debian's package, never a downloaded browser. */
export const CHROMIUM = "/usr/bin/chromium";

/**
 * Flags Chromium needs as root in a container, and to stay off the network. Playwright's
 * `launch` creates a fresh `--user-data-dir` in the temp folder for every browser and removes it.
 */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export const DEMO_PASSWORD = "essaim-demo";

export type BrowserApp = {
  /** Base URL of the running app, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** The app's data directory (its generated `secret.key` lives there). */
  dataDir: string;
  browser: Browser;
  /** A page in a fresh context (no cookies). `javaScriptEnabled: false` for the no-JavaScript path. */
  newPage: (options?: { javaScriptEnabled?: boolean }) => Promise<Page>;
  /** Open a path and check the page (accessibility, no script errors); returns the main response. */
  visit: (page: Page, pathname: string) => Promise<Response>;
  close: () => Promise<void>;
};

type PageProblems = { errors: string[]; javaScriptEnabled: boolean };
const problemsOf = new WeakMap<Page, PageProblems>();

/**
 * Start the app on a copy of the demo data directory prepared by the global setup, and a
 * Chromium to drive it. One per test file; call `close()` in `afterAll`.
 */
export async function startApp(): Promise<BrowserApp> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: install Debian's package (apt-get install chromium). ` +
        "Browser tests never download a browser.",
    );
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "essaim-browser-"));
  cpSync(inject("essaimBrowserTemplate"), dataDir, { recursive: true });
  let app: AppProcess | undefined;
  let browser: Browser | undefined;
  try {
    app = await startAppProcess({ dataDir, demo: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  } catch (error) {
    await app?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const running = app;
  const openBrowser = browser;

  const newPage = async (options: { javaScriptEnabled?: boolean } = {}) => {
    const javaScriptEnabled = options.javaScriptEnabled ?? true;
    const context = await openBrowser.newContext({
      baseURL: running.url,
      javaScriptEnabled,
      locale: "fr-FR",
    });
    // Fail a wait within the test's own timeout, with Playwright's message naming what was awaited.
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const problems: PageProblems = { errors: [], javaScriptEnabled };
    problemsOf.set(page, problems);
    page.on("pageerror", (error) => problems.errors.push(`script error: ${error.message}`));
    page.on("console", (message) => {
      // Content-Security-Policy refusals are bugs of ours (an inline script without its nonce…).
      if (message.type() === "error" && /Content Security Policy/i.test(message.text())) {
        problems.errors.push(`CSP: ${message.text()}`);
      }
    });
    return page;
  };

  const visit = async (page: Page, pathname: string) => {
    const response = await page.goto(pathname);
    if (!response) throw new Error(`no response for ${pathname}`);
    await checkPage(page);
    return response;
  };

  return {
    url: running.url,
    dataDir,
    browser: openBrowser,
    newPage,
    visit,
    close: async () => {
      await openBrowser.close();
      await running.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const axeSource = () => readFileSync(path.join(repoRoot, "node_modules", "axe-core", "axe.min.js"), "utf8");

function describeViolations(url: string, results: AxeResults): string {
  const lines = [`${results.violations.length} accessibility violation(s) on ${url}:`];
  for (const violation of results.violations) {
    lines.push(`- ${violation.id} (${violation.impact ?? "?"}): ${violation.help}`);
    lines.push(`  ${violation.helpUrl}`);
    for (const node of violation.nodes.slice(0, 5)) {
      lines.push(`  • ${node.target.join(" ")}: ${node.html.slice(0, 160)}`);
      if (node.failureSummary) lines.push(`    ${node.failureSummary.replace(/\n\s*/g, " ")}`);
    }
    if (violation.nodes.length > 5) lines.push(`  … and ${violation.nodes.length - 5} more`);
  }
  return lines.join("\n");
}

/**
 * Check the page as it is now with axe-core (WCAG 2.1 A and AA) and fail with a readable list of
 * violations; also fail on script errors and CSP refusals seen since the page opened.
 */
export async function checkPage(page: Page): Promise<void> {
  const problems = problemsOf.get(page);
  if (problems?.errors.length) {
    throw new Error(`Problems on ${page.url()}:\n${problems.errors.map((e) => `- ${e}`).join("\n")}`);
  }
  await page.waitForLoadState("load");
  if (problems?.javaScriptEnabled === false) {
    // axe needs timers, which never fire where scripts are off: check the same HTML elsewhere.
    const scratch = await sameHtmlWithScripts(page);
    try {
      await runAxe(scratch, page.url());
    } finally {
      await scratch.context().close();
    }
  } else {
    await runAxe(page, page.url());
  }
}

async function runAxe(page: Page, url: string): Promise<void> {
  await page.evaluate(axeSource());
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof import("axe-core") }).axe.run(document, {
        runOnly: { type: "tag", values: tags },
        resultTypes: ["violations"],
      }),
    AXE_TAGS,
  );
  if (results.violations.length) throw new Error(describeViolations(url, results));
}

/**
 * The HTML a page without JavaScript shows, served at the same URL in a context where scripts
 * run (the app's own scripts removed, so the page stays exactly as the server rendered it).
 */
async function sameHtmlWithScripts(page: Page): Promise<Page> {
  const browser = page.context().browser();
  if (!browser) throw new Error("a page without its browser");
  const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
  const context = await browser.newContext({ locale: "fr-FR" });
  const scratch = await context.newPage();
  const url = page.url();
  await scratch.route(url, (route) => route.fulfill({ status: 200, contentType: "text/html", body: html }));
  await scratch.goto(url);
  return scratch;
}

/** Sign in through the form, as a person would. Leaves the page wherever the app redirects. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/connexion");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}
