import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startAppProcess } from "./app-process";

/**
 * Start the real app once on a fresh data directory (migrations, COG, demo), stop it, and hand
 * that directory to every test file as a template: each file copies it and starts its own app
 * in about a second instead of loading the COG again.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "essaim-browser-template-"));
  const app = await startAppProcess({ dataDir: dir, demo: true, timeoutMs: 180_000 });
  await app.stop();
  project.provide("essaimBrowserTemplate", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    essaimBrowserTemplate: string;
  }
}
