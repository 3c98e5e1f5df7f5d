import { loadActor } from "../accounts/resolve-actor";
import { createTestInitiative } from "../carriers/pipeline-fixtures";
import type { Actor } from "../core/actor";
import type { Db } from "../db/database";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import type { SaveCallInput } from "./call-schemas";

/**
 * The world of the call tests: a Fabrique with two officers, a partner invited on the jury (an
 * account with no membership), a partner of the Fabrique who is not on the jury, an officer of
 * another Fabrique, and an initiative looking for its carrier.
 */
export async function createCallWorld(db: Db) {
  const fabrique = await createFabrique(db, { name: "émergence Franche-Comté" });
  const other = await createFabrique(db, { name: "Fabrique de Bretagne" });
  const officer = await createUser(db, { name: "Claire Chargée", email: "claire@emergence.test" });
  await addMembership(db, { userId: officer.id, fabriqueId: fabrique.id, role: "officer" });
  const colleague = await createUser(db, { name: "Karim Collègue", email: "karim@emergence.test" });
  await addMembership(db, { userId: colleague.id, fabriqueId: fabrique.id, role: "officer" });
  const franceActive = await createUser(db, {
    name: "Fanny France Active",
    email: "fanny@franceactive.test",
  });
  const outsider = await createUser(db, { name: "Paul Partenaire", email: "paul@partenaire.test" });
  await addMembership(db, { userId: outsider.id, fabriqueId: fabrique.id, role: "partner" });
  const elsewhere = await createUser(db, { name: "Olivier Ailleurs", email: "olivier@bretagne.test" });
  await addMembership(db, { userId: elsewhere.id, fabriqueId: other.id, role: "officer" });
  const initiative = await createTestInitiative(db, {
    fabriqueId: fabrique.id,
    title: "Restaurant inclusif de Pontarlier",
    stage: "carrier_search",
    territoryCode: "25462",
  });
  const actor = async (id: string): Promise<Actor> => (await loadActor({ db }, id))!;
  return {
    fabrique,
    other,
    initiative,
    officer: await actor(officer.id),
    colleague: await actor(colleague.id),
    franceActive: await actor(franceActive.id),
    outsider: await actor(outsider.id),
    elsewhere: await actor(elsewhere.id),
  };
}

/** The restaurant's call as the team types it: two questions, a two-criterion grid, three jurors. */
export function restaurantCallInput(overrides: Partial<SaveCallInput> = {}): SaveCallInput {
  return {
    title: "Appel à candidatures : restaurant inclusif de Pontarlier",
    summary: "Un restaurant de cuisine locale qui emploie des travailleurs handicapés.",
    offerItems: ["study", "forecast", "premises"],
    offer: "L'étude d'opportunité, le prévisionnel retenu et un local proposé par la ville.",
    expectations: "Une structure de l'ESS prête à porter l'activité dès 2027.",
    legalForms: ["association", "scic", "sas_esus"],
    agrements: [],
    departments: ["25", "39"],
    deadlineDate: "15/12/2026",
    deadlineTime: "12:00",
    questions: [
      { label: "Votre projet pour le restaurant", kind: "text", required: true },
      { label: "Postes en CDI envisagés", kind: "number" },
      { label: "Pouvez-vous démarrer en 2027 ?", kind: "choice", choices: ["Oui", "Non"], required: true },
      { label: "Vos derniers comptes", kind: "file", required: true },
    ],
    criteria: [
      { label: "Solidité du projet", weight: 3, scaleMax: 5 },
      { label: "Ancrage local", weight: 1, scaleMax: 5 },
    ],
    jurorEmails: ["claire@emergence.test", "karim@emergence.test", "fanny@franceactive.test"],
    ...overrides,
  };
}
