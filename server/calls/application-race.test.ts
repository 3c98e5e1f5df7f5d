import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callApplication } from "../db/schema";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { applyToCall, updateApplication } from "./apply-to-call";
import { createCallWorld, restaurantCallInput } from "./call-fixtures";
import { publishCall } from "./publish-call";
import { createCall } from "./save-call";

/**
 * An applicant's two tabs: one submits the draft while the other withdraws it. Only PostgreSQL runs
 * two connections at once (the embedded database has one), so the race is only played there.
 */
describe.skipIf(!process.env.DATABASE_URL)(
  "a withdrawal that lands while the draft is being submitted",
  () => {
    let deps: TestDeps;
    let callId: string;

    const application = {
      siren: "775 670 417",
      name: "EA Solivers",
      legalForm: "association",
      postcode: "25300",
      contactName: "Sophie Solivers",
      contactEmail: "sophie@solivers.test",
      consent: "on",
    };

    beforeAll(async () => {
      deps = await createTestDeps();
      const world = await createCallWorld(deps.db);
      const created = await createCall(
        deps,
        world.officer,
        world.initiative.id,
        restaurantCallInput({ questions: [] }),
      );
      if (!created.ok) throw new Error(JSON.stringify(created));
      callId = created.value.id;
      expect((await publishCall(deps, world.officer, callId)).ok).toBe(true);
    });
    afterAll(async () => deps?.close());

    it("is not turned back into a submitted application", async () => {
      const draft = await applyToCall(deps, callId, application);
      if (!draft.ok) throw new Error(JSON.stringify(draft));
      const id = draft.value.id;
      let submitting: Promise<Awaited<ReturnType<typeof updateApplication>>> | undefined;
      await deps.db.transaction(async (tx) => {
        // The withdrawing tab holds the row; the submitting tab reads "draft" and waits on the lock.
        await tx.execute(sql`select id from call_application where id = ${id} for update`);
        submitting = updateApplication(deps, draft.value.token, { ...application, submit: "on" });
        for (let i = 0; i < 200; i++) {
          const waiting = await deps.db.execute(sql`select 1 from pg_locks where not granted`);
          if (waiting.rows.length > 0) break;
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
        await tx.update(callApplication).set({ status: "withdrawn" }).where(eq(callApplication.id, id));
      });
      expect(await submitting).toMatchObject({ ok: false, error: "WRITE_REFUSED" });
      const [row] = await deps.db.select().from(callApplication).where(eq(callApplication.id, id));
      expect(row?.status).toBe("withdrawn");
      expect(row?.submittedAt).toBeNull();
    });
  },
);
