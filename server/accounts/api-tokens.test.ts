import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { createApiToken } from "./create-api-token";
import { listApiTokens } from "./list-api-tokens";
import { resolveTokenActor } from "./resolve-actor";
import { revokeApiToken } from "./revoke-api-token";

describe("personal API tokens", () => {
  let deps: TestDeps;
  beforeAll(async () => {
    deps = await createTestDeps();
  });
  afterAll(async () => deps.close());

  it("lasts the chosen number of days, 90 by default", async () => {
    const owner = await createUser(deps.db, {});
    const byDefault = await createApiToken(
      deps,
      { userId: owner.id, isNetworkAnimator: false, memberships: [] },
      { name: "Par défaut" },
    );
    expect(byDefault.ok && byDefault.value.expiresAt.toISOString()).toBe("2027-02-25T09:00:00.000Z");
    const oneYear = await createApiToken(
      deps,
      { userId: owner.id, isNetworkAnimator: false, memberships: [] },
      { name: "Un an", expiresInDays: "365" },
    );
    expect(oneYear.ok && oneYear.value.expiresAt.toISOString()).toBe("2027-11-27T09:00:00.000Z");
  });

  it("refuses a duration outside 1–365 days and an empty name, in French", async () => {
    const owner = await createUser(deps.db, {});
    for (const expiresInDays of [0, 366, 2.5, "beaucoup"]) {
      const result = await createApiToken(
        deps,
        { userId: owner.id, isNetworkAnimator: false, memberships: [] },
        { name: "Essai", expiresInDays },
      );
      expect(result).toMatchObject({
        ok: false,
        error: "INVALID_INPUT",
        fields: { expiresInDays: expect.stringMatching(/entre 1 et 365/) },
      });
    }
    const unnamed = await createApiToken(
      deps,
      { userId: owner.id, isNetworkAnimator: false, memberships: [] },
      { name: "   " },
    );
    expect(unnamed).toMatchObject({ ok: false, fields: { name: expect.stringMatching(/nom/) } });
  });

  it("shows the token once, keeps only a prefix in clear, and stops working once revoked", async () => {
    const owner = await createUser(deps.db, {});
    const created = await createApiToken(
      deps,
      { userId: owner.id, isNetworkAnimator: false, memberships: [] },
      { name: "Tableur" },
    );
    if (!created.ok) throw new Error("token not created");
    expect(created.value.token.startsWith(created.value.prefix)).toBe(true);
    expect(created.value.prefix.length).toBeLessThan(created.value.token.length / 2);
    expect((await resolveTokenActor(deps, created.value.token))?.userId).toBe(owner.id);

    const revoked = await revokeApiToken(deps, { userId: owner.id }, created.value.id);
    expect(revoked).toMatchObject({ ok: true, value: { name: "Tableur" } });
    expect(await resolveTokenActor(deps, created.value.token)).toBeNull();
    const listed = await listApiTokens(deps, { userId: owner.id });
    expect(listed.ok && listed.value[0]?.revokedAt).toBeInstanceOf(Date);
  });

  it("lists and revokes only one's own tokens", async () => {
    const owner = await createUser(deps.db, {});
    const other = await createUser(deps.db, {});
    const created = await createApiToken(
      deps,
      { userId: owner.id, isNetworkAnimator: false, memberships: [] },
      { name: "À moi" },
    );
    if (!created.ok) throw new Error("token not created");
    const othersList = await listApiTokens(deps, { userId: other.id });
    expect(othersList).toEqual({ ok: true, value: [] });
    expect(await revokeApiToken(deps, { userId: other.id }, created.value.id)).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
    expect((await resolveTokenActor(deps, created.value.token))?.userId).toBe(owner.id);
  });
});
