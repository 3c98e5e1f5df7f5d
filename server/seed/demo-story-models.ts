import { insertModel } from "../catalogue/model-factory";
import { seedModelId } from "../catalogue/seed-models";
import type { Db } from "../db/database";
import { demoIds } from "./demo-ids";

/** The two models the stories produced (issue 4: they appear once their stories are launched). */
export async function seedStoryModels(db: Db, animatorId: string) {
  await insertModel(
    db,
    {
      id: seedModelId("essaim-demo:conciergerie-seniors"),
      externalId: "essaim-demo:conciergerie-seniors",
      title: "Conciergerie seniors de quartier",
      summary:
        "Une conciergerie de quartier prioritaire tournée vers les aînés : courses, démarches, petits travaux, point relais et lien social.",
      description:
        "Née d'un besoin signalé par la Ville de Rouen dans le quartier des Hauts de Rouen, la conciergerie est portée par une structure existante du quartier qui a recruté un chargé de projet. Une adhésion annuelle modique ouvre l'accès aux services socles ; les petits services sont tarifés. Le bien vieillir est financé avec un groupe de protection sociale (AG2R La Mondiale).",
      themes: ["bien-vieillir", "services-proximite", "lien-social"],
      publics: ["seniors", "residents-qpv-frr"],
      tags: ["conciergerie", "seniors", "quartier prioritaire", "bien vieillir"],
      jobsFte: 2,
      insertionJobsFte: 1,
      legalForms: ["association"],
      replicationType: "dissemination",
      originOrganisation: "ADRESS (Fabrique à initiatives de Normandie)",
      originTerritoryKind: "commune",
      originTerritoryCode: "76540",
      presence: "Rouen (Hauts de Rouen), depuis 2026 (démo).",
      status: "published",
      ownerFabriqueId: demoIds.fabriques.adress,
      sourceUrls: ["https://www.avise.org/articles/la-fabrique-a-initiatives"],
    },
    { byUserId: animatorId },
  );
  await insertModel(
    db,
    {
      id: seedModelId("essaim-demo:princess"),
      externalId: "essaim-demo:princess",
      title: "Princ'ESS, institut de beauté solidaire d'insertion",
      summary:
        "Un institut de beauté dont l'équipe compte des femmes en insertion ; une part du chiffre d'affaires finance des soins socio-esthétiques pour des personnes fragiles.",
      description:
        "Conçu par la Fabrique à initiatives ATIS à Bordeaux quand aucune solution n'existait : l'image et l'estime de soi comme levier de retour à l'emploi. L'institut est bicéphale : une activité commerciale de beauté ouverte à tous, et des soins socio-esthétiques pour des personnes fragiles, financés en partie par la marge de la première (péréquation).",
      themes: ["insertion-emploi", "sante"],
      publics: ["femmes", "demandeurs-emploi"],
      tags: ["institut de beauté", "socio-esthétique", "insertion", "femmes", "péréquation"],
      jobsFte: 5,
      insertionJobsFte: 4,
      legalForms: ["sas"],
      replicationType: "dissemination",
      originOrganisation: "ATIS (Fabrique à initiatives de Nouvelle-Aquitaine)",
      originTerritoryKind: "commune",
      originTerritoryCode: "33063",
      presence: "Bordeaux.",
      status: "published",
      ownerFabriqueId: demoIds.fabriques.atis,
      sourceUrls: ["https://www.avise.org/articles/la-fabrique-a-initiatives"],
    },
    { byUserId: animatorId },
  );
}
