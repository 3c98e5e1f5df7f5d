import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import type { Actor } from "../core/actor";
import { signal } from "../db/schema";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { changeSignalStatus } from "./change-signal-status";
import { createPublicSignal } from "./create-public-signal";
import { createSignal } from "./create-signal";
import { getSignal } from "./get-signal";
import { listSignals } from "./list-signals";
import type { PublicSignalInput } from "./signal-schemas";
import { updateSignal } from "./update-signal";

const rouenNeed = (overrides: Partial<PublicSignalInput> = {}): PublicSignalInput => ({
  fabrique: "adr",
  kind: "need",
  title: "Plus de services de proximité pour les aînés",
  description:
    "Dans le quartier des Hauts de Rouen, les personnes âgées n'ont plus de commerce ni d'aide à domicile.",
  territory: { kind: "commune", code: "76540" },
  themes: ["bien-vieillir"],
  submitter: { name: "Claire Martin", email: "claire@exemple.fr", type: "resident" },
  consent: true,
  ...overrides,
});

const listQuery = { page: 1, perPage: 50 };
/** Each test's residents come from their own address unless the test is about addresses. */
const anyResident = { clientKey: "signals-test-resident" };

describe("signals", () => {
  let deps: TestDeps;
  let officerA: Actor;
  let officerB: Actor;
  let partnerA: Actor;
  let otherPartnerA: Actor;

  beforeAll(async () => {
    deps = await createTestDeps();
    const a = await createFabrique(deps.db, { slug: "adr", name: "ADRESS test" });
    const b = await createFabrique(deps.db, { slug: "emr", name: "émergence test" });
    await createFabrique(deps.db, { slug: "gone", name: "Retirée", status: "withdrawn" });
    const users = await Promise.all([1, 2, 3, 4].map(() => createUser(deps.db)));
    await addMembership(deps.db, { userId: users[0]!.id, fabriqueId: a.id, role: "officer" });
    await addMembership(deps.db, { userId: users[1]!.id, fabriqueId: b.id, role: "officer" });
    await addMembership(deps.db, { userId: users[2]!.id, fabriqueId: a.id, role: "partner" });
    await addMembership(deps.db, { userId: users[3]!.id, fabriqueId: a.id, role: "partner" });
    const actors = (await Promise.all(users.map((u) => loadActor(deps, u.id)))) as Actor[];
    officerA = actors[0]!;
    officerB = actors[1]!;
    partnerA = actors[2]!;
    otherPartnerA = actors[3]!;
  });
  afterAll(async () => deps?.close());

  describe("public submission", () => {
    it("a resident's need for Rouen is stored as new, with a reference and a first journal line", async () => {
      const result = await createPublicSignal(deps, rouenNeed(), anyResident);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value.reference).toMatch(/^ADR-2026-\d{4}$/);
      const details = await getSignal(deps, officerA, result.value.id);
      expect(details.ok && details.value).toMatchObject({
        status: "new",
        channel: "public_form",
        territoryName: "Rouen",
        submitterEmail: "claire@exemple.fr",
        submitterType: "resident",
        createdByUserId: null,
      });
      if (details.ok) {
        expect(details.value.consentAt).toEqual(deps.clock.now());
        expect(details.value.events.map((e) => [e.fromStatus, e.toStatus])).toEqual([[null, "new"]]);
      }
    });

    it("references follow each other within a Fabrique", async () => {
      const first = await createPublicSignal(deps, rouenNeed(), anyResident);
      const second = await createPublicSignal(deps, rouenNeed(), anyResident);
      if (!first.ok || !second.ok) throw new Error("expected both to be accepted");
      const n = (ref: string) => Number(ref.split("-")[2]);
      expect(n(second.value.reference)).toBe(n(first.value.reference) + 1);
    });

    it("every field says in French what is wrong", async () => {
      const result = await createPublicSignal(
        deps,
        {
          fabrique: "adr",
          kind: "envie" as never,
          title: "x",
          description: "trop court",
          territory: { kind: "commune", code: "" },
          themes: [],
          submitter: { name: "", email: "pas-une-adresse", type: "martien" as never },
          consent: false as never,
        },
        anyResident,
      );
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error).toBe("INVALID_INPUT");
      expect(result.fields).toEqual({
        kind: "Choisissez ce que vous signalez.",
        title: "Donnez un titre d'au moins 5 caractères.",
        description: "Décrivez la situation en au moins 20 caractères.",
        "territory.code": "Indiquez le territoire concerné (commune, EPCI, département…).",
        themes: "Choisissez au moins un thème.",
        "submitter.name": "Indiquez votre nom (2 caractères au moins).",
        "submitter.email": "Indiquez une adresse e-mail valide, pour que la Fabrique puisse vous répondre.",
        "submitter.type": "Dites qui vous êtes.",
        consent:
          "Cochez la case pour accepter le traitement de vos données ; sans cela nous ne pouvons rien enregistrer.",
      });
    });

    it("an unknown territory, an unknown theme or a withdrawn Fabrique is refused by field", async () => {
      const territory = await createPublicSignal(
        deps,
        rouenNeed({ territory: { kind: "commune", code: "99999" } }),
        anyResident,
      );
      expect(!territory.ok && territory.fields).toEqual({
        territory: "Indiquez le territoire concerné (commune, EPCI, département…).",
      });
      const theme = await createPublicSignal(deps, rouenNeed({ themes: ["astrologie"] }), anyResident);
      expect(!theme.ok && theme.fields).toEqual({ themes: "Ce thème n'existe pas." });
      const gone = await createPublicSignal(deps, rouenNeed({ fabrique: "gone" }), anyResident);
      expect(!gone.ok && gone.fields).toEqual({
        fabrique: "Cette Fabrique n'existe pas ou ne reçoit pas de remontées.",
      });
    });
  });

  describe("who sees what", () => {
    it("an officer of another Fabrique does not find ADRESS's signal, nor in the list", async () => {
      const created = await createPublicSignal(deps, rouenNeed(), anyResident);
      if (!created.ok) throw new Error("not created");
      const other = await getSignal(deps, officerB, created.value.id);
      expect(other).toMatchObject({ ok: false, error: "NOT_FOUND" });
      const list = await listSignals(deps, officerB, listQuery);
      expect(list.ok && list.value.items.some((s) => s.id === created.value.id)).toBe(false);
      const transition = await changeSignalStatus(deps, officerB, created.value.id, { to: "qualified" });
      expect(transition).toMatchObject({ ok: false, error: "NOT_FOUND" });
      const edit = await updateSignal(deps, officerB, created.value.id, {
        version: 1,
        title: "Piratage du titre",
      });
      expect(edit).toMatchObject({ ok: false, error: "NOT_FOUND" });
    });

    it("a partner with a droit de tirage sees the signals they recorded, not the others", async () => {
      const own = await createSignal(deps, partnerA, {
        kind: "need",
        title: "Mobilité des salariés en insertion",
        description: "Les salariés en insertion de nos chantiers n'ont pas de moyen de transport le matin.",
        territory: { kind: "epci", code: "200023414" },
        channel: "drawing_right",
        sourceOrganisation: "Fondation test",
      });
      expect(own.ok).toBe(true);
      if (!own.ok) return;
      const mine = await listSignals(deps, partnerA, listQuery);
      expect(mine.ok && mine.value.items.map((s) => s.id)).toEqual([own.value.id]);
      expect((await getSignal(deps, otherPartnerA, own.value.id)).ok).toBe(false);
      const forTeam = await getSignal(deps, officerA, own.value.id);
      expect(forTeam.ok && forTeam.value.canChange).toBe(true);
      const forPartner = await getSignal(deps, partnerA, own.value.id);
      expect(forPartner.ok && forPartner.value.canChange).toBe(false);
      expect(await changeSignalStatus(deps, partnerA, own.value.id, { to: "qualified" })).toMatchObject({
        ok: false,
        error: "FORBIDDEN",
      });
    });

    it("the list filters on a territory and everything inside it", async () => {
      // Rouen (76540) is in the Métropole Rouen Normandie (200023414) and the Seine-Maritime (76).
      const inside = await listSignals(deps, officerA, {
        ...listQuery,
        territory: "departement:76",
        kind: "need",
      });
      expect(inside.ok && inside.value.total).toBeGreaterThanOrEqual(3);
      const elsewhere = await listSignals(deps, officerA, { ...listQuery, territory: "departement:25" });
      expect(elsewhere.ok && elsewhere.value.total).toBe(0);
      const byChannel = await listSignals(deps, officerA, { ...listQuery, channel: "drawing_right" });
      expect(byChannel.ok && byChannel.value.items.map((s) => s.territoryCode)).toEqual(["200023414"]);
      const byTheme = await listSignals(deps, officerA, { ...listQuery, theme: "mobilite" });
      expect(byTheme.ok && byTheme.value.total).toBe(0);
    });
  });

  describe("qualification", () => {
    it("each transition is journaled with who and why, and a refused one says why", async () => {
      const created = await createPublicSignal(deps, rouenNeed(), anyResident);
      if (!created.ok) throw new Error("not created");
      const id = created.value.id;
      const refused = await changeSignalStatus(deps, officerA, id, { to: "parked", reason: "Plus tard" });
      expect(refused).toMatchObject({ ok: false, error: "TRANSITION_REFUSED" });
      if (!refused.ok) expect(refused.message).toMatch(/date de réveil/);
      const parked = await changeSignalStatus(deps, officerA, id, {
        to: "parked",
        reason: "Attendre le budget 2027",
        wakeUpOn: "01/03/2027",
      });
      expect(parked).toMatchObject({ ok: true, value: { fromStatus: "new", status: "parked" } });
      const [stored] = await deps.db.select().from(signal).where(eq(signal.id, id));
      expect(stored?.wakeUpOn).toBe("2027-03-01");
      expect((await changeSignalStatus(deps, officerA, id, { to: "qualified" })).ok).toBe(true);
      const notPlanned = await changeSignalStatus(deps, officerA, id, { to: "new" });
      expect(!notPlanned.ok && notPlanned.message).toBe(
        "Passer de « Qualifiée » à « Nouvelle » n'est pas prévu.",
      );
      const details = await getSignal(deps, officerA, id);
      if (!details.ok) throw new Error("not found");
      expect(details.value.events.map((e) => [e.fromStatus, e.toStatus, e.reason, e.byName])).toEqual([
        [null, "new", "", null],
        ["new", "parked", "Attendre le budget 2027", officerA.name],
        ["parked", "qualified", "", officerA.name],
      ]);
      expect(details.value.wakeUpOn).toBeNull();
    });

    it("merging a duplicate by its reference keeps a line in both histories", async () => {
      const original = await createPublicSignal(deps, rouenNeed(), anyResident);
      const duplicate = await createPublicSignal(deps, rouenNeed(), anyResident);
      if (!original.ok || !duplicate.ok) throw new Error("not created");
      const merged = await changeSignalStatus(deps, officerA, duplicate.value.id, {
        to: "merged",
        targetId: original.value.reference.toLowerCase(),
      });
      expect(merged.ok).toBe(true);
      const dup = await getSignal(deps, officerA, duplicate.value.id);
      expect(dup.ok && dup.value).toMatchObject({
        status: "merged",
        mergedIntoId: original.value.id,
        mergedIntoReference: original.value.reference,
      });
      const target = await getSignal(deps, officerA, original.value.id);
      expect(target.ok && target.value.events.at(-1)?.reason).toContain(duplicate.value.reference);
      const self = await changeSignalStatus(deps, officerA, original.value.id, {
        to: "merged",
        targetId: original.value.id,
      });
      expect(self).toMatchObject({ ok: false, error: "TRANSITION_REFUSED" });
    });

    it("an edit from a stale version is refused and changes nothing", async () => {
      const created = await createPublicSignal(deps, rouenNeed(), anyResident);
      if (!created.ok) throw new Error("not created");
      const id = created.value.id;
      const first = await updateSignal(deps, officerA, id, {
        version: 1,
        title: "Conciergerie pour les aînés des Hauts de Rouen",
        coverage: "partly_covered",
      });
      expect(first).toMatchObject({ ok: true, value: { version: 2 } });
      const stale = await updateSignal(deps, officerA, id, {
        version: 1,
        title: "Un autre titre, plus ancien",
      });
      expect(stale).toMatchObject({ ok: false, error: "CONFLICT" });
      const [stored] = await deps.db.select().from(signal).where(eq(signal.id, id));
      expect(stored).toMatchObject({
        title: "Conciergerie pour les aînés des Hauts de Rouen",
        coverage: "partly_covered",
        version: 2,
      });
    });
  });
});
