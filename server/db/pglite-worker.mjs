// The embedded database's own thread (docs/decisions/0044-embedded-database-off-the-event-loop.md).
//
// PGlite runs PostgreSQL's backend synchronously (WebAssembly); on the app's thread every query
// blocked the event loop, so under a crowd requests waited unread in their sockets. Here it runs
// in a worker thread and speaks the PostgreSQL wire protocol: the app's node-postgres clients send
// their bytes through `embedded-worker.ts` and get the backend's bytes back, as with a server.
//
// Plain JavaScript on purpose: a worker thread starts outside the TypeScript loaders (tsx for the
// app, Vite's transform under Vitest), and this file must load the same way under both.
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";

const PROTOCOL_3 = 196608;
const SSL_REQUEST = 80877103;

/** @type {PGlite} */
let pglite;
/** Bytes received per connection and not yet a complete message. @type {Map<number, Buffer>} */
const pending = new Map();
/** The connection whose transaction is open: others wait for its end. @type {number | null} */
let transactionOwner = null;
/** Batches waiting for the open transaction of another connection to end. */
let held = [];
/** Every batch runs after the previous one: PGlite is one backend. */
let chain = Promise.resolve();

/** Split the complete messages off the front of `buffer` (startup messages have no type byte). */
function completeMessages(buffer, started) {
  let offset = 0;
  const startup = [];
  while (buffer.length - offset >= 5) {
    if (!started && buffer.length - offset >= 8) {
      const length = buffer.readInt32BE(offset);
      const code = buffer.readInt32BE(offset + 4);
      if (code === PROTOCOL_3 || code === SSL_REQUEST) {
        if (buffer.length - offset < length) break;
        startup.push(buffer.subarray(offset, offset + length));
        offset += length;
        continue;
      }
    }
    const length = 1 + buffer.readInt32BE(offset + 1);
    if (buffer.length - offset < length) break;
    offset += length;
  }
  return { startup, end: offset };
}

const started = new Set();

async function run(id, bytes) {
  const previous = pending.get(id);
  const buffer = previous ? Buffer.concat([previous, Buffer.from(bytes)]) : Buffer.from(bytes);
  const { startup, end } = completeMessages(buffer, started.has(id));
  pending.set(id, buffer.subarray(end));
  const outputs = [];
  let offset = 0;
  for (const message of startup) {
    offset += message.length;
    if (message.readInt32BE(4) === SSL_REQUEST) {
      outputs.push(Buffer.from("N"));
      continue;
    }
    started.add(id);
    outputs.push(Buffer.from(await pglite.execProtocolRaw(new Uint8Array(message))));
  }
  if (end > offset) {
    const batch = buffer.subarray(offset, end);
    outputs.push(Buffer.from(await pglite.execProtocolRaw(new Uint8Array(batch))));
    transactionOwner = pglite.isInTransaction() ? id : null;
  }
  const output = Buffer.concat(outputs);
  const copy = new Uint8Array(output.length);
  copy.set(output);
  parentPort.postMessage({ type: "data", id, bytes: copy }, [copy.buffer]);
}

function schedule(id, bytes) {
  chain = chain
    .then(async () => {
      if (transactionOwner !== null && transactionOwner !== id) {
        held.push({ id, bytes });
        return;
      }
      await run(id, bytes);
      if (transactionOwner === null && held.length) {
        const waiting = held;
        held = [];
        for (const batch of waiting) schedule(batch.id, batch.bytes);
      }
    })
    .catch((error) => parentPort.postMessage({ type: "failed", id, message: String(error?.stack ?? error) }));
}

/** A connection ended: roll back what it left open, forget its bytes, let the others run. */
function closeConnection(id) {
  chain = chain.then(async () => {
    pending.delete(id);
    started.delete(id);
    // Every batch sent gets an answer, even one dropped here: the app counts what it awaits.
    for (const batch of held) {
      if (batch.id === id) parentPort.postMessage({ type: "data", id, bytes: new Uint8Array(0) });
    }
    held = held.filter((batch) => batch.id !== id);
    if (transactionOwner === id) {
      transactionOwner = null;
      if (pglite.isInTransaction()) await pglite.exec("rollback");
      const waiting = held;
      held = [];
      for (const batch of waiting) schedule(batch.id, batch.bytes);
    }
  });
}

/** A request of the app (dump, close): answered with its `requestId`. */
function answer(requestId, work) {
  chain = chain.then(async () => {
    try {
      const { value, transfer } = (await work()) ?? {};
      parentPort.postMessage({ type: "reply", requestId, value }, transfer ?? []);
    } catch (error) {
      parentPort.postMessage({ type: "reply", requestId, error: String(error?.stack ?? error) });
    }
  });
}

parentPort.on("message", (message) => {
  switch (message.type) {
    case "data":
      schedule(message.id, message.bytes);
      break;
    case "close-connection":
      closeConnection(message.id);
      break;
    case "dump":
      answer(message.requestId, async () => {
        // A fresh WAL segment first: one opened near its end makes PostgreSQL fill the next 16 MB
        // segment at start-up, on every copy of the dump (the test template, once per test file).
        await pglite.exec("select pg_switch_wal()");
        await pglite.exec("checkpoint");
        const dump = await pglite.dumpDataDir("none");
        const value = await dump.arrayBuffer();
        return { value, transfer: [value] };
      });
      break;
    case "close":
      answer(message.requestId, async () => {
        await pglite.close();
      });
      break;
  }
});

/**
 * PostgreSQL keeps up to max_wal_size (1 GB by default) of WAL segments for reuse: after the first
 * start (territories and demo) the data directory held 400 MB of them for 40 MB of data. A small
 * WAL costs a few more checkpoints during bulk loads and keeps the directory (and its copies in
 * backups and tests) small.
 */
const SMALL_WAL = ["-c", "max_wal_size=64MB", "-c", "min_wal_size=32MB"];

/**
 * What PGlite reads from a `Blob` (it only calls `arrayBuffer()`), without a Blob: Node's Blob
 * copies its bytes through a slow stream, and a test template is tens of megabytes read once per
 * test file. `bytes` may be a view of memory shared with other threads: PGlite gets its own copy.
 */
function blobOf(bytes, type) {
  return {
    type,
    size: bytes.length,
    arrayBuffer: async () => new Uint8Array(bytes).buffer,
  };
}

try {
  const { dataDir, loadDataDir, startParams, wasmModule, fsBundle } = workerData;
  pglite = await PGlite.create(dataDir ?? "memory://", {
    extensions: { pg_trgm, unaccent },
    // Compiled and read once by the opening process (embedded-worker.ts).
    pgliteWasmModule: wasmModule,
    fsBundle: fsBundle ? blobOf(fsBundle, "application/octet-stream") : undefined,
    loadDataDir: loadDataDir ? blobOf(loadDataDir, "application/x-tar") : undefined,
    startParams: [...(startParams ?? PGlite.defaultStartParams), ...SMALL_WAL],
  });
  parentPort.postMessage({ type: "ready" });
} catch (error) {
  parentPort.postMessage({ type: "ready", error: String(error?.stack ?? error) });
}
