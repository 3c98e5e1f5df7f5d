import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "../http/server";
import { createUser } from "../seed/factories";
import { successValue } from "../testing/success-value";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { changePassword } from "./change-password";
import { requestPasswordReset } from "./request-password-reset";
import { resetPassword } from "./reset-password";
import { loadActor } from "./resolve-actor";

/*
 * Hole 5 of issue 14: an API token issued before a password reset still read /api/v1/me. A
 * reset or a change of password revokes every API token of the account (and a reset closes
 * every session): whoever knew the old password keeps no way in.
 */
describe("a new password revokes the account's API tokens", () => {
  let deps: TestDeps;
  let app: FastifyInstance;
  beforeAll(async () => {
    deps = await createTestDeps();
    app = await buildServer(deps);
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await deps?.close();
  });

  const issueToken = async (email: string, password: string) => {
    const response = await app.inject({
      method: "POST",
      url: "/api/v1/auth/token",
      payload: { email, password },
    });
    expect(response.statusCode).toBe(200);
    return response.json().token as string;
  };
  const me = (token: string) =>
    app.inject({ method: "GET", url: "/api/v1/me", headers: { authorization: `Bearer ${token}` } });

  it("after a reset through the e-mailed link, a token issued before no longer reads /api/v1/me", async () => {
    await createUser(deps.db, { email: "reset@exemple.test", password: "ancien-mot-de-passe-long" });
    const token = await issueToken("reset@exemple.test", "ancien-mot-de-passe-long");
    expect((await me(token)).statusCode).toBe(200);

    await successValue(await requestPasswordReset(deps, { email: "reset@exemple.test" })).queued;
    const link = /\/mot-de-passe\/([\w-]+)/.exec(deps.sentMail.at(-1)?.text ?? "")?.[1] ?? "";
    successValue(
      await resetPassword(deps, link, {
        password: "Nouvelle phrase de passe 2026",
        passwordConfirmation: "Nouvelle phrase de passe 2026",
      }),
    );

    const refused = await me(token);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().message).toBe("Jeton d'accès invalide, expiré ou révoqué.");
    // A token asked for with the new password works.
    expect(
      (await me(await issueToken("reset@exemple.test", "Nouvelle phrase de passe 2026"))).statusCode,
    ).toBe(200);
  });

  it("after a change of password, a token issued before no longer reads /api/v1/me", async () => {
    const user = await createUser(deps.db, {
      email: "change@exemple.test",
      password: "ancien-mot-de-passe-long",
    });
    const token = await issueToken("change@exemple.test", "ancien-mot-de-passe-long");
    expect((await me(token)).statusCode).toBe(200);

    const actor = (await loadActor(deps, user.id))!;
    successValue(
      await changePassword(deps, actor, null, {
        currentPassword: "ancien-mot-de-passe-long",
        password: "Une autre phrase de passe 2026",
        passwordConfirmation: "Une autre phrase de passe 2026",
      }),
    );
    expect((await me(token)).statusCode).toBe(401);
  });
});
