import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { resolveTerritoryInput } from "./resolve-territory-input";

describe("reading the territory field of a form", () => {
  let deps: TestDeps;
  beforeAll(async () => {
    deps = await createTestDeps();
  });
  afterAll(async () => deps.close());

  it("takes the territory the combobox chose", async () => {
    const result = await resolveTerritoryInput(deps, { value: "commune:25462", query: "whatever" });
    expect(result.ok && result.value).toMatchObject({ kind: "commune", code: "25462", name: "Pontarlier" });
  });

  it("without JavaScript, resolves a typed code or a unique name", async () => {
    const byCode = await resolveTerritoryInput(deps, { query: "242500338" });
    expect(byCode.ok && byCode.value).toMatchObject({ kind: "epci", code: "242500338" });
    const byName = await resolveTerritoryInput(deps, { query: "pontarlier", kinds: ["commune"] });
    expect(byName.ok && byName.value).toMatchObject({ code: "25462" });
  });

  it("asks to be more precise for a homonym, and says when nothing matches", async () => {
    const homonym = await resolveTerritoryInput(deps, { query: "Saint-Martin", kinds: ["commune"] }, "lieu");
    expect(homonym).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
      fields: { lieu: expect.stringContaining("Plusieurs") },
    });
    const none = await resolveTerritoryInput(deps, { query: "zzzzqqqxxx" });
    expect(none).toMatchObject({
      ok: false,
      fields: { territory: "Aucun territoire ne correspond à « zzzzqqqxxx »." },
    });
  });

  it("answers nothing when the field was left empty", async () => {
    expect(await resolveTerritoryInput(deps, { value: "", query: " " })).toEqual({ ok: true, value: null });
  });
});
