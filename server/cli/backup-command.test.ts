import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { lockDataDir } from "../db/data-dir-lock";

const root = fileURLToPath(new URL("../../", import.meta.url));

function cli(args: string[], env: NodeJS.ProcessEnv) {
  return spawnSync(
    process.execPath,
    [path.join(root, "node_modules/tsx/dist/cli.mjs"), "server/cli.ts", ...args],
    {
      cwd: root,
      env: { ...env, LOG_LEVEL: "silent" },
      encoding: "utf8",
      timeout: 60_000,
    },
  );
}

describe("the backup and restore command lines", () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "essaim-cli-backup-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const embedded = () => {
    const env: NodeJS.ProcessEnv = { ...process.env, ESSAIM_DATA_DIR: dataDir };
    delete env.DATABASE_URL;
    return env;
  };

  it("refuse while the app runs, saying how to stop it and start it again", () => {
    // This test process plays the running app: it holds the lock of the data directory.
    const lock = lockDataDir(dataDir);
    try {
      for (const command of ["backup", "restore"]) {
        const result = cli([command, path.join(root, "package.json")], embedded());
        expect(result.status).toBe(1);
        expect(result.stderr).toContain(
          `L'application Essaim tourne sur ce dossier de données (pid ${process.pid})`,
        );
        expect(result.stderr).toContain("redémarrez-la avec npm start");
      }
    } finally {
      lock.release();
    }
  });

  it("send a PostgreSQL server's operator to pg_dump and pg_restore", () => {
    const env = { ...embedded(), DATABASE_URL: "postgres://postgres@127.0.0.1:1/absente" };
    const result = cli(["backup", path.join(dataDir, "sauvegarde")], env);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Sauvegardez-la avec pg_dump et restaurez-la avec pg_restore");
  });

  it("explain their usage without a file", () => {
    const result = cli(["backup"], embedded());
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("npm run essaim -- backup <fichier>");
  });
});
