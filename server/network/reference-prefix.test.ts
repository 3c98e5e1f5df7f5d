import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fabrique } from "../db/schema";
import { createFabrique } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { claimReferencePrefix, prefixCandidates } from "./reference-prefix";

describe("reference prefixes", () => {
  it("start with the three letters every Fabrique had, so existing references keep their form", () => {
    expect(prefixCandidates("adress")[0]).toBe("ADR");
    expect(prefixCandidates("premiere-brique")[0]).toBe("PRE");
  });

  it("offer two Fabriques whose slugs start alike different prefixes after the first", () => {
    const brique = prefixCandidates("premiere-brique");
    const pierre = prefixCandidates("premiere-pierre");
    expect(brique[1]).toBe("PBR");
    expect(pierre[1]).toBe("PPR");
    for (const list of [brique, pierre]) {
      expect(new Set(list).size).toBe(list.length);
      for (const prefix of list) expect(prefix).toMatch(/^[A-Z0-9]{3,5}$/);
    }
  });

  describe("claimed in the database", () => {
    let deps: TestDeps;
    beforeAll(async () => {
      deps = await createTestDeps();
    });
    afterAll(async () => deps?.close());

    it("letters another Fabrique took at the same moment make it take its next candidate, in the same transaction", async () => {
      const brique = await createFabrique(deps.db, { slug: "premiere-brique", name: "Première Brique" });
      const pierre = await createFabrique(deps.db, { slug: "premiere-pierre", name: "Première Pierre" });
      await deps.db.update(fabrique).set({ referencePrefix: "PRE" }).where(eq(fabrique.id, brique.id));
      // As if Première Pierre had read the letters as free just before Première Brique took them.
      const claimed = await deps.db.transaction(async (tx) => {
        const prefix = await claimReferencePrefix(tx, pierre.id, ["PRE", "PPR"]);
        // The refusal did not abort the caller's transaction: it goes on.
        const [row] = await tx
          .select({ prefix: fabrique.referencePrefix })
          .from(fabrique)
          .where(eq(fabrique.id, pierre.id));
        return { prefix, stored: row?.prefix };
      });
      expect(claimed).toEqual({ prefix: "PPR", stored: "PPR" });
    });
  });
});
