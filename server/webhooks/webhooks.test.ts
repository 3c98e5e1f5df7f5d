import { createHmac } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import type { Actor } from "../core/actor";
import { webhookDelivery, webhookEndpoint } from "../db/schema";
import { moveInitiative } from "../initiatives/move-initiative";
import { startJobQueue } from "../jobs/start-job-queue";
import { createDecision } from "../meetings/decisions";
import { createMeeting } from "../meetings/save-meeting";
import { createTestInitiative } from "../meetings/test-fixtures";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createSignal } from "../signals/create-signal";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { changeWebhook } from "./change-webhook";
import { deliverWebhook } from "./deliver-webhook";
import { listWebhooks } from "./list-webhooks";
import { registerWebhook } from "./register-webhook";
import { resendWebhook } from "./resend-webhook";

type Received = { headers: IncomingHttpHeaders; body: string };

/** A real HTTP receiver on 127.0.0.1 that answers the statuses it is given, then 200. */
async function startReceiver() {
  const received: Received[] = [];
  const answers: number[] = [];
  const server: Server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      response.statusCode = answers.shift() ?? 200;
      response.end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return { received, answers, port, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** What a receiver does: recompute the HMAC of "t.body" with the secret it was shown. */
function signatureHolds(secret: string, received: Received) {
  const header = String(received.headers["x-essaim-signature"]);
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
  if (!match) return false;
  const expected = createHmac("sha256", secret).update(`${match[1]}.${received.body}`).digest("hex");
  return expected === match[2];
}

const signalInput = (title: string) => ({
  kind: "need",
  title,
  description: "Les parents qui travaillent tôt le matin n'ont aucune solution de garde dans le quartier.",
  territory: { kind: "commune", code: "76540" },
  channel: "workshop",
});

describe("a Fabrique's outgoing webhooks", () => {
  let deps: TestDeps;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let admin: Actor;
  let officer: Actor;
  let otherAdmin: Actor;
  let fabriqueId: string;
  let otherFabriqueId: string;

  const deliveriesOf = (endpointId: string) =>
    deps.db.select().from(webhookDelivery).where(eq(webhookDelivery.endpointId, endpointId));

  beforeAll(async () => {
    receiver = await startReceiver();
    deps = await createTestDeps({ config: { webhookAllowedHosts: ["127.0.0.1"] } });
    const a = await createFabrique(deps.db, { slug: "hooks-a", name: "Fabrique des crochets" });
    const b = await createFabrique(deps.db, { slug: "hooks-b", name: "Autre Fabrique" });
    fabriqueId = a.id;
    otherFabriqueId = b.id;
    const person = async (fabrique: string, role: "admin" | "officer") => {
      const u = await createUser(deps.db);
      await addMembership(deps.db, { userId: u.id, fabriqueId: fabrique, role });
      return (await loadActor(deps, u.id))!;
    };
    admin = await person(a.id, "admin");
    officer = await person(a.id, "officer");
    otherAdmin = await person(b.id, "admin");
  });
  afterAll(async () => {
    await deps?.close();
    await receiver?.close();
  });

  const register = async (events: string[], actor = admin, slug = "hooks-a") => {
    const url = `http://127.0.0.1:${receiver.port}/essaim`;
    const created = await registerWebhook(deps, actor, slug, { url, events });
    if (!created.ok) throw new Error(JSON.stringify(created));
    return created.value;
  };

  it("refuses plain http, private and loopback addresses, and an endpoint without events, naming the field", async () => {
    const strict = { ...deps, config: { ...deps.config, webhookAllowedHosts: [] } };
    const cases = [
      { url: "http://outils.exemple.fr/hook", field: "url", says: /https:\/\// },
      { url: "https://10.1.2.3/hook", field: "url", says: /réseau privé/ },
      { url: "https://[::1]/hook", field: "url", says: /réseau privé/ },
      { url: "https://169.254.169.254/latest", field: "url", says: /réseau privé/ },
      { url: "pas une adresse", field: "url", says: /https:\/\/exemple/ },
    ];
    for (const { url, field, says } of cases) {
      const refused = await registerWebhook(strict, admin, "hooks-a", { url, events: ["signal_new"] });
      expect(!refused.ok && refused.error).toBe("INVALID_INPUT");
      expect(!refused.ok && refused.fields?.[field]).toMatch(says);
    }
    const noEvents = await registerWebhook(strict, admin, "hooks-a", {
      url: "https://outils.exemple.fr",
      events: [],
    });
    expect(!noEvents.ok && noEvents.fields?.events).toMatch(/Cochez/);
  });

  it("is managed by the Fabrique's admins only: an officer or another Fabrique's admin finds nothing", async () => {
    const url = "https://outils.exemple.fr/hook";
    for (const actor of [officer, otherAdmin]) {
      const refused = await registerWebhook(deps, actor, "hooks-a", { url, events: ["signal_new"] });
      expect(!refused.ok && refused.error).toBe("NOT_FOUND");
      const list = await listWebhooks(deps, actor, "hooks-a");
      expect(!list.ok && list.error).toBe("NOT_FOUND");
    }
  });

  it("posts a new signal to the receiver through the job queue, signed, and retries a refusal", async () => {
    const endpoint = await register(["signal_new"]);
    expect(endpoint.secret).toMatch(/^whsec_/);
    receiver.answers.push(500);
    const created = await createSignal(deps, officer, signalInput("Pas de garde en horaires décalés"));
    if (!created.ok) throw new Error(JSON.stringify(created));
    const [queued] = await deliveriesOf(endpoint.id);
    const job = await deps.database.pool.query<{ name: string; retry_limit: number; retry_backoff: boolean }>(
      "select name, retry_limit, retry_backoff from pgboss.job where id = $1",
      [queued!.id],
    );
    expect(job.rows).toEqual([{ name: "webhook-delivery", retry_limit: 4, retry_backoff: true }]);
    // The queue's 30 s first delay, shortened for the test; the retry itself is pg-boss's.
    await deps.database.pool.query("update pgboss.job set retry_delay = 1 where id = $1", [queued!.id]);
    const queue = await startJobQueue(deps, { schedules: [], pollingIntervalSeconds: 0.5, work: undefined });
    try {
      for (let waited = 0; waited < 30000; waited += 250) {
        const [row] = await deliveriesOf(endpoint.id);
        if (row?.status === "delivered") break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    } finally {
      await queue.stop();
    }
    const [done] = await deliveriesOf(endpoint.id);
    expect(done).toMatchObject({ status: "delivered", httpStatus: 200, attempts: 2, lastError: null });
    expect(receiver.received).toHaveLength(2);
    for (const request of receiver.received) {
      expect(signatureHolds(endpoint.secret, request)).toBe(true);
      expect(request.headers["x-essaim-event-id"]).toBe(done!.id);
    }
    const payload = JSON.parse(receiver.received[1]!.body);
    expect(payload).toMatchObject({
      id: done!.id,
      event: "signal_new",
      fabrique: "hooks-a",
      object: { type: "signal", id: created.value.id, reference: created.value.reference },
    });
    expect(receiver.received[1]!.body).not.toMatch(/@/);
    await changeWebhook(deps, admin, "hooks-a", { endpointId: endpoint.id, change: "delete" });
  });

  it("queues nothing for this endpoint when another Fabrique has an event", async () => {
    const endpoint = await register(["signal_new", "stage_changed"]);
    const elsewhere = await createSignal(deps, otherAdmin, signalInput("Ailleurs, une autre remontée"));
    expect(elsewhere.ok).toBe(true);
    const initiative = await createTestInitiative(deps.db, otherFabriqueId);
    const moved = await moveInitiative(deps, otherAdmin, initiative.id, {
      to: "abandoned",
      reason: "Plus de porteur",
    });
    expect(moved.ok).toBe(true);
    expect(await deliveriesOf(endpoint.id)).toEqual([]);
    await changeWebhook(deps, admin, "hooks-a", { endpointId: endpoint.id, change: "delete" });
  });

  it("queues stage changes, launches and copil decisions for the endpoints that chose them; a disabled one gets nothing", async () => {
    const stages = await register(["stage_changed", "launch"]);
    const decisions = await register(["copil_decision"]);
    const disabled = await register(["stage_changed", "launch", "copil_decision"]);
    expect(
      (await changeWebhook(deps, admin, "hooks-a", { endpointId: disabled.id, change: "disable" })).ok,
    ).toBe(true);
    const sleeping = await createTestInitiative(deps.db, fabriqueId, {
      stage: "dormant",
      stageBeforeDormant: "launch",
      wakeUpOn: "2027-01-15",
    });
    const woken = await moveInitiative(deps, officer, sleeping.id, { to: "launch" });
    if (!woken.ok) throw new Error(JSON.stringify(woken));
    expect((await deliveriesOf(stages.id)).map((d) => d.event).sort()).toEqual(["launch", "stage_changed"]);
    const initiative = await createTestInitiative(deps.db, fabriqueId);
    const base = { title: "Copil", date: "03/12/2026", startTime: "14h00", endTime: "16h00" };
    const copil = await createMeeting(deps, officer, initiative.id, { ...base, kind: "steering_committee" });
    if (!copil.ok) throw new Error(JSON.stringify(copil));
    const decided = await createDecision(deps, officer, initiative.id, {
      meetingId: copil.value.id,
      kind: "go",
      rationale: "Le besoin est confirmé",
      decidedBy: "Comité de pilotage",
      decidedOn: "03/12/2026",
    });
    if (!decided.ok) throw new Error(JSON.stringify(decided));
    expect((await deliveriesOf(decisions.id)).map((d) => [d.event, d.payload.detail])).toEqual([
      ["copil_decision", { kind: "go", path: null, decidedOn: "2026-12-03", stage: "referral" }],
    ]);
    expect(await deliveriesOf(disabled.id)).toEqual([]);
    const settings = await listWebhooks(deps, admin, "hooks-a");
    if (!settings.ok) throw new Error("expected the settings");
    expect(settings.value.deliveries).toHaveLength(3);
    expect(settings.value.endpoints.find((e) => e.id === disabled.id)?.active).toBe(false);
    expect(JSON.stringify(settings.value)).not.toMatch(/whsec_/);
  });

  it("refuses to post to a name that resolves to a loopback address (SSRF), at once and for good", async () => {
    const [row] = await deps.db
      .insert(webhookEndpoint)
      .values({
        fabriqueId,
        url: `https://localhost:${receiver.port}/essaim`,
        events: ["signal_new"],
        secret: "whsec_test",
      })
      .returning();
    const before = receiver.received.length;
    const created = await createSignal(deps, officer, signalInput("Une remontée vers localhost"));
    expect(created.ok).toBe(true);
    const [queued] = await deliveriesOf(row!.id);
    expect(await deliverWebhook(deps, queued!.id)).toBe("failed");
    const [refused] = await deliveriesOf(row!.id);
    expect(refused).toMatchObject({ status: "failed", attempts: 1, httpStatus: null });
    expect(refused!.lastError).toMatch(/réseau privé/);
    expect(receiver.received.length).toBe(before);
  });
  it("an admin re-sends a failed delivery by hand: the same event, queued again; nobody else can", async () => {
    const endpoint = await register(["signal_new"]);
    const created = await createSignal(deps, officer, signalInput("Une remontée à renvoyer"));
    expect(created.ok).toBe(true);
    const [queued] = await deliveriesOf(endpoint.id);
    // As after its fifth refusal.
    await deps.db
      .update(webhookDelivery)
      .set({ status: "failed", attempts: 5, httpStatus: 500, lastError: "HTTP 500" })
      .where(eq(webhookDelivery.id, queued!.id));
    for (const actor of [officer, otherAdmin]) {
      expect(await resendWebhook(deps, actor, "hooks-a", queued!.id)).toMatchObject({
        ok: false,
        error: "NOT_FOUND",
      });
    }
    expect(await resendWebhook(deps, otherAdmin, "hooks-b", queued!.id)).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
    expect(await resendWebhook(deps, admin, "hooks-a", queued!.id)).toEqual({
      ok: true,
      value: { id: queued!.id },
    });
    const [again] = await deliveriesOf(endpoint.id);
    expect(again).toMatchObject({ status: "pending", attempts: 0, lastError: null });
    const jobs = await deps.database.pool.query<{ state: string }>(
      "select state from pgboss.job where name = 'webhook-delivery' and data->>'deliveryId' = $1 and id <> $1::uuid",
      [queued!.id],
    );
    expect(jobs.rows).toEqual([{ state: "created" }]);
    const before = receiver.received.length;
    expect(await deliverWebhook(deps, queued!.id)).toBe("delivered");
    expect(receiver.received[before]!.headers["x-essaim-event-id"]).toBe(queued!.id);
    expect(await resendWebhook(deps, admin, "hooks-a", queued!.id)).toMatchObject({
      ok: false,
      error: "WRITE_REFUSED",
    });
  });
});
