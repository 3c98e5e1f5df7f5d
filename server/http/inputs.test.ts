import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveTokenActor } from "../accounts/resolve-actor";
import { fixedClock } from "../core/clock";
import { seedDemo } from "../seed/demo";
import { demoIds } from "../seed/demo-ids";
import { addMembership, createBearerToken, createFabrique, createUser } from "../seed/factories";
import { createSignal } from "../signals/create-signal";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { buildServer } from "./server";

/** Issue 13: every input is checked before the database sees it, and refused in French. */
describe("inputs checked before the database", () => {
  let deps: TestDeps;
  let app: FastifyInstance;
  let token = "";
  let signal = { id: "", reference: "" };
  let initiative = { id: "", reference: "" };

  const call = (method: string, url: string, payload?: object) =>
    app.inject({
      method: method as "GET",
      url,
      payload,
      headers: { authorization: `Bearer ${token}` },
    });
  const first = async <T>(query: ReturnType<typeof sql>) => (await deps.db.execute(query)).rows[0] as T;

  beforeAll(async () => {
    deps = await createTestDeps();
    await seedDemo(deps.db);
    token = await createBearerToken(deps.db, demoIds.users.adress);
    signal = await first(sql`select id, reference from signal
      where fabrique_id = ${demoIds.fabriques.adress} and status in ('new', 'qualified') order by reference limit 1`);
    initiative = await first(
      sql`select id, reference from initiative where id = ${demoIds.initiatives.rouenConciergerie}`,
    );
    app = await buildServer(deps);
  });
  afterAll(async () => {
    await app?.close();
    await deps?.close();
  });

  const campaign = { title: "Appel d'hiver", question: "Quels besoins cet hiver ?" };

  it("refuses dates the calendar does not have, in French, naming the field", async () => {
    const refusals = [
      await call("POST", "/api/v1/campaigns", { ...campaign, opensOn: "2026-02-30", closesOn: "2026-03-30" }),
      await call("POST", "/api/v1/campaigns", { ...campaign, opensOn: "2026-12-01", closesOn: "2027-02-29" }),
      await call("POST", `/api/v1/signals/${signal.id}/transitions`, {
        to: "parked",
        reason: "À revoir au printemps",
        wakeUpOn: "2027-02-30",
      }),
      await call("POST", `/api/v1/initiatives/${initiative.id}/transitions`, {
        to: "dormant",
        reason: "En pause",
        wakeUpOn: "2027-02-30",
      }),
      await call("POST", "/api/v1/organisations", { name: "Association des Quais", esusUntil: "2027-02-30" }),
      await call("GET", "/api/v1/signals?to=2026-13-45"),
    ];
    const fields = ["opensOn", "closesOn", "wakeUpOn", "wakeUpOn", "esusUntil", "to"];
    refusals.forEach((response, i) => {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().fields[fields[i]!]).toMatch(/date qui existe|date/i);
    });
    expect(refusals[5]!.json().fields.to).toContain("JJ/MM/AAAA");
  });

  it("refuses NUL bytes in paths, queries and bodies with a 400, the public submission included", async () => {
    expect((await call("GET", "/api/v1/fabriques/%00")).statusCode).toBe(400);
    expect((await call("GET", "/api/v1/signals?theme=a%00b")).json().fields.theme).toMatch(/octet nul/);
    const publicSignal = await app.inject({
      method: "POST",
      url: "/api/v1/public/signals",
      payload: {
        fabrique: "adress",
        kind: "need",
        title: "Une laverie\u0000 solidaire",
        description: "Pas de laverie accessible dans le quartier depuis la fermeture de la dernière.",
        territory: { kind: "commune", code: "76540" },
        themes: ["bien-vieillir"],
        submitter: { name: "Claire Martin", email: "claire@exemple.fr", type: "resident" },
        consent: true,
      },
    });
    expect(publicSignal.statusCode).toBe(400);
    expect(publicSignal.json().fields.title).toMatch(/octet nul/);
  });

  it("bounds every integer to what its column holds", async () => {
    const stale = await call("PATCH", `/api/v1/signals/${signal.id}`, {
      version: 2147483648,
      title: "Un titre",
    });
    expect(stale.statusCode).toBe(400);
    expect(stale.json().fields.version).toBeTruthy();
    const study = await call("GET", `/api/v1/initiatives/${initiative.id}/study/versions/2147483648`);
    expect(study.statusCode).toBe(400);
    expect(study.json().fields.version).toMatch(
      /^Saisissez un nombre inférieur ou égal à 2\s147\s483\s647\.$/,
    );
  });

  it("filters projects by the day they were opened, and names an unknown parameter", async () => {
    const all = (await call("GET", "/api/v1/initiatives?perPage=200")).json().total as number;
    const future = await call("GET", "/api/v1/initiatives?from=2099-01-01");
    expect(future.statusCode).toBe(200);
    expect(future.json().total).toBe(0);
    expect(all).toBeGreaterThan(0);
    const past = await call("GET", "/api/v1/initiatives?to=2000-01-01");
    expect(past.json().total).toBe(0);
    const typo = await call("GET", "/api/v1/initiatives?form=2026-01-01");
    expect(typo.statusCode).toBe(400);
    expect(typo.json().fields.form).toMatch(/^Paramètre inconnu : « form »\. Paramètres acceptés : .*from/);
  });

  it("checks every code against its list: an unknown public is refused", async () => {
    const response = await call("POST", "/api/v1/initiatives", {
      title: "Une laverie solidaire",
      territory: { kind: "commune", code: "76540" },
      entryPoint: "need",
      publics: ["bogus"],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields["publics.0"]).toMatch(
      /^Ce code n'existe pas : choisissez parmi .*« seniors »/,
    );
  });

  it("writes sentences for people, never the validator's own text", async () => {
    const response = await call("POST", "/api/v1/signals", {
      kind: "besoin",
      title: "Une laverie solidaire",
      description: "Pas de laverie accessible dans le quartier depuis deux ans.",
      territory: { kind: "commune", code: "76540" },
      channel: "workshop",
      themes: Array.from({ length: 11 }, () => "mobilite"),
    });
    expect(response.statusCode).toBe(400);
    const { fields } = response.json();
    expect(fields.themes).toBe("Choisissez au plus 10 valeurs.");
    for (const message of Object.values(fields) as string[]) {
      expect(message).not.toMatch(/Trop (grand|petit)|Option invalide|Entrée invalide|[<>]=/);
      expect(message).toMatch(/\.$/);
    }
  });

  it("finds signals and projects by their reference in the API, never another Fabrique's", async () => {
    const bySignal = await call("GET", `/api/v1/signals/${signal.reference}`);
    expect(bySignal.statusCode).toBe(200);
    expect(bySignal.json().id).toBe(signal.id);
    const byInitiative = await call(
      "GET",
      `/api/v1/initiatives/${initiative.reference.toLowerCase()}/journal`,
    );
    expect(byInitiative.statusCode).toBe(200);
    const other = await first<{ reference: string }>(
      sql`select reference from signal where fabrique_id = ${demoIds.fabriques.emergence} limit 1`,
    );
    expect((await call("GET", `/api/v1/signals/${other.reference}`)).statusCode).toBe(404);
  });

  it("gives two Fabriques whose slugs start alike different prefixes, and takes the year of the Paris day", async () => {
    const recordFor = async (slug: string, at: string) => {
      const owner = await createFabrique(deps.db, { slug, name: slug });
      const officer = await createUser(deps.db);
      await addMembership(deps.db, { userId: officer.id, fabriqueId: owner.id, role: "officer" });
      const actor = (await resolveTokenActor(deps, await createBearerToken(deps.db, officer.id)))!;
      const created = await createSignal({ ...deps, clock: fixedClock(at) }, actor, {
        kind: "need",
        title: "Un local pour la recyclerie",
        description: "La recyclerie cherche un local depuis que le sien a été vendu au printemps.",
        territory: { kind: "commune", code: "76540" },
        channel: "workshop",
      });
      if (!created.ok) throw new Error(JSON.stringify(created));
      return created.value.reference;
    };
    expect(await recordFor("quartier-nord", "2026-06-01T10:00:00.000Z")).toBe("QUA-2026-0001");
    // 00:30 on 1 January 2027 in Paris is still 31 December 2026 in UTC.
    expect(await recordFor("quartier-sud", "2026-12-31T23:30:00.000Z")).toBe("QSU-2027-0001");
  });
});
