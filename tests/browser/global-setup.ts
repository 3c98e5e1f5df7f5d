import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import type { TestProject } from "vitest/node";
import { templateKey } from "../../server/testing/template-key";
import { repoRoot, startAppProcess } from "./app-process";
import { assertChromium, CHROMIUM, CHROMIUM_ARGS } from "./chromium";

const cacheDir = path.join(repoRoot, "node_modules", ".cache", "essaim-browser-template");

/**
 * The key of the demo data directory: everything `npm start`'s start path imports (followed from
 * `server/main.ts`: migrations, COG, demo seeds), this recipe, the lockfile, and the UTC day — rows
 * stamped with the time they were written stay at most a day old (decision record 0154).
 */
function browserTemplateKey(): string {
  const day = new Date().toISOString().slice(0, 10);
  const key = templateKey(
    repoRoot,
    ["server/main.ts"],
    ["tests/browser/global-setup.ts", "tests/browser/app-process.ts"],
  );
  return `${key}-${day}`;
}

/**
 * The demo data directory every file copies: the real app started once on a fresh directory
 * (migrations, COG, demo) and stopped. Kept under node_modules/.cache and reused by later runs
 * while its key is unchanged (built under a temporary name and renamed when complete, so a
 * concurrent run never copies half of it); `ESSAIM_TEST_TEMPLATE=rebuild` ignores it.
 */
async function demoTemplate(): Promise<string> {
  const key = browserTemplateKey();
  const dir = path.join(cacheDir, key);
  const rebuild = process.env.ESSAIM_TEST_TEMPLATE === "rebuild";
  if (!rebuild && existsSync(dir)) return dir;
  mkdirSync(cacheDir, { recursive: true });
  const building = mkdtempSync(path.join(cacheDir, `.building-${key}-`));
  try {
    const started = await startAppProcess({ dataDir: building, demo: true, timeoutMs: 300_000 });
    await started.stop();
    // Another run may have finished the same directory meanwhile (and be copying it): keep theirs.
    if (rebuild) rmSync(dir, { recursive: true, force: true });
    if (existsSync(dir)) rmSync(building, { recursive: true, force: true });
    else renameSync(building, dir);
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    throw error;
  }
  for (const name of readdirSync(cacheDir)) {
    if (name !== key && !name.startsWith(".building-")) {
      rmSync(path.join(cacheDir, name), { recursive: true, force: true });
    }
  }
  return dir;
}

/**
 * The demo data directory (built, or reused from an earlier run) is handed to every test file as
 * a template: each file copies it and starts its own app instead of loading the COG again. One
 * Chromium serves every file (each file opens its own contexts on it, with their own cookies),
 * started while the template is built (decision record 0085).
 */
export default async function setup(project: TestProject) {
  assertChromium();
  const [template, server] = await Promise.allSettled([
    demoTemplate(),
    chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true }),
  ]);
  if (template.status === "rejected" || server.status === "rejected") {
    if (server.status === "fulfilled") await server.value.close();
    throw template.status === "rejected" ? template.reason : (server as PromiseRejectedResult).reason;
  }
  project.provide("essaimBrowserTemplate", template.value);
  project.provide("essaimChromium", server.value.wsEndpoint());
  return async () => {
    await server.value.close();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    essaimBrowserTemplate: string;
    /** The WebSocket endpoint of the Chromium every file connects to. */
    essaimChromium: string;
  }
}
