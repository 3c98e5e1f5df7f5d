import { eq } from "drizzle-orm";
import type { Db } from "../db/database";
import { type FabriqueStatus, fabrique, fabriqueStatusEvent } from "../db/schema";
import { checkTransition } from "../network/fabrique-workflow";
import { demoIds } from "./demo-ids";
import { createFabrique } from "./factories";

/**
 * The network layer of the demo: each Fabrique's journey through the lifecycle, with dates and
 * reasons that read like the network's own records, and two younger Fabriques (one in
 * experimentation, one candidate).
 */
type Step = { to: FabriqueStatus; at: string; reason: string };
type Journey = { since: string; steps: Step[] };

const journeys = {
  atis: {
    since: "2010-03-15T09:00:00.000Z",
    steps: [
      {
        to: "experimentation",
        at: "2010-09-06T09:00:00.000Z",
        reason: "Lancement de l'expérimentation nationale des Fabriques à initiatives.",
      },
      {
        to: "appellation",
        at: "2013-06-20T09:00:00.000Z",
        reason: "Appellation accordée par le comité du réseau du 20 juin 2013.",
      },
    ],
  },
  adress: {
    since: "2011-01-17T09:00:00.000Z",
    steps: [
      {
        to: "experimentation",
        at: "2011-06-01T09:00:00.000Z",
        reason: "Convention d'expérimentation signée ; chargée de mission recrutée.",
      },
      {
        to: "appellation",
        at: "2014-06-26T09:00:00.000Z",
        reason: "Appellation accordée par le comité du réseau du 26 juin 2014.",
      },
    ],
  },
  emergence: {
    since: "2012-02-06T09:00:00.000Z",
    steps: [
      {
        to: "experimentation",
        at: "2012-09-03T09:00:00.000Z",
        reason: "Convention d'expérimentation signée avec la Région et l'État.",
      },
      {
        to: "appellation",
        at: "2015-06-18T09:00:00.000Z",
        reason: "Appellation accordée par le comité du réseau du 18 juin 2015.",
      },
    ],
  },
  premiereBrique: {
    since: "2025-10-06T09:00:00.000Z",
    steps: [
      {
        to: "experimentation",
        at: "2026-04-14T09:00:00.000Z",
        reason: "Candidature retenue ; convention d'expérimentation signée pour trois ans.",
      },
    ],
  },
  ancrageGuyane: { since: "2026-10-19T09:00:00.000Z", steps: [] },
} satisfies Record<keyof typeof demoIds.fabriques, Journey>;

/** Where a demo Fabrique's journey starts: created as a candidate on its first day. */
export function demoFabriqueStart(key: keyof typeof journeys) {
  const since = new Date(journeys[key].since);
  return { status: "candidate" as const, createdAt: since, statusChangedAt: since };
}

/** The two Fabriques that joined the network recently. */
export async function createYoungDemoFabriques(db: Db, updatedAt: Date) {
  await createFabrique(db, {
    id: demoIds.fabriques.premiereBrique,
    slug: "premiere-brique",
    name: "Première Brique",
    carryingStructure: "Première Brique — coopérative toulousaine d'entrepreneuriat social",
    description:
      "La Fabrique à initiatives de Toulouse et de la Haute-Garonne, en expérimentation : premiers besoins repérés avec les centres sociaux des quartiers nord.",
    regionCode: "76",
    contactEmail: "fabrique@premiere-brique.demo",
    ...demoFabriqueStart("premiereBrique"),
    updatedAt,
  });
  await createFabrique(db, {
    id: demoIds.fabriques.ancrageGuyane,
    slug: "ancrage-guyane",
    name: "PTCE Ancrage Guyane",
    carryingStructure: "PTCE Ancrage — pôle territorial de coopération économique",
    description:
      "Un pôle territorial de coopération économique qui candidate pour porter une Fabrique à initiatives sur l'Ouest guyanais.",
    regionCode: "03",
    contactEmail: "contact@ancrage-guyane.demo",
    ...demoFabriqueStart("ancrageGuyane"),
    updatedAt,
  });
}

/**
 * Walk every demo Fabrique along its journey, checking each step against the workflow so that
 * the demo never shows a transition the product would refuse.
 */
export async function recordDemoJourneys(db: Db, animatorId: string) {
  for (const [key, journey] of Object.entries(journeys) as [keyof typeof journeys, Journey][]) {
    const fabriqueId = demoIds.fabriques[key];
    const [row] = await db.select().from(fabrique).where(eq(fabrique.id, fabriqueId));
    if (!row) throw new Error(`demo: Fabrique ${key} is missing`);
    let current: FabriqueStatus = row.status;
    for (const step of journey.steps) {
      const check = checkTransition(current, step.to, {
        reason: step.reason,
        carryingStructure: row.carryingStructure,
      });
      if (!check.allowed) throw new Error(`demo: ${key} ${current} → ${step.to}: ${check.reasons.join(" ")}`);
      const at = new Date(step.at);
      await db.insert(fabriqueStatusEvent).values({
        fabriqueId,
        fromStatus: current,
        toStatus: step.to,
        reason: step.reason,
        byUserId: animatorId,
        at,
      });
      await db
        .update(fabrique)
        .set({ status: step.to, statusChangedAt: at })
        .where(eq(fabrique.id, fabriqueId));
      current = step.to;
    }
  }
}
