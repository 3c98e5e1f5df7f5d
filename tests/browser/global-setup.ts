import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import type { TestProject } from "vitest/node";
import { startAppProcess } from "./app-process";
import { assertChromium, CHROMIUM, CHROMIUM_ARGS } from "./chromium";

/**
 * Start the real app once on a fresh data directory (migrations, COG, demo), stop it, and hand
 * that directory to every test file as a template: each file copies it and starts its own app
 * instead of loading the COG again. One Chromium serves every file (each file opens its own
 * contexts on it, with their own cookies), started while the template is built (decision record 0085).
 */
export default async function setup(project: TestProject) {
  assertChromium();
  const dir = mkdtempSync(path.join(os.tmpdir(), "essaim-browser-template-"));
  const [started, server] = await Promise.allSettled([
    startAppProcess({ dataDir: dir, demo: true, timeoutMs: 300_000 }),
    chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true }),
  ]);
  if (started.status === "fulfilled") await started.value.stop();
  if (started.status === "rejected" || server.status === "rejected") {
    if (server.status === "fulfilled") await server.value.close();
    rmSync(dir, { recursive: true, force: true });
    throw started.status === "rejected" ? started.reason : (server as PromiseRejectedResult).reason;
  }
  project.provide("essaimBrowserTemplate", dir);
  project.provide("essaimChromium", server.value.wsEndpoint());
  return async () => {
    await server.value.close();
    rmSync(dir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    essaimBrowserTemplate: string;
    /** The WebSocket endpoint of the Chromium every file connects to. */
    essaimChromium: string;
  }
}
