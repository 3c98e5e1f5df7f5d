import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { followUp, forecast, initiative, studyVersion } from "../db/schema";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { buildWorld, reportOf, type World, year2026 } from "./report-world-fixtures";

const settings = { startYear: 2026, startMonth: 1, openingCashCents: 0, assumptions: "" };
const grant = (funder: string, status: string, amountCents: number) => ({
  kind: "grant",
  id: `g-${funder}-${status}`,
  label: "Subvention",
  funder,
  funderKind: "public",
  status,
  amountCents,
  startMonth: 1,
  endMonth: 12,
  paymentMonths: [],
});
const volunteering = (monthlyValueCents: number, startMonth: number, endMonth: number) => ({
  kind: "volunteering",
  id: "benevoles",
  label: "Bénévoles",
  monthlyValueCents,
  startMonth,
  endMonth,
});

/**
 * The small network of `report-world-fixtures.ts`, with follow-ups and retained forecasts
 * written by hand: every expected figure is a count a person makes from them.
 */
describe("follow-ups, replications, money and régions in a report", () => {
  let deps: TestDeps;
  let world: World;
  const idOf = async (title: string) =>
    (await deps.db.select({ id: initiative.id }).from(initiative).where(eq(initiative.title, title)))[0]!.id;

  async function retainedForecast(
    title: string,
    inputs: Record<string, unknown>,
    older?: Record<string, unknown>,
  ) {
    const initiativeId = await idOf(title);
    const write = async (values: Record<string, unknown>, version: number) => {
      const [row] = await deps.db
        .insert(forecast)
        .values({ initiativeId, name: `Scénario ${version}`, inputs: { settings, ...values } })
        .returning();
      await deps.db.insert(studyVersion).values({ initiativeId, version, sections: {}, forecastId: row!.id });
    };
    if (older) await write(older, 1);
    await write(inputs, older ? 2 : 1);
  }

  beforeAll(async () => {
    deps = await createTestDeps();
    world = await buildWorld(deps);
    // Épicerie sociale opened 1 September 2025: 6 months recorded, 12 months (1 September 2026) not.
    await deps.db.insert(followUp).values({
      initiativeId: await idOf("Épicerie sociale"),
      milestoneMonths: 6,
      measuredOn: "2026-03-05",
      jobsFteHundredths: 250,
      insertionFteHundredths: 100,
      beneficiaries: 40,
    });
    await retainedForecast(
      "Conciergerie des Hauts de Rouen",
      {
        revenues: [
          grant("Ville de Rouen", "agreed", 2_000_000),
          grant("Fondation X", "requested", 500_000),
          volunteering(30_000, 1, 36),
        ],
        financing: [
          { kind: "loan", id: "pret", label: "Prêt", amountCents: 1_000_000, month: 1 },
          { kind: "honour_loan", id: "ph", label: "Prêt d'honneur", amountCents: 800_000, month: 1 },
        ],
      },
      // An earlier study version named another scenario: no longer the retained one.
      { revenues: [grant("Ville de Rouen", "paid", 9_999_900)] },
    );
    await retainedForecast("Maraîchage adapté", {
      revenues: [grant("Région BFC", "paid", 1_500_000), volunteering(10_000, 6, 8)],
    });
  });
  afterAll(async () => deps.close());

  it("sets the follow-ups due in the year beside what was announced, and lists the overdue ones", async () => {
    const network = await reportOf(deps, world.animator, { ...year2026, scope: "network" });
    const [six, twelve, thirtySix] = network.followUps.milestones;
    // Due in 2026 and come by 27 November: Épicerie 6 (1 March) and 12 (1 September), Maraîchage 6 (5 November).
    expect(six).toMatchObject({
      months: 6,
      due: 2,
      recorded: 1,
      overdue: 1,
      stillRunning: 1,
      beneficiaries: 40,
    });
    expect(six!.announced.jobsFteHundredths).toBe(300);
    expect(six!.measured).toEqual({
      jobsFteHundredths: 250,
      insertionFteHundredths: 100,
      disabilityFteHundredths: 0,
    });
    expect(twelve).toMatchObject({ months: 12, due: 1, recorded: 0, overdue: 1 });
    expect(thirtySix).toMatchObject({ months: 36, due: 0 });
    expect(network.followUps.overdue.map((o) => [o.title, o.months, o.dueOn])).toEqual([
      ["Épicerie sociale", 12, "2026-09-01"],
      ["Maraîchage adapté", 6, "2026-11-05"],
    ]);
    const teamC = await reportOf(deps, world.officerC, year2026);
    expect(teamC.followUps.overdue.map((o) => o.title)).toEqual(["Maraîchage adapté"]);
  });

  it("counts replications per model and their share of the launches, against the year before", async () => {
    const network = await reportOf(deps, world.animator, { ...year2026, scope: "network" });
    expect(network.replications).toMatchObject({
      replications: 1,
      newModels: 2,
      replicationSharePercent: 33.3,
    });
    expect(network.replications.byModel.map((m) => [m.modelTitle, m.count])).toEqual([["VERT'uOSE", 1]]);
    expect(network.previous.replications).toMatchObject({
      replications: 0,
      newModels: 1,
      replicationSharePercent: 0,
    });
  });

  it("adds up the money of the retained forecasts by funder and programme, and the volunteering of their first year", async () => {
    const network = await reportOf(deps, world.animator, { ...year2026, scope: "network" });
    expect(network.money.activitiesWithForecast).toBe(2);
    expect(network.money.grantsByFunder).toEqual([
      { funder: "Ville de Rouen", amountCents: 2_000_000 },
      { funder: "Région BFC", amountCents: 1_500_000 },
    ]);
    expect(Object.fromEntries(network.money.financingByKind.map((f) => [f.key, f.amountCents]))).toEqual({
      investment_grant: 0,
      equity: 0,
      loan: 1_000_000,
      honour_loan: 800_000,
    });
    // 12 months × 300 € + 3 months × 100 €.
    expect(network.money.volunteeringCents).toBe(390_000);
    expect(network.money.byProgramme.map((p) => [p.name, p.funderName, p.activities, p.grantsCents])).toEqual(
      [
        ["Programme Fondation Deux", "Fondation Deux", 1, 1_500_000],
        ["Programme Fondation Un", "Fondation Un", 2, 2_000_000],
      ],
    );
    // The first funder never sees the second one's programme.
    const funder = await reportOf(deps, world.funderP1, year2026);
    expect(funder.money.byProgramme.map((p) => p.name)).toEqual(["Programme Fondation Un"]);
    expect(funder.money.grantsByFunder).toEqual([{ funder: "Ville de Rouen", amountCents: 2_000_000 }]);
  });

  it("breaks the figures down by région, adding up to the Fabriques', with the year before beside", async () => {
    const network = await reportOf(deps, world.animator, { ...year2026, scope: "network" });
    expect(
      network.byRegion.map((r) => [
        r.regionCode,
        r.fabriques,
        r.signalsReceived,
        r.initiativesCreated,
        r.launches,
        r.jobsFteHundredths,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ["28", 2, 4, 4, 2, 370],
        ["27", 1, 1, 1, 1, 400],
      ]),
    );
    expect(network.previous.byRegion.find((r) => r.regionCode === "28")).toMatchObject({
      launches: 1,
      jobsFteHundredths: 300,
    });
    expect(network.previous.byFabrique.map((f) => [f.slug, f.initiativesCreated])).toEqual([
      ["rpt-a", 2],
      ["rpt-b", 1],
      ["rpt-c", 1],
    ]);
    expect(network.previous.launchesByKind.find((k) => k.key === "new_activity")?.count).toBe(1);
  });
});
