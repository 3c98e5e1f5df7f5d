import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../core/actor";
import { fixedClock } from "../core/clock";
import { invitation, membership, user } from "../db/schema";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { acceptInvitation } from "./accept-invitation";
import { createInvitation } from "./create-invitation";
import { getInvitation } from "./get-invitation";
import { listInvitations } from "./list-invitations";
import { loadActor, resolveSessionActor } from "./resolve-actor";
import { revokeInvitation } from "./revoke-invitation";
import { signIn } from "./sign-in";

function tokenFromLastMail(deps: TestDeps): string {
  const match = /\/invitation\/([\w-]+)/.exec(deps.sentMail.at(-1)?.text ?? "");
  if (!match?.[1]) throw new Error("no invitation link in the last mail");
  return match[1];
}

describe("invitations", () => {
  let deps: TestDeps;
  let fabriqueA: { id: string; name: string };
  let fabriqueB: { id: string };
  let animator: Actor;
  let adminOfA: Actor;
  let officerOfA: Actor;

  async function actorOf(id: string): Promise<Actor> {
    const actor = await loadActor(deps, id);
    if (!actor) throw new Error("actor missing");
    return actor;
  }

  beforeAll(async () => {
    deps = await createTestDeps();
    fabriqueA = await createFabrique(deps.db, { slug: "fabrique-a", name: "Fabrique des Alpes" });
    fabriqueB = await createFabrique(deps.db, { slug: "fabrique-b", name: "Fabrique de Bretagne" });
    const animatorRow = await createUser(deps.db, { name: "Alice Réseau", isNetworkAnimator: true });
    const adminRow = await createUser(deps.db, { name: "Bernard Admin" });
    await addMembership(deps.db, { userId: adminRow.id, fabriqueId: fabriqueA.id, role: "admin" });
    const officerRow = await createUser(deps.db, { name: "Chloé Chargée" });
    await addMembership(deps.db, { userId: officerRow.id, fabriqueId: fabriqueA.id, role: "officer" });
    animator = await actorOf(animatorRow.id);
    adminOfA = await actorOf(adminRow.id);
    officerOfA = await actorOf(officerRow.id);
  });
  afterAll(async () => deps.close());

  it("an officer cannot invite anyone to their Fabrique", async () => {
    const result = await createInvitation(deps, officerOfA, {
      email: "nouvelle@exemple.test",
      role: "officer",
      fabriqueId: fabriqueA.id,
    });
    expect(result).toMatchObject({ ok: false, error: "FORBIDDEN" });
  });

  it("the admin of Fabrique A does not see Fabrique B: NOT_FOUND", async () => {
    const result = await createInvitation(deps, adminOfA, {
      email: "nouvelle@exemple.test",
      role: "officer",
      fabriqueId: fabriqueB.id,
    });
    expect(result).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await listInvitations(deps, adminOfA, fabriqueB.id)).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
  });

  it("a Fabrique admin can invite a co-admin but not a network animator", async () => {
    expect(
      await createInvitation(deps, adminOfA, {
        email: "co-admin@exemple.test",
        role: "admin",
        fabriqueId: fabriqueA.id,
      }),
    ).toMatchObject({ ok: true, value: { role: "admin" } });
    expect(
      await createInvitation(deps, adminOfA, { email: "x@exemple.test", role: "network_animator" }),
    ).toMatchObject({
      ok: false,
      error: "FORBIDDEN",
    });
  });

  it("an unknown Fabrique is NOT_FOUND, a bad e-mail is explained in French", async () => {
    expect(
      await createInvitation(deps, animator, {
        email: "x@exemple.test",
        role: "officer",
        fabriqueId: "00000000-0000-4000-8000-000000000999",
      }),
    ).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(
      await createInvitation(deps, animator, {
        email: "pas une adresse",
        role: "officer",
        fabriqueId: fabriqueA.id,
      }),
    ).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
      fields: { email: expect.stringMatching(/adresse e-mail/) },
    });
    expect(
      await createInvitation(deps, animator, { email: "x@exemple.test", role: "officer" }),
    ).toMatchObject({
      ok: false,
      fields: { fabriqueId: expect.any(String) },
    });
  });

  it("the animator invites a Fabrique admin, who creates an account by accepting", async () => {
    const created = await createInvitation(deps, animator, {
      email: "Diane.Nouvelle@exemple.test",
      role: "admin",
      fabriqueId: fabriqueA.id,
    });
    expect(created).toMatchObject({
      ok: true,
      value: { email: "diane.nouvelle@exemple.test", role: "admin" },
    });
    if (!created.ok) return;
    expect(created.value.expiresAt.toISOString()).toBe("2026-12-11T09:00:00.000Z");
    const mail = deps.sentMail.at(-1)!;
    expect(mail).toMatchObject({ to: "diane.nouvelle@exemple.test", purpose: "invitation" });
    expect(mail.subject).toContain("Fabrique des Alpes");
    expect(mail.text).toContain("Alice Réseau");
    expect(mail.text).toContain("administrateur·rice de Fabrique");
    expect(mail.text).toContain("http://localhost:3000/invitation/");

    const token = tokenFromLastMail(deps);
    const view = await getInvitation(deps, token);
    expect(view).toMatchObject({
      ok: true,
      value: {
        fabriqueName: "Fabrique des Alpes",
        inviterName: "Alice Réseau",
        role: "admin",
        hasAccount: false,
      },
    });

    const mismatch = await acceptInvitation(deps, token, {
      name: "Diane Nouvelle",
      password: "mon-mot-de-passe",
      passwordConfirmation: "autre",
    });
    expect(mismatch).toMatchObject({ ok: false, error: "INVALID_INPUT" });

    const weak = await acceptInvitation(deps, token, {
      name: "Diane Nouvelle",
      password: "azertyuiop",
      passwordConfirmation: "azertyuiop",
    });
    expect(weak).toMatchObject({
      ok: false,
      fields: { password: expect.stringMatching(/rangée du clavier/) },
    });

    const accepted = await acceptInvitation(deps, token, {
      name: "Diane Nouvelle",
      password: "mon-mot-de-passe",
      passwordConfirmation: "mon-mot-de-passe",
    });
    expect(accepted.ok).toBe(true);
    if (!accepted.ok) return;
    const resolved = await resolveSessionActor(deps, accepted.value.token);
    expect(resolved?.actor).toMatchObject({
      name: "Diane Nouvelle",
      email: "diane.nouvelle@exemple.test",
      memberships: [{ fabriqueId: fabriqueA.id, role: "admin", initiativeId: null }],
    });
    expect(
      (await signIn(deps, { email: "diane.nouvelle@exemple.test", password: "mon-mot-de-passe" })).ok,
    ).toBe(true);

    // The link is used up.
    expect(await getInvitation(deps, token)).toMatchObject({ ok: false, error: "TOKEN_INVALID" });
    expect(
      await acceptInvitation(deps, token, {
        name: "Quelqu'un",
        password: "mon-mot-de-passe",
        passwordConfirmation: "mon-mot-de-passe",
      }),
    ).toMatchObject({ ok: false, error: "TOKEN_INVALID" });
  });

  it("a Fabrique admin invites someone who already has an account; they accept with their password", async () => {
    const existing = await createUser(deps.db, {
      email: "emile@exemple.test",
      name: "Émile Existant",
      password: "mot-de-passe-emile",
    });
    await addMembership(deps.db, { userId: existing.id, fabriqueId: fabriqueB.id, role: "officer" });

    const created = await createInvitation(deps, adminOfA, {
      email: "emile@exemple.test",
      role: "partner",
      fabriqueId: fabriqueA.id,
    });
    expect(created.ok).toBe(true);
    const token = tokenFromLastMail(deps);
    expect(await getInvitation(deps, token)).toMatchObject({ ok: true, value: { hasAccount: true } });

    const wrong = await acceptInvitation(deps, token, { password: "pas-le-bon" });
    expect(wrong).toMatchObject({
      ok: false,
      error: "INVALID_CREDENTIALS",
      fields: { password: expect.any(String) },
    });

    const accepted = await acceptInvitation(deps, token, { password: "mot-de-passe-emile" });
    expect(accepted).toMatchObject({ ok: true, value: { userId: existing.id } });
    const actor = await loadActor(deps, existing.id);
    expect(actor?.memberships.map((m) => [m.fabriqueId, m.role]).sort()).toEqual(
      [
        [fabriqueA.id, "partner"],
        [fabriqueB.id, "officer"],
      ].sort(),
    );
    // The name and password did not change.
    const [row] = await deps.db.select().from(user).where(eq(user.id, existing.id));
    expect(row?.name).toBe("Émile Existant");
  });

  it("the animator invites another network animator", async () => {
    const created = await createInvitation(deps, animator, {
      email: "fred@exemple.test",
      role: "network_animator",
    });
    expect(created.ok).toBe(true);
    expect(deps.sentMail.at(-1)?.subject).toContain("le réseau");
    const token = tokenFromLastMail(deps);
    const accepted = await acceptInvitation(deps, token, {
      name: "Fred Réseau",
      password: "mot-de-passe-fred",
      passwordConfirmation: "mot-de-passe-fred",
    });
    if (!accepted.ok) throw new Error(JSON.stringify(accepted));
    expect((await loadActor(deps, accepted.value.userId))?.isNetworkAnimator).toBe(true);
  });

  it("re-inviting the same address to the same Fabrique revokes the previous invitation", async () => {
    await createInvitation(deps, adminOfA, {
      email: "gilles@exemple.test",
      role: "officer",
      fabriqueId: fabriqueA.id,
    });
    const first = tokenFromLastMail(deps);
    await createInvitation(deps, adminOfA, {
      email: "GILLES@exemple.test",
      role: "partner",
      fabriqueId: fabriqueA.id,
    });
    const second = tokenFromLastMail(deps);
    expect(await getInvitation(deps, first)).toMatchObject({ ok: false, error: "TOKEN_INVALID" });
    expect(await getInvitation(deps, second)).toMatchObject({ ok: true, value: { role: "partner" } });

    const list = await listInvitations(deps, adminOfA, fabriqueA.id);
    if (!list.ok) throw new Error("list failed");
    const gilles = list.value.filter((i) => i.email === "gilles@exemple.test");
    expect(gilles.map((i) => [i.role, i.status])).toEqual([
      ["partner", "pending"],
      ["officer", "revoked"],
    ]);
  });

  it("refuses to invite someone who already has a role in that Fabrique", async () => {
    const officer = await createUser(deps.db, { email: "helene@exemple.test" });
    await addMembership(deps.db, { userId: officer.id, fabriqueId: fabriqueA.id, role: "officer" });
    const result = await createInvitation(deps, adminOfA, {
      email: "helene@exemple.test",
      role: "partner",
      fabriqueId: fabriqueA.id,
    });
    expect(result).toMatchObject({ ok: false, error: "CONFLICT", message: expect.stringMatching(/déjà/) });
  });

  it("only those who manage the team see its invitations", async () => {
    expect(await listInvitations(deps, officerOfA, fabriqueA.id)).toMatchObject({
      ok: false,
      error: "FORBIDDEN",
    });
    const asAnimator = await listInvitations(deps, animator, fabriqueA.id);
    expect(asAnimator.ok && asAnimator.value.length).toBeGreaterThan(0);
  });

  it("a revoked invitation no longer opens; an officer may not revoke", async () => {
    const created = await createInvitation(deps, adminOfA, {
      email: "irene@exemple.test",
      role: "officer",
      fabriqueId: fabriqueA.id,
    });
    if (!created.ok) throw new Error("invite failed");
    const token = tokenFromLastMail(deps);
    expect(await revokeInvitation(deps, officerOfA, created.value.id)).toMatchObject({
      ok: false,
      error: "FORBIDDEN",
    });
    const outsider = await actorOf((await createUser(deps.db, {})).id);
    expect(await revokeInvitation(deps, outsider, created.value.id)).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
    expect(await revokeInvitation(deps, adminOfA, created.value.id)).toMatchObject({ ok: true });
    expect(await revokeInvitation(deps, adminOfA, created.value.id)).toMatchObject({
      ok: false,
      error: "CONFLICT",
    });
    expect(await getInvitation(deps, token)).toMatchObject({ ok: false, error: "TOKEN_INVALID" });
    expect(
      await acceptInvitation(deps, token, {
        name: "Irène",
        password: "mot-de-passe-irene",
        passwordConfirmation: "mot-de-passe-irene",
      }),
    ).toMatchObject({ ok: false, error: "TOKEN_INVALID" });
  });

  it("an invitation expires after 14 days", async () => {
    await createInvitation(deps, adminOfA, {
      email: "jean@exemple.test",
      role: "officer",
      fabriqueId: fabriqueA.id,
    });
    const token = tokenFromLastMail(deps);
    const in13Days = { ...deps, clock: fixedClock("2026-12-10T09:00:00.000Z") };
    const in15Days = { ...deps, clock: fixedClock("2026-12-12T09:00:00.000Z") };
    expect((await getInvitation(in13Days, token)).ok).toBe(true);
    expect(await getInvitation(in15Days, token)).toMatchObject({ ok: false, error: "TOKEN_INVALID" });
    const list = await listInvitations(in15Days, adminOfA, fabriqueA.id);
    expect(list.ok && list.value.find((i) => i.email === "jean@exemple.test")?.status).toBe("expired");
  });

  it("the mail is the only place the token exists: only its hash is stored", async () => {
    await createInvitation(deps, adminOfA, {
      email: "karim@exemple.test",
      role: "officer",
      fabriqueId: fabriqueA.id,
    });
    const token = tokenFromLastMail(deps);
    const rows = await deps.db.select().from(invitation).where(eq(invitation.email, "karim@exemple.test"));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).not.toContain(token);
  });

  it("accepting gives the invited role to a membership granted in the meantime, without duplicating it", async () => {
    const lea = await createUser(deps.db, { email: "lea@exemple.test", password: "mot-de-passe-lea" });
    await createInvitation(deps, animator, {
      email: "lea@exemple.test",
      role: "admin",
      fabriqueId: fabriqueB.id,
    });
    const token = tokenFromLastMail(deps);
    await addMembership(deps.db, { userId: lea.id, fabriqueId: fabriqueB.id, role: "officer" });
    expect((await acceptInvitation(deps, token, { password: "mot-de-passe-lea" })).ok).toBe(true);
    const rows = await deps.db.select().from(membership).where(eq(membership.userId, lea.id));
    expect(rows.map((r) => r.role)).toEqual(["admin"]);
  });
});
