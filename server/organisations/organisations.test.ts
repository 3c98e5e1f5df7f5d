import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptInvitation } from "../accounts/accept-invitation";
import { loadActor } from "../accounts/resolve-actor";
import type { Actor } from "../core/actor";
import { contact, initiative, initiativeEvent, invitation, membership } from "../db/schema";
import { loadInitiativeForActor } from "../initiatives/initiative-access";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { createContact, deleteContact, getContact, linkContactAccount, updateContact } from "./contacts";
import { createOrganisation } from "./create-organisation";
import { getOrganisation } from "./get-organisation";
import {
  addInitiativePartner,
  listInitiativePartners,
  removeInitiativePartner,
  updateInitiativePartnerNote,
} from "./initiative-partners";
import { invitePartner } from "./invite-partner";
import { listOrganisations } from "./list-organisations";
import { listOrganisationsQuery } from "./organisation-schemas";
import {
  attachProgramme,
  createProgramme,
  detachProgramme,
  getProgramme,
  listInitiativeProgrammes,
  listProgrammes,
} from "./programmes";
import { updateOrganisation } from "./update-organisation";

describe("the organisation directory and initiative partners", () => {
  let deps: TestDeps;
  const actors = {} as Record<"officerA" | "officerB" | "animator" | "partnerA" | "stranger", Actor>;
  let fabriqueA: string;
  let initiativeA: string;
  let partnerUserId: string;

  const actorOf = async (userId: string) => (await loadActor(deps, userId))!;
  const list = (actor: Actor, query: Record<string, string> = {}) =>
    listOrganisations(deps, actor, listOrganisationsQuery.parse(query));
  const journal = async (id: string) =>
    (await deps.db.select().from(initiativeEvent).where(eq(initiativeEvent.initiativeId, id))).filter(
      (e) => e.kind === "partner",
    );

  beforeAll(async () => {
    deps = await createTestDeps();
    const a = await createFabrique(deps.db, { slug: "dir-a", name: "Fabrique A" });
    const b = await createFabrique(deps.db, { slug: "dir-b", name: "Fabrique B" });
    fabriqueA = a.id;
    const officerA = await createUser(deps.db);
    const officerB = await createUser(deps.db);
    const animator = await createUser(deps.db, { isNetworkAnimator: true });
    const partner = await createUser(deps.db);
    const stranger = await createUser(deps.db);
    partnerUserId = partner.id;
    await addMembership(deps.db, { userId: officerA.id, fabriqueId: a.id, role: "officer" });
    await addMembership(deps.db, { userId: officerB.id, fabriqueId: b.id, role: "officer" });
    await addMembership(deps.db, { userId: partner.id, fabriqueId: a.id, role: "partner" });
    const [row] = await deps.db
      .insert(initiative)
      .values({
        fabriqueId: a.id,
        reference: "DIR-P-2026-001",
        title: "Conciergerie pour les seniors",
        territoryKind: "commune",
        territoryCode: "76540",
        entryPoint: "need",
      })
      .returning();
    initiativeA = row!.id;
    actors.officerA = await actorOf(officerA.id);
    actors.officerB = await actorOf(officerB.id);
    actors.animator = await actorOf(animator.id);
    actors.partnerA = await actorOf(partner.id);
    actors.stranger = await actorOf(stranger.id);
  });
  afterAll(async () => {
    await deps?.close();
  });

  it("the team adds an organisation, SIREN and SIRET typed with spaces and stored as digits", async () => {
    const created = await createOrganisation(deps, actors.officerA, {
      name: "Google France",
      kind: "company",
      siret: "443 061 841 00047",
      territory: { kind: "commune", code: "76540" },
      website: "www.google.fr",
    });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const details = await getOrganisation(deps, actors.officerA, created.value.id);
    expect(details.ok && details.value).toMatchObject({
      siren: "443061841",
      siret: "44306184100047",
      territoryName: "Rouen",
      website: "https://www.google.fr",
      canEdit: true,
    });
  });

  it("a wrong SIREN or SIRET is refused with a French message on its field", async () => {
    const result = await createOrganisation(deps, actors.officerA, {
      name: "Erreurs",
      kind: "association",
      siren: "44306184",
      siret: "443 061 841 00048",
    });
    expect(result).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
      fields: {
        siren: "Le SIREN doit comporter 9 chiffres.",
        siret: "Le SIRET n'est pas valide (clé de contrôle).",
      },
    });
    const checksum = await createOrganisation(deps, actors.officerA, {
      name: "Erreurs",
      kind: "association",
      siren: "443 061 842",
    });
    expect(checksum).toMatchObject({ fields: { siren: "Le SIREN n'est pas valide (clé de contrôle)." } });
    const mismatch = await createOrganisation(deps, actors.officerA, {
      name: "Erreurs",
      kind: "company",
      siren: "552032534",
      siret: "44306184100047",
    });
    expect(mismatch).toMatchObject({ fields: { siret: "Le SIRET doit commencer par le SIREN indiqué." } });
  });

  it("another Fabrique's organisation does not exist for an officer; the network animator reads it only", async () => {
    const created = await createOrganisation(deps, actors.officerA, {
      name: "Adapei 76",
      kind: "association",
    });
    if (!created.ok) throw new Error("not created");
    const id = created.value.id;
    expect(await getOrganisation(deps, actors.officerB, id)).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await updateOrganisation(deps, actors.officerB, id, { version: 1, name: "Volée" })).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
    expect(await getOrganisation(deps, actors.partnerA, id)).toMatchObject({ ok: false, error: "NOT_FOUND" });
    const listB = await list(actors.officerB);
    expect(listB.ok && listB.value.items.map((i) => i.name)).not.toContain("Adapei 76");
    const read = await getOrganisation(deps, actors.animator, id);
    expect(read.ok && read.value.canEdit).toBe(false);
    expect(await updateOrganisation(deps, actors.animator, id, { version: 1, name: "Non" })).toMatchObject({
      ok: false,
      error: "FORBIDDEN",
    });
    expect(await list(actors.stranger)).toMatchObject({ ok: false, error: "NOT_FOUND" });
  });

  it("two people editing the same organisation: the second save is refused with a conflict", async () => {
    const created = await createOrganisation(deps, actors.officerA, {
      name: "Mairie de Rouen",
      kind: "local_authority",
    });
    if (!created.ok) throw new Error("not created");
    const first = await updateOrganisation(deps, actors.officerA, created.value.id, {
      version: 1,
      legalForm: "Commune",
    });
    expect(first).toMatchObject({ ok: true, value: { version: 2 } });
    const second = await updateOrganisation(deps, actors.officerA, created.value.id, {
      version: 1,
      notes: "Rencontre prévue",
    });
    expect(second).toMatchObject({ ok: false, error: "CONFLICT", details: { currentVersion: 2 } });
  });

  it("searches names without accents, filters by agrément and pages the results", async () => {
    await createOrganisation(deps, actors.officerA, {
      name: "Café solidaire",
      kind: "siae",
      siaeKind: "aci",
      esusUntil: "2027-06-30",
    });
    await createOrganisation(deps, actors.officerA, {
      name: "Atelier vélo",
      kind: "association",
      esusUntil: "25/11/2026",
      adaptedEnterprise: "on",
    });
    // Google France acts in Rouen (76540), inside the Métropole Rouen Normandie (EPCI 200023414).
    const inEpci = await list(actors.officerA, { territory: "epci:200023414" });
    expect(inEpci.ok && inEpci.value.items.map((i) => i.name)).toEqual(["Google France"]);
    const bySiren = await list(actors.officerA, { q: "443 061 841" });
    expect(bySiren.ok && bySiren.value.items.map((i) => i.name)).toEqual(["Google France"]);
    const found = await list(actors.officerA, { q: "cafe" });
    expect(found.ok && found.value.items.map((i) => i.name)).toEqual(["Café solidaire"]);
    const valid = await list(actors.officerA, { agrement: "esus" });
    expect(valid.ok && valid.value.items.map((i) => i.name)).toEqual(["Café solidaire"]);
    const expired = await list(actors.officerA, { agrement: "esus_expired" });
    expect(expired.ok && expired.value.items).toMatchObject([{ name: "Atelier vélo", esusExpired: true }]);
    const aci = await list(actors.officerA, { siaeKind: "aci" });
    expect(aci.ok && aci.value.items.map((i) => i.name)).toEqual(["Café solidaire"]);
    const adapted = await list(actors.officerA, { agrement: "adapted" });
    expect(adapted.ok && adapted.value.items.map((i) => i.name)).toEqual(["Atelier vélo"]);
    const paged = await list(actors.officerA, { perPage: "2", page: "2" });
    expect(paged.ok && paged.value).toMatchObject({ page: 2, total: 5, pages: 3 });
    expect(paged.ok && paged.value.items).toHaveLength(2);
  });

  it("contacts: the team adds, edits and deletes one only once it is confirmed", async () => {
    const org = await createOrganisation(deps, actors.officerA, {
      name: "CCAS de Rouen",
      kind: "local_authority",
    });
    if (!org.ok) throw new Error("not created");
    const created = await createContact(deps, actors.officerA, {
      organisationId: org.value.id,
      name: "Marie Durand",
      jobTitle: "Directrice",
      email: "marie.durand@exemple.fr",
    });
    if (!created.ok) throw new Error("contact not created");
    expect(
      await createContact(deps, actors.officerB, { organisationId: org.value.id, name: "Intrus" }),
    ).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(
      await updateContact(deps, actors.officerA, created.value.id, { name: "M", email: "pas-un-courriel" }),
    ).toMatchObject({
      ok: false,
      fields: { name: expect.any(String), email: "Indiquez une adresse e-mail valide." },
    });
    const details = await getOrganisation(deps, actors.officerA, org.value.id);
    expect(details.ok && details.value.contacts).toMatchObject([
      { name: "Marie Durand", jobTitle: "Directrice" },
    ]);
    expect(await deleteContact(deps, actors.officerA, created.value.id, {})).toMatchObject({
      ok: false,
      fields: { confirm: expect.any(String) },
    });
    expect(await deleteContact(deps, actors.officerA, created.value.id, { confirm: "on" })).toMatchObject({
      ok: true,
    });
    const after = await getOrganisation(deps, actors.officerA, org.value.id);
    expect(after.ok && after.value.contacts).toEqual([]);
  });

  it("programmes: amounts in euros are kept in cents, and attaching an initiative is journaled", async () => {
    const funder = await createOrganisation(deps, actors.officerA, {
      name: "Fondation de France",
      kind: "funder",
    });
    if (!funder.ok) throw new Error("not created");
    const bad = await createProgramme(deps, actors.officerA, {
      name: "Contrat de ville",
      amount: "douze",
      startsOn: "2027-01-01",
      endsOn: "2026-01-01",
    });
    expect(bad).toMatchObject({
      ok: false,
      fields: { amount: expect.any(String), endsOn: expect.any(String) },
    });
    const created = await createProgramme(deps, actors.officerA, {
      name: "Bien vieillir 2026",
      funderOrganisationId: funder.value.id,
      amount: "25 000,50",
      startsOn: "01/01/2026",
      endsOn: "31/12/2027",
    });
    if (!created.ok) throw new Error("programme not created");
    expect(await getProgramme(deps, actors.officerB, created.value.id)).toMatchObject({ error: "NOT_FOUND" });
    expect(
      await attachProgramme(deps, actors.officerA, {
        initiativeId: initiativeA,
        programmeId: created.value.id,
      }),
    ).toMatchObject({ ok: true });
    expect(
      await attachProgramme(deps, actors.officerA, {
        initiativeId: initiativeA,
        programmeId: created.value.id,
      }),
    ).toMatchObject({ ok: false, error: "CONFLICT" });
    const details = await getProgramme(deps, actors.officerA, created.value.id);
    expect(details.ok && details.value).toMatchObject({
      amountCents: 2_500_050,
      startsOn: "2026-01-01",
      funderName: "Fondation de France",
      initiatives: [{ id: initiativeA }],
    });
    const covering = await listInitiativeProgrammes(deps, actors.officerA, initiativeA);
    expect(covering.ok && covering.value.map((p) => p.name)).toEqual(["Bien vieillir 2026"]);
    const listed = await listProgrammes(deps, actors.officerB);
    expect(listed.ok && listed.value).toEqual([]);
    expect(
      await detachProgramme(deps, actors.officerA, {
        initiativeId: initiativeA,
        programmeId: created.value.id,
      }),
    ).toMatchObject({ ok: true });
    const notes = (await journal(initiativeA)).map((e) => e.note);
    expect(notes).toContain("Rattaché au programme Bien vieillir 2026");
    expect(notes).toContain("Détaché du programme Bien vieillir 2026");
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
