import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../core/actor";
import { initiativeEvent } from "../db/schema";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { createContact, deleteContact, updateContact } from "./contacts";
import { createOrganisation } from "./create-organisation";
import { createDirectoryWorld } from "./directory-fixtures";
import { getOrganisation } from "./get-organisation";
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

describe("the organisation directory, contacts and programmes", () => {
  let deps: TestDeps;
  let actors: Awaited<ReturnType<typeof createDirectoryWorld>>["actors"];
  let initiativeA: string;

  const list = (actor: Actor, query: Record<string, string> = {}) =>
    listOrganisations(deps, actor, listOrganisationsQuery.parse(query));
  const journal = async (id: string) =>
    (await deps.db.select().from(initiativeEvent).where(eq(initiativeEvent.initiativeId, id))).filter(
      (e) => e.kind === "partner",
    );

  beforeAll(async () => {
    deps = await createTestDeps();
    ({ actors, initiativeA } = await createDirectoryWorld(deps));
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
});
