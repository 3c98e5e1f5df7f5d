import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import { insertModel } from "../catalogue/model-factory";
import type { Actor } from "../core/actor";
import { initiative, signal } from "../db/schema";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createSignal } from "../signals/create-signal";
import { findSimilarSignals } from "../signals/find-similar-signals";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { findSimilarInitiatives } from "./find-similar-initiatives";
import { getSignalMatches } from "./get-signal-matches";

const conciergerie = {
  kind: "need" as const,
  title: "Conciergerie de quartier pour les personnes âgées",
  description: "Les personnes âgées isolées du quartier ont besoin d'aide pour les courses et les démarches.",
  channel: "workshop" as const,
  themes: ["bien-vieillir"],
};

describe("what already exists for a signal", () => {
  let deps: TestDeps;
  let officerA: Actor;
  let officerB: Actor;
  const ids = {} as Record<string, string>;

  beforeAll(async () => {
    deps = await createTestDeps();
    const a = await createFabrique(deps.db, {
      slug: "sim-a",
      name: "Fabrique A",
      contactEmail: "contact@fabrique-a.fr",
    });
    const b = await createFabrique(deps.db, {
      slug: "sim-b",
      name: "Fabrique B",
      contactEmail: "contact@fabrique-b.fr",
    });
    const [ua, ub] = [await createUser(deps.db), await createUser(deps.db)];
    await addMembership(deps.db, { userId: ua.id, fabriqueId: a.id, role: "officer" });
    await addMembership(deps.db, { userId: ub.id, fabriqueId: b.id, role: "officer" });
    officerA = (await loadActor(deps, ua.id))!;
    officerB = (await loadActor(deps, ub.id))!;
    const record = async (key: string, actor: Actor, values: Record<string, unknown>) => {
      const created = await createSignal(deps, actor, { ...conciergerie, ...values } as never);
      if (!created.ok) throw new Error(`${key} not created`);
      ids[key] = created.value.id;
    };
    // Rouen, then Bois-Guillaume (same métropole), Pontarlier (elsewhere), and another Fabrique's Rouen.
    await record("rouen", officerA, { territory: { kind: "commune", code: "76540" } });
    await record("neighbour", officerA, {
      territory: { kind: "commune", code: "76108" },
      title: "Conciergerie solidaire pour les aînés",
      description:
        "Les aînés isolés ont besoin d'aide pour faire les courses et les démarches administratives.",
    });
    await record("far", officerA, { territory: { kind: "commune", code: "25462" } });
    // The neighbour's paraphrase, far away: not the same words as the Rouen signal's title.
    await record("farParaphrase", officerA, {
      territory: { kind: "commune", code: "25462" },
      title: "Conciergerie solidaire pour les aînés",
    });
    // A typo in the neighbourhood (Bois-Guillaume).
    await record("neighbourTypo", officerA, {
      territory: { kind: "commune", code: "76108" },
      title: "Concergerie de quartier pour les personnes agées",
    });
    await record("unrelated", officerA, {
      territory: { kind: "commune", code: "76540" },
      title: "Atelier de réparation de vélos",
      description: "Un garage à vélos partagé pour les jeunes qui vont au lycée en centre-ville.",
    });
    await record("otherFabrique", officerB, { territory: { kind: "commune", code: "76540" } });
    const project = async (key: string, values: Partial<typeof initiative.$inferInsert>) => {
      const [row] = await deps.db
        .insert(initiative)
        .values({
          fabriqueId: a.id,
          reference: `SIM-P-${key}`,
          title: "Conciergerie solidaire pour les personnes âgées",
          summary: "Un service de proximité pour les aînés de Bois-Guillaume.",
          description: "Courses, démarches et petits services pour les personnes âgées isolées.",
          privateNotes: "Note privée : le maire hésite.",
          territoryKind: "commune",
          territoryCode: "76108",
          themes: ["bien-vieillir"],
          entryPoint: "need",
          stage: "qualification",
          ...values,
        })
        .returning();
      ids[key] = row!.id;
    };
    await project("initiativeNear", {});
    await project("initiativeFar", { territoryCode: "25462" });
    await project("initiativeUnrelated", {
      title: "Ressourcerie du centre-ville",
      summary: "Réemploi d'objets et ateliers de réparation.",
      description: "Collecte, tri et revente d'objets usagés.",
    });
    await insertModel(deps.db, {
      title: "Conciergerie de quartier",
      summary: "Des services de proximité pour les personnes âgées et les habitants d'un quartier.",
      description: "Une conciergerie solidaire qui rend des services du quotidien aux personnes âgées.",
      themes: ["bien-vieillir"],
      status: "published",
      sourceUrls: ["https://exemple.fr/conciergerie"],
    });
  });
  afterAll(async () => deps?.close());

  it("similar signals come from the whole network: nearby first, far below, unrelated left out", async () => {
    const similar = await findSimilarSignals(deps, officerA, {
      id: ids.rouen,
      title: conciergerie.title,
      description: conciergerie.description,
      territory: { kind: "commune", code: "76540" },
      themes: ["bien-vieillir"],
    });
    const found = similar.map((s) => s.id);
    expect(found).not.toContain(ids.rouen);
    expect(found).not.toContain(ids.unrelated);
    expect(found).toEqual(expect.arrayContaining([ids.neighbour, ids.far, ids.otherFabrique]));
    // Same text, same territory, another Fabrique: first; the same text in Pontarlier: last.
    expect(found[0]).toBe(ids.otherFabrique);
    expect(found.indexOf(ids.neighbour!)).toBeLessThan(found.indexOf(ids.far!));
    const neighbour = similar.find((s) => s.id === ids.neighbour)!;
    expect(neighbour).toMatchObject({ sameFabrique: true, canOpen: true, contactEmail: null });
    expect(neighbour.excerpt).toMatch(/^Les aînés isolés/);
    expect(neighbour.why.map((w) => w.label)).toEqual(
      expect.arrayContaining(["même intercommunalité", "thème commun : Bien vieillir"]),
    );
    expect(neighbour.why.at(-1)?.label).toMatch(/^texte proche à \d+\u00a0%$/);
  });

  it("nearby every alike title counts, typos included; far away only titles with all the same words", async () => {
    const similar = await findSimilarSignals(
      deps,
      officerA,
      {
        id: ids.rouen,
        title: conciergerie.title,
        description: conciergerie.description,
        territory: { kind: "commune", code: "76540" },
      },
      10,
    );
    const found = similar.map((s) => s.id);
    expect(found).toEqual(expect.arrayContaining([ids.neighbourTypo, ids.neighbour, ids.far]));
    expect(found).not.toContain(ids.farParaphrase);
    // Typed without a territory, only the titles holding every significant word are found.
    const anywhere = await findSimilarSignals(deps, officerA, {
      title: "personnes âgées conciergerie quartier",
      description: "",
      territory: null,
    });
    expect(anywhere.map((s) => s.id)).toEqual(
      expect.arrayContaining([ids.rouen, ids.far, ids.otherFabrique]),
    );
    expect(anywhere.map((s) => s.id)).not.toContain(ids.neighbour);
  });

  it("another Fabrique's close signal shows only its public fields and the Fabrique's contact", async () => {
    const similar = await findSimilarSignals(deps, officerA, {
      title: "Une conciergerie de quartier pour les personnes âgées",
      description: "",
      territory: { kind: "commune", code: "76540" },
    });
    const other = similar.find((s) => s.id === ids.otherFabrique);
    expect(other).toMatchObject({
      title: conciergerie.title,
      kind: "need",
      status: "new",
      territoryName: "Rouen",
      themes: ["bien-vieillir"],
      fabriqueName: "Fabrique B",
      sameFabrique: false,
      canOpen: false,
      excerpt: null,
      contactEmail: "contact@fabrique-b.fr",
      sameTerritory: true,
    });
    const serialised = JSON.stringify(other);
    expect(serialised).not.toContain("courses et les démarches");
    expect(serialised).not.toMatch(/submitter|description|evidence|source/i);
  });

  it("an initiative of the Fabrique inside the same EPCI ranks above the same one far away", async () => {
    const similar = await findSimilarInitiatives(deps, officerA, {
      title: conciergerie.title,
      description: conciergerie.description,
      territory: { kind: "commune", code: "76540" },
      themes: ["bien-vieillir"],
    });
    const found = similar.map((i) => i.id);
    expect(found).toContain(ids.initiativeNear);
    expect(found).toContain(ids.initiativeFar);
    expect(found).not.toContain(ids.initiativeUnrelated);
    expect(found.indexOf(ids.initiativeNear!)).toBeLessThan(found.indexOf(ids.initiativeFar!));
    const near = similar.find((i) => i.id === ids.initiativeNear)!;
    expect(near).toMatchObject({
      sameFabrique: true,
      canOpen: true,
      closeness: "epci",
      stage: "qualification",
    });
    expect(near.excerpt).toBe("Un service de proximité pour les aînés de Bois-Guillaume.");
    expect(near.score).toBeGreaterThan(similar.find((i) => i.id === ids.initiativeFar)!.score);
    // Seen from Fabrique B, the same initiative shows its public fields and A's contact only.
    const fromB = await findSimilarInitiatives(deps, officerB, {
      title: conciergerie.title,
      description: conciergerie.description,
      territory: { kind: "commune", code: "76540" },
    });
    expect(fromB.find((i) => i.id === ids.initiativeNear)).toMatchObject({
      sameFabrique: false,
      canOpen: false,
      excerpt: null,
      contactEmail: "contact@fabrique-a.fr",
    });
    expect(JSON.stringify(fromB)).not.toContain("Note privée");
  });

  it("the panel ranks the catalogue model with its why, and another Fabrique cannot open it", async () => {
    const matches = await getSignalMatches(deps, officerA, ids.rouen!);
    if (!matches.ok) throw new Error("no matches");
    expect(matches.value.models[0]?.title).toBe("Conciergerie de quartier");
    expect(matches.value.models[0]?.why.length).toBeGreaterThan(0);
    expect(matches.value.similar.map((s) => s.id)).toContain(ids.neighbour);
    expect(matches.value.initiatives.map((i) => i.id)).toContain(ids.initiativeNear);
    expect(matches.value.offer).toEqual([]);
    expect(matches.value.unavailable).toEqual([]);
    expect(await getSignalMatches(deps, officerB, ids.rouen!)).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
  });

  it("an offer search that fails is named as unavailable, not shown as no offer", async () => {
    // A commune since merged away: its code is no longer in the territories the offer searches.
    await deps.db.update(signal).set({ territoryCode: "76999" }).where(eq(signal.id, ids.far!));
    const matches = await getSignalMatches(deps, officerA, ids.far!);
    if (!matches.ok) throw new Error("no matches");
    expect(matches.value.unavailable).toEqual(["offer"]);
    expect(matches.value.models.length).toBeGreaterThan(0);
  });
});
