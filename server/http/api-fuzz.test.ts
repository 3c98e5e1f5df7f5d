import { writeFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../seed/demo";
import { demoIds } from "../seed/demo-ids";
import { createBearerToken } from "../seed/factories";
import { hostilePathSegment, hostileQueryValue, mutate, mutation } from "../testing/hostile-input";
import { type JsonSchema, type ValueHints, validValue } from "../testing/schema-arbitrary";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { buildServer } from "./server";

/**
 * The fuzz test (issue 13): every operation of the OpenAPI document receives malformed, boundary
 * and hostile values — wrong types, NUL bytes, huge integers, impossible dates, overlong text,
 * unknown codes, garbage path parameters, missing and extra fields — from an officer of one
 * Fabrique and from nobody. No answer may be a 5xx; a refused request may write nothing; a
 * refusal speaks French sentences, never the validator's raw text. Fixed seed: the same requests
 * on every run and on both databases.
 */

type Parameter = { name: string; in: "path" | "query"; required?: boolean; schema: JsonSchema };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  security?: unknown[];
};
type Request = {
  method: string;
  url: string;
  payload?: string;
  contentType?: string;
  authorization?: string;
};
type Actor = "officer" | "anonymous";

const SEED = 20261207;
const RUNS = { officer: 20, anonymous: 4, anonymousPublic: 20 } as const;

/**
 * Tables a refused request may still write, and why: the API token's last use (written as soon as
 * the token is read) and the attempts of the public form, counted even when refused (anti-spam).
 */
const BOOKKEEPING_TABLES = new Set(["api_token", "signal_submission_attempt", "fuzz_write"]);

/** What the validator writes when nobody wrote a sentence for people (zod's own French locale). */
const RAW_VALIDATOR_TEXT =
  /^(Entrée|Option|Chaîne de caractères|Nombre) invalide|Trop (grand|petit) :|non reconnues? :|Clé invalide|Valeur invalide dans| invalide$|[<>]=?-?\d/;

describe("every API operation under malformed, boundary and hostile input", () => {
  let deps: TestDeps;
  let app: FastifyInstance;
  let token = "";
  let spareToken = "";
  let operations: { method: string; path: string; operation: Operation }[] = [];
  const pathValues = new Map<string, string[]>();
  let hints: ValueHints = { uuids: [], byName: {} };
  let client = 0;
  const counts = { requests: 0, refused: 0, serverErrors: 0 };
  const statuses: string[] = [];

  const rows = async (query: ReturnType<typeof sql>) =>
    (await deps.db.execute(query)).rows.map((row) => String(Object.values(row)[0]));

  beforeAll(async () => {
    deps = await createTestDeps();
    await seedDemo(deps.db);
    token = await createBearerToken(deps.db, demoIds.users.adress);
    // A second token of the same officer, so that revoking tokens never revokes the fuzzer's own.
    spareToken = await createBearerToken(deps.db, demoIds.users.adress);
    await recordWrites();
    app = await buildServer(deps);
    const doc = (await app.inject({ method: "GET", url: "/api/v1/openapi.json" })).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    operations = Object.entries(doc.paths).flatMap(([path, byMethod]) =>
      Object.entries(byMethod).map(([method, operation]) => ({
        method: method.toUpperCase(),
        path,
        operation,
      })),
    );
    await collectRealValues();
  }, 600_000);
  afterAll(async () => {
    console.info(
      `API fuzz: ${counts.requests} requests to ${operations.length} operations, ${counts.refused} refused, ${counts.serverErrors} answered 5xx`,
    );
    if (process.env.FUZZ_DEBUG) writeFileSync(process.env.FUZZ_DEBUG, statuses.join("\n"));
    await app?.close();
    await deps?.close();
  });

  /** Every row written goes to `fuzz_write`, in the writer's transaction (so a rollback undoes it). */
  async function recordWrites() {
    await deps.db.execute(
      sql.raw(`create table fuzz_write (table_name text not null);
      create function fuzz_note_write() returns trigger language plpgsql as $$
      begin insert into fuzz_write values (TG_TABLE_NAME); return null; end $$;`),
    );
    const tables = await rows(
      // The attempt counters are meant to be written by refused attempts (decision record 0041).
      sql`select tablename from pg_tables where schemaname = 'public'
          and tablename not in ('fuzz_write', 'rate_limit')`,
    );
    for (const table of tables) {
      await deps.db.execute(
        sql.raw(`create trigger fuzz_note after insert or update or delete on "${table}"
          for each row execute function fuzz_note_write()`),
      );
    }
  }

  async function collectRealValues() {
    const adress = demoIds.fabriques.adress;
    const other = demoIds.fabriques.emergence;
    const of = (table: string, column = "fabrique_id") =>
      rows(
        sql.raw(
          `(select id::text from "${table}" where ${column} = '${adress}' order by id limit 4)
           union all (select id::text from "${table}" where ${column} = '${other}' order by id limit 1)`,
        ),
      );
    const initiatives = await of("initiative");
    const signals = await of("signal");
    const ownInitiatives = `(select id from initiative where fabrique_id = '${adress}')`;
    const byInitiative = (table: string) =>
      rows(
        sql.raw(
          `select id::text from "${table}" where initiative_id in ${ownInitiatives} order by id limit 4`,
        ),
      );
    const values: Record<string, string[]> = {
      "/api/v1/initiatives/{id}": [
        ...initiatives,
        ...(await rows(sql`select reference from initiative where fabrique_id = ${adress} limit 2`)),
      ],
      "/api/v1/signals/{id}": [
        ...signals,
        ...(await rows(sql`select reference from signal where fabrique_id = ${adress} limit 2`)),
      ],
      "/api/v1/campaigns/{id}": await of("campaign"),
      "/api/v1/models/{id}": await rows(sql`select id::text from model order by id limit 4`),
      "/api/v1/forecasts/{id}": await byInitiative("forecast"),
      "/api/v1/meetings/{id}": await of("meeting"),
      "/api/v1/tasks/{id}": await of("task"),
      "/api/v1/documents/{id}": await of("document"),
      "/api/v1/organisations/{id}": await of("organisation"),
      "/api/v1/auth/tokens/{id}": await rows(
        sql`select id::text from api_token where prefix = ${spareToken.slice(0, 12)}`,
      ),
      "/api/v1/fabriques/{slug}": ["adress", "emergence", "premiere-brique"],
      "{carrierId}": await byInitiative("carrier_candidate"),
      "{partnerId}": await byInitiative("initiative_partner"),
      "{version}": ["1", "2", "3"],
      "{kind}": ["commune", "epci", "departement", "region", "qpv"],
      "{code}": ["76540", "200023414", "76", "28", "QN07601M"],
    };
    for (const [key, list] of Object.entries(values)) pathValues.set(key, list.length ? list : ["1"]);
    const uuids = Object.values(values)
      .flat()
      .filter((v) => /^[0-9a-f-]{36}$/.test(v));
    hints = {
      uuids: [
        ...uuids,
        ...(await of("programme")),
        ...(await rows(sql`select id::text from "user" limit 3`)),
      ],
      byName: {
        themes: await rows(sql`select code from theme order by position limit 6`),
        theme: await rows(sql`select code from theme order by position limit 3`),
        publics: ["seniors", "personnes-en-situation-de-handicap", "femmes"],
        fabrique: ["adress", "emergence"],
        code: ["76540", "76231", "200023414", "76"],
        territory: ["commune:76540", "epci:200023414", "departement:76"],
        signalIds: signals.slice(0, 3),
        email: ["adress@essaim.demo", "claire.martin@exemple.fr"],
        password: ["essaim-demo", "mauvais-mot-de-passe"],
      },
    };
  }

  /** Real values of a path parameter: the officer's own rows, another Fabrique's, references. */
  function realPathValues(path: string, name: string): string[] {
    const prefix = path.slice(0, path.indexOf(`{${name}}`) + name.length + 2);
    return pathValues.get(prefix) ?? pathValues.get(`{${name}}`) ?? ["1"];
  }

  /**
   * A well-formed request, then at most one hostile change to one of its parts: a path segment,
   * a query value, the body (one field or the whole), an unknown parameter, a body that is not JSON.
   * One change at a time, so the rest passes the checks and the hostile value goes as deep as it can.
   */
  function requestArbitrary(entry: (typeof operations)[number], actor: Actor): fc.Arbitrary<Request> {
    const parameters = entry.operation.parameters ?? [];
    const names = parameters.filter((p) => p.in === "path").map((p) => p.name);
    const queryParameters = parameters.filter((p) => p.in === "query");
    const schema = entry.operation.requestBody?.content["application/json"]?.schema;
    const target = fc.oneof(
      { weight: 2, arbitrary: fc.constant("none" as const) },
      { weight: names.length ? 3 : 0, arbitrary: fc.constant("path" as const) },
      { weight: queryParameters.length ? 3 : 0, arbitrary: fc.constant("query" as const) },
      { weight: schema ? 9 : 0, arbitrary: fc.constant("body" as const) },
      { weight: 1, arbitrary: fc.constant("unknown" as const) },
      { weight: schema ? 1 : 0, arbitrary: fc.constant("broken" as const) },
    );
    const authorization =
      actor === "officer"
        ? fc.constant(`Bearer ${token}`)
        : fc.option(
            fc.constantFrom("Bearer essaim_faux", "Basic YWRtaW46YWRtaW4=", `Bearer ${"a".repeat(5000)}`),
            { nil: undefined, freq: 3 },
          );
    return fc
      .record({
        path: fc.tuple(...names.map((name) => fc.constantFrom(...realPathValues(entry.path, name)))),
        query: fc.tuple(
          ...queryParameters.map((p) =>
            fc.option(
              validValue(p.schema, hints).map((value) => String(value)),
              { nil: undefined, freq: 2 },
            ),
          ),
        ),
        body: schema ? validValue(schema, hints) : fc.constant(undefined),
        target,
        at: fc.nat(),
        segment: hostilePathSegment,
        queryValue: hostileQueryValue,
        change: mutation,
        unknown: fc.constantFrom("inconnu", "form", "page[0]", "a\u0000"),
        broken: fc.constantFrom(
          { payload: '{"title": "ouvert', contentType: "application/json" },
          { payload: "", contentType: "application/json" },
          { payload: "titre=Bonjour%00", contentType: "application/x-www-form-urlencoded" },
          { payload: "du texte", contentType: "text/plain" },
          { payload: '"\\u0000"', contentType: "application/json" },
        ),
        authorization,
      })
      .map((c) => {
        const segments = c.path.map(encodeURIComponent);
        if (c.target === "path" && segments.length) segments[c.at % segments.length] = c.segment;
        const url = names.reduce((u, name, i) => u.replace(`{${name}}`, segments[i]!), entry.path);
        const search = new URLSearchParams();
        queryParameters.forEach((p, i) => {
          const hostile = c.target === "query" && i === c.at % queryParameters.length;
          const value = hostile ? c.queryValue : c.query[i];
          if (value !== undefined) search.append(p.name, value);
        });
        if (c.target === "unknown") search.append(c.unknown, c.queryValue);
        const query = search.toString();
        const body =
          c.target === "broken"
            ? c.broken
            : schema
              ? { payload: JSON.stringify(c.target === "body" ? mutate(c.body, c.change) : c.body) ?? "null" }
              : undefined;
        return {
          method: entry.method,
          url: query ? `${url}?${query}` : url,
          payload: body?.payload,
          contentType: body ? ("contentType" in body ? body.contentType : "application/json") : undefined,
          authorization: c.authorization,
        };
      });
  }

  async function send(request: Request): Promise<string[]> {
    const headers: Record<string, string> = {};
    if (request.authorization) headers.authorization = request.authorization;
    if (request.contentType) headers["content-type"] = request.contentType;
    counts.requests++;
    const started = performance.now();
    const response = await app.inject({
      method: request.method as "GET",
      url: request.url,
      payload: request.payload,
      headers,
      // One address per request: the rate limits must not hide what lies behind them.
      remoteAddress: `10.${(client >> 16) & 255}.${(client >> 8) & 255}.${client++ & 255}`,
    });
    const problems: string[] = [];
    if (response.statusCode >= 500) counts.serverErrors++;
    if (response.statusCode >= 500) problems.push(`${response.statusCode} ${response.body.slice(0, 200)}`);
    if (response.statusCode >= 400) {
      counts.refused++;
      const body = safeJson(response.body);
      if (!body || typeof body.error !== "string" || typeof body.message !== "string") {
        problems.push(`refusal without a JSON error: ${response.body.slice(0, 200)}`);
      } else {
        for (const text of [body.message, ...Object.values(body.fields ?? {})]) {
          if (RAW_VALIDATOR_TEXT.test(String(text))) problems.push(`raw validator text: ${text}`);
        }
      }
    }
    const written = await rows(sql`delete from fuzz_write returning table_name`);
    const changed = [...new Set(written.filter((table) => !BOOKKEEPING_TABLES.has(table)))];
    if (response.statusCode >= 400 && changed.length) {
      problems.push(`refused (${response.statusCode}) but wrote to ${changed.join(", ")}`);
    }
    if (process.env.FUZZ_DEBUG)
      statuses.push(
        `${request.method} ${request.url.split("?")[0]} ${response.statusCode} ${Math.round(performance.now() - started)} ${response.statusCode === 400 ? JSON.stringify(safeJson(response.body)?.fields ?? safeJson(response.body)?.message).slice(0, 150) : ""}`,
      );
    return problems;
  }

  async function fuzz(actor: Actor) {
    const found = new Map<string, string>();
    for (const [index, entry] of operations.entries()) {
      const isPublic = !entry.operation.security?.length;
      const runs = actor === "officer" ? RUNS.officer : isPublic ? RUNS.anonymousPublic : RUNS.anonymous;
      const requests = fc.sample(requestArbitrary(entry, actor), { seed: SEED + index, numRuns: runs });
      for (const request of requests) {
        for (const problem of await send(request)) {
          const key = `${entry.method} ${entry.path}: ${problem.replace(/[0-9a-f-]{36}/g, "…").slice(0, 120)}`;
          if (!found.has(key))
            found.set(
              key,
              `${request.method} ${request.url.slice(0, 300)} ${request.payload?.slice(0, 300) ?? ""}`,
            );
        }
      }
    }
    const problems = [...found].map(([problem, example]) => `${problem}\n    e.g. ${example}`);
    // The whole list, not the first lines of a diff: each line is one thing to fix.
    if (problems.length) console.error(`${problems.length} problems (${actor}):\n${problems.join("\n")}`);
    return problems;
  }

  it("finds no 5xx, no write on refusal, no raw validator text, signed in as an officer of one Fabrique", async () => {
    expect(await fuzz("officer")).toEqual([]);
  }, 600_000);

  it("finds no 5xx, no write on refusal, no raw validator text, anonymously", async () => {
    expect(await fuzz("anonymous")).toEqual([]);
  }, 600_000);
});

function safeJson(
  text: string,
): { error?: unknown; message?: unknown; fields?: Record<string, unknown> } | null {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
