import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import type { Actor } from "../core/actor";
import { fabrique, fabriqueStatusEvent } from "../db/schema";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, TEST_TODAY, type TestDeps } from "../testing/test-deps";
import { changeFabriqueStatus } from "./change-fabrique-status";
import { computeNetworkFigures } from "./compute-network-figures";
import { getFabrique } from "./get-fabrique";
import { getPublicFabrique } from "./get-public-fabrique";
import { listFabriqueStatusEvents } from "./list-fabrique-status-events";
import { listFabriques } from "./list-fabriques";
import { registerFabrique } from "./register-fabrique";
import { updateFabrique } from "./update-fabrique";

describe("managing the network's Fabriques", () => {
  let deps: TestDeps;
  let animator: Actor;
  let officerOfA: Actor;
  let partnerOfA: Actor;
  let projectPartnerOfA: Actor;
  let stranger: Actor;
  let fabriqueA: { id: string; slug: string };
  let fabriqueB: { id: string; slug: string };

  // The factories date the creation line of the journal with `createdAt`.
  const lastYear = new Date("2025-11-27T09:00:00.000Z");

  beforeAll(async () => {
    deps = await createTestDeps();
    fabriqueA = await createFabrique(deps.db, {
      slug: "fabrique-a",
      name: "Fabrique A",
      regionCode: "28",
      carryingStructure: "Association A",
      createdAt: lastYear,
    });
    fabriqueB = await createFabrique(deps.db, {
      slug: "fabrique-b",
      name: "Fabrique B",
      regionCode: "27",
      createdAt: lastYear,
    });
    const animatorUser = await createUser(deps.db, { name: "Claire Réseau", isNetworkAnimator: true });
    const officer = await createUser(deps.db);
    await addMembership(deps.db, { userId: officer.id, fabriqueId: fabriqueA.id, role: "officer" });
    const partner = await createUser(deps.db);
    await addMembership(deps.db, { userId: partner.id, fabriqueId: fabriqueA.id, role: "partner" });
    const projectPartner = await createUser(deps.db);
    await addMembership(deps.db, {
      userId: projectPartner.id,
      fabriqueId: fabriqueA.id,
      role: "partner",
      initiativeId: "00000000-0000-4000-8000-0000000000ff",
    });
    const strangerUser = await createUser(deps.db);
    animator = (await loadActor(deps, animatorUser.id))!;
    officerOfA = (await loadActor(deps, officer.id))!;
    partnerOfA = (await loadActor(deps, partner.id))!;
    projectPartnerOfA = (await loadActor(deps, projectPartner.id))!;
    stranger = (await loadActor(deps, strangerUser.id))!;
  });
  afterAll(async () => deps.close());

  const newFabrique = (slug: string) => ({
    name: "Première Brique",
    slug,
    carryingStructure: "Coopérative Première Brique",
    regionCode: "76",
    description: "La Fabrique à initiatives de Toulouse.",
    contactEmail: "Contact@Premiere-Brique.test",
  });

  describe("creating a Fabrique", () => {
    it("lets the network animator create a candidate Fabrique, journal included", async () => {
      const result = await registerFabrique(deps, animator, newFabrique("premiere-brique"));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value).toMatchObject({
        slug: "premiere-brique",
        status: "candidate",
        regionName: "Occitanie",
        contactEmail: "contact@premiere-brique.test",
        memberCount: 0,
      });
      expect(result.value.createdAt.toISOString()).toBe(TEST_TODAY);
      const events = await deps.db
        .select()
        .from(fabriqueStatusEvent)
        .where(eq(fabriqueStatusEvent.fabriqueId, result.value.id));
      expect(events).toEqual([
        expect.objectContaining({ fromStatus: null, toStatus: "candidate", byUserId: animator.userId }),
      ]);
    });

    it("refuses anyone but the network animator", async () => {
      for (const actor of [officerOfA, partnerOfA, stranger]) {
        const result = await registerFabrique(
          deps,
          actor,
          newFabrique(`refusee-${actor.userId.slice(0, 4)}`),
        );
        expect(result).toMatchObject({ ok: false, error: "FORBIDDEN" });
      }
      const rows = await deps.db.select().from(fabrique).where(eq(fabrique.name, "Première Brique"));
      expect(rows).toHaveLength(1);
    });

    it("explains in French what is wrong with a slug", async () => {
      for (const slug of ["Majuscules", "avec espace", "accentué", "-tiret", "tiret-", "a", "nouvelle"]) {
        const result = await registerFabrique(deps, animator, newFabrique(slug));
        expect(result.ok, slug).toBe(false);
        if (result.ok) continue;
        expect(result.error).toBe("INVALID_INPUT");
        expect(result.fields?.slug, slug).toMatch(/adresse courte/i);
      }
    });

    it("refuses a slug another Fabrique already uses", async () => {
      const result = await registerFabrique(deps, animator, newFabrique("fabrique-a"));
      expect(result).toMatchObject({
        ok: false,
        error: "CONFLICT",
        fields: { slug: "Cette adresse courte est déjà utilisée par une autre Fabrique." },
      });
    });

    it("reports a taken slug and an unknown région together with the other problems", async () => {
      const result = await registerFabrique(deps, animator, {
        ...newFabrique("fabrique-a"),
        name: "",
        regionCode: "99",
      });
      expect(result).toMatchObject({
        ok: false,
        error: "INVALID_INPUT",
        fields: {
          name: expect.any(String),
          slug: "Cette adresse courte est déjà utilisée par une autre Fabrique.",
          regionCode: "Choisissez une région de la liste.",
        },
      });
    });

    it("checks the région against the official list and the name and e-mail", async () => {
      const result = await registerFabrique(deps, animator, {
        ...newFabrique("region-inconnue"),
        regionCode: "99",
      });
      expect(result).toMatchObject({
        ok: false,
        fields: { regionCode: "Choisissez une région de la liste." },
      });
      const invalid = await registerFabrique(deps, animator, {
        ...newFabrique("champs-invalides"),
        name: " ",
        contactEmail: "pas-une-adresse",
      });
      expect(invalid.ok).toBe(false);
      if (!invalid.ok) {
        expect(invalid.fields?.name).toMatch(/nom de la Fabrique/);
        expect(invalid.fields?.contactEmail).toMatch(/adresse e-mail valide/);
      }
    });
  });

  describe("reading Fabriques", () => {
    it("lists every Fabrique for the animator, with its member count", async () => {
      const result = await listFabriques(deps, animator);
      expect(result.ok && result.value.map((f) => f.slug)).toEqual(
        expect.arrayContaining(["fabrique-a", "fabrique-b", "premiere-brique"]),
      );
      const a = result.ok ? result.value.find((f) => f.slug === "fabrique-a") : undefined;
      expect(a).toMatchObject({ memberCount: 3, regionName: "Normandie" });
    });

    it("lists only their own Fabrique for a member, none for a stranger", async () => {
      const own = await listFabriques(deps, officerOfA);
      expect(own.ok && own.value.map((f) => f.slug)).toEqual(["fabrique-a"]);
      const partner = await listFabriques(deps, partnerOfA);
      expect(partner.ok && partner.value.map((f) => f.slug)).toEqual(["fabrique-a"]);
      const none = await listFabriques(deps, stranger);
      expect(none).toEqual({ ok: true, value: [] });
      const project = await listFabriques(deps, projectPartnerOfA);
      expect(project).toEqual({ ok: true, value: [] });
    });

    it("answers NOT_FOUND to a member of Fabrique A asking for Fabrique B", async () => {
      expect(await getFabrique(deps, officerOfA, "fabrique-a")).toMatchObject({ ok: true });
      expect(await getFabrique(deps, officerOfA, "fabrique-b")).toEqual({ ok: false, error: "NOT_FOUND" });
      expect(await getFabrique(deps, partnerOfA, "fabrique-b")).toEqual({ ok: false, error: "NOT_FOUND" });
      expect(await getFabrique(deps, stranger, "fabrique-a")).toEqual({ ok: false, error: "NOT_FOUND" });
      expect(await getFabrique(deps, projectPartnerOfA, "fabrique-a")).toEqual({
        ok: false,
        error: "NOT_FOUND",
      });
      expect(await listFabriqueStatusEvents(deps, officerOfA, "fabrique-b")).toEqual({
        ok: false,
        error: "NOT_FOUND",
      });
      expect(await getFabrique(deps, animator, "fabrique-b")).toMatchObject({ ok: true });
      expect(await getFabrique(deps, animator, "inconnue")).toEqual({ ok: false, error: "NOT_FOUND" });
    });
  });

  describe("updating a Fabrique", () => {
    it("lets the animator edit the details, and no one else", async () => {
      const values = {
        name: "Fabrique A (Rouen)",
        carryingStructure: "Association A",
        regionCode: "28",
        description: "Nouvelle présentation",
        contactEmail: "",
      };
      expect(await updateFabrique(deps, officerOfA, "fabrique-a", values)).toMatchObject({
        error: "FORBIDDEN",
      });
      expect(await updateFabrique(deps, officerOfA, "fabrique-b", values)).toMatchObject({
        error: "NOT_FOUND",
      });
      const result = await updateFabrique(deps, animator, "fabrique-a", values);
      expect(result).toMatchObject({
        ok: true,
        value: { name: "Fabrique A (Rouen)", description: "Nouvelle présentation", contactEmail: null },
      });
    });
  });

  describe("changing a Fabrique's status", () => {
    it("moves the Fabrique and writes who, when and why in the journal", async () => {
      const result = await changeFabriqueStatus(deps, animator, "fabrique-a", {
        to: "experimentation",
        reason: "Convention d'expérimentation signée",
      });
      expect(result).toMatchObject({
        ok: true,
        value: { fromStatus: "candidate", status: "experimentation" },
      });
      const [row] = await deps.db.select().from(fabrique).where(eq(fabrique.slug, "fabrique-a"));
      expect(row!.status).toBe("experimentation");
      expect(row!.statusChangedAt.toISOString()).toBe(TEST_TODAY);
      const journal = await listFabriqueStatusEvents(deps, officerOfA, "fabrique-a");
      expect(journal.ok && journal.value.at(-1)).toMatchObject({
        fromStatus: "candidate",
        toStatus: "experimentation",
        reason: "Convention d'expérimentation signée",
        byName: "Claire Réseau",
      });
    });

    it("refuses a transition from the wrong state, with the reason, and leaves the row alone", async () => {
      // fabrique-b is a candidate: it cannot jump to the appellation.
      const result = await changeFabriqueStatus(deps, animator, "fabrique-b", {
        to: "appellation",
        reason: "Comité du 3 mars",
      });
      expect(result).toMatchObject({ ok: false, error: "TRANSITION_REFUSED" });
      if (!result.ok)
        expect(result.message).toMatch(/« Candidate » au statut « Appellation » n'est pas prévu/);
      const [row] = await deps.db.select().from(fabrique).where(eq(fabrique.slug, "fabrique-b"));
      expect(row!.status).toBe("candidate");
      const events = await deps.db
        .select()
        .from(fabriqueStatusEvent)
        .where(eq(fabriqueStatusEvent.fabriqueId, fabriqueB.id));
      expect(events).toHaveLength(1);
    });

    it("refuses a withdrawal without a reason, then accepts it with one and a new application", async () => {
      const refused = await changeFabriqueStatus(deps, animator, "fabrique-b", {
        to: "withdrawn",
        reason: "",
      });
      expect(refused).toMatchObject({ ok: false, error: "TRANSITION_REFUSED" });
      if (!refused.ok) expect(refused.message).toMatch(/motif du retrait/);
      const withdrawn = await changeFabriqueStatus(deps, animator, "fabrique-b", {
        to: "withdrawn",
        reason: "La structure porteuse cesse son activité",
      });
      expect(withdrawn).toMatchObject({ ok: true, value: { status: "withdrawn" } });
      expect(await getPublicFabrique(deps, "fabrique-b")).toEqual({ ok: false, error: "NOT_FOUND" });
      const again = await changeFabriqueStatus(deps, animator, "fabrique-b", { to: "candidate", reason: "" });
      expect(again).toMatchObject({ ok: true, value: { fromStatus: "withdrawn", status: "candidate" } });
      expect(await getPublicFabrique(deps, "fabrique-b")).toMatchObject({ ok: true });
    });

    it("lets only the network animator change a status", async () => {
      expect(
        await changeFabriqueStatus(deps, officerOfA, "fabrique-a", {
          to: "withdrawn",
          reason: "Je m'en vais",
        }),
      ).toMatchObject({ ok: false, error: "FORBIDDEN" });
      expect(
        await changeFabriqueStatus(deps, officerOfA, "fabrique-b", {
          to: "withdrawn",
          reason: "Je m'en vais",
        }),
      ).toMatchObject({ ok: false, error: "NOT_FOUND" });
      const [row] = await deps.db.select().from(fabrique).where(eq(fabrique.slug, "fabrique-a"));
      expect(row!.status).toBe("experimentation");
    });

    it("rejects an unknown status as invalid input", async () => {
      const result = await changeFabriqueStatus(deps, animator, "fabrique-a", {
        to: "closed" as "withdrawn",
        reason: "",
      });
      expect(result).toMatchObject({ ok: false, error: "INVALID_INPUT", fields: { to: expect.any(String) } });
    });
  });

  it("counts the network's Fabriques per status for the animator only", async () => {
    const figures = await computeNetworkFigures(deps, animator);
    const statuses = await deps.db.select({ status: fabrique.status }).from(fabrique);
    expect(figures).toMatchObject({ ok: true, value: { total: statuses.length } });
    if (figures.ok) {
      expect(figures.value.byStatus.experimentation).toBe(
        statuses.filter((s) => s.status === "experimentation").length,
      );
      expect(figures.value.byStatus.withdrawn).toBe(0);
    }
    expect(await computeNetworkFigures(deps, officerOfA)).toMatchObject({ error: "FORBIDDEN" });
  });

  it("shows a Fabrique's public page to anyone, with its région's name", async () => {
    const result = await getPublicFabrique(deps, "premiere-brique");
    expect(result).toEqual({
      ok: true,
      value: {
        slug: "premiere-brique",
        name: "Première Brique",
        description: "La Fabrique à initiatives de Toulouse.",
        carryingStructure: "Coopérative Première Brique",
        regionName: "Occitanie",
        status: "candidate",
        contactEmail: "contact@premiere-brique.test",
      },
    });
    expect(await getPublicFabrique(deps, "inconnue")).toEqual({ ok: false, error: "NOT_FOUND" });
  });
});
