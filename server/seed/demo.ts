import { seedCatalogueModels } from "../catalogue/seed-models";
import type { Db } from "../db/database";
import { seedDemoCampaigns } from "./demo-campaigns";
import { seedDemoForecasts } from "./demo-forecasts";
import { DEMO_PASSWORD, DEMO_TODAY, demoIds } from "./demo-ids";
import { createYoungDemoFabriques, demoFabriqueStart, recordDemoJourneys } from "./demo-network";
import { seedDemoPipeline } from "./demo-pipeline";
import { addMembership, createFabrique, createNetwork, createUser } from "./factories";

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
    const adress = await createFabrique(tx, {
      id: demoIds.fabriques.adress,
      slug: "adress",
      name: "ADRESS",
      carryingStructure: "ADRESS — Agence pour le développement régional de l'économie sociale et solidaire",
      description:
        "La Fabrique à initiatives de Normandie : besoins des quartiers prioritaires de Rouen, bien vieillir, services de proximité.",
      regionCode: "28",
      contactEmail: "fabrique@adress.demo",
      ...demoFabriqueStart("adress"),
      updatedAt: at,
    });
    const emergence = await createFabrique(tx, {
      id: demoIds.fabriques.emergence,
      slug: "emergence",
      name: "émergence Franche-Comté",
      carryingStructure: "émergence Franche-Comté",
      description:
        "La Fabrique à initiatives de Franche-Comté : un catalogue d'activités qui existent ailleurs et répondent aux besoins repérés avec les partenaires locaux.",
      regionCode: "27",
      contactEmail: "fabrique@emergence.demo",
      ...demoFabriqueStart("emergence"),
      updatedAt: at,
    });
    const atis = await createFabrique(tx, {
      id: demoIds.fabriques.atis,
      slug: "atis",
      name: "ATIS",
      carryingStructure: "ATIS — Association territoires et innovation sociale",
      description:
        "La Fabrique à initiatives de Nouvelle-Aquitaine : des réponses entrepreneuriales aux besoins repérés avec les acteurs de l'insertion et les collectivités.",
      regionCode: "75",
      contactEmail: "fabrique@atis.demo",
      ...demoFabriqueStart("atis"),
      updatedAt: at,
    });

    await createUser(tx, {
      id: demoIds.users.animation,
      email: "animation@essaim.demo",
      name: "Claire Animation (réseau)",
      password: DEMO_PASSWORD,
      isNetworkAnimator: true,
      createdAt: at,
    });
    const officers = [
      { id: demoIds.users.adress, email: "adress@essaim.demo", name: "Nadia Leroux", fabriqueId: adress.id },
      {
        id: demoIds.users.emergence,
        email: "emergence@essaim.demo",
        name: "Julien Vernier",
        fabriqueId: emergence.id,
      },
      { id: demoIds.users.atis, email: "atis@essaim.demo", name: "Sophie Darrieux", fabriqueId: atis.id },
    ];
    for (const officer of officers) {
      await createUser(tx, {
        id: officer.id,
        email: officer.email,
        name: officer.name,
        password: DEMO_PASSWORD,
        createdAt: at,
      });
      await addMembership(tx, { userId: officer.id, fabriqueId: officer.fabriqueId, role: "officer" });
    }
    await createUser(tx, {
      id: demoIds.users.partenaire,
      email: "partenaire@essaim.demo",
      name: "Marc Partenaire (Ville de Rouen)",
      password: DEMO_PASSWORD,
      createdAt: at,
    });
    await addMembership(tx, { userId: demoIds.users.partenaire, fabriqueId: adress.id, role: "partner" });

    await createYoungDemoFabriques(tx, at);
    await recordDemoJourneys(tx, demoIds.users.animation);
    await seedCatalogueModels(tx, {
      fabriqueIds: { emergence: emergence.id, atis: atis.id },
      animatorId: demoIds.users.animation,
      at,
    });
    await seedDemoPipeline(tx, { animatorId: demoIds.users.animation, at });
    await seedDemoForecasts(tx, at);
    await seedDemoCampaigns(tx, at);
  });
}
