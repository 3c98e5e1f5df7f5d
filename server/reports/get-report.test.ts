import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import { insertModel } from "../catalogue/model-factory";
import type { Actor } from "../core/actor";
import { contact, organisation, programme } from "../db/schema";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { getReport, type Report } from "./get-report";
import {
  insertReportCampaign,
  insertReportInitiative,
  insertReportOutcome,
  insertReportSignal,
} from "./report-fixtures";

/**
 * A small network laid out by hand (the test clock says 27 November 2026, Paris): three
 * Fabriques, two in Normandie (28), one in Bourgogne-Franche-Comté (27); two programmes, each
 * funded by an organisation whose contact has an account. Every expected figure below is the
 * count a person makes from this list.
 */
type World = {
  animator: Actor;
  officerA: Actor;
  officerC: Actor;
  funderP1: Actor;
  funderP2: Actor;
  partnerA: Actor;
  stranger: Actor;
  p1: string;
  p2: string;
};

async function organisationFunding(deps: TestDeps, fabriqueId: string, name: string) {
  const [org] = await deps.db.insert(organisation).values({ fabriqueId, name, kind: "funder" }).returning();
  const person = await createUser(deps.db, { name: `Contact ${name}` });
  await deps.db
    .insert(contact)
    .values({ fabriqueId, organisationId: org!.id, name: person.name, userId: person.id });
  const [row] = await deps.db
    .insert(programme)
    .values({ fabriqueId, name: `Programme ${name}`, funderOrganisationId: org!.id })
    .returning();
  return { programmeId: row!.id, userId: person.id };
}

async function signalsAndCampaigns(deps: TestDeps, a: string, b: string, c: string) {
  const campaignA = await insertReportCampaign(deps.db, {
    fabriqueId: a,
    title: "Appel à révélation — printemps 2026",
    opensOn: "2026-05-01",
    closesOn: "2026-06-30",
  });
  const campaignC = await insertReportCampaign(deps.db, {
    fabriqueId: c,
    title: "Appel à révélation — hiver 2026",
    opensOn: "2026-01-01",
    closesOn: "2026-03-31",
  });
  await insertReportCampaign(deps.db, {
    fabriqueId: a,
    title: "Appel 2024",
    opensOn: "2024-03-01",
    closesOn: "2024-04-30",
  });
  const s = (values: Parameters<typeof insertReportSignal>[1]) => insertReportSignal(deps.db, values);
  await s({
    fabriqueId: a,
    kind: "need",
    channel: "public_form",
    status: "new",
    createdAt: new Date("2026-03-01T10:00:00Z"),
  });
  await s({
    fabriqueId: a,
    kind: "idea",
    channel: "workshop",
    status: "qualified",
    campaignId: campaignA.id,
    createdAt: new Date("2026-06-10T10:00:00Z"),
  });
  // 1 January 2027, 00:30 in Paris: next year.
  await s({
    fabriqueId: a,
    kind: "need",
    channel: "public_form",
    createdAt: new Date("2026-12-31T23:30:00Z"),
  });
  // 1 January 2026, 00:30 in Paris: this year.
  await s({
    fabriqueId: a,
    kind: "resource",
    channel: "event",
    status: "rejected",
    createdAt: new Date("2025-12-31T23:30:00Z"),
  });
  await s({
    fabriqueId: a,
    kind: "need",
    channel: "public_form",
    spam: "confirmed",
    createdAt: new Date("2026-05-02T10:00:00Z"),
  });
  await s({
    fabriqueId: a,
    kind: "need",
    channel: "public_form",
    createdAt: new Date("2025-05-02T10:00:00Z"),
  });
  await s({
    fabriqueId: b,
    kind: "need",
    channel: "commissioner",
    status: "new",
    createdAt: new Date("2026-04-02T10:00:00Z"),
  });
  await s({
    fabriqueId: c,
    kind: "territory",
    channel: "idea_sensor",
    status: "qualified",
    campaignId: campaignC.id,
    createdAt: new Date("2026-02-02T10:00:00Z"),
  });
}

async function pipeline(deps: TestDeps, ids: { a: string; b: string; c: string; p1: string; p2: string }) {
  const i = (values: Parameters<typeof insertReportInitiative>[1]) => insertReportInitiative(deps.db, values);
  const vertuose = await insertModel(deps.db, {
    title: "VERT'uOSE",
    summary: "Maraîchage bio en entreprise adaptée.",
    description: "Maraîchage biologique en entreprise adaptée, vente en paniers.",
    status: "published",
  });
  const a1 = await i({
    fabriqueId: ids.a,
    title: "Conciergerie des Hauts de Rouen",
    createdAt: "2025-10-01T09:00:00Z",
    programmeIds: [ids.p1],
    moves: [
      { at: "2026-02-01T09:00:00Z", to: "detection" },
      { at: "2026-04-01T09:00:00Z", to: "qualification" },
      { at: "2026-09-01T09:00:00Z", to: "launch" },
    ],
  });
  await insertReportOutcome(deps.db, {
    initiativeId: a1.id,
    kind: "new_organisation",
    activityName: "Conciergerie solidaire",
    openedOn: "2026-10-01",
    jobsFteHundredths: 250,
    insertionFteHundredths: 100,
    disabilityFteHundredths: 50,
  });
  await i({
    fabriqueId: ids.a,
    title: "Garage solidaire",
    createdAt: "2026-01-15T09:00:00Z",
    programmeIds: [ids.p1],
    moves: [{ at: "2026-05-20T09:00:00Z", to: "abandoned", note: "Pas de porteur trouvé." }],
  });
  const a3 = await i({
    fabriqueId: ids.a,
    title: "Ressourcerie",
    createdAt: "2026-03-01T09:00:00Z",
    moves: [{ at: "2026-11-01T09:00:00Z", to: "launch" }],
  });
  await insertReportOutcome(deps.db, {
    initiativeId: a3.id,
    kind: "replication",
    openedOn: "2026-12-15",
    jobsFteHundredths: 100,
  });
  const a4 = await i({
    fabriqueId: ids.a,
    title: "Épicerie sociale",
    createdAt: "2025-01-10T09:00:00Z",
    programmeIds: [ids.p1],
    moves: [
      { at: "2025-06-01T09:00:00Z", to: "launch" },
      { at: "2026-03-01T09:00:00Z", to: "follow_up" },
    ],
  });
  await insertReportOutcome(deps.db, {
    initiativeId: a4.id,
    kind: "new_activity",
    openedOn: "2025-09-01",
    jobsFteHundredths: 300,
  });
  // 1 January 2027, 00:30 in Paris.
  await i({ fabriqueId: ids.a, title: "Laverie", createdAt: "2026-12-31T23:30:00Z" });
  const a6 = await i({
    fabriqueId: ids.a,
    title: "Café des aidants",
    createdAt: "2026-02-15T09:00:00Z",
    moves: [{ at: "2026-10-01T09:00:00Z", to: "launch" }],
  });
  await insertReportOutcome(deps.db, {
    initiativeId: a6.id,
    kind: "new_activity",
    openedOn: "2027-02-01",
    jobsFteHundredths: 80,
  });
  const b1 = await i({
    fabriqueId: ids.b,
    title: "Atelier vélo",
    createdAt: "2026-02-01T09:00:00Z",
    // Covered by a programme of Fabrique A: its funder sees it, A's team does not.
    programmeIds: [ids.p1],
    moves: [{ at: "2026-06-01T09:00:00Z", to: "launch" }],
  });
  await insertReportOutcome(deps.db, {
    initiativeId: b1.id,
    kind: "new_activity",
    openedOn: "2026-07-01",
    jobsFteHundredths: 120,
    insertionFteHundredths: 120,
  });
  const b2 = await i({
    fabriqueId: ids.b,
    title: "Recyclerie",
    createdAt: "2025-05-01T09:00:00Z",
    moves: [{ at: "2026-01-10T09:00:00Z", to: "handover" }],
  });
  // Recorded before the launch stage: not a launch.
  await insertReportOutcome(deps.db, {
    initiativeId: b2.id,
    kind: "new_activity",
    openedOn: "2026-03-01",
    jobsFteHundredths: 900,
  });
  await i({
    fabriqueId: ids.c,
    title: "Halte-garderie",
    createdAt: "2026-04-01T09:00:00Z",
    programmeIds: [ids.p2],
    moves: [
      { at: "2026-05-01T09:00:00Z", to: "detection" },
      { at: "2026-10-10T09:00:00Z", to: "abandoned", note: "Le besoin est déjà couvert." },
    ],
  });
  const c2 = await i({
    fabriqueId: ids.c,
    title: "Maraîchage adapté",
    createdAt: "2025-11-01T09:00:00Z",
    programmeIds: [ids.p2],
    moves: [{ at: "2026-04-01T09:00:00Z", to: "launch" }],
  });
  await insertReportOutcome(deps.db, {
    initiativeId: c2.id,
    kind: "replication",
    modelId: vertuose.id,
    activityName: "VERT'uOSE du Haut-Doubs",
    openedOn: "2026-05-05",
    jobsFteHundredths: 400,
    disabilityFteHundredths: 400,
  });
}

async function buildWorld(deps: TestDeps): Promise<World> {
  const a = await createFabrique(deps.db, { slug: "rpt-a", name: "Fabrique A", regionCode: "28" });
  const b = await createFabrique(deps.db, { slug: "rpt-b", name: "Fabrique B", regionCode: "28" });
  const c = await createFabrique(deps.db, { slug: "rpt-c", name: "Fabrique C", regionCode: "27" });
  const funded1 = await organisationFunding(deps, a.id, "Fondation Un");
  const funded2 = await organisationFunding(deps, c.id, "Fondation Deux");
  await signalsAndCampaigns(deps, a.id, b.id, c.id);
  await pipeline(deps, { a: a.id, b: b.id, c: c.id, p1: funded1.programmeId, p2: funded2.programmeId });
  const animatorRow = await createUser(deps.db, { isNetworkAnimator: true });
  const user = async (fabriqueId: string | null, role: "officer" | "partner" | "carrier" | null) => {
    const row = await createUser(deps.db);
    if (fabriqueId && role) await addMembership(deps.db, { userId: row.id, fabriqueId, role });
    return row.id;
  };
  const load = async (id: string) => (await loadActor(deps, id))!;
  return {
    animator: await load(animatorRow.id),
    officerA: await load(await user(a.id, "officer")),
    officerC: await load(await user(c.id, "officer")),
    funderP1: await load(funded1.userId),
    funderP2: await load(funded2.userId),
    partnerA: await load(await user(a.id, "partner")),
    stranger: await load(await user(null, null)),
    p1: funded1.programmeId,
    p2: funded2.programmeId,
  };
}

const year2026 = { from: "2026-01-01", to: "2026-12-31" };
const counts = <K extends string>(rows: { key: K; count: number }[]) =>
  Object.fromEntries(rows.filter((r) => r.count > 0).map((r) => [r.key, r.count]));
const stages = (report: Report, column: "atEnd" | "entered" | "left") =>
  Object.fromEntries(report.pipeline.stages.filter((s) => s[column] > 0).map((s) => [s.stage, s[column]]));

describe("a report of a period", () => {
  let deps: TestDeps;
  let world: World;
  const report = async (actor: Actor, input: Record<string, unknown>) => {
    const result = await getReport(deps, actor, input);
    if (!result.ok) throw new Error(`report refused: ${result.error}`);
    return result.value;
  };

  beforeAll(async () => {
    deps = await createTestDeps();
    world = await buildWorld(deps);
  });
  afterAll(async () => deps.close());

  it("counts the network's signals received in the year by kind, channel and status, in Paris time, without confirmed spam", async () => {
    const network = await report(world.animator, { ...year2026, scope: "network" });
    expect(network.signals?.total).toBe(5);
    expect(counts(network.signals!.byKind)).toEqual({ need: 2, idea: 1, resource: 1, territory: 1 });
    expect(counts(network.signals!.byChannel)).toEqual({
      public_form: 1,
      workshop: 1,
      event: 1,
      commissioner: 1,
      idea_sensor: 1,
    });
    expect(counts(network.signals!.byStatus)).toEqual({ new: 2, qualified: 2, rejected: 1 });
    expect(network.signals!.campaigns.map((c) => [c.title, c.signals])).toEqual([
      ["Appel à révélation — hiver 2026", 1],
      ["Appel à révélation — printemps 2026", 1],
    ]);
  });

  it("places each initiative at its stage at the year's end and counts who entered and left each stage", async () => {
    const network = await report(world.animator, { ...year2026, scope: "network" });
    expect(stages(network, "atEnd")).toEqual({ launch: 5, follow_up: 1, handover: 1, abandoned: 2 });
    expect(stages(network, "entered")).toEqual({
      referral: 5,
      detection: 2,
      qualification: 1,
      handover: 1,
      launch: 5,
      follow_up: 1,
      abandoned: 2,
    });
    expect(stages(network, "left")).toEqual({ referral: 8, detection: 2, qualification: 1, launch: 1 });
    expect(network.pipeline.abandonments.map((a) => [a.title, a.on, a.reason])).toEqual([
      ["Garage solidaire", "2026-05-20", "Pas de porteur trouvé."],
      ["Halte-garderie", "2026-10-10", "Le besoin est déjà couvert."],
    ]);
    expect(network.totals.initiativesCreated).toBe(5);
  });

  it("counts the activities launched in the year as the public launches are counted, and the planned ones apart", async () => {
    const network = await report(world.animator, { ...year2026, scope: "network" });
    expect(network.launches.launched.map((l) => [l.openedOn, l.kind, l.modelTitle])).toEqual([
      ["2026-05-05", "replication", "VERT'uOSE"],
      ["2026-07-01", "new_activity", null],
      ["2026-10-01", "new_organisation", null],
    ]);
    expect(counts(network.launches.byKind)).toEqual({ new_organisation: 1, new_activity: 1, replication: 1 });
    expect(network.launches.jobs).toEqual({
      jobsFteHundredths: 770,
      insertionFteHundredths: 220,
      disabilityFteHundredths: 450,
    });
    expect(network.launches.planned.map((l) => l.openedOn)).toEqual(["2026-12-15", "2027-02-01"]);
  });

  it("breaks the figures down by Fabrique, adding up to the network's", async () => {
    const network = await report(world.animator, { ...year2026, scope: "network" });
    expect(
      network.byFabrique.map((f) => [
        f.slug,
        f.signalsReceived,
        f.initiativesCreated,
        f.abandonments,
        f.launches,
        f.jobsFteHundredths,
      ]),
    ).toEqual([
      ["rpt-a", 3, 3, 1, 1, 250],
      ["rpt-b", 1, 1, 0, 1, 120],
      ["rpt-c", 1, 1, 1, 1, 400],
    ]);
  });

  it("compares with the previous calendar year", async () => {
    const network = await report(world.animator, { ...year2026, scope: "network" });
    expect(network.previous.period).toEqual({ from: "2025-01-01", to: "2025-12-31" });
    expect(network.previous.totals).toMatchObject({
      signalsReceived: 1,
      initiativesCreated: 4,
      abandonments: 0,
      launches: 1,
      jobsFteHundredths: 300,
    });
  });

  it("reports a région as its Fabriques", async () => {
    const normandie = await report(world.animator, { ...year2026, scope: "region:28" });
    expect(normandie.signals?.total).toBe(4);
    expect(normandie.launches.launched.length).toBe(2);
    expect(normandie.launches.jobs.jobsFteHundredths).toBe(370);
    expect(normandie.byFabrique.map((f) => f.slug)).toEqual(["rpt-a", "rpt-b"]);
  });

  it("shows a Fabrique's team its Fabrique only, by default and when asked", async () => {
    const mine = await report(world.officerA, year2026);
    expect(mine.scope.code).toBe("fabrique:rpt-a");
    expect(mine.scopes.map((s) => s.code)).toEqual(["fabrique:rpt-a", `programme:${world.p1}`]);
    expect(mine.signals?.total).toBe(3);
    expect(stages(mine, "atEnd")).toEqual({ launch: 3, follow_up: 1, abandoned: 1 });
    expect(mine.launches.jobs.jobsFteHundredths).toBe(250);
    expect(mine.byFabrique.map((f) => f.slug)).toEqual(["rpt-a"]);
    // Its programme covers an initiative of Fabrique B: the team does not count it.
    const programme = await report(world.officerA, { ...year2026, scope: `programme:${world.p1}` });
    expect(programme.launches.launched.map((l) => l.fabriqueName)).toEqual(["Fabrique A"]);
    for (const scope of [
      "network",
      "region:28",
      "fabrique:rpt-b",
      "fabrique:rpt-c",
      `programme:${world.p2}`,
    ]) {
      expect((await getReport(deps, world.officerA, { ...year2026, scope })).ok, scope).toBe(false);
      expect(await getReport(deps, world.officerA, { ...year2026, scope })).toMatchObject({
        error: "NOT_FOUND",
      });
    }
  });

  it("shows a funder the initiatives its programme covers and nothing else", async () => {
    const funded = await report(world.funderP1, year2026);
    expect(funded.scope.code).toBe(`programme:${world.p1}`);
    expect(funded.scopes.map((s) => s.code)).toEqual([`programme:${world.p1}`]);
    expect(funded.signals).toBeNull();
    expect(funded.totals.signalsReceived).toBeNull();
    expect(funded.launches.launched.map((l) => l.fabriqueName)).toEqual(["Fabrique B", "Fabrique A"]);
    expect(funded.launches.jobs.jobsFteHundredths).toBe(370);
    expect(stages(funded, "atEnd")).toEqual({ launch: 2, follow_up: 1, abandoned: 1 });
    expect(funded.pipeline.abandonments.map((a) => a.title)).toEqual(["Garage solidaire"]);
    expect(funded.byFabrique.map((f) => [f.slug, f.signalsReceived])).toEqual([
      ["rpt-a", null],
      ["rpt-b", null],
    ]);
    for (const scope of ["network", "region:28", "fabrique:rpt-a", `programme:${world.p2}`]) {
      expect(await getReport(deps, world.funderP1, { ...year2026, scope })).toMatchObject({
        error: "NOT_FOUND",
      });
    }
    const other = await report(world.funderP2, year2026);
    expect(other.launches.launched.map((l) => l.activityName)).toEqual(["VERT'uOSE du Haut-Doubs"]);
    expect(other.pipeline.abandonments.map((a) => a.title)).toEqual(["Halte-garderie"]);
  });

  it("answers NOT_FOUND to whoever reads no scope: a partner without a programme, an account without a Fabrique", async () => {
    expect(await getReport(deps, world.partnerA, year2026)).toMatchObject({ error: "NOT_FOUND" });
    expect(await getReport(deps, world.stranger, year2026)).toMatchObject({ error: "NOT_FOUND" });
    expect(await getReport(deps, null, year2026)).toMatchObject({ error: "NOT_FOUND" });
  });

  it("takes the current calendar year when no day is given, and names the field of a wrong period", async () => {
    const current = await report(world.officerC, {});
    expect(current.period).toEqual(year2026);
    expect(await getReport(deps, world.officerC, { from: "2026-01-01" })).toMatchObject({
      error: "INVALID_INPUT",
      fields: { to: expect.stringContaining("date de fin") },
    });
    expect(await getReport(deps, world.officerC, { from: "31/02/2026", to: "2026-12-31" })).toMatchObject({
      fields: { from: expect.any(String) },
    });
    expect(await getReport(deps, world.officerC, { from: "2026-12-31", to: "2026-01-01" })).toMatchObject({
      fields: { to: expect.stringContaining("après") },
    });
    expect(await getReport(deps, world.officerC, { scope: "everything" })).toMatchObject({
      fields: { scope: expect.stringContaining("périmètre") },
    });
    const french = await report(world.officerC, { from: "01/07/2026", to: "31/12/2026" });
    expect(french.period).toEqual({ from: "2026-07-01", to: "2026-12-31" });
    // 184 days: 1 July – 31 December; the 184 days before end on 30 June.
    expect(french.previous.period).toEqual({ from: "2025-12-29", to: "2026-06-30" });
  });
});
