import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import type { Actor } from "../core/actor";
import { contact, initiativeProgramme, notification, organisation, programme, task } from "../db/schema";
import { createTestInitiative, createTestPartner } from "../meetings/test-fixtures";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { commentToTask } from "./comment-to-task";
import { editComment } from "./edit-comment";
import { listThreads } from "./list-threads";
import { replyToThread, startThread } from "./post-comment";

describe("conversations on an initiative", () => {
  let deps: TestDeps;
  let officer: Actor;
  let colleague: Actor;
  let carrier: Actor;
  let partner: Actor;
  let otherOfficer: Actor;
  let initiativeId: string;
  let fabriqueA: string;

  const mentionsOf = async (userId: string) =>
    deps.db.select().from(notification).where(eq(notification.userId, userId));
  const ok = <T>(result: { ok: true; value: T } | { ok: false }) => {
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.value;
  };

  beforeAll(async () => {
    deps = await createTestDeps();
    const a = await createFabrique(deps.db, { slug: "echanges-a" });
    const b = await createFabrique(deps.db, { slug: "echanges-b" });
    fabriqueA = a.id;
    initiativeId = (await createTestInitiative(deps.db, a.id, { title: "Recyclerie solidaire" })).id;
    const person = async (fabriqueId: string, role: "officer" | "carrier", name: string, scoped = false) => {
      const u = await createUser(deps.db, { name });
      await addMembership(deps.db, {
        userId: u.id,
        fabriqueId,
        role,
        initiativeId: scoped ? initiativeId : null,
      });
      return (await loadActor(deps, u.id))!;
    };
    officer = await person(a.id, "officer", "Odile Officer");
    colleague = await person(a.id, "officer", "Claire Collègue");
    carrier = await person(a.id, "carrier", "Paul Porteur", true);
    otherOfficer = await person(b.id, "officer", "Bruno Ailleurs");
    const p = await createTestPartner(deps.db, a.id, initiativeId, "funder");
    partner = (await loadActor(deps, p.id))!;
  });
  afterAll(async () => deps?.close());

  it("a carrier and a partner do not see a team-only thread; another Fabrique does not see the project", async () => {
    const teamOnly = ok(
      await startThread(deps, officer, initiativeId, {
        visibility: "team",
        body: "Budget : on reste prudents.",
      }),
    );
    const open = ok(
      await startThread(deps, officer, initiativeId, { visibility: "partners", body: "Bienvenue à tous !" }),
    );
    const ids = async (actor: Actor) =>
      ok(await listThreads(deps, actor, initiativeId)).threads.map((th) => th.id);
    expect((await ids(officer)).sort()).toEqual([open.threadId, teamOnly.threadId].sort());
    expect(await ids(carrier)).toEqual([open.threadId]);
    expect(await ids(partner)).toEqual([open.threadId]);
    expect(await listThreads(deps, otherOfficer, initiativeId)).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
    expect(await replyToThread(deps, carrier, teamOnly.threadId, { body: "Et moi ?" })).toMatchObject({
      error: "NOT_FOUND",
    });
    expect(await replyToThread(deps, otherOfficer, open.threadId, { body: "Bonjour" })).toMatchObject({
      error: "NOT_FOUND",
    });
    const readers = ok(await listThreads(deps, carrier, initiativeId)).readers;
    expect(readers.team).toBeUndefined();
    expect(readers.partners!.map((p) => p.userId).sort()).toEqual(
      [officer.userId, colleague.userId, carrier.userId, partner.userId].sort(),
    );
    const carrierTeamThread = await startThread(deps, carrier, initiativeId, {
      visibility: "team",
      body: "Test",
    });
    expect(carrierTeamThread).toMatchObject({ error: "INVALID_INPUT" });
    ok(await replyToThread(deps, carrier, open.threadId, { body: "Merci, on commence lundi." }));
    const [thread] = ok(await listThreads(deps, partner, initiativeId)).threads;
    expect(thread!.comments.map((c) => c.authorName)).toEqual(["Odile Officer", "Paul Porteur"]);
  });

  it("a mention notifies only someone who reads the thread, in the comment's transaction", async () => {
    const refused = await startThread(deps, officer, initiativeId, {
      visibility: "team",
      body: "Paul, tu peux regarder ?",
      mentions: "Paul Porteur",
    });
    expect(refused).toMatchObject({ ok: false, error: "INVALID_INPUT" });
    if (!refused.ok) expect(refused.fields?.mentions).toContain("Paul Porteur");
    expect(await mentionsOf(carrier.userId)).toEqual([]);

    ok(
      await startThread(deps, officer, initiativeId, {
        visibility: "team",
        body: "Claire, tu relis ?",
        mentions: `@${colleague.email}`,
      }),
    );
    const told = await mentionsOf(colleague.userId);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ kind: "mention", detail: "Odile Officer vous mentionne" });

    ok(
      await startThread(deps, officer, initiativeId, {
        visibility: "partners",
        body: "Paul, la date ?",
        mentions: "paul porteur",
      }),
    );
    expect((await mentionsOf(carrier.userId)).map((n) => n.kind)).toEqual(["mention"]);
    expect(await mentionsOf(partner.userId)).toEqual([]);
  });

  it("a partner who sees the project through a programme their organisation funds can be mentioned in a thread open to partners only", async () => {
    const [org] = await deps.db
      .insert(organisation)
      .values({ fabriqueId: fabriqueA, name: "Fondation du quartier", kind: "funder" })
      .returning();
    const funderUser = await createUser(deps.db, { name: "Fanny Fondation" });
    await deps.db.insert(contact).values({
      fabriqueId: fabriqueA,
      name: "Fanny Fondation",
      organisationId: org!.id,
      userId: funderUser.id,
    });
    const [funded] = await deps.db
      .insert(programme)
      .values({ fabriqueId: fabriqueA, name: "Programme quartiers", funderOrganisationId: org!.id })
      .returning();
    await deps.db.insert(initiativeProgramme).values({ initiativeId, programmeId: funded!.id });
    const funder = (await loadActor(deps, funderUser.id))!;
    expect((await listThreads(deps, funder, initiativeId)).ok).toBe(true);
    const teamOnly = await startThread(deps, officer, initiativeId, {
      visibility: "team",
      body: "Entre nous : le budget.",
      mentions: "Fanny Fondation",
    });
    expect(teamOnly).toMatchObject({ ok: false, error: "INVALID_INPUT" });
    expect(await mentionsOf(funder.userId)).toEqual([]);
    ok(
      await startThread(deps, officer, initiativeId, {
        visibility: "partners",
        body: "Fanny, le programme couvre-t-il le local ?",
        mentions: "Fanny Fondation",
      }),
    );
    expect((await mentionsOf(funder.userId)).map((n) => n.kind)).toEqual(["mention"]);
  });

  it("an edit keeps the old text, its time and its author; only the author edits", async () => {
    const posted = ok(
      await startThread(deps, officer, initiativeId, { visibility: "partners", body: "Réunion jeudi." }),
    );
    expect(await editComment(deps, carrier, posted.commentId, { body: "Réunion vendredi." })).toMatchObject({
      error: "FORBIDDEN",
    });
    ok(await editComment(deps, officer, posted.commentId, { body: "Réunion vendredi." }));
    const thread = ok(await listThreads(deps, carrier, initiativeId)).threads.find(
      (th) => th.id === posted.threadId,
    )!;
    const [comment] = thread.comments;
    expect(comment!.body).toBe("Réunion vendredi.");
    expect(comment!.editedAt).not.toBeNull();
    expect(comment!.revisions).toMatchObject([{ body: "Réunion jeudi.", authorName: "Odile Officer" }]);
  });

  it("a comment becomes a task of the initiative once; a partner cannot turn it into one", async () => {
    const posted = ok(
      await startThread(deps, officer, initiativeId, {
        visibility: "partners",
        body: "Appeler la mairie pour le local",
      }),
    );
    expect(await commentToTask(deps, partner, posted.commentId, {})).toMatchObject({ ok: false });
    const made = ok(await commentToTask(deps, carrier, posted.commentId, { dueOn: "15/01/2027" }));
    const [row] = await deps.db.select().from(task).where(eq(task.id, made.taskId));
    expect(row).toMatchObject({
      initiativeId,
      title: "Appeler la mairie pour le local",
      dueOn: "2027-01-15",
    });
    expect(await commentToTask(deps, officer, posted.commentId, {})).toMatchObject({
      error: "INVALID_INPUT",
    });
    const thread = ok(await listThreads(deps, officer, initiativeId)).threads.find(
      (th) => th.id === posted.threadId,
    )!;
    expect(thread.comments[0]!.taskTitle).toBe("Appeler la mairie pour le local");
  });
});
