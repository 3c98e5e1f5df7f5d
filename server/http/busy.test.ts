import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { buildServer } from "./server";

/*
 * A crowd beyond what the process serves at once gets 503 with Retry-After and a French message at
 * once (decision record 0046), rather than a queue that grows until requests time out.
 */
describe("requests beyond the limit in progress", () => {
  let deps: TestDeps;
  let app: FastifyInstance;
  let base: string;

  beforeAll(async () => {
    deps = await createTestDeps({ config: { maxRequests: 1 } });
    app = await buildServer(deps);
    await app.listen({ port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app?.close();
    await deps?.close();
  });

  it("refuses the next request while one is in progress, and serves again once it ended", async () => {
    // A request in progress: its headers arrived, its body never will until we end it.
    const slow = httpRequest(`${base}/api/v1/models/search`, {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": "1000" },
    });
    slow.on("error", () => {});
    slow.flushHeaders();
    await new Promise((resolve) => setTimeout(resolve, 300));

    const refused = await fetch(`${base}/api/v1/models/search?q=jardin`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("5");
    expect(await refused.json()).toMatchObject({
      error: "BUSY",
      message: "Essaim reçoit trop de demandes en ce moment. Réessayez dans quelques secondes.",
    });
    const page = await fetch(`${base}/catalogue`);
    expect(page.status).toBe(503);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(await page.text()).toContain("Réessayez dans quelques secondes");
    // The health check is never refused: a load balancer must not take a busy process for dead.
    expect((await fetch(`${base}/healthz`)).status).toBe(200);

    slow.destroy();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const served = await fetch(`${base}/api/v1/models/search?q=jardin`);
    expect(served.status).toBe(200);
  });
});
