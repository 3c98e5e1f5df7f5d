import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { type AddressInfo, connect, createServer, type Socket } from "node:net";
import { Writable } from "node:stream";
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../core/logger";
import { type Database, openServerDatabase } from "../db/database";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { buildServer } from "./server";

/*
 * Issue 14, hole 8: with the database down the API answered 500; error logs wrote the SQL
 * parameters (submitters' personal data). Now: 503 with a French message and `Retry-After`, and
 * logs that keep the query's text but never its values.
 */

/** Everything a logger writes, as parsed JSON lines. */
function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).trim().split("\n"));
      done();
    },
  });
  return { stream, text: () => lines.join("\n") };
}

describe("when the database does not answer", () => {
  let deps: TestDeps;
  let unreachable: Database;
  beforeAll(async () => {
    deps = await createTestDeps();
    // Nothing listens on port 1: every query fails to connect, as with a stopped server.
    unreachable = openServerDatabase("postgres://essaim@127.0.0.1:1/essaim", { max: 1 });
  });
  afterAll(async () => {
    await unreachable?.close();
    await deps?.close();
  });

  it("the API answers 503 in French with Retry-After, not 500", async () => {
    const app = await buildServer({ ...deps, database: unreachable, db: unreachable.db });
    try {
      for (const url of [
        "/api/v1/models/search?q=%C3%A9picerie",
        "/api/v1/territories/search?q=Pontarlier",
      ]) {
        const response = await app.inject({ method: "GET", url });
        expect(response.statusCode, url).toBe(503);
        expect(response.json(), url).toMatchObject({
          error: "UNAVAILABLE",
          message: expect.stringMatching(/^Le service est momentanément indisponible/),
        });
        expect(Number(response.headers["retry-after"]), url).toBeGreaterThan(0);
      }
      expect((await app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(503);
    } finally {
      await app.close();
    }
  });

  it.skipIf(!process.env.DATABASE_URL)(
    "answers 503 when the PostgreSQL database is dropped under the running app",
    async () => {
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      const name = `essaim_down_${randomBytes(4).toString("hex")}`;
      await admin.query(`create database ${name}`);
      const url = new URL(process.env.DATABASE_URL!);
      url.pathname = `/${name}`;
      const doomed = openServerDatabase(url.toString(), { max: 1 });
      const app = await buildServer({ ...deps, database: doomed, db: doomed.db });
      try {
        expect((await app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
        await admin.query(`drop database ${name} with (force)`);
        const response = await app.inject({ method: "GET", url: "/api/v1/models/search?q=garage" });
        expect(response.statusCode).toBe(503);
        expect(response.json().error).toBe("UNAVAILABLE");
      } finally {
        await app.close();
        await doomed.close();
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      }
    },
  );
});

/** A TCP relay in front of PostgreSQL that can be cut (as a stopped server) and restored. */
async function relayTo(target: URL) {
  const sockets = new Set<Socket>();
  let server = createServer();
  const listen = async (port = 0) => {
    server = createServer((client) => {
      const upstream = connect(Number(target.port || 5432), target.hostname);
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on("close", () => sockets.delete(socket));
        socket.on("error", () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    server.listen(port, "127.0.0.1");
    await once(server, "listening");
    return (server.address() as AddressInfo).port;
  };
  const port = await listen();
  return {
    port,
    /** Refuse new connections and cut the open ones, as PostgreSQL stopping does. */
    stop: async () => {
      server.close();
      for (const socket of sockets) socket.destroy();
      await once(server, "close");
    },
    start: () => listen(port),
  };
}

describe.skipIf(!process.env.DATABASE_URL)("when PostgreSQL stops under the running app", () => {
  let deps: TestDeps;
  beforeAll(async () => {
    deps = await createTestDeps();
  });
  afterAll(async () => deps?.close());

  it("answers 503 UNAVAILABLE while it is down and serves again once it is back", async () => {
    const [{ name }] = (await deps.db.execute(sql`select current_database() as name`)).rows as [
      { name: string },
    ];
    const target = new URL(process.env.DATABASE_URL!);
    const relay = await relayTo(target);
    const url = new URL(target);
    url.host = `127.0.0.1:${relay.port}`;
    url.pathname = `/${name}`;
    const database = openServerDatabase(url.toString(), { max: 2 });
    const app = await buildServer({ ...deps, database, db: database.db });
    const search = () => app.inject({ method: "GET", url: "/api/v1/models/search?q=garage" });
    try {
      expect((await search()).statusCode).toBe(200);
      await relay.stop();
      for (const response of [await search(), await search()]) {
        expect(response.statusCode).toBe(503);
        expect(response.json().error).toBe("UNAVAILABLE");
        expect(Number(response.headers["retry-after"])).toBeGreaterThan(0);
      }
      expect((await app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(503);
      await relay.start();
      expect((await search()).statusCode).toBe(200);
      expect((await app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
    } finally {
      await app.close();
      await database.close();
      await relay.stop().catch(() => undefined);
    }
  });
});

describe("error logs", () => {
  let deps: TestDeps;
  beforeAll(async () => {
    deps = await createTestDeps();
  });
  afterAll(async () => deps?.close());

  it("name the failed query but never write its parameters nor the values PostgreSQL quotes", async () => {
    const logs = capture();
    const log = createLogger("info", logs.stream);
    const app = await buildServer({ ...deps, log });
    const email = "marie.curie@exemple.test";
    app.get("/essai-erreur-sql", async () => {
      await deps.db.execute(sql`select ${email}::int as n`);
      return "";
    });
    app.get("/essai-erreur-doublon", async () => {
      await deps.db.execute(sql`create temp table if not exists essai (email text primary key)`);
      await deps.db.execute(sql`insert into essai values (${email})`);
      await deps.db.execute(sql`insert into essai values (${email})`);
      return "";
    });
    try {
      expect((await app.inject({ method: "GET", url: "/essai-erreur-sql" })).statusCode).toBe(500);
      expect((await app.inject({ method: "GET", url: "/essai-erreur-doublon" })).statusCode).toBe(500);
    } finally {
      await app.close();
    }
    const text = logs.text();
    expect(text).toContain("unhandled error");
    expect(text).toContain("select $1::int as n");
    expect(text).not.toContain("marie.curie");
  });
});
