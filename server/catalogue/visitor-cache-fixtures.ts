import type { Actor } from "../core/actor";
import type { Db } from "../db/database";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { insertModel } from "./model-factory";

/**
 * What the visitors' cache tests share (decision records 0045, 0075): a Fabrique with an officer,
 * a network animator who may publish, and one published model, « Ressourcerie solidaire ».
 */
/** The Fabrique ADRESS and its officer, as the catalogue's tests sign her in. */
export async function adressOfficer(db: Db) {
  const fabrique = await createFabrique(db, { slug: "adress", name: "ADRESS" });
  const user = await createUser(db, { email: "officer@adress.test", name: "Odile Officière" });
  await addMembership(db, { userId: user.id, fabriqueId: fabrique.id, role: "officer" });
  const officer: Actor = {
    userId: user.id,
    email: user.email,
    name: user.name,
    isNetworkAnimator: false,
    memberships: [
      {
        fabriqueId: fabrique.id,
        fabriqueSlug: "adress",
        fabriqueName: "ADRESS",
        role: "officer",
        initiativeId: null,
      },
    ],
  };
  return { fabriqueId: fabrique.id, officer };
}

export async function visitorCacheWorld(db: Db) {
  const { fabriqueId, officer } = await adressOfficer(db);
  const network = await createUser(db, { email: "animation@reseau.test", isNetworkAnimator: true });
  const animator: Actor = {
    userId: network.id,
    email: network.email,
    name: network.name,
    isNetworkAnimator: true,
    memberships: [],
  };
  await insertModel(db, {
    status: "published",
    title: "Ressourcerie solidaire",
    summary: "Collecter, réparer et revendre les objets dont on ne veut plus.",
    description: "La ressourcerie emploie des salariés en insertion.",
    themes: ["economie-circulaire"],
    sourceUrls: ["https://exemple.test/ressourcerie"],
  });
  return { fabriqueId, officer, animator };
}

/** A draft of the Fabrique holding a word no published model has (« Zéphyrin »). */
export function insertZephyrinDraft(db: Db, fabriqueId: string) {
  return insertModel(db, {
    status: "draft",
    ownerFabriqueId: fabriqueId,
    title: "Ressourcerie des ateliers Zéphyrin",
    summary: "Récupérer les matériaux des chantiers pour les revendre à petit prix.",
    description: "Un projet de la Fabrique, pas encore publié.",
    themes: ["economie-circulaire"],
    sourceUrls: ["https://exemple.test/zephyrin"],
  });
}
