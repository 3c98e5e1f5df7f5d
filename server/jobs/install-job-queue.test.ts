import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobQueues } from "../core/jobs";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { installJobQueue } from "./install-job-queue";

describe("the job queue's tables and queues", () => {
  let deps: TestDeps;
  beforeAll(async () => {
    deps = await createTestDeps();
  });
  afterAll(async () => deps?.close());

  it("are installed with the database, and installing again at the next start keeps each queue's policy", async () => {
    const queues = async () =>
      (
        await deps.database.pool.query<{ name: string; retry_limit: number; retry_backoff: boolean }>(
          "select name, retry_limit, retry_backoff from pgboss.queue where name not like '\\_\\_pgboss%' order by name",
        )
      ).rows;
    const expected = Object.values(jobQueues)
      .map((q) => ({ name: q.name, retry_limit: q.retryLimit, retry_backoff: q.retryBackoff }))
      .sort((a, b) => a.name.localeCompare(b.name));
    expect(await queues()).toEqual(expected);
    await installJobQueue(deps.database);
    expect(await queues()).toEqual(expected);
  });
});
