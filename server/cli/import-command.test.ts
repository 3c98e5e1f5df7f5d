import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { lockDataDir } from "../db/data-dir-lock";

const root = fileURLToPath(new URL("../../", import.meta.url));
const fixture = fileURLToPath(new URL("../territories/fixtures/qpv-anct-sample.csv", import.meta.url));

function cli(args: string[], dataDir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, ESSAIM_DATA_DIR: dataDir, LOG_LEVEL: "silent" };
  delete env.DATABASE_URL;
  return spawnSync(
    process.execPath,
    [path.join(root, "node_modules/tsx/dist/cli.mjs"), "server/cli.ts", ...args],
    {
      cwd: root,
      env,
      encoding: "utf8",
      timeout: 60_000,
    },
  );
}

describe("the import command line", () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "essaim-cli-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("refuses clearly to open a data directory the running app holds", () => {
    // This test process plays the running app: it holds the lock of the data directory.
    const lock = lockDataDir(dataDir);
    try {
      const result = cli(["import", "qpv", fixture], dataDir);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("est déjà utilisé par un autre processus Essaim");
      expect(result.stderr).toContain(`pid ${process.pid}`);
    } finally {
      lock.release();
    }
  });

  it("explains its usage when the kind of file is unknown", () => {
    const result = cli(["import", "cantons", fixture], dataDir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("npm run essaim -- import <boundaries|qpv|pvd> <fichier>");
  });
});
