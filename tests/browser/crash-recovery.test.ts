import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type AppProcess, startAppProcess } from "./app-process";
import { DEMO_PASSWORD } from "./harness";

/*
 * Issue 14's probe: the app killed with SIGKILL (power cut, OOM killer) in the middle of writes
 * and of an import. On restart the data directory opens, the dead process's lock is taken over,
 * every write the API acknowledged is there, and the import is all or nothing.
 */
describe("the embedded app killed with SIGKILL", () => {
  let dataDir: string;
  let app: AppProcess | undefined;
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "essaim-crash-"));
    cpSync(inject("essaimBrowserTemplate"), dataDir, { recursive: true });
  });
  afterAll(async () => {
    await app?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const tokenOf = async (url: string) => {
    const response = await fetch(`${url}/api/v1/auth/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "adress@essaim.demo", password: DEMO_PASSWORD }),
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { token: string }).token;
  };

  /** Kill the process at once, without letting it close anything, and wait until it is gone. */
  const killHard = async (running: AppProcess) => {
    const gone = new Promise((resolve) => running.child.once("exit", resolve));
    process.kill(running.pid, "SIGKILL");
    await gone;
  };

  const signal = (n: number) => ({
    kind: "need",
    title: `Laverie solidaire numéro ${n}`,
    description: "Les habitants du quartier n'ont plus de laverie depuis la fermeture de la dernière.",
    territory: { kind: "commune", code: "25462" },
    channel: "commissioner",
  });

  it("during writes: it restarts on the same directory, takes the lock over and keeps every acknowledged write", async () => {
    app = await startAppProcess({ dataDir });
    const running = app;
    const token = await tokenOf(running.url);
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    const acknowledged: string[] = [];
    let killed = false;
    const writer = async (start: number) => {
      for (let n = start; !killed; n += 4) {
        const response = await fetch(`${running.url}/api/v1/signals`, {
          method: "POST",
          headers,
          body: JSON.stringify(signal(n)),
        }).catch(() => null);
        if (response?.status === 201) acknowledged.push(((await response.json()) as { id: string }).id);
        else if (response) expect(response.status, await response.text()).toBe(201);
      }
    };
    const writers = [0, 1, 2, 3].map(writer);
    while (acknowledged.length < 12) await new Promise((resolve) => setTimeout(resolve, 20));
    await killHard(running);
    killed = true;
    await Promise.all(writers);
    // The dead process's lock is still on disk, naming a pid that no longer runs.
    const lock = path.join(dataDir, "essaim.lock");
    expect(existsSync(lock)).toBe(true);
    expect(Number(readFileSync(lock, "utf8"))).toBe(running.pid);

    app = await startAppProcess({ dataDir });
    expect(Number(readFileSync(lock, "utf8"))).toBe(app.pid);
    const again = { authorization: `Bearer ${await tokenOf(app.url)}` };
    for (const id of acknowledged) {
      const response = await fetch(`${app.url}/api/v1/signals/${id}`, { headers: again });
      expect(response.status, id).toBe(200);
    }
  }, 180_000);

  it("during an import: after the restart the import is all there or not there at all", async () => {
    const running = app!;
    const token = await tokenOf(running.url);
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    const rows = Array.from({ length: 1500 }, (_, n) => ({
      externalId: `crash-${n}`,
      title: `Atelier vélo solidaire ${n}`,
      summary: "Réparer et revendre des vélos pour se déplacer à petit prix.",
      description:
        "Un atelier associatif qui répare, loue et revend des vélos, avec des ateliers d'autoréparation.",
      themes: ["mobilite"],
      tags: ["vélo"],
      sourceUrl: "https://exemple.fr/velo",
    }));
    const body = JSON.stringify(rows);
    const importing = fetch(`${running.url}/api/v1/models/import`, { method: "POST", headers, body }).then(
      (response) => response.status,
      () => "killed" as const,
    );
    await new Promise((resolve) => setTimeout(resolve, 400));
    await killHard(running);
    const outcome = await importing;

    app = await startAppProcess({ dataDir });
    // Importing the same rows again says how many were already there: none or all of them.
    const again = await fetch(`${app.url}/api/v1/models/import`, {
      method: "POST",
      headers: { ...headers, authorization: `Bearer ${await tokenOf(app.url)}` },
      body,
    });
    expect(again.status).toBe(200);
    const report = (await again.json()) as { imported: number; updated: number };
    expect(
      [report.imported, report.updated].sort((a, b) => a - b),
      `first import: ${outcome}`,
    ).toEqual([0, rows.length]);
    if (outcome === 200) expect(report.updated).toBe(rows.length);
  }, 180_000);
});
