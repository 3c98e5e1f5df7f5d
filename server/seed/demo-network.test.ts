import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fabrique, fabriqueStatusEvent, user } from "../db/schema";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { seedDemo } from "./demo";

describe("the demo network", () => {
  let deps: TestDeps;
  beforeAll(async () => {
    deps = await createTestDeps();
    await seedDemo(deps.db);
  });
  afterAll(async () => deps.close());

  it("has Fabriques at every stage of the lifecycle", async () => {
    const rows = await deps.db.select({ slug: fabrique.slug, status: fabrique.status }).from(fabrique);
    expect(Object.fromEntries(rows.map((r) => [r.slug, r.status]))).toEqual({
      adress: "appellation",
      emergence: "appellation",
      atis: "appellation",
      "premiere-brique": "experimentation",
      "ancrage-guyane": "candidate",
    });
  });

  it("gives each Fabrique a journal that starts with its creation and leads to its status", async () => {
    const fabriques = await deps.db.select().from(fabrique);
    for (const f of fabriques) {
      const events = await deps.db
        .select()
        .from(fabriqueStatusEvent)
        .where(eq(fabriqueStatusEvent.fabriqueId, f.id))
        .orderBy(asc(fabriqueStatusEvent.at));
      expect(events[0], f.slug).toMatchObject({ fromStatus: null, toStatus: "candidate" });
      expect(events[0]!.at.getTime(), f.slug).toBe(f.createdAt.getTime());
      for (let i = 1; i < events.length; i++) {
        expect(events[i]!.fromStatus, f.slug).toBe(events[i - 1]!.toStatus);
        expect(events[i]!.at > events[i - 1]!.at, f.slug).toBe(true);
      }
      const last = events.at(-1)!;
      expect(last.toStatus, f.slug).toBe(f.status);
      expect(last.at.getTime(), f.slug).toBe(f.statusChangedAt.getTime());
    }
  });

  it("keeps the five demo logins", async () => {
    const emails = (await deps.db.select({ email: user.email }).from(user)).map((u) => u.email).sort();
    expect(emails).toEqual(
      expect.arrayContaining([
        "adress@essaim.demo",
        "animation@essaim.demo",
        "atis@essaim.demo",
        "emergence@essaim.demo",
        "partenaire@essaim.demo",
      ]),
    );
  });
});
