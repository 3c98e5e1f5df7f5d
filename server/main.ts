import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "react-router";
import { prepareDatabase } from "./bootstrap";
import { systemClock } from "./core/clock";
import { ConfigError, loadConfig } from "./core/config";
import type { Deps } from "./core/deps";
import { createLogger } from "./core/logger";
import { DataDirLockedError } from "./db/data-dir-lock";
import { openDatabase } from "./db/database";
import { buildServer } from "./http/server";
import { startJobQueue } from "./jobs/start-job-queue";
import { createMailer } from "./mail/mailer";
import { buildDir, ensureBuild, root } from "./page-build";

async function start() {
  const startedAt = Date.now();
  const config = loadConfig();
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

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, "shutting down");
    await app.close();
    await jobs.stop();
    await database.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  await app.listen({ port: config.port, host: config.host });
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

const command = process.argv[2] ?? "start";
if (command === "start") {
  start().catch((error: unknown) => {
    if (error instanceof ConfigError || error instanceof DataDirLockedError) {
      process.stderr.write(`\n${error.message}\n\n`);
      process.exit(1);
    }
    process.stderr.write(`Échec du démarrage : ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
}
