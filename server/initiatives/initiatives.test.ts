import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import { insertModel } from "../catalogue/model-factory";
import type { Actor } from "../core/actor";
import { fixedClock } from "../core/clock";
import {
  carrierCandidate,
  contact,
  decision,
  handover,
  initiativePartner,
  meeting,
  organisation,
  outcome,
  signal,
  studyVersion,
} from "../db/schema";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createSignal } from "../signals/create-signal";
import { getSignal } from "../signals/get-signal";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { createInitiative } from "./create-initiative";
import { getInitiative } from "./get-initiative";
import { readInitiativeJournal } from "./initiative-journal";
import { listAllInitiatives, listInitiatives } from "./list-initiatives";
import { moveInitiative } from "./move-initiative";
import { updateInitiative } from "./update-initiative";

const hautsDeRouen = { kind: "commune" as const, code: "76540" };

describe("initiatives", () => {
  let deps: TestDeps;
  let officerA: Actor;
  let officerB: Actor;
  let partnerUser: Actor;
  let fabriqueA: string;
  let modelId: string;

  beforeAll(async () => {
    deps = await createTestDeps();
    const a = await createFabrique(deps.db, { slug: "adr", name: "ADRESS test" });
    const b = await createFabrique(deps.db, { slug: "emr", name: "émergence test" });
    fabriqueA = a.id;
    const users = await Promise.all([1, 2, 3].map(() => createUser(deps.db)));
    await addMembership(deps.db, { userId: users[0]!.id, fabriqueId: a.id, role: "officer" });
    await addMembership(deps.db, { userId: users[1]!.id, fabriqueId: b.id, role: "officer" });
    await addMembership(deps.db, { userId: users[2]!.id, fabriqueId: a.id, role: "partner" });
    const actors = (await Promise.all(users.map((u) => loadActor(deps, u.id)))) as Actor[];
    officerA = actors[0]!;
    officerB = actors[1]!;
    partnerUser = actors[2]!;
    const vertuose = await insertModel(deps.db, {
      title: "Restaurant locavore inclusif",
      summary: "Un restaurant de cuisine locale qui emploie des travailleurs handicapés.",
      description: "Cuisine de saison, équipe en entreprise adaptée.",
      status: "published",
    });
    modelId = vertuose.id;
  });
  afterAll(async () => deps?.close());

  async function newInitiative(overrides: Record<string, unknown> = {}) {
    const created = await createInitiative(deps, officerA, {
      title: "Conciergerie multiservice pour les seniors",
      territory: hautsDeRouen,
      entryPoint: "need",
      themes: ["bien-vieillir"],
      ...overrides,
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    return created.value;
  }

  it("an initiative created from two signals converts them and keeps the link both ways", async () => {
    const signals = [];
    for (const title of ["Plus de commerces pour les aînés", "Aide aux courses des personnes âgées"]) {
      const made = await createSignal(deps, officerA, {
        kind: "need",
        title,
        description: "Dans le quartier, les personnes âgées n'ont plus de commerce de proximité.",
        territory: hautsDeRouen,
        channel: "commissioner",
      });
      if (!made.ok) throw new Error("signal");
      signals.push(made.value.id);
    }
    const created = await newInitiative({ signalIds: signals });
    expect(created.reference).toMatch(/^ADR-P-2026-\d{3}$/);
    const details = await getInitiative(deps, officerA, created.id);
    expect(details.ok && details.value.signals.map((s) => s.status)).toEqual(["converted", "converted"]);
    const first = await getSignal(deps, officerA, signals[0]!);
    expect(first.ok && first.value.events.at(-1)?.reason).toContain(created.reference);
  });

  it("a converted signal cannot feed a second initiative, and nothing is written", async () => {
    const [converted] = await deps.db.select().from(signal).where(eq(signal.status, "converted")).limit(1);
    const refused = await createInitiative(deps, officerA, {
      title: "Un autre projet sur le même besoin",
      territory: hautsDeRouen,
      entryPoint: "need",
      signalIds: [converted!.id],
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.fields?.signalIds).toContain(converted!.reference);
  });

  it("replicating a catalogue model makes a replication initiative linked to the model", async () => {
    const created = await createInitiative(deps, officerA, {
      title: "Un restaurant inclusif à Rouen",
      territory: hautsDeRouen,
      modelId,
    });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const details = await getInitiative(deps, officerA, created.value.id);
    expect(details.ok && details.value.entryPoint).toBe("replication");
    expect(details.ok && details.value.model?.id).toBe(modelId);
  });

  it("bad input names each field in French", async () => {
    const refused = await createInitiative(deps, officerA, {
      title: "abc",
      territory: { kind: "commune", code: "00000" },
      entryPoint: "need",
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.fields?.title).toMatch(/5 caractères/);
  });

  it("another Fabrique's officer cannot see, edit or move the initiative", async () => {
    const { id } = await newInitiative();
    expect((await getInitiative(deps, officerB, id)).ok).toBe(false);
    const edit = await updateInitiative(deps, officerB, id, {
      version: 1,
      title: "Pris par une autre Fabrique",
    });
    expect(!edit.ok && edit.error).toBe("NOT_FOUND");
    const move = await moveInitiative(deps, officerB, id, { to: "detection" });
    expect(!move.ok && move.error).toBe("NOT_FOUND");
    const list = await listInitiatives(deps, officerB, { page: 1, perPage: 50 });
    expect(list.ok && list.value.items.some((i) => i.id === id)).toBe(false);
  });

  it("a stale edit is refused with CONFLICT and every real change is journaled with before and after", async () => {
    const { id } = await newInitiative();
    const first = await updateInitiative(deps, officerA, id, {
      version: 1,
      summary: "Des services pour bien vieillir",
    });
    expect(first.ok && first.value.changed).toEqual(["summary"]);
    const stale = await updateInitiative(deps, officerA, id, { version: 1, summary: "Écrasement" });
    expect(!stale.ok && stale.error).toBe("CONFLICT");
    const notes = await updateInitiative(deps, officerA, id, {
      version: 2,
      privateNotes: "Budget serré côté ville",
    });
    expect(notes.ok).toBe(true);
    const journal = await readInitiativeJournal(deps, officerA, id);
    const fields = journal.ok ? journal.value.filter((e) => e.kind === "field") : [];
    expect(fields.map((f) => [f.field, f.after])).toEqual([
      ["summary", "Des services pour bien vieillir"],
      ["privateNotes", null],
    ]);
  });

  it("walks the pipeline: each move is refused with what is missing until the dossier holds it", async () => {
    const { id } = await newInitiative();
    const refused = await moveInitiative(deps, officerA, id, { to: "detection" });
    expect(!refused.ok && refused.error).toBe("TRANSITION_REFUSED");
    expect(!refused.ok && (refused.details?.blockedBy as string[] | undefined)?.[0]).toMatch(/commanditaire/);

    const [city] = await deps.db
      .insert(organisation)
      .values({ fabriqueId: fabriqueA, name: "Ville de Rouen", kind: "local_authority" })
      .returning();
    await deps.db
      .insert(initiativePartner)
      .values({ initiativeId: id, organisationId: city!.id, role: "commissioner" });
    expect((await moveInitiative(deps, officerA, id, { to: "detection" })).ok).toBe(true);

    const at = new Date("2026-11-20T14:00:00.000Z");
    const end = new Date("2026-11-20T16:00:00.000Z");
    await deps.db.insert(meeting).values({
      fabriqueId: fabriqueA,
      initiativeId: id,
      kind: "ideation_workshop",
      title: "Atelier",
      startsAt: at,
      endsAt: end,
    });
    expect((await moveInitiative(deps, officerA, id, { to: "qualification" })).ok).toBe(true);
    expect((await moveInitiative(deps, officerA, id, { to: "opportunity_study" })).ok).toBe(false);
    await deps.db
      .insert(initiativePartner)
      .values({ initiativeId: id, organisationId: city!.id, role: "project_group" });
    expect((await moveInitiative(deps, officerA, id, { to: "opportunity_study" })).ok).toBe(true);

    const blocked = await getInitiative(deps, officerA, id);
    const forward = blocked.ok ? blocked.value.moves.find((m) => m.to === "carrier_search") : undefined;
    expect(forward?.blockedBy).toHaveLength(2);

    await deps.db
      .insert(studyVersion)
      .values({ initiativeId: id, version: 1, sections: {}, status: "final" });
    const [copil] = await deps.db
      .insert(meeting)
      .values({
        fabriqueId: fabriqueA,
        initiativeId: id,
        kind: "steering_committee",
        title: "Copil",
        startsAt: at,
        endsAt: end,
      })
      .returning();
    await deps.db.insert(decision).values({
      initiativeId: id,
      meetingId: copil!.id,
      stage: "opportunity_study",
      kind: "go",
      rationale: "Le potentiel économique est validé.",
      decidedBy: "Comité de pilotage",
      decidedOn: "2026-11-20",
    });
    expect((await moveInitiative(deps, officerA, id, { to: "carrier_search" })).ok).toBe(true);
    expect((await moveInitiative(deps, officerA, id, { to: "handover" })).ok).toBe(false);
    // A co-carrier alone is not enough: the handover goes to a lead carrier.
    await deps.db.insert(carrierCandidate).values({
      initiativeId: id,
      kind: "existing_structure",
      name: "Centre social",
      status: "chosen",
    });
    expect(await moveInitiative(deps, officerA, id, { to: "handover" })).toMatchObject({
      details: { guards: ["carrierChosen"] },
    });
    const [carrier] = await deps.db
      .insert(carrierCandidate)
      .values({
        initiativeId: id,
        kind: "existing_structure",
        name: "Association du quartier",
        status: "chosen",
        lead: true,
      })
      .returning();
    expect((await moveInitiative(deps, officerA, id, { to: "handover" })).ok).toBe(true);
    await deps.db
      .insert(handover)
      .values({ initiativeId: id, carrierCandidateId: carrier!.id, handedOverOn: "2026-11-25" });
    expect((await moveInitiative(deps, officerA, id, { to: "launch" })).ok).toBe(true);
    await deps.db
      .insert(outcome)
      .values({ initiativeId: id, kind: "new_activity", openedOn: "2026-11-26", jobsFteHundredths: 150 });
    expect((await moveInitiative(deps, officerA, id, { to: "follow_up" })).ok).toBe(true);

    const journal = await readInitiativeJournal(deps, officerA, id);
    const stages = journal.ok ? journal.value.filter((e) => e.toStage).map((e) => e.toStage) : [];
    expect(stages).toEqual([
      "referral",
      "detection",
      "qualification",
      "opportunity_study",
      "carrier_search",
      "handover",
      "launch",
      "follow_up",
    ]);
  });

  it("a dormant initiative needs a reason and a future wake-up date, and wakes up where it was", async () => {
    const { id } = await newInitiative({ modelId });
    expect((await moveInitiative(deps, officerA, id, { to: "detection" })).ok).toBe(true);
    const noDate = await moveInitiative(deps, officerA, id, {
      to: "dormant",
      reason: "Élections municipales",
    });
    expect(!noDate.ok && (noDate.details?.blockedBy as string[] | undefined)?.join(" ")).toMatch(
      /date de réveil/,
    );
    const slept = await moveInitiative(deps, officerA, id, {
      to: "dormant",
      reason: "Élections municipales",
      wakeUpOn: "01/04/2027",
    });
    expect(slept.ok).toBe(true);
    const details = await getInitiative(deps, officerA, id);
    expect(details.ok && details.value.moves.map((m) => m.to)).toEqual(["detection", "abandoned"]);
    expect((await moveInitiative(deps, officerA, id, { to: "qualification" })).ok).toBe(false);
    expect((await moveInitiative(deps, officerA, id, { to: "detection" })).ok).toBe(true);
  });

  it("today is the Paris day: at 23:30 UTC on 31 December, 1 January is no longer a future wake-up", async () => {
    const { id } = await newInitiative({ modelId });
    expect((await moveInitiative(deps, officerA, id, { to: "detection" })).ok).toBe(true);
    // 23:30 UTC on 31 December 2026 is 00:30 on 1 January 2027 in Paris.
    const newYearInParis = { ...deps, clock: fixedClock("2026-12-31T23:30:00.000Z") };
    const sameDay = await moveInitiative(newYearInParis, officerA, id, {
      to: "dormant",
      reason: "Élections municipales",
      wakeUpOn: "2027-01-01",
    });
    expect(!sameDay.ok && (sameDay.details?.blockedBy as string[] | undefined)?.join(" ")).toMatch(
      /date de réveil/,
    );
    const nextDay = await moveInitiative(newYearInParis, officerA, id, {
      to: "dormant",
      reason: "Élections municipales",
      wakeUpOn: "2027-01-02",
    });
    expect(nextDay.ok).toBe(true);
  });

  it("a partner sees the initiative they hold a role on, without private notes, and cannot move it", async () => {
    const { id } = await newInitiative();
    await updateInitiative(deps, officerA, id, { version: 1, privateNotes: "Confidentiel" });
    expect((await getInitiative(deps, partnerUser, id)).ok).toBe(false);
    const [org] = await deps.db
      .insert(organisation)
      .values({ fabriqueId: fabriqueA, name: "AG2R La Mondiale", kind: "social_protection" })
      .returning();
    await deps.db.insert(contact).values({
      fabriqueId: fabriqueA,
      organisationId: org!.id,
      name: "M. Partenaire",
      userId: partnerUser.userId,
    });
    await deps.db
      .insert(initiativePartner)
      .values({ initiativeId: id, organisationId: org!.id, role: "funder" });
    const seen = await getInitiative(deps, partnerUser, id);
    expect(seen.ok && seen.value.privateNotes).toBeNull();
    expect(seen.ok && seen.value.access.level).toBe("partner");
    expect((await moveInitiative(deps, partnerUser, id, { to: "dormant" })).ok).toBe(false);
    const journal = await readInitiativeJournal(deps, partnerUser, id);
    expect(journal.ok && journal.value.some((e) => e.field === "privateNotes")).toBe(false);
    const listed = await listAllInitiatives(deps, partnerUser, {});
    expect(listed.map((i) => i.id)).toEqual([id]);
  });
});
