import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SUBMITTER_DATA_RETENTION_YEARS } from "../../shared/codes/signals";
import { signal, signalEvent } from "../db/schema";
import { createFabrique } from "../seed/factories";
import { createTestDeps, TEST_TODAY, type TestDeps } from "../testing/test-deps";
import { eraseExpiredSubmitterData, retentionLimit } from "./erase-expired-submitter-data";

describe("submitters' personal data past the retention the public form states", () => {
  let deps: TestDeps;
  let fabriqueId: string;
  const publicSignal = (reference: string, lastExchange: Date, submitter = true) =>
    deps.db
      .insert(signal)
      .values({
        fabriqueId,
        reference,
        kind: "need",
        title: `Laverie solidaire ${reference}`,
        description: "Pas de laverie accessible dans le quartier depuis la fermeture.",
        territoryKind: "commune",
        territoryCode: "76540",
        channel: "public_form",
        submitterName: submitter ? "Nadia Benali" : "",
        submitterEmail: submitter ? "nadia@exemple.fr" : "",
        receiptTokenHash: submitter ? `hash-${reference}` : null,
        consentAt: lastExchange,
        createdAt: lastExchange,
        updatedAt: lastExchange,
        statusChangedAt: lastExchange,
      })
      .returning({ id: signal.id })
      .then((rows) => rows[0]!.id);

  beforeAll(async () => {
    deps = await createTestDeps();
    fabriqueId = (await createFabrique(deps.db, { slug: "retention" })).id;
  });
  afterAll(async () => deps?.close());

  it("the public form's figure is the retention enforced: three years", () => {
    expect(SUBMITTER_DATA_RETENTION_YEARS).toBe(3);
    expect(retentionLimit(new Date(TEST_TODAY)).toISOString()).toBe("2023-11-27T09:00:00.000Z");
  });

  it("erases the name, e-mail and receipt link of signals whose last exchange is over three years old, with a journal line, and keeps the signal", async () => {
    const now = new Date(TEST_TODAY);
    const old = await publicSignal("RET-1", new Date("2023-11-20T10:00:00Z"));
    const recent = await publicSignal("RET-2", new Date("2023-12-01T10:00:00Z"));
    const anonymous = await publicSignal("RET-3", new Date("2022-01-01T10:00:00Z"), false);

    expect(await eraseExpiredSubmitterData(deps)).toBe(1);

    const [erased] = await deps.db.select().from(signal).where(eq(signal.id, old));
    expect(erased).toMatchObject({
      submitterName: "",
      submitterEmail: "",
      receiptTokenHash: null,
      title: "Laverie solidaire RET-1",
      description: "Pas de laverie accessible dans le quartier depuis la fermeture.",
      status: "new",
      version: 2,
    });
    expect(erased?.updatedAt).toEqual(now);
    const journal = await deps.db.select().from(signalEvent).where(eq(signalEvent.signalId, old));
    expect(journal).toHaveLength(1);
    expect(journal[0]).toMatchObject({ fromStatus: "new", toStatus: "new", byUserId: null });
    expect(journal[0]?.reason).toContain("3 ans");

    const [kept] = await deps.db.select().from(signal).where(eq(signal.id, recent));
    expect(kept).toMatchObject({ submitterName: "Nadia Benali", submitterEmail: "nadia@exemple.fr" });
    expect(await deps.db.select().from(signalEvent).where(eq(signalEvent.signalId, anonymous))).toEqual([]);

    // Each signal once: the next night finds nothing more to erase, and writes no second line.
    expect(await eraseExpiredSubmitterData(deps)).toBe(0);
    expect(await deps.db.select().from(signalEvent).where(eq(signalEvent.signalId, old))).toHaveLength(1);
  });
});
