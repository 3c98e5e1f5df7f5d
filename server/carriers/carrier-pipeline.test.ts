import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptInvitation } from "../accounts/accept-invitation";
import { carrierCandidate, initiative, initiativeEvent, model, organisation, outcome } from "../db/schema";
import { buildServer } from "../http/server";
import { loadInitiativeForActor } from "../initiatives/initiative-access";
import { updateInitiative } from "../initiatives/update-initiative";
import { addInitiativePartner, listInitiativePartners } from "../organisations/initiative-partners";
import { createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { chooseCarrier, declineCarrier } from "./choose-carrier";
import { createCarrierCandidate } from "./create-carrier-candidate";
import { getCarrierDossier } from "./get-carrier-dossier";
import { inviteCarrier } from "./invite-carrier";
import { createPipelineWorld, createTestInitiative } from "./pipeline-fixtures";
import { recordFollowUp } from "./record-follow-up";
import { recordHandover } from "./record-handover";
import { recordOutcome } from "./record-outcome";

/**
 * One initiative's way from its carrier search to its follow-ups: the carriers retained, the
 * handover, the carrier's account, the launch and its follow-ups. Each test starts where the one
 * before left the initiative, as a Fabrique's team would walk it.
 */
describe("carrier, handover and outcome", () => {
  let deps: TestDeps;
  let world: Awaited<ReturnType<typeof createPipelineWorld>>;
  let initiativeId: string;
  let carrier: Awaited<ReturnType<typeof world.actor>>;

  beforeAll(async () => {
    deps = await createTestDeps();
    world = await createPipelineWorld(deps);
    initiativeId = (
      await createTestInitiative(deps.db, { fabriqueId: world.fabriqueA.id, stage: "carrier_search" })
    ).id;
  });
  afterAll(async () => deps.close());

  const moveTo = (id: string, stage: "handover" | "launch" | "follow_up") =>
    deps.db.update(initiative).set({ stage }).where(eq(initiative.id, id));

  const journal = (id: string, kind: "carrier" | "handover" | "outcome" | "follow_up") =>
    deps.db
      .select({ note: initiativeEvent.note })
      .from(initiativeEvent)
      .where(and(eq(initiativeEvent.initiativeId, id), eq(initiativeEvent.kind, kind)));

  it("the team retains a lead carrier and a co-carrier, changes the lead, and every step is journaled", async () => {
    const regie = await createCarrierCandidate(deps, world.officer, initiativeId, {
      kind: "existing_structure",
      name: "Régie de quartier",
    });
    const lead = await createCarrierCandidate(deps, world.officer, initiativeId, {
      kind: "project_lead_to_recruit",
      name: "Chef·fe de projet à recruter",
    });
    const collectif = await createCarrierCandidate(deps, world.officer, initiativeId, {
      kind: "collective",
      name: "Collectif d'habitants",
    });
    if (!regie.ok || !lead.ok || !collectif.ok) throw new Error("candidates not created");

    expect(await chooseCarrier(deps, world.officer, initiativeId, regie.value.id)).toMatchObject({
      ok: true,
    });
    expect(await declineCarrier(deps, world.officer, initiativeId, collectif.value.id)).toMatchObject({
      ok: true,
    });
    // Retaining a second carrier keeps the first one: it is a co-carrier, the first still leads.
    expect(await chooseCarrier(deps, world.officer, initiativeId, lead.value.id)).toEqual({
      ok: true,
      value: { id: lead.value.id, status: "chosen", lead: false },
    });
    const statuses = async () => {
      const dossier = await getCarrierDossier(deps, world.officer, initiativeId);
      if (!dossier.ok) throw new Error(dossier.error);
      return Object.fromEntries(dossier.value.candidates.map((c) => [c.name, [c.status, c.lead]]));
    };
    expect(await statuses()).toEqual({
      "Régie de quartier": ["chosen", true],
      "Chef·fe de projet à recruter": ["chosen", false],
      "Collectif d'habitants": ["declined", false],
    });
    // Naming the co-carrier lead keeps the former lead retained, as a co-carrier.
    expect(await chooseCarrier(deps, world.officer, initiativeId, lead.value.id, { lead: true })).toEqual({
      ok: true,
      value: { id: lead.value.id, status: "chosen", lead: true },
    });
    expect(await statuses()).toEqual({
      "Régie de quartier": ["chosen", false],
      "Chef·fe de projet à recruter": ["chosen", true],
      "Collectif d'habitants": ["declined", false],
    });
    const notes = (await journal(initiativeId, "carrier")).map((e) => e.note);
    expect(notes).toEqual(
      expect.arrayContaining([
        "Porteur retenu : Régie de quartier (chef de file)",
        "Co-porteur retenu : Chef·fe de projet à recruter (chef de file : Régie de quartier)",
        "Chef de file : Chef·fe de projet à recruter (à la place de Régie de quartier, qui reste co-porteur)",
      ]),
    );
    expect(notes).toHaveLength(7);
  });

  it("another Fabrique and a plain partner see nothing; the network reads but does not choose", async () => {
    expect(await getCarrierDossier(deps, world.otherOfficer, initiativeId)).toMatchObject({
      error: "NOT_FOUND",
    });
    expect(await getCarrierDossier(deps, world.partner, initiativeId)).toMatchObject({ error: "NOT_FOUND" });
    expect(
      await createCarrierCandidate(deps, world.otherOfficer, initiativeId, {
        kind: "individual",
        name: "Intrus",
      }),
    ).toMatchObject({ error: "NOT_FOUND" });
    const animator = await world.actor((await createUser(deps.db, { isNetworkAnimator: true })).id);
    expect(await getCarrierDossier(deps, animator, initiativeId)).toMatchObject({ ok: true });
    const [any] = await deps.db
      .select()
      .from(carrierCandidate)
      .where(eq(carrierCandidate.initiativeId, initiativeId));
    expect(await chooseCarrier(deps, animator, initiativeId, any!.id)).toMatchObject({ error: "FORBIDDEN" });
  });

  it("records the handover to the lead carrier, naming the co-carriers", async () => {
    await moveTo(initiativeId, "handover");
    const result = await recordHandover(deps, world.officer, initiativeId, {
      transferred: ["study", "contacts", "forecast"],
      conditions: "La Fabrique garde un siège au comité de pilotage pendant deux ans.",
      handedOverOn: "2026-11-20",
    });
    expect(result).toMatchObject({ ok: true });
    const dossier = await getCarrierDossier(deps, world.officer, initiativeId);
    expect(dossier.ok && dossier.value.handover).toMatchObject({
      carrierName: "Chef·fe de projet à recruter",
      coCarrierNames: ["Régie de quartier"],
      transferred: ["study", "contacts", "forecast"],
      handedOverOn: "2026-11-20",
    });
    expect(await journal(initiativeId, "handover")).toHaveLength(1);

    const none = await createTestInitiative(deps.db, { fabriqueId: world.fabriqueA.id, stage: "handover" });
    expect(
      await recordHandover(deps, world.officer, none.id, { transferred: [], handedOverOn: "2026-11-20" }),
    ).toMatchObject({ ok: false, error: "INVALID_INPUT" });
  });

  it("the chosen carrier gets an account that opens this initiative only", async () => {
    const invited = await inviteCarrier(deps, world.officer, initiativeId, { email: "porteur@exemple.test" });
    expect(invited).toMatchObject({ ok: true });
    const link = /\/invitation\/([\w-]+)/.exec(deps.sentMail.at(-1)?.text ?? "");
    expect(link?.[1]).toBeTruthy();
    const accepted = await acceptInvitation(deps, link![1]!, {
      name: "Pierre Porteur",
      password: "un mot de passe solide",
      passwordConfirmation: "un mot de passe solide",
    });
    if (!accepted.ok) throw new Error(JSON.stringify(accepted));
    carrier = await world.actor(accepted.value.userId);
    expect(carrier.memberships).toEqual([
      expect.objectContaining({ role: "carrier", initiativeId, fabriqueId: world.fabriqueA.id }),
    ]);

    const own = await loadInitiativeForActor(deps, carrier, initiativeId);
    expect(own.ok && own.value.access.level).toBe("carrier");
    const sibling = await createTestInitiative(deps.db, { fabriqueId: world.fabriqueA.id });
    expect(await loadInitiativeForActor(deps, carrier, sibling.id)).toMatchObject({ error: "NOT_FOUND" });

    const dossier = await getCarrierDossier(deps, carrier, initiativeId);
    expect(dossier.ok && dossier.value.carrierAccounts.map((a) => a.name)).toEqual(["Pierre Porteur"]);
    const [any] = await deps.db
      .select()
      .from(carrierCandidate)
      .where(eq(carrierCandidate.initiativeId, initiativeId));
    expect(await chooseCarrier(deps, carrier, initiativeId, any!.id)).toMatchObject({ error: "FORBIDDEN" });
    expect(
      await inviteCarrier(deps, world.otherOfficer, initiativeId, { email: "x@exemple.test" }),
    ).toMatchObject({
      error: "NOT_FOUND",
    });
  });

  it("records the launch with jobs in hundredths of FTE and checks what it says", async () => {
    await moveTo(initiativeId, "launch");
    expect(
      await recordOutcome(deps, world.officer, initiativeId, {
        kind: "new_activity",
        activityName: "Conciergerie seniors",
        openedOn: "2026-10-01",
        jobs: "1,5",
        insertionJobs: "2",
      }),
    ).toMatchObject({ ok: false, fields: { insertionJobs: expect.any(String) } });
    expect(
      await recordOutcome(deps, world.officer, initiativeId, {
        kind: "new_activity",
        activityName: "Conciergerie seniors",
        openedOn: "2026-10-01",
        jobs: "1,5",
        insertionJobs: "0,5",
        disabilityJobs: "",
      }),
    ).toEqual({ ok: true, value: { kind: "new_activity" } });
    const [row] = await deps.db.select().from(outcome).where(eq(outcome.initiativeId, initiativeId));
    expect(row).toMatchObject({
      jobsFteHundredths: 150,
      insertionFteHundredths: 50,
      disabilityFteHundredths: 0,
    });

    const [draft] = await deps.db
      .insert(model)
      .values({
        title: "Brouillon",
        summary: "Un brouillon",
        description: "Pas encore publié",
        status: "draft",
      })
      .returning();
    expect(
      await recordOutcome(deps, world.officer, initiativeId, {
        kind: "replication",
        modelId: draft!.id,
        activityName: "Essaimage",
        openedOn: "2026-10-01",
      }),
    ).toMatchObject({ ok: false, fields: { modelId: expect.any(String) } });
    expect(await journal(initiativeId, "outcome")).toHaveLength(1);
  });

  it("records follow-up indicators at 6, 12 and 36 months only", async () => {
    await moveTo(initiativeId, "follow_up");
    expect(
      await recordFollowUp(deps, world.officer, initiativeId, {
        milestoneMonths: 6,
        measuredOn: "2027-04-01",
        jobs: "2,25",
        revenue: "12 500",
        beneficiaries: "85",
      }),
    ).toEqual({ ok: true, value: { milestoneMonths: 6 } });
    expect(
      await recordFollowUp(deps, world.officer, initiativeId, {
        milestoneMonths: 7,
        measuredOn: "2027-05-01",
      }),
    ).toMatchObject({ ok: false, fields: { milestoneMonths: expect.any(String) } });
    // The carrier reports the 12-month figures themselves, as the form sends them.
    expect(
      await recordFollowUp(deps, carrier, initiativeId, {
        milestoneMonths: 12,
        measuredOn: "2027-10-01",
        stillRunning: "no",
        jobs: "3",
        insertionJobs: "1,5",
        disabilityJobs: "0,5",
        turnoverBand: "from_50k_to_100k",
      }),
    ).toEqual({ ok: true, value: { milestoneMonths: 12 } });
    expect(
      await recordFollowUp(deps, carrier, initiativeId, {
        milestoneMonths: 36,
        measuredOn: "2029-10-01",
        stillRunning: "peut-être",
        turnoverBand: "beaucoup",
      }),
    ).toMatchObject({
      ok: false,
      fields: {
        stillRunning: expect.stringContaining("oui ou non"),
        turnoverBand: expect.stringContaining("tranche"),
      },
    });
    const dossier = await getCarrierDossier(deps, world.officer, initiativeId);
    expect(dossier.ok && dossier.value.followUps).toEqual([
      expect.objectContaining({
        milestoneMonths: 6,
        stillRunning: true,
        jobsFteHundredths: 225,
        revenueCents: 1_250_000,
        turnoverBand: null,
        beneficiaries: 85,
      }),
      expect.objectContaining({
        milestoneMonths: 12,
        stillRunning: false,
        jobsFteHundredths: 300,
        insertionFteHundredths: 150,
        disabilityFteHundredths: 50,
        turnoverBand: "from_50k_to_100k",
        revenueCents: null,
      }),
    ]);
    expect(await journal(initiativeId, "follow_up")).toHaveLength(2);
  });

  it("the carrier account edits what is the carrier's, not the Fabrique's card, partners or directory", async () => {
    const [row] = await deps.db.select().from(initiative).where(eq(initiative.id, initiativeId));
    expect(
      await updateInitiative(deps, carrier, initiativeId, {
        version: row!.version,
        title: "Titre du porteur",
      }),
    ).toMatchObject({
      ok: false,
      error: "FORBIDDEN",
      message: expect.stringContaining("tenue par l'équipe"),
    });
    const before = await deps.db.select({ id: organisation.id }).from(organisation);
    expect(
      await addInitiativePartner(deps, carrier, initiativeId, {
        role: "funder",
        newOrganisation: { name: "Fondation du porteur", kind: "funder" },
      }),
    ).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await deps.db.select({ id: organisation.id }).from(organisation)).toHaveLength(before.length);
    // The carrier still reads the initiative's own partners and records its follow-up figures.
    expect(await listInitiativePartners(deps, carrier, initiativeId)).toMatchObject({ ok: true });
    const [stored] = await deps.db.select().from(initiative).where(eq(initiative.id, initiativeId));
    expect(stored?.title).toBe(row!.title);

    const app = await buildServer(deps);
    const auth = { authorization: `Bearer ${await world.token(carrier.userId)}` };
    const patched = await app.inject({
      method: "PATCH",
      url: `/api/v1/initiatives/${initiativeId}`,
      headers: auth,
      payload: { version: row!.version, title: "Titre du porteur" },
    });
    expect(patched.statusCode).toBe(403);
    const added = await app.inject({
      method: "POST",
      url: `/api/v1/initiatives/${initiativeId}/partners`,
      headers: auth,
      payload: { role: "funder", newOrganisation: { name: "Fondation du porteur", kind: "funder" } },
    });
    expect(added.statusCode).toBe(403);
    expect(await deps.db.select({ id: organisation.id }).from(organisation)).toHaveLength(before.length);
    await app.close();
  });
});
