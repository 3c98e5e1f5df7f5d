import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPipelineWorld, createTestInitiative } from "../carriers/pipeline-fixtures";
import { insertModel } from "../catalogue/model-factory";
import { forecast, initiativeEvent, initiativeSignal, signal } from "../db/schema";
import { buildServer } from "../http/server";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { finaliseStudyVersion } from "./finalise-study-version";
import { getCurrentStudy, getStudyVersion } from "./get-current-study";
import { getStudyPdf } from "./get-study-pdf";
import { proposeStudyPrefill } from "./propose-study-prefill";
import { saveStudy } from "./save-study";

describe("the opportunity study", () => {
  let deps: TestDeps;
  let world: Awaited<ReturnType<typeof createPipelineWorld>>;
  let initiativeId: string;

  beforeAll(async () => {
    deps = await createTestDeps();
    world = await createPipelineWorld(deps);
    initiativeId = (
      await createTestInitiative(deps.db, { fabriqueId: world.fabriqueA.id, stage: "opportunity_study" })
    ).id;
  });
  afterAll(async () => deps.close());

  it("each save is a new version, journaled, and the latest is the current study", async () => {
    const first = await saveStudy(deps, world.officer, initiativeId, {
      baseVersion: 0,
      sections: { context: "Saisine de la Ville de Rouen", needs: "120 seniors isolés" },
    });
    expect(first).toEqual({ ok: true, value: { version: 1 } });
    const second = await saveStudy(deps, world.colleague, initiativeId, {
      baseVersion: 1,
      sections: { context: "Saisine de la Ville de Rouen et d'AG2R", needs: "120 seniors isolés" },
      note: "Ajout du financeur",
    });
    expect(second).toEqual({ ok: true, value: { version: 2 } });

    const study = await getCurrentStudy(deps, world.officer, initiativeId);
    if (!study.ok) throw new Error(study.error);
    expect(study.value.current?.version).toBe(2);
    expect(study.value.current?.sections.context).toBe("Saisine de la Ville de Rouen et d'AG2R");
    expect(study.value.current?.byName).toBe("Karim Collègue");
    expect(study.value.versions.map((v) => v.version)).toEqual([2, 1]);
    const old = await getStudyVersion(deps, world.officer, initiativeId, 1);
    expect(old.ok && old.value.sections.context).toBe("Saisine de la Ville de Rouen");

    const events = await deps.db
      .select()
      .from(initiativeEvent)
      .where(and(eq(initiativeEvent.initiativeId, initiativeId), eq(initiativeEvent.kind, "study")));
    expect(events).toHaveLength(2);
  });

  it("a save started from an older version is refused with the newer version's author, nothing written", async () => {
    const stale = await saveStudy(deps, world.officer, initiativeId, {
      baseVersion: 1,
      sections: { context: "Mon texte à moi" },
    });
    expect(stale).toMatchObject({
      ok: false,
      error: "CONFLICT",
      details: { currentVersion: 2, byName: "Karim Collègue" },
    });
    const study = await getCurrentStudy(deps, world.officer, initiativeId);
    expect(study.ok && study.value.current?.version).toBe(2);
  });

  it("the economic section may only rely on a forecast of this initiative", async () => {
    const other = await createTestInitiative(deps.db, { fabriqueId: world.fabriqueA.id });
    const [foreign] = await deps.db
      .insert(forecast)
      .values({ initiativeId: other.id, name: "Central", inputs: {} })
      .returning();
    const refused = await saveStudy(deps, world.officer, initiativeId, {
      baseVersion: 2,
      sections: { economic_model: "Ventes et subventions" },
      forecastId: foreign!.id,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
      fields: { forecastId: expect.any(String) },
    });
    const [own] = await deps.db
      .insert(forecast)
      .values({ initiativeId, name: "Scénario central", inputs: {} })
      .returning();
    const saved = await saveStudy(deps, world.officer, initiativeId, {
      baseVersion: 2,
      sections: { economic_model: "Ventes et subventions" },
      forecastId: own!.id,
    });
    expect(saved).toEqual({ ok: true, value: { version: 3 } });
    const study = await getCurrentStudy(deps, world.officer, initiativeId);
    expect(study.ok && study.value.current?.forecastName).toBe("Scénario central");
  });

  it("a version is final only once its required sections are written, and the refusal names them", async () => {
    const refused = await finaliseStudyVersion(deps, world.officer, initiativeId, 2);
    expect(refused).toMatchObject({
      ok: false,
      error: "WRITE_REFUSED",
      message:
        "La version 2 ne peut pas être marquée comme définitive : les sections « Offre existante et complémentarité », « Parangonnage des solutions », « Offre de service proposée », « Modèle économique », « Partenaires et gouvernance », « Scénarios de portage et forme juridique », « Impact attendu et indicateurs » et « Risques » sont vides. Rédigez-les, enregistrez une nouvelle version, puis marquez-la comme définitive.",
      details: { guards: ["studySectionsFilled"] },
    });
    const study = await getCurrentStudy(deps, world.officer, initiativeId);
    expect(study.ok && study.value.hasFinal).toBe(false);
  });

  it("the team marks a version final; another Fabrique and a plain partner do not see the study", async () => {
    const complete = await saveStudy(deps, world.officer, initiativeId, {
      baseVersion: 3,
      sections: {
        needs: "120 seniors isolés dans le quartier",
        existing_offer: "Aucun service de proximité ouvert le samedi",
        benchmark: "Conciergeries solidaires du réseau",
        service_offer: "Courses, petites réparations, démarches",
        economic_model: "Ventes et subventions",
        partners_governance: "Ville, bailleur, AG2R La Mondiale",
        carrier_legal_form: "Une régie de quartier existante",
        impact: "Deux emplois, 300 foyers servis",
        risks: "Peu de bénévoles",
      },
    });
    expect(complete).toEqual({ ok: true, value: { version: 4 } });
    expect(await finaliseStudyVersion(deps, world.officer, initiativeId, 4)).toEqual({
      ok: true,
      value: { version: 4 },
    });
    const study = await getCurrentStudy(deps, world.officer, initiativeId);
    expect(study.ok && study.value.hasFinal).toBe(true);
    expect(study.ok && study.value.versions.find((v) => v.version === 4)?.status).toBe("final");
    expect(await getCurrentStudy(deps, world.otherOfficer, initiativeId)).toMatchObject({
      error: "NOT_FOUND",
    });
    expect(await getCurrentStudy(deps, world.partner, initiativeId)).toMatchObject({ error: "NOT_FOUND" });
    expect(await finaliseStudyVersion(deps, world.otherOfficer, initiativeId, 1)).toMatchObject({
      error: "NOT_FOUND",
    });
    expect(await finaliseStudyVersion(deps, world.officer, initiativeId, 99)).toMatchObject({
      error: "NOT_FOUND",
    });
  });

  it("prefills the existing offer from the origin signals and the benchmark from the catalogue", async () => {
    const row = await createTestInitiative(deps.db, {
      fabriqueId: world.fabriqueA.id,
      title: "Garage solidaire pour la mobilité des demandeurs d'emploi",
      description: "Réparer les voitures à petit prix pour retrouver un emploi.",
    });
    const [origin] = await deps.db
      .insert(signal)
      .values({
        fabriqueId: world.fabriqueA.id,
        reference: "TST-2026-0001",
        kind: "need",
        title: "Pas de garage abordable",
        description: "Les demandeurs d'emploi ne peuvent pas réparer leur voiture.",
        territoryKind: "commune",
        territoryCode: "76540",
        channel: "commissioner",
        coverage: "partly_covered",
        coverageNote: "Une auto-école sociale existe, pas de garage",
      })
      .returning();
    await deps.db.insert(initiativeSignal).values({ initiativeId: row.id, signalId: origin!.id });
    const model = await insertModel(deps.db, {
      title: "Garage solidaire",
      summary: "Un garage associatif qui répare à prix réduit les voitures des personnes en insertion.",
      description: "Réparation de véhicules, location de voitures, mobilité vers l'emploi.",
      themes: ["mobilite"],
      status: "published",
    });
    const prefill = await proposeStudyPrefill(deps, world.officer, row);
    expect(prefill.existing_offer).toContain("TST-2026-0001");
    expect(prefill.existing_offer).toContain(
      "Partiellement couvert — Une auto-école sociale existe, pas de garage",
    );
    expect(prefill.benchmark).toContain(`/catalogue/${model.id}`);
    expect(prefill.benchmark).toContain("Garage solidaire");
  });

  it("exports the study as a PDF", async () => {
    const pdf = await getStudyPdf(deps, world.officer, initiativeId);
    if (!pdf.ok) throw new Error(pdf.error);
    expect(pdf.value.content.subarray(0, 4).toString("latin1")).toBe("%PDF");
    expect(pdf.value.filename).toMatch(/v4\.pdf$/);
    expect(await getStudyPdf(deps, world.otherOfficer, initiativeId)).toMatchObject({ error: "NOT_FOUND" });
  });

  it("the concurrency token is `version`; `baseVersion`, its former name, is still accepted", async () => {
    const fresh = (
      await createTestInitiative(deps.db, { fabriqueId: world.fabriqueA.id, stage: "opportunity_study" })
    ).id;
    const app = await buildServer(deps);
    const auth = { authorization: `Bearer ${await world.token(world.officer.userId)}` };
    const put = (payload: Record<string, unknown>) =>
      app.inject({ method: "PUT", url: `/api/v1/initiatives/${fresh}/study`, headers: auth, payload });

    expect((await put({ version: 0, sections: { context: "Premier jet" } })).json()).toEqual({ version: 1 });
    expect((await put({ baseVersion: 1, sections: { context: "Second jet" } })).json()).toEqual({
      version: 2,
    });
    const stale = await put({ version: 1, sections: { context: "Jet en retard" } });
    expect(stale.statusCode).toBe(409);
    const missing = await put({ sections: { context: "Sans version" } });
    expect(missing.statusCode).toBe(400);
    expect(Object.keys(missing.json().fields)).toEqual(["version"]);

    const doc = (await app.inject({ method: "GET", url: "/api/v1/openapi.json" })).json();
    const body =
      doc.paths["/api/v1/initiatives/{id}/study"].put.requestBody.content["application/json"].schema;
    expect(body.properties.baseVersion.deprecated).toBe(true);
    await app.close();
  });

  describe("through the API", () => {
    it("PUT with a stale baseVersion answers 409, another Fabrique's token 404", async () => {
      const app = await buildServer(deps);
      const token = await world.token(world.officer.userId);
      const otherToken = await world.token(world.otherOfficer.userId);
      const auth = { authorization: `Bearer ${token}` };

      const got = await app.inject({
        method: "GET",
        url: `/api/v1/initiatives/${initiativeId}/study`,
        headers: auth,
      });
      expect(got.statusCode).toBe(200);
      expect(got.json().current.version).toBe(4);

      const saved = await app.inject({
        method: "PUT",
        url: `/api/v1/initiatives/${initiativeId}/study`,
        headers: auth,
        payload: { baseVersion: 4, sections: { risks: "Peu de bénévoles" } },
      });
      expect(saved.statusCode).toBe(201);
      expect(saved.json()).toEqual({ version: 5 });

      const stale = await app.inject({
        method: "PUT",
        url: `/api/v1/initiatives/${initiativeId}/study`,
        headers: auth,
        payload: { baseVersion: 4, sections: { risks: "Autre texte" } },
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ error: "CONFLICT", currentVersion: 5, byName: "Chloé Chargée" });

      const versions = await app.inject({
        method: "GET",
        url: `/api/v1/initiatives/${initiativeId}/study/versions`,
        headers: auth,
      });
      expect(versions.json().versions.map((v: { version: number }) => v.version)).toEqual([5, 4, 3, 2, 1]);

      const pdf = await app.inject({
        method: "GET",
        url: `/api/v1/initiatives/${initiativeId}/study/pdf`,
        headers: auth,
      });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.rawPayload.subarray(0, 4).toString("latin1")).toBe("%PDF");

      for (const [method, url] of [
        ["GET", `/api/v1/initiatives/${initiativeId}/study`],
        ["GET", `/api/v1/initiatives/${initiativeId}/study/versions`],
        ["PUT", `/api/v1/initiatives/${initiativeId}/study`],
      ] as const) {
        const response = await app.inject({
          method,
          url,
          headers: { authorization: `Bearer ${otherToken}` },
          payload: method === "PUT" ? { baseVersion: 5, sections: { risks: "Intrus" } } : undefined,
        });
        expect(response.statusCode, `${method} ${url}`).toBe(404);
      }
      await app.close();
    });
  });
});
