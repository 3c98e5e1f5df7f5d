import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import { initiative } from "../db/schema";
import { buildServer } from "../http/server";
import { addMembership, createBearerToken, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { createSignal } from "./create-signal";

describe("similar signals and initiatives for a text not yet saved", () => {
  let deps: TestDeps;
  let app: FastifyInstance;
  const tokens = {} as Record<"officerA" | "partnerA" | "nobody", string>;
  const ids: Record<string, string> = {};
  const similar = (query: string, token?: string) =>
    app.inject({
      method: "GET",
      url: `/api/v1/signals/similar?${query}`,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  beforeAll(async () => {
    deps = await createTestDeps();
    const a = await createFabrique(deps.db, { slug: "dup-a", name: "Fabrique A" });
    const b = await createFabrique(deps.db, {
      slug: "dup-b",
      name: "Fabrique B",
      contactEmail: "bonjour@fabrique-b.fr",
    });
    const [officerA, partnerA, officerB, nobody] = [
      await createUser(deps.db),
      await createUser(deps.db),
      await createUser(deps.db),
      await createUser(deps.db),
    ];
    await addMembership(deps.db, { userId: officerA.id, fabriqueId: a.id, role: "officer" });
    await addMembership(deps.db, { userId: partnerA.id, fabriqueId: a.id, role: "partner" });
    await addMembership(deps.db, { userId: officerB.id, fabriqueId: b.id, role: "officer" });
    tokens.officerA = await createBearerToken(deps.db, officerA.id);
    tokens.partnerA = await createBearerToken(deps.db, partnerA.id);
    tokens.nobody = await createBearerToken(deps.db, nobody.id);
    const created = await createSignal(deps, (await loadActor(deps, officerB.id))!, {
      kind: "need",
      title: "Garage solidaire pour les familles modestes",
      description: "Des familles renoncent à réparer leur voiture et ne peuvent plus aller travailler.",
      sourcePerson: "Jeanne Dupuis, assistante sociale",
      territory: { kind: "commune", code: "76540" },
      channel: "workshop",
      themes: ["mobilite"],
    } as never);
    if (!created.ok) throw new Error("signal not created");
    ids.otherSignal = created.value.id;
    const own = await createSignal(deps, (await loadActor(deps, officerA.id))!, {
      kind: "need",
      title: "Garage associatif pour réparer soi-même sa voiture",
      description: "Un atelier où l'on répare sa voiture avec l'aide d'un mécanicien, à petit prix.",
      territory: { kind: "commune", code: "76540" },
      channel: "workshop",
    } as never);
    if (!own.ok) throw new Error("signal not created");
    ids.ownSignal = own.value.id;
    const [project] = await deps.db
      .insert(initiative)
      .values({
        fabriqueId: a.id,
        reference: "DUP-P-2026-001",
        title: "Garage solidaire de la métropole",
        summary: "Réparations à petit prix pour les ménages modestes.",
        territoryKind: "epci",
        territoryCode: "200023414",
        entryPoint: "need",
        stage: "opportunity_study",
      })
      .returning();
    ids.ownInitiative = project!.id;
    app = await buildServer(deps);
  });
  afterAll(async () => {
    await app?.close();
    await deps?.close();
  });

  it("answers 401 without a token", async () => {
    const response = await similar("title=Garage%20solidaire");
    expect(response.statusCode).toBe(401);
  });

  it("an officer typing a close title gets the other Fabrique's signal, public fields only, and their own initiative", async () => {
    const response = await similar(
      `title=${encodeURIComponent("Un garage solidaire pour les familles")}&territory=commune:76108`,
      tokens.officerA,
    );
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.similar).toHaveLength(1);
    expect(body.similar[0]).toMatchObject({
      id: ids.otherSignal,
      title: "Garage solidaire pour les familles modestes",
      fabriqueName: "Fabrique B",
      sameFabrique: false,
      canOpen: false,
      excerpt: null,
      contactEmail: "bonjour@fabrique-b.fr",
      closeness: "epci",
    });
    expect(JSON.stringify(body.similar)).not.toMatch(/Jeanne|renoncent|description|source/);
    expect(body.initiatives).toHaveLength(1);
    expect(body.initiatives[0]).toMatchObject({
      id: ids.ownInitiative,
      sameFabrique: true,
      canOpen: true,
      excerpt: "Réparations à petit prix pour les ménages modestes.",
      contactEmail: null,
      stage: "opportunity_study",
    });
    // Bois-Guillaume lies inside the métropole the initiative covers.
    expect(body.initiatives[0].why.map((w: { label: string }) => w.label)).toContain("même intercommunalité");
  });

  it("a partner of a Fabrique may ask; someone with no Fabrique may not; a bad territory is a 400", async () => {
    const partner = await similar("title=Garage%20solidaire", tokens.partnerA);
    expect(partner.statusCode).toBe(200);
    expect(partner.json().similar.map((s: { id: string }) => s.id)).toEqual([ids.otherSignal]);
    // Their Fabrique's signal recorded by someone else: there, but not theirs to open.
    const associatif = await similar("title=Garage%20associatif", tokens.partnerA);
    expect(associatif.json().similar).toEqual([
      expect.objectContaining({ id: ids.ownSignal, sameFabrique: true, canOpen: false, excerpt: null }),
    ]);
    const officer = await similar("title=Garage%20associatif", tokens.officerA);
    expect(officer.json().similar).toEqual([
      expect.objectContaining({ id: ids.ownSignal, sameFabrique: true, canOpen: true }),
    ]);
    expect((await similar("title=Garage%20solidaire", tokens.nobody)).statusCode).toBe(403);
    const bad = await similar("title=Garage&territory=rouen", tokens.officerA);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toHaveProperty("territory");
  });

  it("ranks another Fabrique's signal and initiative by their titles only: their private text changes nothing shown", async () => {
    // Issue 14, hole 1: typing the other Fabrique's private description must not bring its signal
    // closer, nor change the percentage shown (an oracle on what the officer may not read).
    const [fabriqueB] = (
      await deps.db.execute<{ id: string }>(sql`select id from fabrique where slug = 'dup-b'`)
    ).rows.map((r) => r.id);
    const [theirs] = await deps.db
      .insert(initiative)
      .values({
        fabriqueId: fabriqueB!,
        reference: "DUP-B-2026-001",
        title: "Garage pour les familles",
        summary: "Des familles renoncent à réparer leur voiture et ne peuvent plus aller travailler.",
        description: "Un partenariat confidentiel avec le concessionnaire du coin.",
        territoryKind: "commune",
        territoryCode: "76540",
        entryPoint: "need",
        stage: "opportunity_study",
      })
      .returning();
    ids.otherInitiative = theirs!.id;
    const title = "Garage pour familles";
    const ask = async (description: string) =>
      (
        await similar(
          new URLSearchParams({ title, description, territory: "commune:76540" }).toString(),
          tokens.officerA,
        )
      ).json();
    const echoing = await ask(
      "Des familles renoncent à réparer leur voiture et ne peuvent plus aller travailler.",
    );
    const unrelated = await ask("Une salle de musique pour les jeunes du quartier, ouverte le soir.");
    const find = (body: { similar: { id: string }[]; initiatives: { id: string }[] }, id: string) =>
      [...body.similar, ...body.initiatives].find((item) => item.id === id);
    for (const id of [ids.otherSignal, ids.otherInitiative]) {
      expect(find(echoing, id!), id).toBeDefined();
      expect(find(echoing, id!), id).toEqual(find(unrelated, id!));
    }
  });

  it("unrelated text finds nothing", async () => {
    const response = await similar(
      `title=${encodeURIComponent("Festival de musique baroque")}`,
      tokens.officerA,
    );
    expect(response.json()).toEqual({ similar: [], initiatives: [] });
  });
});
