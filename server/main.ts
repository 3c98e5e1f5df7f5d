import { readFileSync, realpathSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ServerBuild } from "react-router";
import { prepareDatabase } from "./bootstrap";
import { systemClock } from "./core/clock";
import { type Config, ConfigError, loadConfig } from "./core/config";
import type { Deps } from "./core/deps";
import { createLogger } from "./core/logger";
import { DataDirLockedError } from "./db/data-dir-lock";
import { openDatabase } from "./db/database";
import { buildServer } from "./http/server";
import { startJobQueue } from "./jobs/start-job-queue";
import { createMailer } from "./mail/mailer";
import { buildDir, ensureBuild, root } from "./page-build";

/** A running app: where it answers, and how to stop it (server, job queue, database, in that order). */
export type RunningEssaim = {
  config: Config;
  cogLoaded: boolean;
  demoLoaded: boolean;
  stop: () => Promise<void>;
};

/**
 * `npm start`'s start path, configured from `source` (the process environment by default): page
 * build check, database, migrations, COG, demo, Fastify, job queue. The browser tests' app host
 * (`tests/browser/app-host.ts`) runs it once per test file in one process (decision record 0154).
 */
export async function startEssaim(source: NodeJS.ProcessEnv = process.env): Promise<RunningEssaim> {
  const config = loadConfig(source);
  const log = createLogger(config.logLevel);
  ensureBuild({ info: (msg) => log.info(msg) });
  const database = await openDatabase(config);
  const { cogLoaded, demoLoaded } = await prepareDatabase(database, { demo: config.demo, log });
  const deps: Deps = {
    config,
    database,
    db: database.db,
    clock: systemClock,
    log,
    mail: createMailer(config, log),
  };
  const build = (await import(pathToFileURL(path.join(buildDir, "server", "index.js")).href)) as ServerBuild;
  const version = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).version as string;
  const app = await buildServer(deps, { build, clientDir: path.join(buildDir, "client"), version });
  const jobs = await startJobQueue(deps);
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await jobs.stop();
    await database.close();
    throw error;
  }
  return {
    config,
    cogLoaded,
    demoLoaded,
    stop: async () => {
      log.info("shutting down");
      await app.close();
      await jobs.stop();
      await database.close();
    },
  };
}

async function start() {
  const startedAt = Date.now();
  const { config, cogLoaded, demoLoaded, stop } = await startEssaim();
  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    await stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown());
  process.on("SIGTERM", () => void shutdown());

  const where = config.databaseUrl
    ? "serveur PostgreSQL (DATABASE_URL)"
    : `base embarquée dans ${config.dataDir}`;
  const lines = [
    "",
    `  Essaim est prêt : ${config.publicUrl}  (${((Date.now() - startedAt) / 1000).toFixed(1)} s)`,
    `  Base de données : ${where}`,
    cogLoaded ? "  Référentiel des territoires (COG) chargé." : null,
    config.demo
      ? `  Démo ${demoLoaded ? "chargée" : "présente"} : connectez-vous avec animation@essaim.demo, adress@essaim.demo,\n  emergence@essaim.demo, atis@essaim.demo, partenaire@essaim.demo ou porteur@essaim.demo\n  — mot de passe « essaim-demo ».`
      : "  Démo désactivée (ESSAIM_DEMO=1 pour la charger).",
    config.smtpUrl
      ? "  Courriels envoyés par SMTP."
      : "  Pas de SMTP_URL : les courriels sont gardés dans la boîte d'envoi (Réseau › Courriels).",
    "",
  ].filter((line) => line !== null);
  process.stdout.write(`${lines.join("\n")}\n`);
}

// Only when run as a program (`tsx server/main.ts start`), not when imported.
const command = process.argv[2] ?? "start";
const runAsProgram = (() => {
  try {
    return realpathSync(process.argv[1] ?? "") === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
})();
if (runAsProgram && command === "start") {
  start().catch((error: unknown) => {
    if (error instanceof ConfigError || error instanceof DataDirLockedError) {
      process.stderr.write(`\n${error.message}\n\n`);
      process.exit(1);
    }
    process.stderr.write(`Échec du démarrage : ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
}
