import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { Duplex } from "node:stream";
import { Worker } from "node:worker_threads";

/*
 * The app's side of the embedded database's thread (`pglite-worker.mjs`, decision record 0044):
 * starts the worker and gives node-postgres a socket-like stream per connection, so the code keeps
 * its `pg.Pool` and PostgreSQL's wire protocol while PGlite computes on another thread.
 */

type FromWorker =
  | { type: "ready"; error?: string }
  | { type: "data"; id: number; bytes: Uint8Array }
  | { type: "failed"; id: number; message: string }
  | { type: "reply"; requestId: number; value?: unknown; error?: string };

export type EmbeddedWorkerOptions = {
  /** PGlite's data directory; in memory when absent. */
  dataDir?: string;
  /**
   * A dumped data directory to start from (tests' template): the tarball's bytes, which may live
   * in a `SharedArrayBuffer` read once per process (the worker copies them, never writes them).
   */
  loadDataDir?: Uint8Array;
  startParams?: string[];
};

type PgliteAssets = { wasmModule: WebAssembly.Module; fsBundle: Uint8Array };
let assets: Promise<PgliteAssets> | undefined;

/**
 * PGlite's WebAssembly compiled once per process, and its file-system bundle read once, for every
 * database the process opens: compiling took half of an open (about 1 s of CPU, then more in the
 * background tiers), and the tests open one database per file.
 */
function pgliteAssets(): Promise<PgliteAssets> {
  assets ??= (async () => {
    const dist = path.dirname(createRequire(import.meta.url).resolve("@electric-sql/pglite"));
    const [wasm, fsBundle] = await Promise.all([
      readFile(path.join(dist, "pglite.wasm")),
      readFile(path.join(dist, "pglite.data")),
    ]);
    return { wasmModule: await WebAssembly.compile(wasm), fsBundle: new Uint8Array(fsBundle) };
  })();
  return assets;
}

export class EmbeddedWorker {
  private readonly worker: Worker;
  private readonly streams = new Map<number, WorkerConnection>();
  private readonly replies = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  /** Messages sent that await an answer: the worker keeps the process alive only while there are some. */
  private awaited = 0;
  private failure: Error | null = null;

  private constructor(worker: Worker) {
    this.worker = worker;
    worker.unref();
    worker.on("message", (message: FromWorker) => this.receive(message));
    worker.on("error", (error) => this.fail(error));
    worker.on("exit", (code) =>
      this.fail(new Error(`the embedded database's thread stopped (code ${code})`)),
    );
  }

  static async start(options: EmbeddedWorkerOptions): Promise<EmbeddedWorker> {
    const { wasmModule, fsBundle } = await pgliteAssets();
    const worker = new Worker(new URL("./pglite-worker.mjs", import.meta.url), {
      workerData: {
        dataDir: options.dataDir,
        loadDataDir: options.loadDataDir,
        startParams: options.startParams,
        wasmModule,
        fsBundle,
      },
      // The worker is plain JavaScript: no loader of the parent (tsx) is needed there.
      execArgv: [],
    });
    const ready = new Promise<void>((resolve, reject) => {
      const onMessage = (message: FromWorker) => {
        if (message.type !== "ready") return;
        worker.off("message", onMessage);
        if (message.error) reject(new Error(message.error));
        else resolve();
      };
      worker.on("message", onMessage);
      worker.once("error", reject);
      worker.once("exit", (code) =>
        reject(new Error(`the embedded database's thread stopped (code ${code})`)),
      );
    });
    try {
      await ready;
    } catch (error) {
      await worker.terminate();
      throw error;
    }
    return new EmbeddedWorker(worker);
  }

  /** A new connection's stream, for node-postgres (`stream` option of a client or pool). */
  connect(): Duplex {
    const id = this.nextId++;
    const stream = new WorkerConnection(this, id);
    this.streams.set(id, stream);
    return stream;
  }

  /** The data directory as a tarball, after a checkpoint (the tests' template). */
  async dumpDataDir(): Promise<Blob> {
    const value = (await this.request({ type: "dump" })) as ArrayBuffer;
    return new Blob([value]);
  }

  async close(): Promise<void> {
    if (this.failure) return;
    await this.request({ type: "close" });
    this.failure = new Error("the embedded database is closed");
    await this.worker.terminate();
  }

  /** @internal used by the connections. */
  send(message: { type: "data"; id: number; bytes: Uint8Array } | { type: "close-connection"; id: number }) {
    if (this.failure) throw this.failure;
    if (message.type === "data") this.expect(1);
    this.worker.postMessage(message, message.type === "data" ? [message.bytes.buffer as ArrayBuffer] : []);
  }

  /** @internal */
  forget(id: number) {
    this.streams.delete(id);
  }

  private request(message: { type: "dump" | "close" }): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    const requestId = this.nextId++;
    this.expect(1);
    return new Promise((resolve, reject) => {
      this.replies.set(requestId, { resolve, reject });
      this.worker.postMessage({ ...message, requestId });
    });
  }

  private expect(delta: number) {
    const before = this.awaited;
    this.awaited += delta;
    if (before === 0 && this.awaited > 0) this.worker.ref();
    else if (before > 0 && this.awaited === 0) this.worker.unref();
  }

  private receive(message: FromWorker) {
    if (message.type === "data" || message.type === "failed") {
      this.expect(-1);
      const stream = this.streams.get(message.id);
      if (message.type === "data")
        stream?.deliver(Buffer.from(message.bytes.buffer, 0, message.bytes.length));
      else stream?.destroy(new Error(message.message));
    } else if (message.type === "reply") {
      this.expect(-1);
      const waiting = this.replies.get(message.requestId);
      this.replies.delete(message.requestId);
      if (message.error) waiting?.reject(new Error(message.error));
      else waiting?.resolve(message.value);
    }
  }

  private fail(error: Error) {
    if (this.failure) return;
    this.failure = error;
    this.worker.unref();
    for (const stream of this.streams.values()) stream.destroy(error);
    for (const waiting of this.replies.values()) waiting.reject(error);
    this.replies.clear();
  }
}

/**
 * One node-postgres connection to the worker: what the client writes in one turn of the event loop
 * goes as one message (a query's Parse, Bind, Describe, Execute and Sync together).
 */
class WorkerConnection extends Duplex {
  private queued: Buffer[] = [];
  private flushScheduled = false;

  constructor(
    private readonly owner: EmbeddedWorker,
    private readonly id: number,
  ) {
    super();
  }

  /** node-postgres calls these on a TCP socket. */
  connect(): this {
    process.nextTick(() => this.emit("connect"));
    return this;
  }
  setNoDelay(): this {
    return this;
  }
  setKeepAlive(): this {
    return this;
  }
  ref(): this {
    return this;
  }
  unref(): this {
    return this;
  }

  deliver(bytes: Buffer) {
    if (bytes.length) this.push(bytes);
  }

  override _read() {}

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void) {
    this.queued.push(chunk);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      queueMicrotask(() => this.flush());
    }
    callback();
  }

  private flush() {
    this.flushScheduled = false;
    if (!this.queued.length) return;
    const bytes = Buffer.concat(this.queued);
    this.queued = [];
    const copy = new Uint8Array(bytes.length);
    copy.set(bytes);
    try {
      this.owner.send({ type: "data", id: this.id, bytes: copy });
    } catch (error) {
      this.destroy(error as Error);
    }
  }

  override _final(callback: (error?: Error | null) => void) {
    this.flush();
    callback();
    this.push(null);
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void) {
    this.owner.forget(this.id);
    try {
      this.owner.send({ type: "close-connection", id: this.id });
    } catch {
      // the worker is gone: nothing to close there
    }
    callback(error);
  }
}
