import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import type { Actor } from "../core/actor";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { createSignal } from "./create-signal";
import { findSimilarSignals } from "./find-similar-signals";
import { NEAR_COMPARED } from "./similar-signal-candidates";
import { updateSignal } from "./update-signal";

/** More signals in the Métropole Rouen Normandie than the neighbourhood compares. */
const CROWD = NEAR_COMPARED * 4;

describe("duplicates while typing, in a neighbourhood holding many signals", () => {
  let deps: TestDeps;
  let officer: Actor;
  const typing = (title: string) =>
    findSimilarSignals(deps, officer, {
      title,
      description: "",
      territory: { kind: "commune", code: "76540" },
    });

  beforeAll(async () => {
    deps = await createTestDeps();
    const fabrique = await createFabrique(deps.db, { slug: "crowd", name: "Fabrique de la métropole" });
    const user = await createUser(deps.db);
    await addMembership(deps.db, { userId: user.id, fabriqueId: fabrique.id, role: "officer" });
    officer = (await loadActor(deps, user.id))!;
    // Signals of the métropole's communes whose titles share one typed word ("garage") and are as
    // long as the typed title: as close as the real duplicate by any measure but the words shared.
    await deps.db.execute(sql`
      insert into signal (fabrique_id, reference, kind, title, description, territory_kind,
                          territory_code, channel)
      select ${fabrique.id}, 'CROWD-' || lpad(g::text, 5, '0'), 'need',
             'Garage du quartier numéro ' || lpad(g::text, 5, '0'), 'Un signal parmi beaucoup.',
             'commune', c.code, 'workshop'
      from generate_series(1, ${CROWD}) g
      join lateral (select code from territory
                    where kind = 'commune' and epci_code = '200023414'
                    order by code offset g % 50 limit 1) c on true`);
  });
  afterAll(async () => {
    await deps?.close();
  });

  it("finds the signal sharing the typed words, typo included, among the many sharing one", async () => {
    const created = await createSignal(deps, officer, {
      kind: "need",
      title: "Garage solidaire pour les familles du plateau",
      description: "Des familles ne peuvent plus réparer leur voiture.",
      territory: { kind: "commune", code: "76108" },
      channel: "workshop",
    });
    if (!created.ok) throw new Error("signal not created");
    // "solidiare": no word index finds it elsewhere in the network; only its neighbourhood does.
    const found = await typing("Garage solidiare pour les familles");
    expect(found.map((s) => s.id)).toContain(created.value.id);
    expect(found[0]).toMatchObject({ id: created.value.id, closeness: "epci" });
  });

  it("finds an edited signal by its new title, written without accents, and no longer by the old one", async () => {
    const created = await createSignal(deps, officer, {
      kind: "need",
      title: "Crèche à horaires décalés",
      description: "Les salariés de l'hôpital commencent à six heures.",
      territory: { kind: "commune", code: "76540" },
      channel: "workshop",
    });
    if (!created.ok) throw new Error("signal not created");
    const edited = await updateSignal(deps, officer, created.value.id, {
      version: 1,
      title: "Épicerie éphémère à l'hôpital",
    });
    expect(edited.ok).toBe(true);
    const byNewTitle = await typing("Epicerie ephemere a l'hopital");
    expect(byNewTitle.map((s) => s.id)).toContain(created.value.id);
    const byOldTitle = await typing("Creche a horaires decales");
    expect(byOldTitle.map((s) => s.id)).not.toContain(created.value.id);
  });
});
