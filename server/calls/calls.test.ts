import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fr } from "../../shared/i18n/fr";
import { fixedClock } from "../core/clock";
import { callApplication, carrierCandidate, decision, initiative, organisation } from "../db/schema";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { applyToCall, updateApplication, withdrawApplication } from "./apply-to-call";
import { attachFile, getAttachmentFile } from "./attach-file";
import { createCallWorld, restaurantCallInput } from "./call-fixtures";
import { copyCall } from "./copy-call";
import { decideCall } from "./decide-call";
import { declareConflict } from "./declare-conflict";
import { getJuryTable } from "./get-jury-table";
import { getPublicCall, listPublicCalls } from "./public-calls";
import { publishCall } from "./publish-call";
import { reviewApplication } from "./review-application";
import { createCall } from "./save-call";

const pdf = Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n");

/**
 * One call's life, as émergence Franche-Comté would run it for the Pontarlier restaurant: opened
 * and published by the team, three structures apply, the jury declares its conflicts and scores,
 * the team reads the table and the copil decides. Each test starts where the one before stopped.
 */
describe("a call for carriers with a jury", () => {
  let deps: TestDeps;
  let world: Awaited<ReturnType<typeof createCallWorld>>;
  let callId: string;
  const applicants: Record<string, { id: string; token: string }> = {};
  let questions: { id: string; kind: string }[];

  beforeAll(async () => {
    deps = await createTestDeps();
    world = await createCallWorld(deps.db);
  });
  afterAll(async () => deps.close());

  it("opens only on an initiative looking for its carrier, and only for its own team", async () => {
    await deps.db
      .update(initiative)
      .set({ stage: "opportunity_study" })
      .where(eq(initiative.id, world.initiative.id));
    const early = await createCall(deps, world.officer, world.initiative.id, restaurantCallInput());
    expect(early).toMatchObject({ ok: false, error: "WRITE_REFUSED", message: fr.calls.validation.stage });
    await deps.db
      .update(initiative)
      .set({ stage: "carrier_search" })
      .where(eq(initiative.id, world.initiative.id));
    expect(await createCall(deps, world.elsewhere, world.initiative.id, restaurantCallInput())).toMatchObject(
      {
        ok: false,
        error: "NOT_FOUND",
      },
    );
    const unknownJuror = await createCall(
      deps,
      world.officer,
      world.initiative.id,
      restaurantCallInput({ jurorEmails: ["nobody@nowhere.test"] }),
    );
    expect(unknownJuror.ok || unknownJuror.fields?.jurorEmails).toContain("nobody@nowhere.test");
    const created = await createCall(deps, world.officer, world.initiative.id, restaurantCallInput());
    expect(created.ok).toBe(true);
    callId = created.ok ? created.value.id : "";
  });

  it("stays off the public pages until published, then lists there with its form", async () => {
    expect((await getPublicCall(deps, callId)).ok).toBe(false);
    expect(await listPublicCalls(deps, { fabriqueId: world.fabrique.id })).toEqual([]);
    expect(await publishCall(deps, world.officer, callId)).toMatchObject({ ok: true });
    const shown = await getPublicCall(deps, callId);
    if (!shown.ok) throw new Error("call not public");
    expect(shown.value).toMatchObject({ open: true, fabriqueName: "émergence Franche-Comté" });
    // 12:00 in Paris on 15 December is 11:00 UTC (winter time).
    expect(shown.value.deadlineAt.toISOString()).toBe("2026-12-15T11:00:00.000Z");
    questions = shown.value.questions;
    expect((await listPublicCalls(deps)).map((c) => c.id)).toEqual([callId]);
    expect(
      (await listPublicCalls(deps, { fabriqueSlug: shown.value.fabriqueSlug })).map((c) => c.id),
    ).toEqual([callId]);
    expect(await listPublicCalls(deps, { fabriqueSlug: "une-autre-fabrique" })).toEqual([]);
  });

  const answersFor = (project: string) => ({
    [questions[0]!.id]: project,
    [questions[1]!.id]: "4",
    [questions[2]!.id]: "Oui",
  });

  it("a structure applies: SIREN checked, eligibility named, a receipt with a private link, the draft kept", async () => {
    const refused = await applyToCall(deps, callId, {
      siren: "775 670 418",
      name: "Entreprise hors ESS",
      legalForm: "company",
      postcode: "75011",
      contactName: "X",
      contactEmail: "x@exemple.test",
    });
    expect(refused).toMatchObject({ ok: false, error: "INVALID_INPUT" });
    expect(refused.ok ? {} : refused.fields).toMatchObject({
      siren: fr.calls.validation.sirenChecksum,
      legalForm: fr.calls.validation.legalForm,
      postcode: fr.calls.validation.postcodeOutside,
      contactName: expect.any(String),
      consent: fr.calls.validation.consent,
    });
    const solivers = await applyToCall(deps, callId, {
      siren: "775 670 417",
      name: "EA Solivers",
      legalForm: "association",
      agrements: ["esus", "adapted_enterprise"],
      postcode: "25300",
      contactName: "Sophie Solivers",
      contactEmail: "sophie@solivers.test",
      consent: "on",
      answers: answersFor("Une cuisine de produits locaux."),
    });
    if (!solivers.ok) throw new Error(JSON.stringify(solivers));
    applicants.solivers = solivers.value;
    const receipt = deps.sentMail.at(-1)!;
    expect(receipt.to).toBe("sophie@solivers.test");
    expect(receipt.text).toContain(`/candidature/${solivers.value.token}`);
    const [stored] = await deps.db
      .select()
      .from(callApplication)
      .where(eq(callApplication.id, solivers.value.id));
    expect(stored).toMatchObject({ status: "draft", siren: "775670417" });
    expect(stored!.tokenHash).not.toContain(solivers.value.token.slice(5));
  });

  it("the applicant completes through the link: a required file before submitting, only PDF or images, named by the Fabrique", async () => {
    const { token } = applicants.solivers!;
    const base = {
      siren: "775670417",
      name: "EA Solivers",
      legalForm: "association",
      agrements: ["esus", "adapted_enterprise"],
      postcode: "25300",
      contactName: "Sophie Solivers",
      contactEmail: "sophie@solivers.test",
      consent: "on",
      keepForOtherCalls: "on",
      answers: answersFor("Une cuisine de produits locaux, 6 postes."),
    };
    const early = await updateApplication(deps, token, { ...base, submit: "on" });
    expect(early.ok ? {} : early.fields).toEqual({
      [`answers.${questions[3]!.id}`]: fr.calls.validation.fileMissing,
    });
    const html = await attachFile(
      deps,
      token,
      questions[3]!.id,
      Buffer.from("<html><script>alert(1)</script>"),
    );
    expect(html).toMatchObject({ ok: false, error: "INVALID_INPUT" });
    const attached = await attachFile(deps, token, questions[3]!.id, pdf);
    if (!attached.ok) throw new Error("not attached");
    const file = await getAttachmentFile(deps, { token }, attached.value.id);
    expect(file.ok && file.value.filename).toBe("piece-4.pdf");
    expect(await updateApplication(deps, token, { ...base, submit: "on" })).toMatchObject({ ok: true });
    expect(deps.sentMail.at(-1)!.text).toContain("déposée");
  });

  it("two more structures apply; one withdraws before the deadline and cannot come back", async () => {
    for (const [key, siren, name, email] of [
      ["adapei", "412345670", "Adapei du Doubs", "direction@adapei25.test"],
      ["regie", "382123453", "Régie de quartier de Pontarlier", "contact@regie.test"],
      ["late", "500123450", "Association qui se retire", "retrait@exemple.test"],
    ] as const) {
      const applied = await applyToCall(deps, callId, {
        siren,
        name,
        legalForm: "association",
        postcode: "25300",
        contactName: name,
        contactEmail: email,
        consent: true,
        answers: answersFor(`Le projet de ${name}.`),
      });
      if (!applied.ok) throw new Error(JSON.stringify(applied));
      applicants[key] = applied.value;
      await attachFile(deps, applied.value.token, questions[3]!.id, pdf);
      const submitted = await updateApplication(deps, applied.value.token, {
        siren,
        name,
        legalForm: "association",
        postcode: "25300",
        contactName: name,
        contactEmail: email,
        consent: true,
        answers: answersFor(`Le projet de ${name}.`),
        submit: true,
      });
      expect(submitted.ok).toBe(true);
    }
    expect(await withdrawApplication(deps, applicants.late!.token)).toMatchObject({ ok: true });
    expect(await withdrawApplication(deps, applicants.late!.token)).toMatchObject({
      ok: false,
      error: "WRITE_REFUSED",
    });
  });

  it("nobody scores before the deadline; after it the applicant can no longer change anything", async () => {
    const early = await reviewApplication(deps, world.officer, applicants.solivers!.id, {
      scores: {},
      submit: false,
    });
    expect(early).toMatchObject({ ok: false, error: "WRITE_REFUSED" });
    deps.clock = fixedClock("2026-12-15T11:00:00Z");
    const late = await updateApplication(deps, applicants.regie!.token, { name: "Trop tard" });
    expect(late).toMatchObject({ ok: false, error: "WRITE_REFUSED", message: fr.calls.validation.closed });
    expect((await getPublicCall(deps, callId)).ok && (await listPublicCalls(deps))[0]!.open).toBe(false);
  });

  it("a juror with a conflict neither sees nor scores that application", async () => {
    expect(
      await declareConflict(deps, world.colleague, applicants.adapei!.id, "Je siège à son conseil."),
    ).toMatchObject({ ok: true });
    const table = await getJuryTable(deps, world.colleague, callId);
    expect(table.ok && table.value.rows.map((r) => r.name)).toEqual([
      "EA Solivers",
      "Régie de quartier de Pontarlier",
    ]);
    expect(
      await reviewApplication(deps, world.colleague, applicants.adapei!.id, { scores: {}, submit: false }),
    ).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
    const [attachment] = await deps.db.query.callAttachment.findMany({
      where: (a, { eq: is }) => is(a.applicationId, applicants.adapei!.id),
    });
    expect((await getAttachmentFile(deps, { actor: world.colleague }, attachment!.id)).ok).toBe(false);
    expect((await getAttachmentFile(deps, { actor: world.franceActive }, attachment!.id)).ok).toBe(true);
  });

  it("a juror sees the others' scores only once their own review is submitted", async () => {
    const table = await getJuryTable(deps, world.franceActive, callId);
    if (!table.ok) throw new Error("no table");
    const [solid, local] = table.value.criteria.map((c) => c.id) as [string, string];
    const score = (actor: typeof world.officer, id: string, a: number, b: number, submit = true) =>
      reviewApplication(deps, actor, id, {
        scores: { [solid]: a, [local]: b },
        comments: { [solid]: "Solide." },
        submit,
      });
    expect(await score(world.franceActive, applicants.solivers!.id, 9, 5)).toMatchObject({
      ok: false,
      fields: { [`scores.${solid}`]: "Donnez une note entière entre 0 et 5." },
    });
    await score(world.officer, applicants.solivers!.id, 5, 4);
    await score(world.colleague, applicants.solivers!.id, 4, 5);
    await score(world.officer, applicants.adapei!.id, 4, 4);
    await score(world.officer, applicants.regie!.id, 2, 5);
    await score(world.franceActive, applicants.solivers!.id, 5, 5, false);
    const before = await getJuryTable(deps, world.franceActive, callId);
    const soliversRow = before.ok ? before.value.rows.find((r) => r.name === "EA Solivers") : undefined;
    expect(soliversRow).toMatchObject({ figuresVisible: false, mean: null, reviewCount: 0 });
    await score(world.franceActive, applicants.solivers!.id, 5, 5);
    const after = await getJuryTable(deps, world.franceActive, callId);
    const row = after.ok ? after.value.rows.find((r) => r.name === "EA Solivers") : undefined;
    // Marks: (3×5/5 + 4/5)/4 = 95, (3×4/5 + 1)/4 = 85, 100 → mean 93.3, spread 15.
    expect(row).toMatchObject({
      figuresVisible: true,
      reviewCount: 3,
      mean: 93.3,
      spread: 15,
      perCriterion: [4.7, 4.7],
    });
  });

  it("the copil decides: Solivers leads, Adapei co-carries, both become carriers in the directory, all are told", async () => {
    const mailsBefore = deps.sentMail.length;
    const decided = await decideCall(deps, world.officer, callId, {
      leadApplicationId: applicants.solivers!.id,
      coCarrierApplicationIds: [applicants.adapei!.id],
      rationale: "Le jury place EA Solivers en tête ; l'Adapei apporte l'accompagnement médico-social.",
      decidedOn: "2026-12-18",
      message: "Merci à toutes les structures pour la qualité de leurs dossiers.",
    });
    if (!decided.ok) throw new Error(JSON.stringify(decided));
    const carriers = await deps.db
      .select({
        name: carrierCandidate.name,
        lead: carrierCandidate.lead,
        status: carrierCandidate.status,
        organisationId: carrierCandidate.organisationId,
      })
      .from(carrierCandidate)
      .where(eq(carrierCandidate.initiativeId, world.initiative.id));
    expect(
      carriers.map(({ organisationId: _o, ...c }) => c).sort((a, b) => a.name.localeCompare(b.name)),
    ).toEqual([
      { name: "Adapei du Doubs", lead: false, status: "chosen" },
      { name: "EA Solivers", lead: true, status: "chosen" },
    ]);
    const cards = await deps.db
      .select({ name: organisation.name, kind: organisation.kind })
      .from(organisation)
      .where(eq(organisation.fabriqueId, world.fabrique.id));
    // The Régie is declined without consent to be kept: it is not added to the directory.
    expect(cards.map((c) => c.name).sort()).toEqual(["Adapei du Doubs", "EA Solivers"]);
    const [recorded] = await deps.db
      .select()
      .from(decision)
      .where(and(eq(decision.initiativeId, world.initiative.id), eq(decision.id, decided.value.decisionId)));
    expect(recorded).toMatchObject({ kind: "go", stage: "carrier_search", decidedOn: "2026-12-18" });
    const told = deps.sentMail.slice(mailsBefore);
    expect(told.map((m) => m.to).sort()).toEqual([
      "contact@regie.test",
      "direction@adapei25.test",
      "sophie@solivers.test",
    ]);
    expect(told.find((m) => m.to === "contact@regie.test")!.text).toContain("non retenue");
    expect(told.every((m) => m.text.includes("Merci à toutes les structures"))).toBe(true);
    expect(await decideCall(deps, world.officer, callId, {})).toMatchObject({
      ok: false,
      error: "WRITE_REFUSED",
    });
  });

  it("a decided call serves as the template of the Fabrique's next call", async () => {
    const next = await createTestInitiativeAtCarrierSearch();
    const copied = await copyCall(deps, world.officer, callId, next, {
      deadlineDate: "2027-03-01",
      deadlineTime: "12:00",
    });
    expect(copied.ok).toBe(true);
    expect(
      await copyCall(deps, world.elsewhere, callId, next, {
        deadlineDate: "2027-03-01",
        deadlineTime: "12:00",
      }),
    ).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
  });

  async function createTestInitiativeAtCarrierSearch() {
    const { createTestInitiative } = await import("../carriers/pipeline-fixtures");
    return (await createTestInitiative(deps.db, { fabriqueId: world.fabrique.id, stage: "carrier_search" }))
      .id;
  }
});
