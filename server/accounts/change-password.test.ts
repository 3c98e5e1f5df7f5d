import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../seed/factories";
import { signInToSession as signIn } from "../testing/opened-session";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { changePassword } from "./change-password";
import { loadActor, resolveSessionActor } from "./resolve-actor";

describe("changing one's password", () => {
  let deps: TestDeps;
  beforeAll(async () => {
    deps = await createTestDeps();
  });
  afterAll(async () => deps.close());

  it("needs the current password, then closes the other sessions but keeps this one", async () => {
    const row = await createUser(deps.db, { email: "olga@exemple.test", password: "ancien-mot-de-passe" });
    const actor = (await loadActor(deps, row.id))!;
    const here = await signIn(deps, { email: "olga@exemple.test", password: "ancien-mot-de-passe" });
    const elsewhere = await signIn(deps, { email: "olga@exemple.test", password: "ancien-mot-de-passe" });
    if (!here.ok || !elsewhere.ok) throw new Error("sign-in failed");

    const wrong = await changePassword(deps, actor, here.value.sessionId, {
      currentPassword: "pas-le-bon",
      password: "nouveau-mot-de-passe",
      passwordConfirmation: "nouveau-mot-de-passe",
    });
    expect(wrong).toMatchObject({
      ok: false,
      fields: { currentPassword: expect.stringMatching(/incorrect/) },
    });

    const weak = await changePassword(deps, actor, here.value.sessionId, {
      currentPassword: "ancien-mot-de-passe",
      password: "olgaexemple",
      passwordConfirmation: "olgaexemple",
    });
    expect(weak).toMatchObject({
      ok: false,
      fields: {
        password: expect.stringMatching(/votre nom, votre adresse e-mail ou le nom de votre Fabrique/),
      },
    });

    const changed = await changePassword(deps, actor, here.value.sessionId, {
      currentPassword: "ancien-mot-de-passe",
      password: "nouveau-mot-de-passe",
      passwordConfirmation: "nouveau-mot-de-passe",
    });
    expect(changed.ok).toBe(true);
    expect(await resolveSessionActor(deps, here.value.token)).not.toBeNull();
    expect(await resolveSessionActor(deps, elsewhere.value.token)).toBeNull();
    expect((await signIn(deps, { email: "olga@exemple.test", password: "nouveau-mot-de-passe" })).ok).toBe(
      true,
    );
  });
});
