import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../db/database";
import { campaign, signal } from "../db/schema";
import { demoIds } from "./demo-ids";

/** Fixed ids, so links to the demo campaigns stay the same from one demo to the next. */
export const demoCampaignIds = {
  rouenSpring: "6d1c0a52-3f0e-4b7a-9a61-0c5a2e7b1001",
  rouenAgeing: "6d1c0a52-3f0e-4b7a-9a61-0c5a2e7b1002",
  cenon: "6d1c0a52-3f0e-4b7a-9a61-0c5a2e7b1003",
  hautDoubs: "6d1c0a52-3f0e-4b7a-9a61-0c5a2e7b1004",
} as const;

/**
 * The demo's appels à révélation, one in each state on the demo's "today" (27 Nov 2026): a
 * closed one and an open one at ADRESS, an open one at ATIS, an upcoming one at émergence. The
 * public-form signals of the pipeline's demo that arrived during a campaign are grouped under it.
 */
export async function seedDemoCampaigns(db: Db, at: Date): Promise<void> {
  const f = demoIds.fabriques;
  const rows: (typeof campaign.$inferInsert)[] = [
    {
      id: demoCampaignIds.rouenSpring,
      fabriqueId: f.adress,
      slug: "hauts-de-rouen-2026",
      title: "Appel à révélation — Hauts de Rouen, printemps 2026",
      question: "Qu'est-ce qui manque dans votre quartier ?",
      description:
        "Avec la Ville de Rouen et les conseils citoyens, la Fabrique a demandé aux habitant·es des Hauts de Rouen ce qui leur manque au quotidien.",
      audience: "Habitant·es, associations et commerçant·es des Hauts de Rouen",
      opensOn: "2026-04-01",
      closesOn: "2026-06-30",
      territoryKind: "commune",
      territoryCode: "76540",
      createdByUserId: demoIds.users.adress,
      createdAt: new Date("2026-03-20T09:00:00.000Z"),
    },
    {
      id: demoCampaignIds.rouenAgeing,
      fabriqueId: f.adress,
      slug: "bien-vieillir-rouen",
      title: "Bien vieillir à Rouen",
      question: "Qu'est-ce qui vous manque, ou manque à vos parents âgés, pour bien vieillir chez soi ?",
      description:
        "Services de proximité, lien social, mobilité : dites-nous ce qui manque. Chaque réponse est lue par l'équipe de la Fabrique.",
      audience: "Personnes âgées, aidant·es, professionnel·les du domicile",
      opensOn: "2026-11-15",
      closesOn: "2027-01-31",
      territoryKind: "commune",
      territoryCode: "76540",
      createdByUserId: demoIds.users.adress,
      createdAt: at,
    },
    {
      id: demoCampaignIds.cenon,
      fabriqueId: f.atis,
      slug: "cenon-ce-qui-manque",
      title: "Cenon : ce qui manque près de chez vous",
      question: "Qu'est-ce qui manque à moins de dix minutes de chez vous ?",
      description: "Un appel lancé avec le conseil citoyen du haut de Cenon.",
      audience: "Habitant·es du haut de Cenon",
      opensOn: "2026-11-01",
      closesOn: "2026-12-20",
      territoryKind: "commune",
      territoryCode: "33119",
      createdByUserId: demoIds.users.atis,
      createdAt: new Date("2026-10-25T09:00:00.000Z"),
    },
    {
      id: demoCampaignIds.hautDoubs,
      fabriqueId: f.emergence,
      slug: "haut-doubs-2027",
      title: "Haut-Doubs 2027",
      question: "Quelle activité utile manque dans votre commune du Haut-Doubs ?",
      audience: "Élu·es, associations et habitant·es du Haut-Doubs",
      opensOn: "2027-01-15",
      closesOn: "2027-03-31",
      createdByUserId: demoIds.users.emergence,
      createdAt: at,
    },
  ];
  await db.insert(campaign).values(rows);
  for (const row of rows) {
    await db
      .update(signal)
      .set({ campaignId: row.id })
      .where(
        and(
          eq(signal.fabriqueId, row.fabriqueId),
          eq(signal.channel, "public_form"),
          sql`${signal.createdAt}::date between ${row.opensOn} and ${row.closesOn}`,
        ),
      );
  }
}
