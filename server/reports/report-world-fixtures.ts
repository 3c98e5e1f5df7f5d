import { loadActor } from "../accounts/resolve-actor";
import { insertModel } from "../catalogue/model-factory";
import type { Actor } from "../core/actor";
import { contact, organisation, programme } from "../db/schema";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import type { TestDeps } from "../testing/test-deps";
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
export type World = {
  animator: Actor;
  officerA: Actor;
  officerC: Actor;
  funderP1: Actor;
  funderP2: Actor;
  partnerA: Actor;
  stranger: Actor;
  p1: string;
  p2: string;
  /** The organisations funding p1 and p2. */
  org1: string;
  org2: string;
  /** Fabrique ids. */
  a: string;
  b: string;
  c: string;
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
  return { programmeId: row!.id, userId: person.id, organisationId: org!.id };
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

/** Fabrique A's initiatives of the year: launched, planned, abandoned. */
async function pipelineOfA(deps: TestDeps, ids: { a: string; b: string; c: string; p1: string; p2: string }) {
  const i = (values: Parameters<typeof insertReportInitiative>[1]) => insertReportInitiative(deps.db, values);
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
}

/** Fabriques B and C's initiatives of the year, one of them a replication of VERT'uOSE. */
async function pipelineOfBAndC(
  deps: TestDeps,
  ids: { a: string; b: string; c: string; p1: string; p2: string },
  modelId: string,
) {
  const i = (values: Parameters<typeof insertReportInitiative>[1]) => insertReportInitiative(deps.db, values);
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
    modelId,
    activityName: "VERT'uOSE du Haut-Doubs",
    openedOn: "2026-05-05",
    jobsFteHundredths: 400,
    disabilityFteHundredths: 400,
  });
}

async function pipeline(deps: TestDeps, ids: { a: string; b: string; c: string; p1: string; p2: string }) {
  const vertuose = await insertModel(deps.db, {
    title: "VERT'uOSE",
    summary: "Maraîchage bio en entreprise adaptée.",
    description: "Maraîchage biologique en entreprise adaptée, vente en paniers.",
    status: "published",
  });
  await pipelineOfA(deps, ids);
  await pipelineOfBAndC(deps, ids, vertuose.id);
}

export async function buildWorld(deps: TestDeps): Promise<World> {
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
    org1: funded1.organisationId,
    org2: funded2.organisationId,
    a: a.id,
    b: b.id,
    c: c.id,
  };
}

export const year2026 = { from: "2026-01-01", to: "2026-12-31" };
export const counts = <K extends string>(rows: { key: K; count: number }[]) =>
  Object.fromEntries(rows.filter((r) => r.count > 0).map((r) => [r.key, r.count]));
export const stages = (report: Report, column: "atEnd" | "entered" | "left") =>
  Object.fromEntries(report.pipeline.stages.filter((s) => s[column] > 0).map((s) => [s.stage, s[column]]));

/** The report an actor reads, or the test fails with the refusal's code. */
export async function reportOf(
  deps: TestDeps,
  actor: Actor,
  input: Record<string, unknown>,
): Promise<Report> {
  const result = await getReport(deps, actor, input);
  if (!result.ok) throw new Error(`report refused: ${result.error}`);
  return result.value;
}
