import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptInvitation } from "../accounts/accept-invitation";
import type { Actor } from "../core/actor";
import { carrierCandidate, organisation } from "../db/schema";
import { buildServer } from "../http/server";
import type { UpdateOwnOrganisationInput } from "../organisations/organisation-schemas";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { getCarrierOrganisation } from "./get-carrier-organisation";
import { inviteCarrier } from "./invite-carrier";
import { createPipelineWorld, createTestInitiative } from "./pipeline-fixtures";
import { updateCarrierOrganisation } from "./update-carrier-organisation";

describe("the carrier account edits its own organisation's card", () => {
  let deps: TestDeps;
  let world: Awaited<ReturnType<typeof createPipelineWorld>>;
  let adapei: { id: string };
  let solivers: { id: string };
  let regie: { id: string };
  let breton: { id: string };
  let carrier: Actor;
  let otherCarrier: Actor;

  const insertOrganisation = async (fabriqueId: string, name: string) => {
    const [row] = await deps.db
      .insert(organisation)
      .values({
        fabriqueId,
        name,
        kind: "adapted_enterprise",
        notes: "Note de l'équipe : rencontrés en mars.",
      })
      .returning({ id: organisation.id });
    return row!;
  };

  /** A retained lead carrier for a new initiative, and the account its invitation gives. */
  const carrierAccount = async (organisationId: string, email: string, name: string) => {
    const row = await createTestInitiative(deps.db, {
      fabriqueId: world.fabriqueA.id,
      stage: "carrier_search",
    });
    await deps.db.insert(carrierCandidate).values({
      initiativeId: row.id,
      kind: "existing_structure",
      name,
      organisationId,
      status: "chosen",
      lead: true,
    });
    const invited = await inviteCarrier(deps, world.officer, row.id, { email });
    if (!invited.ok) throw new Error(JSON.stringify(invited));
    const token = /\/invitation\/([\w-]+)/.exec(deps.sentMail.at(-1)?.text ?? "")![1]!;
    const accepted = await acceptInvitation(deps, token, {
      name: `Direction ${name}`,
      password: "un mot de passe solide",
      passwordConfirmation: "un mot de passe solide",
    });
    if (!accepted.ok) throw new Error(JSON.stringify(accepted));
    return world.actor(accepted.value.userId);
  };

  beforeAll(async () => {
    deps = await createTestDeps();
    world = await createPipelineWorld(deps);
    adapei = await insertOrganisation(world.fabriqueA.id, "Adapei du Doubs");
    solivers = await insertOrganisation(world.fabriqueA.id, "EA Solivers");
    regie = await insertOrganisation(world.fabriqueA.id, "Régie de quartier");
    breton = await insertOrganisation(world.fabriqueB.id, "Entreprise adaptée bretonne");
    carrier = await carrierAccount(adapei.id, "direction@adapei.test", "Adapei du Doubs");
    otherCarrier = await carrierAccount(solivers.id, "direction@solivers.test", "EA Solivers");
  });
  afterAll(async () => deps?.close());

  const stored = async (id: string) => {
    const [row] = await deps.db.select().from(organisation).where(eq(organisation.id, id));
    return row!;
  };

  it("accepting the carrier's invitation links the account to the lead carrier it was sent to", async () => {
    const [row] = await deps.db
      .select({ userId: carrierCandidate.userId })
      .from(carrierCandidate)
      .where(eq(carrierCandidate.organisationId, adapei.id));
    expect(row?.userId).toBe(carrier.userId);
  });

  it("reads and edits its data, never the Fabrique's fields (kind, notes)", async () => {
    const card = await getCarrierOrganisation(deps, carrier, adapei.id);
    expect(card).toMatchObject({ ok: true, value: { name: "Adapei du Doubs", version: 1 } });
    expect(card.ok && "notes" in card.value).toBe(false);
    const input = {
      version: 1,
      name: "Adapei du Doubs — ESAT de Pontarlier",
      legalForm: "Association loi 1901",
      esusUntil: "2029-06-30",
      phone: "03 81 00 00 00",
      notes: "Réécrit par le porteur",
      kind: "company",
    } as UpdateOwnOrganisationInput;
    expect(await updateCarrierOrganisation(deps, carrier, adapei.id, input)).toEqual({
      ok: true,
      value: { id: adapei.id, version: 2 },
    });
    expect(await stored(adapei.id)).toMatchObject({
      name: "Adapei du Doubs — ESAT de Pontarlier",
      legalForm: "Association loi 1901",
      esusUntil: "2029-06-30",
      phone: "03 81 00 00 00",
      kind: "adapted_enterprise",
      notes: "Note de l'équipe : rencontrés en mars.",
    });
  });

  it("refuses a wrong SIREN by naming the field, and a stale version with CONFLICT", async () => {
    expect(
      await updateCarrierOrganisation(deps, carrier, adapei.id, { version: 2, siren: "123 456 789" }),
    ).toMatchObject({ ok: false, error: "INVALID_INPUT", fields: { siren: expect.any(String) } });
    expect(
      await updateCarrierOrganisation(deps, carrier, adapei.id, { version: 1, phone: "1" }),
    ).toMatchObject({
      ok: false,
      error: "CONFLICT",
    });
  });

  it("another carrier's card, another card of the directory and another Fabrique's answer NOT_FOUND", async () => {
    for (const id of [solivers.id, regie.id, breton.id, "pas-un-identifiant"]) {
      expect(await getCarrierOrganisation(deps, carrier, id)).toMatchObject({ error: "NOT_FOUND" });
      expect(await updateCarrierOrganisation(deps, carrier, id, { version: 1, name: "Pris" })).toMatchObject({
        error: "NOT_FOUND",
      });
    }
    expect(
      await updateCarrierOrganisation(deps, otherCarrier, adapei.id, { version: 2, name: "Pris" }),
    ).toMatchObject({ error: "NOT_FOUND" });
    // The Fabrique's team keeps its directory through its own service; this one is the carrier's.
    expect(await getCarrierOrganisation(deps, world.officer, adapei.id)).toMatchObject({
      error: "NOT_FOUND",
    });
    expect((await stored(solivers.id)).name).toBe("EA Solivers");
    expect((await stored(regie.id)).version).toBe(1);
  });

  it("through the API: the carrier's token reads and edits its card; the Fabrique's fields and other cards are refused", async () => {
    const app = await buildServer(deps);
    const auth = { authorization: `Bearer ${await world.token(carrier.userId)}` };
    const url = `/api/v1/carrier-organisations/${adapei.id}`;
    const read = await app.inject({ method: "GET", url, headers: auth });
    expect(read.statusCode).toBe(200);
    const { version } = read.json();
    const edited = await app.inject({
      method: "PATCH",
      url,
      headers: auth,
      payload: { version, website: "www.adapei25.test" },
    });
    expect(edited.statusCode).toBe(200);
    expect((await stored(adapei.id)).website).toBe("https://www.adapei25.test");

    const notes = await app.inject({
      method: "PATCH",
      url,
      headers: auth,
      payload: { version: version + 1, notes: "Réécrit par le porteur" },
    });
    expect(notes.statusCode).toBe(400);
    expect(notes.json().fields).toHaveProperty("notes");

    for (const id of [solivers.id, regie.id, breton.id]) {
      const other = `/api/v1/carrier-organisations/${id}`;
      expect((await app.inject({ method: "GET", url: other, headers: auth })).statusCode).toBe(404);
      const patched = await app.inject({
        method: "PATCH",
        url: other,
        headers: auth,
        payload: { version: 1, name: "Pris" },
      });
      expect(patched.statusCode).toBe(404);
    }
    // The directory's own route stays the team's.
    const directory = await app.inject({
      method: "PATCH",
      url: `/api/v1/organisations/${adapei.id}`,
      headers: auth,
      payload: { version: version + 1, notes: "Réécrit par le porteur" },
    });
    expect(directory.statusCode).toBe(404);
    const otherFabrique = { authorization: `Bearer ${await world.token(world.otherOfficer.userId)}` };
    expect((await app.inject({ method: "GET", url, headers: otherFabrique })).statusCode).toBe(404);
    expect((await stored(adapei.id)).notes).toBe("Note de l'équipe : rencontrés en mars.");
    await app.close();
  });
});
