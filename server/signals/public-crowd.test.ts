import { eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signal } from "../db/schema";
import { buildServer } from "../http/server";
import { createFabrique } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";

/*
 * Issue 14's probe: 200 public submissions at the same instant, as after a newsletter. Each one
 * is accounted for: accepted with its own reference, or refused with a status that says why;
 * none gets a 5xx and no two share a reference.
 */
describe("200 simultaneous public submissions to one Fabrique", () => {
  let deps: TestDeps;
  let app: FastifyInstance;
  let fabriqueId: string;
  beforeAll(async () => {
    deps = await createTestDeps();
    fabriqueId = (await createFabrique(deps.db, { slug: "foule" })).id;
    app = await buildServer(deps);
  });
  afterAll(async () => {
    await app?.close();
    await deps?.close();
  });

  it("are all accepted with distinct references or refused with a clear status, none lost", async () => {
    const submissions = Array.from({ length: 200 }, (_, n) =>
      app.inject({
        method: "POST",
        url: "/api/v1/public/signals",
        // 150 residents, and one address that sends 50 (a shared access point, or a script).
        remoteAddress: n < 150 ? `198.51.100.${n + 1}` : "203.0.113.7",
        payload: {
          fabrique: "foule",
          kind: "need",
          title: `Une conciergerie de quartier ${n}`,
          description: "Les personnes âgées du quartier n'ont plus de services de proximité depuis deux ans.",
          territory: { kind: "commune", code: "76540" },
          themes: ["bien-vieillir"],
          submitter: { name: `Habitant ${n}`, email: `habitant${n}@exemple.fr`, type: "resident" },
          consent: true,
        },
      }),
    );
    const responses = await Promise.all(submissions);
    const statuses = new Map<number, number>();
    for (const response of responses)
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
    const accepted = responses.filter((response) => response.statusCode === 201);
    for (const response of responses) {
      expect(response.statusCode, response.body).toBeLessThan(500);
      if (response.statusCode !== 201) {
        expect(response.statusCode, response.body).toBe(429);
        expect(response.json()).toMatchObject({ error: "RATE_LIMITED", message: expect.any(String) });
      }
    }
    const references = accepted.map((response) => response.json().reference as string);
    expect(new Set(references).size, JSON.stringify(Object.fromEntries(statuses))).toBe(accepted.length);
    // What was accepted is stored, once each; nothing else is.
    const stored = await deps.db
      .select({ reference: signal.reference })
      .from(signal)
      .where(eq(signal.fabriqueId, fabriqueId));
    expect(stored.map((row) => row.reference).sort()).toEqual([...references].sort());
    expect(accepted.length).toBeGreaterThanOrEqual(150);
  });
});
