import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptInvitation } from "../accounts/accept-invitation";
import { loadActor } from "../accounts/resolve-actor";
import { contact, initiativeEvent, invitation, membership } from "../db/schema";
import { loadInitiativeForActor } from "../initiatives/initiative-access";
import { createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { createContact, deleteContact, getContact, linkContactAccount } from "./contacts";
import { createOrganisation } from "./create-organisation";
import { createDirectoryWorld } from "./directory-fixtures";
import { getOrganisation } from "./get-organisation";
import {
  addInitiativePartner,
  listInitiativePartners,
  removeInitiativePartner,
  updateInitiativePartnerNote,
} from "./initiative-partners";
import { invitePartner } from "./invite-partner";

describe("an initiative's partners", () => {
  let deps: TestDeps;
  let actors: Awaited<ReturnType<typeof createDirectoryWorld>>["actors"];
  let fabriqueA: string;
  let initiativeA: string;
  let partnerUserId: string;

  const actorOf = async (userId: string) => (await loadActor(deps, userId))!;
  const journal = async (id: string) =>
    (await deps.db.select().from(initiativeEvent).where(eq(initiativeEvent.initiativeId, id))).filter(
      (e) => e.kind === "partner",
    );

  beforeAll(async () => {
    deps = await createTestDeps();
    ({ actors, fabriqueA, initiativeA, partnerUserId } = await createDirectoryWorld(deps));
  });
  afterAll(async () => {
    await deps?.close();
  });

  it("partners of an initiative: added, annotated and removed by the team, each change in the journal", async () => {
    const before = (await journal(initiativeA)).length;
    const adapei = await createContact(deps, actors.officerA, { name: "Paul Martin", fabriqueId: fabriqueA });
    if (!adapei.ok) throw new Error("contact not created");
    const added = await addInitiativePartner(deps, actors.officerA, initiativeA, {
      role: "commissioner",
      newOrganisation: { name: "Métropole Rouen Normandie", kind: "local_authority" },
    });
    expect(added).toMatchObject({
      ok: true,
      value: { roleLabel: "Commanditaire", displayName: "Métropole Rouen Normandie" },
    });
    const person = await addInitiativePartner(deps, actors.officerA, initiativeA, {
      role: "steering_committee",
      contactId: adapei.value.id,
      note: "Présent à chaque copil",
    });
    if (!added.ok || !person.ok) throw new Error("partners not added");
    expect(
      await addInitiativePartner(deps, actors.officerA, initiativeA, {
        role: "steering_committee",
        contactId: adapei.value.id,
      }),
    ).toMatchObject({ ok: false, error: "CONFLICT" });
    expect(await addInitiativePartner(deps, actors.officerA, initiativeA, { role: "funder" })).toMatchObject({
      ok: false,
      fields: { organisationId: expect.any(String) },
    });
    expect(
      await updateInitiativePartnerNote(deps, actors.officerA, initiativeA, person.value.id, {
        note: "Vice-président",
      }),
    ).toMatchObject({ ok: true });
    const listed = await listInitiativePartners(deps, actors.officerA, initiativeA);
    expect(listed.ok && listed.value.map((p) => [p.role, p.displayName, p.note])).toEqual([
      ["commissioner", "Métropole Rouen Normandie", ""],
      ["steering_committee", "Paul Martin", "Vice-président"],
    ]);
    // The new organisation is now in the directory, and shows the initiative it takes part in.
    const metropole = await getOrganisation(deps, actors.officerA, added.value.organisationId!);
    expect(metropole.ok && metropole.value.initiatives).toMatchObject([
      { id: initiativeA, roles: ["commissioner"] },
    ]);
    expect(await removeInitiativePartner(deps, actors.officerA, initiativeA, added.value.id)).toMatchObject({
      ok: true,
    });
    const notes = (await journal(initiativeA)).slice(before).map((e) => e.note);
    expect(notes).toEqual([
      "Métropole Rouen Normandie ajouté·e comme commanditaire",
      "Paul Martin ajouté·e comme membre du comité de pilotage",
      "Note modifiée pour Paul Martin (membre du comité de pilotage)",
      "Métropole Rouen Normandie retiré·e (commanditaire)",
    ]);
  });

  it("a partner reads the initiative's partners without the team's notes and cannot change them", async () => {
    const card = await createContact(deps, actors.officerA, { name: "Lucie Bernard", fabriqueId: fabriqueA });
    if (!card.ok) throw new Error("contact not created");
    await deps.db.update(contact).set({ userId: partnerUserId }).where(eq(contact.id, card.value.id));
    const role = await addInitiativePartner(deps, actors.officerA, initiativeA, {
      role: "project_group",
      contactId: card.value.id,
      note: "Note de l'équipe",
    });
    if (!role.ok) throw new Error("partner not added");
    const read = await listInitiativePartners(deps, actors.partnerA, initiativeA);
    expect(read.ok).toBe(true);
    expect(read.ok && read.value.every((p) => p.note === "")).toBe(true);
    expect(await removeInitiativePartner(deps, actors.partnerA, initiativeA, role.value.id)).toMatchObject({
      ok: false,
      error: "FORBIDDEN",
    });
    expect(await listInitiativePartners(deps, actors.officerB, initiativeA)).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
    expect(
      await addInitiativePartner(deps, actors.officerB, initiativeA, {
        role: "funder",
        newOrganisation: { name: "X", kind: "funder" },
      }),
    ).toMatchObject({ ok: false, error: "NOT_FOUND" });
  });

  it("deleting a contact who held a role notes it in the initiative's journal", async () => {
    const card = await createContact(deps, actors.officerA, { name: "Jean Petit", fabriqueId: fabriqueA });
    if (!card.ok) throw new Error("contact not created");
    await addInitiativePartner(deps, actors.officerA, initiativeA, {
      role: "sensor",
      contactId: card.value.id,
    });
    await deleteContact(deps, actors.officerA, card.value.id, { confirm: "on" });
    const notes = (await journal(initiativeA)).map((e) => e.note);
    expect(notes.at(-1)).toBe("Jean Petit retiré·e (capteur)");
  });

  it("a directory entry of another Fabrique cannot be made a partner of an initiative", async () => {
    const other = await createOrganisation(deps, actors.officerB, { name: "Ailleurs", kind: "company" });
    if (!other.ok) throw new Error("not created");
    expect(
      await addInitiativePartner(deps, actors.officerA, initiativeA, {
        role: "funder",
        organisationId: other.value.id,
      }),
    ).toMatchObject({ ok: false, fields: { organisationId: expect.any(String) } });
  });

  it("the team invites a person partner to an account limited to the initiative", async () => {
    const card = await createContact(deps, actors.officerA, {
      name: "Claire Moreau",
      email: "claire.moreau@exemple.fr",
      fabriqueId: fabriqueA,
    });
    const noMail = await createContact(deps, actors.officerA, {
      name: "Sans Courriel",
      fabriqueId: fabriqueA,
    });
    if (!card.ok || !noMail.ok) throw new Error("contacts not created");
    expect(
      await invitePartner(deps, actors.officerA, initiativeA, { contactId: card.value.id }),
    ).toMatchObject({
      ok: false,
      fields: { contactId: expect.any(String) },
    });
    await addInitiativePartner(deps, actors.officerA, initiativeA, {
      role: "steering_committee",
      contactId: card.value.id,
    });
    await addInitiativePartner(deps, actors.officerA, initiativeA, {
      role: "sensor",
      contactId: noMail.value.id,
    });
    expect(
      await invitePartner(deps, actors.officerA, initiativeA, { contactId: noMail.value.id }),
    ).toMatchObject({
      ok: false,
      fields: {
        contactId: "Cette personne n'a pas d'adresse e-mail : ajoutez-la d'abord à sa fiche dans l'annuaire.",
      },
    });
    expect(
      await invitePartner(deps, actors.partnerA, initiativeA, { contactId: card.value.id }),
    ).toMatchObject({
      ok: false,
      error: "FORBIDDEN",
    });
    expect(
      await invitePartner(deps, actors.officerB, initiativeA, { contactId: card.value.id }),
    ).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
    const sentBefore = deps.sentMail.length;
    const invited = await invitePartner(deps, actors.officerA, initiativeA, { contactId: card.value.id });
    expect(invited).toMatchObject({ ok: true, value: { email: "claire.moreau@exemple.fr" } });
    const mail = deps.sentMail[sentBefore]!;
    expect(mail.to).toBe("claire.moreau@exemple.fr");
    expect(mail.subject).toContain("Conciergerie pour les seniors");
    const token = /\/invitation\/(\S+)/.exec(mail.text)?.[1];
    expect(token).toBeTruthy();
    const [row] = await deps.db
      .select()
      .from(invitation)
      .where(eq(invitation.email, "claire.moreau@exemple.fr"));
    expect(row).toMatchObject({ role: "partner", fabriqueId: fabriqueA, initiativeId: initiativeA });
    // Accepting it gives a membership scoped to this initiative.
    const accepted = await acceptInvitation(deps, token!, {
      name: "Claire Moreau",
      password: "un-mot-de-passe-solide",
      passwordConfirmation: "un-mot-de-passe-solide",
    });
    expect(accepted.ok).toBe(true);
    if (!accepted.ok) return;
    const memberships = await deps.db
      .select()
      .from(membership)
      .where(eq(membership.userId, accepted.value.userId));
    expect(memberships).toMatchObject([
      { role: "partner", fabriqueId: fabriqueA, initiativeId: initiativeA },
    ]);
    const claire = await actorOf(accepted.value.userId);
    expect((await listInitiativePartners(deps, claire, initiativeA)).ok).toBe(true);
    // Accepting links her card (same e-mail, same Fabrique) to her account: her copil role applies.
    expect(await getContact(deps, actors.officerA, card.value.id)).toMatchObject({
      ok: true,
      value: { hasAccount: true },
    });
    expect(await linkContactAccount(deps, actors.officerB, card.value.id)).toMatchObject({
      error: "NOT_FOUND",
    });
    const access = await loadInitiativeForActor(deps, claire, initiativeA);
    expect(access.ok && access.value.access).toMatchObject({ level: "partner", canSeeSteering: true });
  });

  it("a contact card is never linked to an account outside its Fabrique", async () => {
    await createUser(deps.db, { email: "ailleurs@exemple.fr" });
    const card = await createContact(deps, actors.officerA, {
      name: "Homonyme",
      email: "ailleurs@exemple.fr",
      fabriqueId: fabriqueA,
    });
    if (!card.ok) throw new Error("contact not created");
    expect(await getContact(deps, actors.officerA, card.value.id)).toMatchObject({
      value: { linkableEmail: null },
    });
    expect(await linkContactAccount(deps, actors.officerA, card.value.id)).toMatchObject({
      ok: false,
      fields: { link: expect.any(String) },
    });
  });
});
