/**
 * The real catalogue the search is measured on: the demo catalogue, the two models of the demo
 * stories, and the 269 Apriles sheets imported through the public import's service
 * (`importModels`, the service behind `POST /api/v1/models/import`), as the network animator, so
 * they are validated, written and indexed exactly as an import by the API would.
 *
 * The Apriles file is read from ../shared/data (or APRILES_FILE), never copied into the project.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pino from "pino";
import { importModels } from "../../server/catalogue/import-models";
import { seedModels } from "../../server/catalogue/seed/models-data";
import { seedCatalogueModels } from "../../server/catalogue/seed-models";
import type { Actor } from "../../server/core/actor";
import { fixedClock } from "../../server/core/clock";
import { loadConfig } from "../../server/core/config";
import type { Deps } from "../../server/core/deps";
import type { Database } from "../../server/db/database";
import { createMailer } from "../../server/mail/mailer";
import { demoIds } from "../../server/seed/demo-ids";
import { seedStoryModels } from "../../server/seed/demo-story-models";
import { createFabrique, createUser } from "../../server/seed/factories";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const aprilesFile = () =>
  process.env.APRILES_FILE ?? path.resolve(root, "../shared/data/apriles/apriles-initiatives-2018.json");

/** What a bench passes as `deps`: a test configuration, silent logs, a fixed clock. */
export function benchDeps(database: Database): Deps {
  // The configuration a test server would have: through loadConfig, so new settings get their defaults.
  const config = loadConfig({
    ESSAIM_SECRET: "bench-secret-bench-secret-bench-secret-00",
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    ESSAIM_DEMO: "0",
  });
  const log = pino({ level: "silent" });
  return {
    config,
    database,
    db: database.db,
    clock: fixedClock("2026-11-27T09:00:00.000Z"),
    log,
    mail: createMailer(config, log),
  };
}

export type AprilesSheet = {
  url: string;
  titre: string;
  porteur: string;
  tags: string;
  resume: string;
  region_2015: string;
};

/**
 * The Apriles vocabulary (28 phrases, space-joined in the export) and the theme each one falls
 * under; a sheet whose phrases name no theme goes under "lien-social" (an import needs one).
 */
const aprilesVocabulary: Record<string, string | null> = {
  "Lutte contre l'exclusion sociale": "lien-social",
  "Participation des habitants": "lien-social",
  "Gouvernance, partenariats institutionnels": null,
  "Nouvelles pratiques professionnelles": null,
  Bénévolat: "lien-social",
  Jeunesse: null,
  "Développement urbain, Vie des quartiers": "services-proximite",
  Education: null,
  "Emploi, Formation": "insertion-emploi",
  "Relations de voisinage": "lien-social",
  "Liens intergénérationnels": "lien-social",
  Intégration: "lien-social",
  "Diagnostic partagé": null,
  "Accès aux droits": "services-proximite",
  "Culture, Sport": "culture-tourisme",
  "Vie des séniors": "bien-vieillir",
  Parentalité: "petite-enfance-parentalite",
  "Protection de l'enfance": "petite-enfance-parentalite",
  "Développement local rural": "services-proximite",
  "Logement, Habitat": "habitat",
  "Loisirs, Vacances": "culture-tourisme",
  "Accessibilité, Mobilité": "mobilite",
  "Vie en établissement": "bien-vieillir",
  "Petite enfance, modes de garde": "petite-enfance-parentalite",
  "Soutien à domicile": "bien-vieillir",
  "Soutien aux aidants": "bien-vieillir",
  "Développement périurbain": "services-proximite",
  "Rénovation urbaine": "habitat",
};

/** One Apriles sheet as a row of the public import (JSON body of `POST /api/v1/models/import`). */
export function aprilesImportRow(sheet: AprilesSheet) {
  const id = /sobi2Id=(\d+)/.exec(sheet.url)?.[1] ?? sheet.url;
  const tags = Object.keys(aprilesVocabulary).filter((phrase) => sheet.tags.includes(phrase));
  const themes = [...new Set(tags.map((tag) => aprilesVocabulary[tag]).filter((t) => t !== null))];
  const firstSentence = sheet.resume.split(/(?<=[.!?])\s+/)[0] ?? sheet.resume;
  const summary = firstSentence.length >= 10 ? firstSentence.slice(0, 400) : sheet.titre;
  return {
    externalId: `apriles:${id}`,
    title: sheet.titre.trim(),
    summary,
    description:
      sheet.resume.length >= 30 ? sheet.resume.slice(0, 20_000) : `${sheet.titre}. ${sheet.resume}`,
    themes: themes.length ? themes : ["lien-social"],
    tags,
    originOrganisation: sheet.porteur.slice(0, 200),
    sourceUrl: sheet.url,
    status: "published",
  };
}

export function readAprilesSheets(): AprilesSheet[] {
  return JSON.parse(readFileSync(aprilesFile(), "utf8")) as AprilesSheet[];
}

/** The demo catalogue, the stories' models and the Apriles sheets, as published models. */
export async function loadRealCatalogue(
  database: Database,
  deps: Pick<Deps, "db" | "clock">,
): Promise<number> {
  const at = new Date("2026-11-27T09:00:00Z");
  const animator = await createUser(database.db, {
    email: "bench-animation@essaim.test",
    isNetworkAnimator: true,
  });
  const emergence = await createFabrique(database.db, {
    id: demoIds.fabriques.emergence,
    slug: "bench-emergence",
  });
  const atis = await createFabrique(database.db, { id: demoIds.fabriques.atis, slug: "bench-atis" });
  await createFabrique(database.db, { id: demoIds.fabriques.adress, slug: "bench-adress" });
  await seedCatalogueModels(database.db, {
    fabriqueIds: { emergence: emergence.id, atis: atis.id },
    animatorId: animator.id,
    at,
  });
  await seedStoryModels(database.db, animator.id);
  const actor: Actor = {
    userId: animator.id,
    email: animator.email,
    name: "Animation du réseau",
    isNetworkAnimator: true,
    memberships: [],
  };
  const sheets = readAprilesSheets();
  const imported = await importModels(deps, actor, sheets.map(aprilesImportRow));
  if (!imported.ok)
    throw new Error(`Apriles import refused: ${JSON.stringify(imported.error).slice(0, 2000)}`);
  return seedModels.length + 2 + imported.value.imported;
}
