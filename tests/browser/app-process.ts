import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Runs Essaim the way `npm start` does (`server/main.ts start`, through tsx), in its own process,
 * so browser tests and the benchmark see the real start path: config, lock, migrations, COG,
 * demo, page build check, Fastify. Shared by the browser harness and `scripts/bench.ts`.
 */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export type AppProcess = {
  url: string;
  pid: number;
  child: ChildProcess;
  /** Everything the process printed so far (stdout and stderr), for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
};

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  await once(server, "close");
  if (!address || typeof address === "string") throw new Error("no free port");
  return address.port;
}

/**
 * Environment of a started app: the embedded database in `dataDir`, or the PostgreSQL server of
 * `databaseUrl` when one is given (never the caller's own DATABASE_URL).
 */
export function appEnv(options: {
  port: number;
  dataDir: string;
  demo: boolean;
  databaseUrl?: string;
  extraEnv?: Record<string, string>;
}) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  delete env.ESSAIM_PUBLIC_URL;
  delete env.SMTP_URL;
  delete env.NODE_OPTIONS;
  // Vitest marks its workers with these; the app is not a test process.
  delete env.VITEST;
  delete env.VITEST_POOL_ID;
  delete env.VITEST_WORKER_ID;
  delete env.NODE_ENV;
  return {
    ...env,
    PORT: String(options.port),
    HOST: "127.0.0.1",
    ESSAIM_DATA_DIR: options.dataDir,
    ESSAIM_DEMO: options.demo ? "1" : "0",
    LOG_LEVEL: "warn",
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...options.extraEnv,
  };
}

/**
 * Start the app and resolve once `readyPath` (the health check by default) answers 200. Rejects
 * with the process output when it exits first or does not answer within `timeoutMs`.
 */
export async function startAppProcess(options: {
  dataDir: string;
  demo?: boolean;
  port?: number;
  timeoutMs?: number;
  readyPath?: string;
  /** A PostgreSQL server instead of the embedded database. */
  databaseUrl?: string;
  /** Extra flags for Node (`--cpu-prof`…), before the tsx loader. */
  nodeArgs?: string[];
  extraEnv?: Record<string, string>;
}): Promise<AppProcess> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), "--import", "tsx", path.join("server", "main.ts"), "start"],
    {
      cwd: repoRoot,
      env: appEnv({
        port,
        dataDir: options.dataDir,
        demo: options.demo ?? true,
        databaseUrl: options.databaseUrl,
        extraEnv: options.extraEnv,
      }),
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  let exited: number | null | undefined;
  const exit = new Promise<void>((resolve) => {
    child.once("exit", (code, signal) => {
      exited = code ?? (signal ? -1 : null);
      resolve();
    });
  });

  const stop = async () => {
    if (exited === undefined) {
      child.kill("SIGTERM");
      await exit;
    }
  };

  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (exited !== undefined) {
      throw new Error(`Essaim exited (code ${exited}) before answering on ${url}:\n${output}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `Essaim did not answer on ${url} within ${options.timeoutMs ?? 120_000} ms:\n${output}`,
      );
    }
    const healthy = await fetch(`${url}${options.readyPath ?? "/healthz"}`).then(
      async (response) => {
        await response.arrayBuffer();
        return response.ok;
      },
      () => false,
    );
    if (healthy) break;
    // Poll until the server answers (or the process exits, checked above).
    await Promise.race([exit, new Promise((resolve) => setTimeout(resolve, 100))]);
  }
  if (child.pid === undefined) throw new Error("Essaim started without a pid");
  return { url, pid: child.pid, child, output: () => output, stop };
}
