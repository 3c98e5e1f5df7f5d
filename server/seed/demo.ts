import { seedCatalogueModels } from "../catalogue/seed-models";
import type { Db } from "../db/database";
import { seedDemoCalls } from "./demo-calls";
import { seedDemoJuryCall } from "./demo-calls-jury";
import { seedDemoCampaigns } from "./demo-campaigns";
import { seedDemoForecasts } from "./demo-forecasts";
import { DEMO_PASSWORD, DEMO_TODAY, demoIds } from "./demo-ids";
import { createYoungDemoFabriques, demoFabriqueStart, recordDemoJourneys } from "./demo-network";
import { seedDemoPipeline } from "./demo-pipeline";
import { addMembership, createFabrique, createNetwork, createUser } from "./factories";

/** The three seed stories' Fabriques, in the order they are created. */
const demoFabriques = [
  {
    key: "adress",
    name: "ADRESS",
    carryingStructure: "ADRESS — Agence pour le développement régional de l'économie sociale et solidaire",
    description:
      "La Fabrique à initiatives de Normandie : besoins des quartiers prioritaires de Rouen, bien vieillir, services de proximité.",
    regionCode: "28",
  },
  {
    key: "emergence",
    name: "émergence Franche-Comté",
    carryingStructure: "émergence Franche-Comté",
    description:
      "La Fabrique à initiatives de Franche-Comté : un catalogue d'activités qui existent ailleurs et répondent aux besoins repérés avec les partenaires locaux.",
    regionCode: "27",
  },
  {
    key: "atis",
    name: "ATIS",
    carryingStructure: "ATIS — Association territoires et innovation sociale",
    description:
      "La Fabrique à initiatives de Nouvelle-Aquitaine : des réponses entrepreneuriales aux besoins repérés avec les acteurs de l'insertion et les collectivités.",
    regionCode: "75",
  },
] as const;

/** One officer per seed Fabrique. */
const demoOfficers = [
  { key: "adress", name: "Nadia Leroux" },
  { key: "emergence", name: "Julien Vernier" },
  { key: "atis", name: "Sophie Darrieux" },
] as const;

/** The network animator, an officer per Fabrique, and the partner account (Ville de Rouen). */
async function seedDemoAccounts(tx: Db, at: Date) {
  await createUser(tx, {
    id: demoIds.users.animation,
    email: "animation@essaim.demo",
    name: "Claire Animation (réseau)",
    password: DEMO_PASSWORD,
    isNetworkAnimator: true,
    createdAt: at,
  });
  for (const officer of demoOfficers) {
    const id = demoIds.users[officer.key];
    await createUser(tx, {
      id,
      email: `${officer.key}@essaim.demo`,
      name: officer.name,
      password: DEMO_PASSWORD,
      createdAt: at,
    });
    await addMembership(tx, { userId: id, fabriqueId: demoIds.fabriques[officer.key], role: "officer" });
  }
  await createUser(tx, {
    id: demoIds.users.partenaire,
    email: "partenaire@essaim.demo",
    name: "Marc Partenaire (Ville de Rouen)",
    password: DEMO_PASSWORD,
    createdAt: at,
  });
  await addMembership(tx, {
    userId: demoIds.users.partenaire,
    fabriqueId: demoIds.fabriques.adress,
    role: "partner",
  });
}

/**
 * The demo: deterministic (fixed ids, a fixed "today"), French, drawn from the seed stories.
 * Layered: reference territories are loaded before; each domain adds its layer here.
 */
export async function seedDemo(db: Db): Promise<void> {
  const at = new Date(DEMO_TODAY);
  await db.transaction(async (tx) => {
    await createNetwork(tx, {
      name: "Réseau des Fabriques à initiatives",
      description:
        "Depuis 2010, les Fabriques à initiatives repèrent les besoins sociaux non couverts de leur territoire, " +
        "co-construisent des réponses entrepreneuriales avec les acteurs locaux et les transmettent à des porteurs.",
    });
    for (const { key, ...f } of demoFabriques) {
      await createFabrique(tx, {
        id: demoIds.fabriques[key],
        slug: key,
        ...f,
        contactEmail: `fabrique@${key}.demo`,
        ...demoFabriqueStart(key),
        updatedAt: at,
      });
    }
    await seedDemoAccounts(tx, at);
    await createYoungDemoFabriques(tx, at);
    await recordDemoJourneys(tx, demoIds.users.animation);
    await seedCatalogueModels(tx, {
      fabriqueIds: { emergence: demoIds.fabriques.emergence, atis: demoIds.fabriques.atis },
      animatorId: demoIds.users.animation,
      at,
    });
    await seedDemoPipeline(tx, { animatorId: demoIds.users.animation, at });
    await seedDemoForecasts(tx, at);
    await seedDemoCampaigns(tx, at);
    await seedDemoCalls(tx);
    await seedDemoJuryCall(tx);
  });
}
