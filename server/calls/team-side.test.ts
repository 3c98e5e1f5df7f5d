import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { fixedClock } from "../core/clock";
import { call, callApplication } from "../db/schema";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { applyToCall } from "./apply-to-call";
import { attachFile, getAttachmentFile } from "./attach-file";
import { createCallWorld, restaurantCallInput } from "./call-fixtures";
import { declareConflict } from "./declare-conflict";
import { getJuryApplication } from "./get-jury-application";
import { getTeamCall } from "./get-team-call";
import { listApplications } from "./list-applications";
import { listInitiativeCalls } from "./list-initiative-calls";
import { listJuryCalls } from "./list-jury-calls";
import { listTeamCalls } from "./list-team-calls";
import { publishCall } from "./publish-call";
import { reviewApplication } from "./review-application";
import { createCall } from "./save-call";
import { saveDeliberation } from "./save-deliberation";

const pdf = Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n");
const notFound = { ok: false, error: "NOT_FOUND" };

/**
 * The team's and the jury's side of émergence Franche-Comté's call for the Pontarlier restaurant:
 * the list of the Fabrique's calls, the applications with their files, the application a juror
 * scores, the deliberation. Each test starts where the one before stopped.
 */
describe("the team and the jury work on a call", () => {
  let deps: TestDeps;
  let world: Awaited<ReturnType<typeof createCallWorld>>;
  let callId = "";
  let draftId = "";
  let fileQuestion = "";
  const applications: Record<string, string> = {};

  beforeAll(async () => {
    deps = await createTestDeps();
    deps.clock = fixedClock("2026-12-01T09:00:00Z");
    world = await createCallWorld(deps.db);
    const input = restaurantCallInput({
      questions: [
        { label: "Votre projet pour le restaurant", kind: "text", required: true },
        { label: "Vos derniers comptes", kind: "file" },
      ],
    });
    const published = await createCall(deps, world.officer, world.initiative.id, input);
    const draft = await createCall(deps, world.officer, world.initiative.id, {
      ...input,
      title: "Appel en préparation",
    });
    if (!published.ok || !draft.ok) throw new Error("calls not created");
    callId = published.value.id;
    draftId = draft.value.id;
    await publishCall(deps, world.officer, callId);
    const [row] = await deps.db.select().from(call).where(eq(call.id, callId));
    expect(row?.status).toBe("published");
  });
  afterAll(async () => deps.close());

  async function apply(name: string, siren: string, withFile: boolean) {
    const { getPublicCall } = await import("./public-calls");
    const shown = await getPublicCall(deps, callId);
    if (!shown.ok) throw new Error("not public");
    const [text, file] = shown.value.questions;
    fileQuestion = file!.id;
    const applied = await applyToCall(deps, callId, {
      siren,
      name,
      legalForm: "association",
      postcode: "25300",
      contactName: `Contact ${name}`,
      contactEmail: `${name.toLowerCase().replace(/\W+/g, "")}@exemple.test`,
      consent: "on",
      answers: { [text!.id]: `Le projet de ${name}.` },
      submit: !withFile,
    });
    if (!applied.ok) throw new Error(JSON.stringify(applied));
    if (withFile) {
      expect((await attachFile(deps, applied.value.token, file!.id, pdf)).ok).toBe(true);
      const { updateApplication } = await import("./apply-to-call");
      const sent = await updateApplication(deps, applied.value.token, {
        siren,
        name,
        legalForm: "association",
        postcode: "25300",
        contactName: `Contact ${name}`,
        contactEmail: `${name.toLowerCase().replace(/\W+/g, "")}@exemple.test`,
        consent: "on",
        answers: { [text!.id]: `Le projet de ${name}.` },
        submit: "on",
      });
      expect(sent.ok).toBe(true);
    }
    applications[name] = applied.value.id;
  }

  it("the team lists its Fabrique's calls, drafts included, with their applications counted; nobody else does", async () => {
    await apply("EA Solivers", "775 670 417", true);
    await apply("Adapei du Doubs", "356 000 000", false);
    const listed = await listTeamCalls(deps, world.colleague, world.fabrique.slug);
    if (!listed.ok) throw new Error("not listed");
    expect(listed.value.calls.map((c) => [c.title, c.status, c.submittedCount])).toEqual(
      expect.arrayContaining([
        ["Appel en préparation", "draft", 0],
        [restaurantCallInput().title, "published", 2],
      ]),
    );
    expect(await listTeamCalls(deps, world.elsewhere, world.fabrique.slug)).toMatchObject(notFound);
    expect(await listTeamCalls(deps, world.outsider, world.fabrique.slug)).toMatchObject(notFound);
    expect(await listTeamCalls(deps, world.franceActive, world.fabrique.slug)).toMatchObject(notFound);
    expect(await listTeamCalls(deps, world.officer, "pas-une-fabrique")).toMatchObject(notFound);
    expect((await listInitiativeCalls(deps, world.officer, world.initiative.id)).ok).toBe(true);
    expect(await listInitiativeCalls(deps, world.elsewhere, world.initiative.id)).toMatchObject(notFound);
    expect(await listInitiativeCalls(deps, world.outsider, world.initiative.id)).toMatchObject(notFound);
  });

  it("a juror finds the published calls they sit on, never a draft", async () => {
    expect((await listJuryCalls(deps, world.franceActive)).map((c) => c.id)).toEqual([callId]);
    expect(await listJuryCalls(deps, world.outsider)).toEqual([]);
    expect((await listJuryCalls(deps, world.officer)).map((c) => c.id)).not.toContain(draftId);
  });

  it("the team's list of applications names each file, which downloads for this call only", async () => {
    const listed = await listApplications(deps, world.officer, callId);
    if (!listed.ok) throw new Error("not listed");
    const solivers = listed.value.applications.find((a) => a.name === "EA Solivers")!;
    expect(solivers.attachments).toEqual([
      { id: expect.any(String), filename: "piece-2.pdf", sizeBytes: pdf.length },
    ]);
    const file = await getAttachmentFile(deps, { actor: world.officer }, solivers.attachments[0]!.id);
    expect(file).toMatchObject({ ok: true, value: { callId, mediaType: "application/pdf" } });
    expect(
      await getAttachmentFile(deps, { actor: world.elsewhere }, solivers.attachments[0]!.id),
    ).toMatchObject(notFound);
  });

  it("a juror reads an application with its answers and files, and scores it only after the deadline", async () => {
    const early = await getJuryApplication(deps, world.franceActive, callId, applications["EA Solivers"]!);
    if (!early.ok) throw new Error("not shown");
    expect(early.value.answers.map((a) => [a.label, a.value])).toEqual([
      ["Votre projet pour le restaurant", "Le projet de EA Solivers."],
      ["Vos derniers comptes", null],
    ]);
    expect(early.value.attachments).toEqual([expect.objectContaining({ questionId: fileQuestion })]);
    expect(early.value.mayScore).toBe(false);
    deps.clock = fixedClock("2026-12-15T11:00:00Z");
    const later = await getJuryApplication(deps, world.franceActive, callId, applications["EA Solivers"]!);
    expect(later).toMatchObject({ ok: true, value: { mayScore: true, own: { submitted: false } } });
    expect(
      await getJuryApplication(deps, world.outsider, callId, applications["EA Solivers"]!),
    ).toMatchObject(notFound);
    expect(
      await getJuryApplication(deps, world.elsewhere, callId, applications["EA Solivers"]!),
    ).toMatchObject(notFound);
    expect(
      await getJuryApplication(deps, world.franceActive, draftId, applications["EA Solivers"]!),
    ).toMatchObject(notFound);
  });

  it("a score off the scale is refused on its criterion, even when only saved; saved scores come back to the juror", async () => {
    const later = await getJuryApplication(deps, world.franceActive, callId, applications["EA Solivers"]!);
    if (!later.ok) throw new Error("not shown");
    const [first, second] = later.value.criteria;
    const refused = await reviewApplication(deps, world.franceActive, applications["EA Solivers"]!, {
      scores: { [first!.id]: "7", [second!.id]: "4" },
      submit: false,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
      fields: { [`scores.${first!.id}`]: t(fr.calls.validation.score, { max: 5 }) },
    });
    const saved = await reviewApplication(deps, world.franceActive, applications["EA Solivers"]!, {
      scores: { [first!.id]: "4" },
      comments: { [first!.id]: "Solide." },
      submit: false,
    });
    expect(saved).toMatchObject({ ok: true, value: { submitted: false } });
    const mine = await getJuryApplication(deps, world.franceActive, callId, applications["EA Solivers"]!);
    expect(mine).toMatchObject({
      ok: true,
      value: { own: { scores: { [first!.id]: 4 }, comments: { [first!.id]: "Solide." }, submitted: false } },
    });
  });

  it("a juror who declares a conflict no longer reads that application", async () => {
    expect((await declareConflict(deps, world.colleague, applications["Adapei du Doubs"]!)).ok).toBe(true);
    expect(
      await getJuryApplication(deps, world.colleague, callId, applications["Adapei du Doubs"]!),
    ).toMatchObject(notFound);
    // The decision mails every applicant: the hidden one is counted, never named.
    const listed = await listApplications(deps, world.colleague, callId);
    expect(listed).toMatchObject({ ok: true, value: { conflictedCount: 1 } });
    expect(listed.ok && listed.value.applications.map((a) => a.name)).not.toContain("Adapei du Doubs");
    expect(await listApplications(deps, world.officer, callId)).toMatchObject({
      ok: true,
      value: { conflictedCount: 0 },
    });
  });

  it("the team counts each juror's submitted reviews", async () => {
    const later = await getJuryApplication(deps, world.officer, callId, applications["EA Solivers"]!);
    if (!later.ok) throw new Error("not shown");
    const scores = Object.fromEntries(later.value.criteria.map((c) => [c.id, "3"]));
    expect(
      await reviewApplication(deps, world.officer, applications["EA Solivers"]!, { scores, submit: true }),
    ).toMatchObject({ ok: true });
    const team = await getTeamCall(deps, world.colleague, callId);
    if (!team.ok) throw new Error("not shown");
    expect(team.value).toMatchObject({ juryTime: true, open: false });
    expect(team.value.jurors.map((j) => [j.email, j.kind, j.reviewsSubmitted])).toEqual([
      ["claire@emergence.test", "team", 1],
      ["fanny@franceactive.test", "partner", 0],
      ["karim@emergence.test", "team", 0],
    ]);
    expect(await getTeamCall(deps, world.franceActive, callId)).toMatchObject(notFound);
  });

  it("the team deliberates: a ranking, each rank once, and its notes; a member leaves alone what they are in conflict with", async () => {
    const solivers = applications["EA Solivers"]!;
    const adapei = applications["Adapei du Doubs"]!;
    const twice = await saveDeliberation(deps, world.officer, callId, {
      ranks: { [solivers]: "1", [adapei]: "1" },
    });
    expect(twice).toMatchObject({ ok: false, fields: { ranks: fr.calls.validation.rankTwice } });
    const outOfRange = await saveDeliberation(deps, world.officer, callId, { ranks: { [solivers]: "3" } });
    expect(outOfRange).toMatchObject({
      ok: false,
      fields: { [`ranks.${solivers}`]: t(fr.calls.validation.rank, { max: 2 }) },
    });
    expect(await saveDeliberation(deps, world.franceActive, callId, { notes: "x" })).toMatchObject(notFound);
    expect(await saveDeliberation(deps, world.elsewhere, callId, { notes: "x" })).toMatchObject(notFound);
    const saved = await saveDeliberation(deps, world.officer, callId, {
      ranks: { [solivers]: "1", [adapei]: "2" },
      notes: "Solivers en tête, l'Adapei en appui.",
    });
    expect(saved.ok).toBe(true);
    // Karim declared a conflict on the Adapei: his ranking leaves its rank as it was.
    expect(
      (await saveDeliberation(deps, world.colleague, callId, { ranks: { [solivers]: "1", [adapei]: "" } }))
        .ok,
    ).toBe(true);
    const rows = await deps.db
      .select({ id: callApplication.id, rank: callApplication.proposedRank })
      .from(callApplication)
      .where(eq(callApplication.callId, callId));
    expect(Object.fromEntries(rows.map((r) => [r.id, r.rank]))).toEqual({ [solivers]: 1, [adapei]: 2 });
    const team = await getTeamCall(deps, world.officer, callId);
    expect(team).toMatchObject({
      ok: true,
      value: { deliberationNotes: "Solivers en tête, l'Adapei en appui." },
    });
  });

  it("nobody deliberates before the deadline", async () => {
    deps.clock = fixedClock("2026-12-01T09:00:00Z");
    expect(await saveDeliberation(deps, world.officer, callId, { notes: "Trop tôt" })).toMatchObject({
      ok: false,
      error: "WRITE_REFUSED",
      message: fr.calls.validation.notJuryTime,
    });
  });
});
