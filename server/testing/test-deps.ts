import { randomBytes } from "node:crypto";
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import pg from "pg";
import pino from "pino";
import { inject } from "vitest";
import { defaultStaleAfterDays } from "../../shared/codes/initiatives";
import { fixedClock } from "../core/clock";
import type { Config } from "../core/config";
import type { Deps, Mailer, OutgoingMail } from "../core/deps";
import { openEmbeddedDatabase, openServerDatabase } from "../db/database";
import { createMailer } from "../mail/mailer";

export const TEST_TODAY = "2026-11-27T09:00:00.000Z";

export type TestDeps = Deps & {
  /** Mails queued during the test, in order (they are also in the outbox table). */
  sentMail: OutgoingMail[];
  close: () => Promise<void>;
};

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: "127.0.0.1",
    dataDir: "/nonexistent",
    databaseUrl: undefined,
    demo: false,
    publicUrl: "http://localhost:3000",
    secret: "test-secret-test-secret-test-secret-0000",
    smtpUrl: undefined,
    mailFrom: "Essaim <test@essaim.test>",
    env: "test",
    logLevel: "silent",
    trustProxy: false,
    maxRequests: 200,
    pageCacheBytes: 64 * 1024 * 1024,
    staleAfterDays: { ...defaultStaleAfterDays },
    oidc: null,
    webhookAllowedHosts: [],
    ...overrides,
  };
}

let templateBytes: { file: string; bytes: Uint8Array } | undefined;

/**
 * The embedded template's tarball, read once per test process (files share their worker's
 * modules) into memory the database threads read without a copy of their own.
 */
function embeddedTemplate(file: string): Uint8Array {
  if (templateBytes?.file === file) return templateBytes.bytes;
  const fd = openSync(file, "r");
  try {
    const bytes = new Uint8Array(new SharedArrayBuffer(fstatSync(fd).size));
    for (let offset = 0; offset < bytes.length; ) {
      const read = readSync(fd, bytes, offset, bytes.length - offset, offset);
      if (read === 0) throw new Error(`${file} ended early`);
      offset += read;
    }
    templateBytes = { file, bytes };
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/**
 * A fresh, migrated database with the reference territories, for one test file: the embedded
 * database by default, the PostgreSQL server when DATABASE_URL is set. No demo data.
 */
export async function createTestDeps(
  options: { config?: Partial<Config>; today?: string } = {},
): Promise<TestDeps> {
  const provided = inject("testDatabase");
  let database: Awaited<ReturnType<typeof openEmbeddedDatabase>>;
  let dropDatabase: (() => Promise<void>) | undefined;
  if (provided.mode === "embedded") {
    database = await openEmbeddedDatabase(undefined, { loadDataDir: embeddedTemplate(provided.file) });
  } else {
    const name = `essaim_t_${process.ppid}_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: provided.url });
    await admin.connect();
    await admin.query(`create database ${name} template ${provided.template}`);
    await admin.end();
    const url = new URL(provided.url);
    url.pathname = `/${name}`;
    database = openServerDatabase(url.toString(), { max: 4 });
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: provided.url });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    };
  }
  const config = testConfig(options.config);
  const log = pino({ level: "silent" });
  const sentMail: OutgoingMail[] = [];
  const inner = createMailer(config, log);
  const mail: Mailer = {
    enqueue: async (db, message) => {
      sentMail.push(message);
      await inner.enqueue(db, message);
    },
    enqueueAll: async (db, messages) => {
      sentMail.push(...messages);
      await inner.enqueueAll!(db, messages);
    },
  };
  return {
    config,
    database,
    db: database.db,
    clock: fixedClock(options.today ?? TEST_TODAY),
    log,
    mail,
    sentMail,
    close: async () => {
      await database.close();
      await dropDatabase?.();
    },
  };
}
