import { loadActor } from "../accounts/resolve-actor";
import { insertModel } from "../catalogue/model-factory";
import type { Actor } from "../core/actor";
import type { Db } from "../db/database";
import { initiative } from "../db/schema";
import { addMembership, createBearerToken, createFabrique, createUser } from "../seed/factories";

/**
 * Test fixtures for the study, carrier and outcome tests: two Fabriques, an officer in each, and
 * initiatives created straight in the table (the initiative service is the lead's).
 */
export async function createPipelineWorld(deps: { db: Db }) {
  const fabriqueA = await createFabrique(deps.db, { name: "ADRESS Normandie" });
  const fabriqueB = await createFabrique(deps.db, { name: "Fabrique de Bretagne" });
  const officerRow = await createUser(deps.db, { name: "Chloé Chargée" });
  await addMembership(deps.db, { userId: officerRow.id, fabriqueId: fabriqueA.id, role: "officer" });
  const colleagueRow = await createUser(deps.db, { name: "Karim Collègue" });
  await addMembership(deps.db, { userId: colleagueRow.id, fabriqueId: fabriqueA.id, role: "officer" });
  const otherRow = await createUser(deps.db, { name: "Olivier Ailleurs" });
  await addMembership(deps.db, { userId: otherRow.id, fabriqueId: fabriqueB.id, role: "officer" });
  const partnerRow = await createUser(deps.db, { name: "Paula Partenaire" });
  await addMembership(deps.db, { userId: partnerRow.id, fabriqueId: fabriqueA.id, role: "partner" });
  const actor = async (id: string): Promise<Actor> => {
    const loaded = await loadActor(deps, id);
    if (!loaded) throw new Error("actor missing");
    return loaded;
  };
  return {
    fabriqueA,
    fabriqueB,
    officer: await actor(officerRow.id),
    colleague: await actor(colleagueRow.id),
    otherOfficer: await actor(otherRow.id),
    partner: await actor(partnerRow.id),
    actor,
    token: (userId: string) => createBearerToken(deps.db, userId),
  };
}

let counter = 0;
export async function createTestInitiative(
  db: Db,
  values: Partial<typeof initiative.$inferInsert> & { fabriqueId: string },
) {
  counter++;
  const [row] = await db
    .insert(initiative)
    .values({
      reference: `TST-P-2026-${String(counter).padStart(3, "0")}`,
      title: "Conciergerie pour les seniors du quartier",
      description: "Des services de proximité pour que les personnes âgées restent chez elles.",
      territoryKind: "commune",
      territoryCode: "76540",
      entryPoint: "need",
      ...values,
    })
    .returning();
  return row!;
}

/** The published model a launch replicates in these tests (the Pontarlier story's VERT'uOSE). */
export function insertVertuose(db: Db) {
  return insertModel(db, {
    title: "VERT'uOSE",
    summary: "Une entreprise adaptée de maraîchage bio qui emploie des travailleurs handicapés.",
    description: "Maraîchage biologique en entreprise adaptée, vente en paniers.",
    themes: ["handicap-inclusion"],
    status: "published",
  });
}
