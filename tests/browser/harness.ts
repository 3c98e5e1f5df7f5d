import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { AxeResults } from "axe-core";
import { type Browser, chromium, type Page, type Response } from "playwright-core";
import { inject } from "vitest";
import { repoRoot } from "./app-process";
import { assertChromium } from "./chromium";
import { type HostedApp, startHostedApp } from "./hosted-app";

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
 * Start the app on a copy of the demo data directory prepared by the global setup, in this
 * worker's app host (`hosted-app.ts`: `npm start`'s start path, modules loaded once per worker),
 * and connect to the Chromium the global setup started. One per test file; call `close()` in
 * `afterAll`.
 */
export async function startApp(
  options: { port?: number; extraEnv?: Record<string, string> } = {},
): Promise<BrowserApp> {
  assertChromium();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "essaim-browser-"));
  cpSync(inject("essaimBrowserTemplate"), dataDir, { recursive: true });
  const [started, connected] = await Promise.allSettled([
    startHostedApp({ dataDir, port: options.port, extraEnv: options.extraEnv }),
    chromium.connect(inject("essaimChromium")),
  ]);
  if (started.status === "rejected" || connected.status === "rejected") {
    if (started.status === "fulfilled") await started.value.stop();
    if (connected.status === "fulfilled") await connected.value.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw started.status === "rejected" ? started.reason : (connected as PromiseRejectedResult).reason;
  }
  const running: HostedApp = started.value;
  const openBrowser: Browser = connected.value;

  const newPage = async (options: { javaScriptEnabled?: boolean } = {}) => {
    const javaScriptEnabled = options.javaScriptEnabled ?? true;
    const context = await openBrowser.newContext({
      baseURL: running.url,
      javaScriptEnabled,
      locale: "fr-FR",
    });
    // Fail a wait within the test's own timeout, with Playwright's message naming what was awaited.
    context.setDefaultTimeout(20_000);
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

let axeScript: string | undefined;
const axeSource = () =>
  (axeScript ??= readFileSync(path.join(repoRoot, "node_modules", "axe-core", "axe.min.js"), "utf8"));

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
    await checkServedHtml(page);
  } else {
    await runAxe(page, page.url());
  }
}

async function runAxe(page: Page, url: string): Promise<void> {
  // A page reached by a client-side navigation still has the axe of an earlier check.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource());
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
 * One page per browser connection (so per test file) where scripts run and axe is loaded once, on
 * the app's origin: each page without JavaScript is checked there, its HTML written in place of
 * the previous one. A context and an axe evaluation per check cost several seconds under load.
 */
const scratchPages = new WeakMap<Browser, Promise<Page>>();
let scratchQueue: Promise<unknown> = Promise.resolve();

async function scratchPageFor(page: Page): Promise<Page> {
  const browser = page.context().browser();
  if (!browser) throw new Error("a page without its browser");
  let scratch = scratchPages.get(browser);
  if (!scratch) {
    const blank = `${new URL(page.url()).origin}/__verification-accessibilite`;
    scratch = (async () => {
      const context = await browser.newContext({ locale: "fr-FR" });
      const opened = await context.newPage();
      await opened.route(blank, (route) =>
        route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>axe</title>" }),
      );
      await opened.goto(blank);
      await opened.evaluate(axeSource());
      return opened;
    })();
    scratchPages.set(browser, scratch);
  }
  return scratch;
}

/**
 * The HTML a page without JavaScript shows, the app's own scripts removed (so the page stays
 * exactly as the server rendered it), written into the scratch page and checked once its
 * stylesheets are loaded (colour contrast needs them).
 */
async function checkServedHtml(page: Page): Promise<void> {
  const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
  const url = page.url();
  const scratch = await scratchPageFor(page);
  const run = scratchQueue.then(async () => {
    await scratch.evaluate((served) => {
      document.open();
      document.write(served);
      document.close();
    }, html);
    await scratch.waitForFunction(
      () =>
        document.readyState === "complete" &&
        [...document.querySelectorAll<HTMLLinkElement>("link[rel=stylesheet]")].every((link) => link.sheet),
    );
    await runAxe(scratch, url);
  });
  scratchQueue = run.catch(() => undefined);
  await run;
}

/** Sign in through the form, as a person would. Leaves the page wherever the app redirects. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/connexion");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}
