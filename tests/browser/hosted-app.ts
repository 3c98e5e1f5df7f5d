import { type ChildProcess, fork } from "node:child_process";
import path from "node:path";
import type { HostReply, HostRequest } from "./app-host";
import { appEnv, freePort, repoRoot } from "./app-process";

type Host = { child: ChildProcess; send: (request: HostRequest) => Promise<void>; output: () => string };

/** Request ids (0 is the host's "ready"). */
let lastId = 0;
const requestId = () => ++lastId;

/** The app host of this worker (test files share their worker's modules: `isolate: false`). */
let current: Promise<Host> | undefined;

function forkHost(): Promise<Host> {
  // The host's own environment, as an app's would be; each start gets its own on top (PORT…).
  const env = appEnv({ port: 0, dataDir: repoRoot, demo: true });
  const child = fork(path.join(repoRoot, "tests", "browser", "app-host.ts"), [], {
    cwd: repoRoot,
    env,
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-100_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  // The host never keeps its worker alive: it exits when the worker does (IPC disconnect).
  child.unref();
  child.channel?.unref();
  for (const stream of [child.stdout, child.stderr]) (stream as { unref?: () => void } | null)?.unref?.();
  const pending = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  let exited = false;
  const ready = new Promise<void>((resolve, reject) => pending.set(0, { resolve, reject }));
  child.on("message", (reply: HostReply) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.ok) waiting?.resolve();
    else waiting?.reject(new Error(`${reply.error}\n${output}`));
  });
  child.on("exit", (code, signal) => {
    exited = true;
    if (current === hostPromise) current = undefined;
    for (const waiting of pending.values()) {
      waiting.reject(new Error(`the app host exited (${code ?? signal}):\n${output}`));
    }
    pending.clear();
  });
  const host: Host = {
    child,
    output: () => output,
    send: (request) => {
      if (exited) return Promise.reject(new Error(`the app host has exited:\n${output}`));
      return new Promise<void>((resolve, reject) => {
        pending.set(request.id, { resolve, reject });
        child.send(request);
      });
    },
  };
  const hostPromise = ready.then(() => host);
  return hostPromise;
}

export type HostedApp = { url: string; output: () => string; stop: () => Promise<void> };

/**
 * Start the app (`npm start`'s start path) on `dataDir` in this worker's app host, forked on
 * first use and kept for the next test files (decision record 0154).
 */
export async function startHostedApp(options: {
  dataDir: string;
  port?: number;
  extraEnv?: Record<string, string>;
}): Promise<HostedApp> {
  current ??= forkHost();
  const host = await current;
  const port = options.port ?? (await freePort());
  const env = appEnv({ port, dataDir: options.dataDir, demo: true, extraEnv: options.extraEnv });
  await host.send({ id: requestId(), start: env as Record<string, string> });
  let stopped = false;
  return {
    url: `http://127.0.0.1:${port}`,
    output: host.output,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await host.send({ id: requestId(), stop: true });
    },
  };
}
