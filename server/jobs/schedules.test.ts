import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailOutbox } from "../db/schema";
import { createTestInitiative } from "../meetings/test-fixtures";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, TEST_TODAY, type TestDeps } from "../testing/test-deps";
import { jobWork } from "./job-work";
import { startJobQueue } from "./start-job-queue";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const PEOPLE = 6;

async function until<T>(probe: () => Promise<T | undefined | false>, ms = 60000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Officers of one Fabrique whose dormant initiative wakes up today: each has a digest to receive. */
async function peopleWithADigest(deps: TestDeps) {
  const fabrique = await createFabrique(deps.db, { slug: "digest-once" });
  await createTestInitiative(deps.db, fabrique.id, {
    title: "Recyclerie qui se réveille",
    stage: "dormant",
    wakeUpOn: TEST_TODAY.slice(0, 10),
  });
  const emails: string[] = [];
  for (let i = 0; i < PEOPLE; i++) {
    const person = await createUser(deps.db, { name: `Personne ${i}` });
    await addMembership(deps.db, { userId: person.id, fabriqueId: fabrique.id, role: "officer" });
    emails.push(person.email);
  }
  return emails.sort();
}

const digestsByRecipient = async (deps: TestDeps) => {
  const rows = await deps.db
    .select({ to: mailOutbox.to })
    .from(mailOutbox)
    .where(eq(mailOutbox.purpose, "daily_digest"));
  return rows.map((r) => r.to).sort();
};

describe("scheduled jobs run once per schedule", () => {
  let deps: TestDeps;
  let emails: string[];
  beforeAll(async () => {
    deps = await createTestDeps();
    emails = await peopleWithADigest(deps);
  });
  afterAll(async () => deps?.close());

  it("two job queues on one database send each person's digest exactly once", async () => {
    const options = {
      schedules: [{ queue: "dailyDigest" as const, cron: "* * * * *", timezone: "Europe/Paris" }],
      work: { dailyDigest: jobWork(deps, undefined).dailyDigest },
      cronMonitorIntervalSeconds: 1,
      pollingIntervalSeconds: 0.5,
    };
    const first = await startJobQueue(deps, options);
    const second = await startJobQueue(deps, options);
    try {
      await until(async () => (await digestsByRecipient(deps)).length >= PEOPLE);
      // Further rounds of both queues add nothing.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      expect(await digestsByRecipient(deps)).toEqual(emails);
    } finally {
      await first.stop();
      await second.stop();
    }
  });
});

const databaseUrl = (deps: TestDeps) =>
  (deps.database.pool as unknown as { options: { connectionString: string } }).options.connectionString;

describe.skipIf(!process.env.DATABASE_URL)("two app processes on one PostgreSQL server", () => {
  let deps: TestDeps;
  let emails: string[];
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    deps = await createTestDeps();
    emails = await peopleWithADigest(deps);
  });
  afterAll(async () => {
    for (const child of children) child.kill("SIGKILL");
    await deps?.close();
  });

  /** An app process's job queue (server/testing/job-queue-process.ts), resolved once it is running. */
  function startProcess(): Promise<ChildProcess> {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.join(root, "server", "testing", "job-queue-process.ts")],
      {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl(deps),
          ESSAIM_TEST_NOW: TEST_TODAY,
          NODE_ENV: "test",
        },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    children.push(child);
    return new Promise((resolve, reject) => {
      child.stdout!.on("data", (chunk: Buffer) => {
        if (chunk.toString().includes("ready")) resolve(child);
      });
      child.once("exit", (code) => reject(new Error(`job queue process exited (${code})`)));
    });
  }

  const stop = (child: ChildProcess) =>
    new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });

  it("send each person's digest exactly once", async () => {
    const [a, b] = await Promise.all([startProcess(), startProcess()]);
    await until(async () => (await digestsByRecipient(deps)).length >= PEOPLE);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await digestsByRecipient(deps)).toEqual(emails);
    const runs = await deps.database.pool.query<{ n: number }>(
      "select count(*)::int as n from pgboss.job where name = 'daily-digest' and state = 'completed'",
    );
    // pg-boss queued the schedule's job once for the minute: one run, by one of the two processes.
    expect(runs.rows[0]?.n).toBe(1);
    await Promise.all([stop(a), stop(b)]);
  }, 120000);
});
