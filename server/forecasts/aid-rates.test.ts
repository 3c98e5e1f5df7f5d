import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import { aidRate } from "../db/schema";
import { createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { getAidRateMap, updateAidRate } from "./aid-rates";
import { loadAidRates } from "./load-aid-rates";
import { aidRateSeeds } from "./seed/aid-rates";

let deps: TestDeps;

beforeAll(async () => {
  deps = await createTestDeps();
  await loadAidRates(deps.db);
});

afterAll(async () => {
  await deps.close();
});

describe("aid-per-post reference rates", () => {
  it("every seeded rate carries its year, source and address", async () => {
    const rows = await deps.db.select().from(aidRate);
    expect(rows.length).toBe(aidRateSeeds.length);
    for (const row of rows) {
      expect(row.year).toBeGreaterThanOrEqual(2024);
      expect(row.source).not.toBe("");
      expect(row.sourceUrl).toMatch(/^https:\/\//);
    }
    expect((await getAidRateMap(deps))["iae-aci"]?.annualAmountCents).toBe(23_921_00);
  });

  it("only the network animator updates a rate, and a reload keeps the animator's figure", async () => {
    const officer = await loadActor(deps, (await createUser(deps.db)).id);
    const animator = await loadActor(deps, (await createUser(deps.db, { isNetworkAnimator: true })).id);
    const input = {
      annualAmountCents: 24_500_00,
      year: 2025,
      source: "Arrêté de 2025 (test)",
      sourceUrl: "",
    };
    expect((await updateAidRate(deps, officer, "iae-aci", input)).ok).toBe(false);
    const updated = await updateAidRate(deps, animator, "iae-aci", input);
    expect(updated.ok && updated.value.updatedByUserId).toBe(animator!.userId);
    await loadAidRates(deps.db);
    const [row] = await deps.db.select().from(aidRate).where(eq(aidRate.code, "iae-aci"));
    expect(row!.annualAmountCents).toBe(24_500_00);
    const invalid = await updateAidRate(deps, animator, "iae-aci", {
      ...input,
      sourceUrl: "pas une adresse",
    });
    expect(!invalid.ok && invalid.fields).toHaveProperty("sourceUrl");
  });
});
