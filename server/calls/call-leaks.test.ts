import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../core/clock";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { applyToCall, updateApplication, withdrawApplication } from "./apply-to-call";
import { attachFile, getAttachmentFile } from "./attach-file";
import { createCallWorld, restaurantCallInput } from "./call-fixtures";
import { readCallInput } from "./copy-call";
import { decideCall } from "./decide-call";
import { declareConflict } from "./declare-conflict";
import { getJuryTable } from "./get-jury-table";
import { getOwnApplication } from "./get-own-application";
import { listApplications } from "./list-applications";
import { getPublicCall, listPublicCalls } from "./public-calls";
import { publishCall } from "./publish-call";
import { reviewApplication } from "./review-application";
import { createCall, updateCall } from "./save-call";

const pdf = Buffer.from("%PDF-1.7\n");
const notFound = { ok: false, error: "NOT_FOUND" };

/** Nothing from a call leaks: each role reads only what it is entitled to, and the rest is NOT_FOUND. */
describe("who sees what of a call", () => {
  let deps: TestDeps;
  let world: Awaited<ReturnType<typeof createCallWorld>>;
  let publishedId: string;
  let draftId: string;
  let first: { id: string; token: string };
  let second: { id: string; token: string };
  let attachmentId: string;

  const apply = async (siren: string, name: string) => {
    const shown = await getPublicCall(deps, publishedId);
    if (!shown.ok) throw new Error("not public");
    const [text, , choice, file] = shown.value.questions;
    const values = {
      siren,
      name,
      legalForm: "association",
      postcode: "25300",
      contactName: name,
      contactEmail: `${siren}@exemple.test`,
      consent: true,
      answers: { [text!.id]: "Notre projet.", [choice!.id]: "Oui" },
    };
    const applied = await applyToCall(deps, publishedId, values);
    if (!applied.ok) throw new Error(JSON.stringify(applied));
    const attached = await attachFile(deps, applied.value.token, file!.id, pdf);
    if (!attached.ok) throw new Error("not attached");
    await updateApplication(deps, applied.value.token, { ...values, submit: true });
    return { ...applied.value, attachmentId: attached.value.id };
  };

  beforeAll(async () => {
    deps = await createTestDeps();
    world = await createCallWorld(deps.db);
    const published = await createCall(deps, world.officer, world.initiative.id, restaurantCallInput());
    const draft = await createCall(
      deps,
      world.officer,
      world.initiative.id,
      restaurantCallInput({ title: "Appel encore en préparation", jurorEmails: ["claire@emergence.test"] }),
    );
    if (!published.ok || !draft.ok) throw new Error("calls not created");
    publishedId = published.value.id;
    draftId = draft.value.id;
    await publishCall(deps, world.officer, publishedId);
    first = await apply("775670417", "EA Solivers");
    const made = await apply("412345670", "Adapei du Doubs");
    second = made;
    attachmentId = made.attachmentId;
    deps.clock = fixedClock("2026-12-16T09:00:00Z");
  });
  afterAll(async () => deps.close());

  it("the public reads only published calls: a draft does not exist, nor can anyone apply to it", async () => {
    expect((await listPublicCalls(deps)).map((c) => c.id)).toEqual([publishedId]);
    expect(await getPublicCall(deps, draftId)).toMatchObject(notFound);
    expect(await getPublicCall(deps, "not-a-uuid")).toMatchObject(notFound);
    expect(await applyToCall(deps, draftId, {})).toMatchObject(notFound);
  });

  it("an applicant reads only their own application, through their own link", async () => {
    const own = await getOwnApplication(deps, first.token);
    expect(own.ok && own.value.application.name).toBe("EA Solivers");
    expect(await getOwnApplication(deps, `${first.token}x`)).toMatchObject(notFound);
    expect(await getOwnApplication(deps, "cand_guess")).toMatchObject(notFound);
    expect(await getAttachmentFile(deps, { token: first.token }, attachmentId)).toMatchObject(notFound);
    expect((await getAttachmentFile(deps, { token: second.token }, attachmentId)).ok).toBe(true);
    expect(await withdrawApplication(deps, "cand_guess")).toMatchObject(notFound);
    // No account-less visitor reads the jury's work.
    expect(await getAttachmentFile(deps, { actor: null }, attachmentId)).toMatchObject(notFound);
  });

  it("a jury member reads only the calls they sit on", async () => {
    expect((await getJuryTable(deps, world.franceActive, publishedId)).ok).toBe(true);
    expect(await getJuryTable(deps, world.franceActive, draftId)).toMatchObject(notFound);
    // A juror is not the team: the applicants' contact list and the decision are the team's.
    expect(await listApplications(deps, world.franceActive, publishedId)).toMatchObject(notFound);
    expect(await decideCall(deps, world.franceActive, publishedId, {})).toMatchObject(notFound);
    expect(await readCallInput(deps, world.franceActive, publishedId)).toMatchObject(notFound);
  });

  it("a partner of the Fabrique who does not sit on the jury reads nothing of the call", async () => {
    expect(await getJuryTable(deps, world.outsider, publishedId)).toMatchObject(notFound);
    expect(await getAttachmentFile(deps, { actor: world.outsider }, attachmentId)).toMatchObject(notFound);
    expect(await declareConflict(deps, world.outsider, second.id)).toMatchObject(notFound);
    expect(await reviewApplication(deps, world.outsider, second.id, { scores: {} })).toMatchObject(notFound);
  });

  it("another Fabrique's team gets NOT_FOUND for everything", async () => {
    const other = world.elsewhere;
    expect(await getJuryTable(deps, other, publishedId)).toMatchObject(notFound);
    expect(await listApplications(deps, other, publishedId)).toMatchObject(notFound);
    expect(await publishCall(deps, other, draftId)).toMatchObject(notFound);
    expect(await updateCall(deps, other, draftId, restaurantCallInput())).toMatchObject(notFound);
    expect(await decideCall(deps, other, publishedId, {})).toMatchObject(notFound);
    expect(await getAttachmentFile(deps, { actor: other }, attachmentId)).toMatchObject(notFound);
    expect(await declareConflict(deps, other, second.id)).toMatchObject(notFound);
    expect(await reviewApplication(deps, other, second.id, { scores: {} })).toMatchObject(notFound);
    expect(await createCall(deps, other, world.initiative.id, restaurantCallInput())).toMatchObject(notFound);
  });

  it("the team lists the submitted applications, without those a member declared a conflict on", async () => {
    const listed = await listApplications(deps, world.colleague, publishedId);
    expect(listed.ok && listed.value.applications.map((a) => a.name)).toEqual([
      "Adapei du Doubs",
      "EA Solivers",
    ]);
    await declareConflict(deps, world.colleague, second.id);
    const after = await listApplications(deps, world.colleague, publishedId);
    expect(after.ok && after.value.applications.map((a) => a.name)).toEqual(["EA Solivers"]);
    expect(await getAttachmentFile(deps, { actor: world.colleague }, attachmentId)).toMatchObject(notFound);
  });
});
