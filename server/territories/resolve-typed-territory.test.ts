import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { resolveTypedTerritory } from "./resolve-typed-territory";

describe("a territory box filled in advance", () => {
  let deps: TestDeps;
  beforeAll(async () => {
    deps = await createTestDeps();
  });
  afterAll(async () => deps?.close());

  const codeOf = (result: Awaited<ReturnType<typeof resolveTypedTerritory>>) =>
    result.ok ? (result.value?.code ?? null) : "refused";

  it("keeps its territory while the text still shows its name", async () => {
    expect(codeOf(await resolveTypedTerritory(deps, { value: "commune:76540", query: "Rouen" }))).toBe(
      "76540",
    );
  });
  it("follows what was typed over it without JavaScript", async () => {
    expect(codeOf(await resolveTypedTerritory(deps, { value: "commune:76540", query: "76351" }))).toBe(
      "76351",
    );
  });
  it("an emptied text means no territory", async () => {
    expect(codeOf(await resolveTypedTerritory(deps, { value: "commune:76540", query: " " }))).toBeNull();
  });
});
