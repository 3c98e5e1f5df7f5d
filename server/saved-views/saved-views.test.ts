import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import type { Actor } from "../core/actor";
import { savedView } from "../db/schema";
import { createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { filtersOf, MAX_SAVED_VIEWS_PER_LIST } from "./saved-view-schemas";
import { createSavedView, deleteSavedView, listSavedViews } from "./saved-views";

describe("saved views", () => {
  let deps: TestDeps;
  let claire: Actor;
  let paul: Actor;

  beforeAll(async () => {
    deps = await createTestDeps();
    const users = await Promise.all([1, 2].map(() => createUser(deps.db)));
    const actors = (await Promise.all(users.map((u) => loadActor(deps, u.id)))) as Actor[];
    claire = actors[0]!;
    paul = actors[1]!;
  });
  afterAll(async () => deps?.close());

  it("saving keeps the filters but not the page", async () => {
    const saved = await createSavedView(deps, claire, {
      list: "signals",
      name: "Mes besoins en veille à Rouen",
      query: "?kind=need&status=parked&territory=commune%3A76540&theme=&page=3",
    });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.value.query).toBe("kind=need&status=parked&territory=commune%3A76540");
    expect(saved.value.href).toBe("/signaux?kind=need&status=parked&territory=commune%3A76540");
  });

  it("a user's views are theirs only", async () => {
    await createSavedView(deps, paul, {
      list: "initiatives",
      name: "Projets en étude",
      query: "stage=study",
    });
    const mine = await listSavedViews(deps, claire);
    expect(mine.map((v) => v.name)).toEqual(["Mes besoins en veille à Rouen"]);
    expect((await listSavedViews(deps, paul, "initiatives")).map((v) => v.href)).toEqual([
      "/projets?stage=study",
    ]);
    expect(await listSavedViews(deps, paul, "signals")).toEqual([]);
    const removed = await deleteSavedView(deps, paul, mine[0]!.id);
    expect(removed.ok ? null : removed.error).toBe("NOT_FOUND");
    expect(await listSavedViews(deps, claire)).toHaveLength(1);
    expect((await deleteSavedView(deps, claire, mine[0]!.id)).ok).toBe(true);
    expect(await listSavedViews(deps, claire)).toEqual([]);
  });

  it("a name has 2 to 80 characters and is not used twice on one list", async () => {
    const short = await createSavedView(deps, claire, { list: "signals", name: " a ", query: "" });
    expect(short.ok ? null : short.fields).toEqual({ name: "Donnez un nom de 2 à 80 caractères." });
    const long = await createSavedView(deps, claire, { list: "signals", name: "x".repeat(81), query: "" });
    expect(long.ok).toBe(false);
    await createSavedView(deps, claire, { list: "signals", name: "Tout", query: "" });
    const twice = await createSavedView(deps, claire, { list: "signals", name: "tout", query: "kind=idea" });
    expect(twice.ok ? null : twice.fields?.name).toBe("Vous avez déjà une vue de ce nom sur cette liste.");
    const otherList = await createSavedView(deps, claire, { list: "initiatives", name: "Tout", query: "" });
    expect(otherList.ok).toBe(true);
  });

  it("a user keeps at most 50 views per list", async () => {
    const user = await createUser(deps.db);
    await deps.db.insert(savedView).values(
      Array.from({ length: MAX_SAVED_VIEWS_PER_LIST }, (_, i) => ({
        userId: user.id,
        list: "signals" as const,
        name: `Vue ${i}`,
        query: "",
      })),
    );
    const actor = (await loadActor(deps, user.id)) as Actor;
    const refused = await createSavedView(deps, actor, { list: "signals", name: "Une de plus", query: "" });
    expect(refused.ok ? null : refused.message).toBe(
      "Vous avez atteint 50 vues sur cette liste : supprimez-en une avant d'en enregistrer une autre.",
    );
    expect((await createSavedView(deps, actor, { list: "initiatives", name: "Une", query: "" })).ok).toBe(
      true,
    );
  });

  it("the filters drop empty values, the page and the form token", () => {
    expect(filtersOf("page=2&_csrf=abc&q=conciergerie&theme=")).toBe("q=conciergerie");
    expect(filtersOf("")).toBe("");
  });

  it("views saved with the initiatives list's former French parameter still open as they were", async () => {
    const [view] = await deps.db
      .insert(savedView)
      .values([
        {
          userId: claire.userId,
          list: "initiatives",
          name: "Tableau des besoins",
          query: "vue=tableau&entryPoint=need",
        },
        { userId: claire.userId, list: "signals", name: "Sans rapport", query: "kind=need&q=vue%3Dtableau" },
      ])
      .returning({ id: savedView.id });
    const migration = readFileSync(
      new URL("../db/migrations/20261207120947_saved-views-english-params.sql", import.meta.url),
      "utf8",
    );
    await deps.db.execute(sql.raw(migration));
    const views = await listSavedViews(deps, claire, "initiatives");
    expect(views.find((v) => v.id === view!.id)?.href).toBe("/projets?view=table&entryPoint=need");
    const signals = await listSavedViews(deps, claire, "signals");
    expect(signals.find((v) => v.name === "Sans rapport")?.query).toBe("kind=need&q=vue%3Dtableau");
  });
});
