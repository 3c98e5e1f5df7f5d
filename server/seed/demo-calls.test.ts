import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import { getJuryTable } from "../calls/get-jury-table";
import { listApplications } from "../calls/list-applications";
import { getPublicCall, listPublicCalls } from "../calls/public-calls";
import type { Actor } from "../core/actor";
import { callApplication, carrierCandidate } from "../db/schema";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { seedDemo } from "./demo";
import { demoCallIds } from "./demo-calls";
import { demoJuryCallIds } from "./demo-calls-jury";
import { demoIds } from "./demo-ids";

describe("the demo's Pontarlier call for carriers", () => {
  let deps: TestDeps;
  let emergence: Actor;
  beforeAll(async () => {
    deps = await createTestDeps();
    await seedDemo(deps.db);
    emergence = (await loadActor(deps, demoIds.users.emergence)) as Actor;
  });
  afterAll(async () => deps?.close());

  it("is public and decided, on émergence Franche-Comté's page", async () => {
    const listed = await listPublicCalls(deps, { fabriqueId: demoIds.fabriques.emergence });
    // The canteen of Planoise's call (latest deadline, first) waits for its jury.
    expect(listed.map((c) => [c.id, c.open, c.decided])).toEqual([
      [demoJuryCallIds.cantine, false, false],
      [demoCallIds.pontarlier, false, true],
    ]);
    const shown = await getPublicCall(deps, demoCallIds.pontarlier);
    expect(shown.ok && shown.value.questions.map((q) => q.kind)).toEqual(["text", "number", "file"]);
  });

  it("ships the canteen's call past its deadline with nothing scored, for the jury to work on", async () => {
    const table = await getJuryTable(deps, emergence, demoJuryCallIds.cantine);
    if (!table.ok) throw new Error("no table");
    expect(table.value).toMatchObject({ status: "published", jurorCount: 2 });
    expect(table.value.rows.map((r) => [r.name, r.ownReviewSubmitted, r.figuresVisible])).toEqual([
      ["Association Cuisine en partage", false, false],
      ["Régie de quartier de Planoise", false, false],
    ]);
  });

  it("ships the jury's scores: Solivers first, then the Adapei, then the SCIC", async () => {
    const table = await getJuryTable(deps, emergence, demoCallIds.pontarlier);
    if (!table.ok) throw new Error("no table");
    expect(table.value.jurorCount).toBe(2);
    const ranked = [...table.value.rows].sort((a, b) => (b.mean ?? 0) - (a.mean ?? 0));
    expect(ranked.map((r) => [r.name, r.reviewCount, r.outcome])).toEqual([
      ["Solivers", 2, "lead"],
      ["Adapei du Doubs", 2, "co_carrier"],
      ["SCIC Saveurs du Haut-Doubs", 2, "declined"],
    ]);
    expect(ranked.every((r) => r.figuresVisible && r.mean !== null)).toBe(true);
  });

  it("links the retained applications to the initiative's carriers, Solivers leading", async () => {
    const rows = await deps.db
      .select({ name: callApplication.name, lead: carrierCandidate.lead })
      .from(callApplication)
      .innerJoin(carrierCandidate, eq(carrierCandidate.id, callApplication.carrierCandidateId))
      .where(eq(callApplication.callId, demoCallIds.pontarlier));
    expect(rows.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: "Adapei du Doubs", lead: false },
      { name: "Solivers", lead: true },
    ]);
    const listed = await listApplications(deps, emergence, demoCallIds.pontarlier);
    expect(listed.ok && listed.value.applications).toHaveLength(3);
  });

  it("France Active Franche-Comté sits on the jury as a partner and reads only this call", async () => {
    const franceActive = (await loadActor(deps, demoCallIds.franceActiveUser)) as Actor;
    expect((await getJuryTable(deps, franceActive, demoCallIds.pontarlier)).ok).toBe(true);
    expect(await listApplications(deps, franceActive, demoCallIds.pontarlier)).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
  });
});
