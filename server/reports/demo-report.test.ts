import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import type { Actor } from "../core/actor";
import { model, outcome } from "../db/schema";
import { seedDemo } from "../seed/demo";
import { demoIds } from "../seed/demo-ids";
import { demoFabriqueRefs } from "../seed/demo-pipeline-data";
import { demoStories } from "../seed/demo-pipeline-stories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { getReport } from "./get-report";
import { calendarYear } from "./report-period";

describe("the demo's reports", () => {
  let deps: TestDeps;
  let animator: Actor;
  let partner: Actor;
  beforeAll(async () => {
    deps = await createTestDeps();
    await seedDemo(deps.db);
    animator = (await loadActor(deps, demoIds.users.animation))!;
    partner = (await loadActor(deps, demoIds.users.partenaire))!;
  });
  afterAll(async () => deps.close());

  it("shows each seed story in the network report of its launch year, with the jobs, model and Fabrique of its dossier", async () => {
    for (const story of demoStories) {
      const year = Number(story.outcome!.openedOn.slice(0, 4));
      const report = await getReport(deps, animator, { ...calendarYear(year), scope: "network" });
      if (!report.ok) throw new Error(report.error);
      const launched = report.value.launches.launched.find((l) => l.initiativeId === story.id);
      const [dossier] = await deps.db
        .select({ outcome, modelTitle: model.title })
        .from(outcome)
        .leftJoin(model, eq(model.id, outcome.modelId))
        .where(eq(outcome.initiativeId, story.id!));
      expect(launched, story.key).toMatchObject({
        fabriqueId: demoFabriqueRefs[story.fabrique].id,
        kind: story.outcome!.kind,
        openedOn: story.outcome!.openedOn,
        jobsFteHundredths: story.outcome!.jobs * 100,
        insertionFteHundredths: dossier!.outcome.insertionFteHundredths,
        disabilityFteHundredths: dossier!.outcome.disabilityFteHundredths,
        modelTitle: dossier!.modelTitle,
      });
      if (story.outcome!.kind === "replication") expect(launched?.modelTitle, story.key).toBeTruthy();
      expect(report.value.totals.launches).toBe(report.value.launches.launched.length);
    }
  });

  it("shows the funder partner its programme's report and nothing else", async () => {
    const report = await getReport(deps, partner, calendarYear(2026));
    if (!report.ok) throw new Error(report.error);
    // Its programme, and its organisation's report as a funder (the same single programme).
    expect(report.value.scopes.map((s) => s.kind)).toEqual(["programme", "funder"]);
    expect(report.value.scopes[0]!.code).toBe(`programme:${demoIds.programmes.rouenQuartiers}`);
    const asFunder = await getReport(deps, partner, {
      ...calendarYear(2026),
      scope: report.value.scopes[1]!.code,
    });
    if (!asFunder.ok) throw new Error(asFunder.error);
    expect(asFunder.value.launches.launched.map((l) => l.initiativeId)).toEqual([
      demoIds.initiatives.rouenConciergerie,
    ]);
    expect(report.value.launches.launched.map((l) => l.initiativeId)).toEqual([
      demoIds.initiatives.rouenConciergerie,
    ]);
    expect(report.value.signals).toBeNull();
    for (const scope of ["network", "fabrique:adress", "fabrique:emergence"]) {
      expect(await getReport(deps, partner, { ...calendarYear(2026), scope })).toMatchObject({
        error: "NOT_FOUND",
      });
    }
  });
});
