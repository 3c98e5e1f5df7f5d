import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogueEvaluation } from "../../scripts/bench/catalogue-evaluation";
import { residentsEvaluation } from "../../scripts/bench/catalogue-evaluation-residents";
import { evaluateSet, evaluateTitles } from "../../scripts/bench/catalogue-quality";
import { aprilesFile, loadRealCatalogue } from "../../scripts/bench/real-catalogue";
import { createTestDeps, type TestDeps } from "../testing/test-deps";

/*
 * The real catalogue: the demo models, the stories' models and the Apriles sheets (read from
 * ../shared/data, never copied here; the test is skipped where the file is absent), imported
 * through the public import's service.
 */
describe.skipIf(!existsSync(aprilesFile()))("searching the real catalogue", () => {
  let deps: TestDeps;
  const quiet = () => {};

  beforeAll(async () => {
    deps = await createTestDeps();
    await loadRealCatalogue(deps.database, deps);
  }, 120_000);
  afterAll(async () => deps.close());

  it("finds every model first from its own title, lower-cased and without accents", async () => {
    const lines: string[] = [];
    const { titles, first } = await evaluateTitles(deps.database, deps, (line) => lines.push(line));
    expect(lines.slice(1)).toEqual([]);
    expect(first).toBe(titles);
  }, 240_000);

  it("answers both evaluation sets: recall@5 at least 0.9, MRR@10 at least 0.8", async () => {
    for (const set of [catalogueEvaluation, residentsEvaluation]) {
      const figures = await evaluateSet(deps, set, quiet);
      expect(figures.recallAt5).toBeGreaterThanOrEqual(0.9);
      expect(figures.mrrAt10).toBeGreaterThanOrEqual(0.8);
    }
  }, 240_000);
});
