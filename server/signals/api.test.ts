import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "../http/server";
import { addMembership, createBearerToken, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";

const need = {
  fabrique: "api-a",
  kind: "need",
  title: "Une conciergerie pour les seniors",
  description: "Les personnes âgées du quartier n'ont plus de services de proximité depuis deux ans.",
  territory: { kind: "commune", code: "76540" },
  themes: ["bien-vieillir"],
  submitter: { name: "Claire Martin", email: "claire@exemple.fr", type: "association" },
  consent: true,
};

describe("the signals API", () => {
  let deps: TestDeps;
  let app: FastifyInstance;
  const tokens = {} as Record<"officerA" | "officerB", string>;
  let client = 0;
  const remoteAddress = () => `198.51.100.${++client}`;

  const tokenFor = (userId: string) => createBearerToken(deps.db, userId);
  const as = (who: keyof typeof tokens) => ({ authorization: `Bearer ${tokens[who]}` });
  const submit = (payload: object, address = remoteAddress()) =>
    app.inject({ method: "POST", url: "/api/v1/public/signals", payload, remoteAddress: address });

  beforeAll(async () => {
    deps = await createTestDeps();
    const a = await createFabrique(deps.db, { slug: "api-a", name: "Fabrique A" });
    const b = await createFabrique(deps.db, { slug: "api-b", name: "Fabrique B" });
    const officerA = await createUser(deps.db);
    const officerB = await createUser(deps.db);
    await addMembership(deps.db, { userId: officerA.id, fabriqueId: a.id, role: "officer" });
    await addMembership(deps.db, { userId: officerB.id, fabriqueId: b.id, role: "officer" });
    tokens.officerA = await tokenFor(officerA.id);
    tokens.officerB = await tokenFor(officerB.id);
    app = await buildServer(deps);
  });
  afterAll(async () => {
    await app?.close();
    await deps?.close();
  });

  it("anyone submits a need without an account and gets its reference", async () => {
    const response = await submit(need);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({
      id: expect.any(String),
      reference: expect.stringMatching(/^API-2026-\d{4}$/),
    });
  });

  it("bad input answers 400 with a French message per field", async () => {
    const response = await submit({
      ...need,
      title: "",
      submitter: { ...need.submitter, email: "non" },
      consent: false,
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error).toBe("INVALID_INPUT");
    expect(body.fields).toEqual({
      title: "Donnez un titre d'au moins 5 caractères.",
      "submitter.email": "Indiquez une adresse e-mail valide, pour que la Fabrique puisse vous répondre.",
      consent:
        "Cochez la case pour accepter le traitement de vos données ; sans cela nous ne pouvons rien enregistrer.",
    });
  });

  it("one address sending many signals is not locked out: marked suspected beyond the limit, refused only beyond the ceiling", async () => {
    const address = "203.0.113.7";
    const sent: { statusCode: number; id?: string }[] = [];
    for (let i = 0; i < 51; i++) {
      const response = await submit(need, address);
      sent.push({ statusCode: response.statusCode, id: response.json().id });
    }
    expect(sent.slice(0, 50).every((s) => s.statusCode === 201)).toBe(true);
    expect(sent[50]!.statusCode).toBe(429);
    expect(sent[50]).toMatchObject({ id: undefined });
    const spamOf = async (id: string) =>
      (await app.inject({ method: "GET", url: `/api/v1/signals/${id}`, headers: as("officerA") })).json();
    expect(await spamOf(sent[9]!.id!)).toMatchObject({ spam: null, spamReasons: [] });
    expect(await spamOf(sent[10]!.id!)).toMatchObject({ spam: "suspected", spamReasons: ["volume"] });
    expect((await submit(need)).statusCode).toBe(201);
  });

  it("the API honours the honeypot like the page: kept, marked suspected, the robot told nothing", async () => {
    const response = await submit({ ...need, website: "http://spam.example" });
    expect(response.statusCode).toBe(201);
    const created = response.json() as { id: string };
    const read = await app.inject({
      method: "GET",
      url: `/api/v1/signals/${created.id}`,
      headers: as("officerA"),
    });
    expect(read.json()).toMatchObject({ spam: "suspected", spamReasons: ["honeypot"] });
    const listed = await app.inject({
      method: "GET",
      url: "/api/v1/signals?spam=suspected",
      headers: as("officerA"),
    });
    expect(listed.json().signals.map((s: { id: string }) => s.id)).toContain(created.id);
  });

  it("the team confirms or clears a mark through the API; another Fabrique gets 404", async () => {
    const created = (await submit({ ...need, website: "x" })).json() as { id: string };
    const url = `/api/v1/signals/${created.id}/spam`;
    const other = await app.inject({
      method: "POST",
      url,
      headers: as("officerB"),
      payload: { verdict: "confirm" },
    });
    expect(other.statusCode).toBe(404);
    const wrong = await app.inject({
      method: "POST",
      url,
      headers: as("officerA"),
      payload: { verdict: "oui" },
    });
    expect(wrong.statusCode).toBe(400);
    const confirmed = await app.inject({
      method: "POST",
      url,
      headers: as("officerA"),
      payload: { verdict: "confirm" },
    });
    expect(confirmed.json()).toMatchObject({ id: created.id, spam: "confirmed" });
    const list = async (query: string) =>
      (await app.inject({ method: "GET", url: `/api/v1/signals${query}`, headers: as("officerA") }))
        .json()
        .signals.map((s: { id: string }) => s.id);
    expect(await list("?perPage=200")).not.toContain(created.id);
    expect(await list("?spam=confirmed")).toContain(created.id);
  });

  it("another Fabrique's signal answers 404 with a bearer token, read, edit or transition", async () => {
    const created = (await submit(need)).json() as { id: string };
    const url = `/api/v1/signals/${created.id}`;
    expect((await app.inject({ method: "GET", url, headers: as("officerA") })).statusCode).toBe(200);
    expect((await app.inject({ method: "GET", url, headers: as("officerB") })).statusCode).toBe(404);
    const patch = await app.inject({
      method: "PATCH",
      url,
      headers: as("officerB"),
      payload: { version: 1, title: "Titre changé ailleurs" },
    });
    expect(patch.statusCode).toBe(404);
    const transition = await app.inject({
      method: "POST",
      url: `${url}/transitions`,
      headers: as("officerB"),
      payload: { to: "qualified" },
    });
    expect(transition.statusCode).toBe(404);
    const matches = await app.inject({ method: "GET", url: `${url}/matches`, headers: as("officerA") });
    expect(matches.statusCode).toBe(200);
    expect(Object.keys(matches.json()).sort()).toEqual([
      "initiatives",
      "models",
      "offer",
      "offerByText",
      "offerTotal",
      "similar",
      "unavailable",
    ]);
    expect(
      (await app.inject({ method: "GET", url: `${url}/matches`, headers: as("officerB") })).statusCode,
    ).toBe(404);
    const list = await app.inject({ method: "GET", url: "/api/v1/signals", headers: as("officerB") });
    expect(list.json().signals).toEqual([]);
    expect((await app.inject({ method: "GET", url })).statusCode).toBe(401);
  });

  it("the team records, qualifies and edits; a refused transition and a stale edit answer 409", async () => {
    const created = await app.inject({
      method: "POST",
      url: "/api/v1/signals",
      headers: as("officerA"),
      payload: {
        kind: "resource",
        title: "Ancienne supérette vacante",
        description: "Un local commercial de 120 m² est vide depuis un an au pied des immeubles.",
        territory: { kind: "commune", code: "76540" },
        channel: "commissioner",
        sourceOrganisation: "Ville de Rouen",
      },
    });
    expect(created.statusCode).toBe(201);
    const { id } = created.json() as { id: string };
    const url = `/api/v1/signals/${id}`;
    const refused = await app.inject({
      method: "POST",
      url: `${url}/transitions`,
      headers: as("officerA"),
      payload: { to: "rejected", reason: "" },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      error: "TRANSITION_REFUSED",
      message: expect.stringMatching(/motif/),
    });
    const qualified = await app.inject({
      method: "POST",
      url: `${url}/transitions`,
      headers: as("officerA"),
      payload: { to: "qualified", reason: "Vu avec la ville" },
    });
    expect(qualified.statusCode).toBe(200);
    expect(qualified.json()).toMatchObject({ fromStatus: "new", status: "qualified", version: 2 });
    const edit = await app.inject({
      method: "PATCH",
      url,
      headers: as("officerA"),
      payload: { version: 1, title: "Supérette vacante place du marché" },
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error).toBe("CONFLICT");
    const fresh = await app.inject({
      method: "PATCH",
      url,
      headers: as("officerA"),
      payload: { version: 2, title: "Supérette vacante place du marché" },
    });
    expect(fresh.statusCode).toBe(200);
    const read = (await app.inject({ method: "GET", url, headers: as("officerA") })).json();
    expect(read).toMatchObject({
      title: "Supérette vacante place du marché",
      status: "qualified",
      channel: "commissioner",
      version: 3,
      territory: { kind: "commune", code: "76540", name: "Rouen" },
    });
    expect(read.events.map((e: { toStatus: string }) => e.toStatus)).toEqual(["new", "qualified"]);
    const filtered = await app.inject({
      method: "GET",
      url: "/api/v1/signals?territory=epci:200023414&status=qualified",
      headers: as("officerA"),
    });
    expect(filtered.json().signals.map((s: { id: string }) => s.id)).toEqual([id]);
  });
});
