import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Clock } from "../core/clock";
import type { Deps } from "../core/deps";
import { slidingCount } from "../core/rate-limit";
import { type Database, openServerDatabase } from "../db/database";
import { buildServer } from "../http/server";
import { createUser } from "../seed/factories";
import { createTestDeps, TEST_TODAY, type TestDeps } from "../testing/test-deps";
import { attemptLimits } from "./attempt-limits";
import { requestPasswordReset } from "./request-password-reset";
import { signIn } from "./sign-in";

/*
 * Hole 2 of issue 14: the sign-in and reset limits were bound to exact Fastify paths and kept in
 * each process's memory; /Connexion or /connexion/ escaped them (100 wrong passwords in 19 s, 15
 * reset mails in a minute). They are now counted by what is done — a sign-in attempt for this
 * account, from this address; a reset for this account — in the services, in the database.
 */

/** A clock the test moves forward. */
function movableClock(iso: string): Clock & { advance: (ms: number) => void } {
  let at = new Date(iso).getTime();
  return { now: () => new Date(at), advance: (ms) => (at += ms) };
}

describe("sign-in and reset limits hold by account and address, across app processes", () => {
  let deps: TestDeps;
  let secondDatabase: Database;
  let second: Deps;
  let appA: FastifyInstance;
  let appB: FastifyInstance;
  const clock = movableClock(TEST_TODAY);

  beforeAll(async () => {
    deps = await createTestDeps();
    deps.clock = clock;
    // A second app process on the same database: its own pool on a server database; on the
    // embedded one (a single process by design) the same database.
    const url = (deps.database.pool as unknown as { options: { connectionString?: string } }).options
      .connectionString;
    secondDatabase =
      deps.database.kind === "server" && url ? openServerDatabase(url, { max: 2 }) : deps.database;
    second = { ...deps, database: secondDatabase, db: secondDatabase.db };
    appA = await buildServer(deps);
    appB = await buildServer(second);
    await Promise.all([appA.ready(), appB.ready()]);
    await createUser(deps.db, { email: "cible@exemple.test", password: "le-bon-mot-de-passe-2026" });
  });
  afterAll(async () => {
    await appA?.close();
    await appB?.close();
    if (secondDatabase !== deps?.database) await secondDatabase?.close();
    await deps?.close();
  });

  const askToken = (app: FastifyInstance, password: string, address = "203.0.113.7") =>
    app.inject({
      method: "POST",
      url: "/api/v1/auth/token",
      payload: { email: "Cible@Exemple.test", password },
      remoteAddress: address,
    });

  it("refuses the 11th wrong password for one account, shared between two app processes", async () => {
    const max = attemptLimits.signInByAccount.max;
    for (let i = 0; i < max; i++) {
      // From changing addresses, alternating processes: the account's limit still holds.
      const response = await askToken(i % 2 ? appB : appA, `essai-${i}`, `198.51.100.${i + 1}`);
      expect(response.statusCode, `attempt ${i + 1}`).toBe(401);
    }
    const refused = await askToken(appB, "essai-encore", "198.51.100.200");
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error).toBe("RATE_LIMITED");
    expect(refused.json().message).toMatch(/^Trop de tentatives de connexion pour ce compte/);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    // The sign-in page's service is the same gate, whatever the URL's spelling.
    const page = await signIn(second, { email: "cible@exemple.test", password: "le-bon-mot-de-passe-2026" });
    expect(page).toMatchObject({ ok: false, error: "RATE_LIMITED" });

    // Once the window has passed, the right password opens again.
    clock.advance(2 * attemptLimits.signInByAccount.windowMs);
    expect((await askToken(appA, "le-bon-mot-de-passe-2026")).statusCode).toBe(200);
  });

  it("limits one address trying many accounts, across both processes", async () => {
    clock.advance(2 * attemptLimits.signInByAddress.windowMs);
    const max = attemptLimits.signInByAddress.max;
    let refusedAt = 0;
    for (let i = 0; i < max + 2 && !refusedAt; i++) {
      const app = i % 2 ? appB : appA;
      const response = await app.inject({
        method: "POST",
        url: "/api/v1/auth/token",
        payload: { email: `compte-${i}@exemple.test`, password: "devine" },
        remoteAddress: "192.0.2.66",
      });
      if (response.statusCode === 429) refusedAt = i + 1;
      else expect(response.statusCode).toBe(401);
    }
    expect(refusedAt).toBe(max + 1);
  });

  it("does not count a successful sign-in: only failures use up the limit", async () => {
    clock.advance(2 * attemptLimits.signInByAccount.windowMs);
    const max = attemptLimits.signInByAccount.max;
    for (let i = 0; i < max - 1; i++) {
      expect((await askToken(i % 2 ? appA : appB, "faute-de-frappe")).statusCode).toBe(401);
    }
    for (let i = 0; i < 3; i++)
      expect((await askToken(appA, "le-bon-mot-de-passe-2026")).statusCode).toBe(200);
    // The tenth failure is still a failure, not a refusal; the eleventh is refused.
    expect((await askToken(appB, "faute-de-frappe")).statusCode).toBe(401);
    expect((await askToken(appA, "faute-de-frappe")).statusCode).toBe(429);
  });

  it("sends at most five reset mails an hour for one account, and answers an unknown address the same way", async () => {
    clock.advance(2 * attemptLimits.resetByAccount.windowMs);
    const before = deps.sentMail.length;
    const answers = [];
    for (let i = 0; i < 15; i++) {
      const via = i % 2 ? second : deps;
      const answer = await requestPasswordReset(
        via,
        { email: "cible@exemple.test" },
        { clientAddress: `10.0.0.${i}` },
      );
      if (answer.ok) await answer.value.queued;
      answers.push(answer);
    }
    expect(deps.sentMail.length - before).toBe(attemptLimits.resetByAccount.max);
    expect(answers.slice(0, 5).every((a) => a.ok)).toBe(true);
    expect(answers[5]).toMatchObject({ ok: false, error: "RATE_LIMITED" });

    const unknown = [];
    for (let i = 0; i < 6; i++) {
      unknown.push(
        await requestPasswordReset(deps, { email: "personne@exemple.test" }, { clientAddress: "10.1.0.1" }),
      );
    }
    expect(unknown.map((a) => a.ok)).toEqual(answers.slice(0, 6).map((a) => a.ok));
  });
});

describe("the sliding window", () => {
  it("weighs the previous window's count by what of it is still within one window", () => {
    expect(slidingCount(3, 10, 0)).toBe(13);
    expect(slidingCount(3, 10, 0.5)).toBe(8);
    expect(slidingCount(3, 10, 1)).toBe(3);
  });
});
