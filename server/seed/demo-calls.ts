import { and, eq } from "drizzle-orm";
import { hashSecretToken } from "../accounts/secret-token";
import { deadlineInstant } from "../calls/deadline";
import type { Db } from "../db/database";
import {
  call,
  callApplication,
  callCriterion,
  callJuror,
  callQuestion,
  callReview,
  callScore,
  carrierCandidate,
  decision,
  organisation,
} from "../db/schema";
import { DEMO_PASSWORD, demoIds } from "./demo-ids";
import { createUser } from "./factories";

/** Fixed ids of the Pontarlier call, so its links stay the same from one demo to the next. */
export const demoCallIds = {
  pontarlier: "7e2d1b63-4a1f-4c8b-8b72-1d6b3f8c2001",
  franceActiveUser: "00000000-0000-4000-8000-0000000000a7",
  decision: "7e2d1b63-4a1f-4c8b-8b72-1d6b3f8c2d01",
  questions: [
    "7e2d1b63-4a1f-4c8b-8b72-1d6b3f8c2101",
    "7e2d1b63-4a1f-4c8b-8b72-1d6b3f8c2102",
    "7e2d1b63-4a1f-4c8b-8b72-1d6b3f8c2103",
  ],
  criteria: [
    "7e2d1b63-4a1f-4c8b-8b72-1d6b3f8c2201",
    "7e2d1b63-4a1f-4c8b-8b72-1d6b3f8c2202",
    "7e2d1b63-4a1f-4c8b-8b72-1d6b3f8c2203",
  ],
  applications: {
    solivers: "7e2d1b63-4a1f-4c8b-8b72-1d6b3f8c2301",
    adapei: "7e2d1b63-4a1f-4c8b-8b72-1d6b3f8c2302",
    saveurs: "7e2d1b63-4a1f-4c8b-8b72-1d6b3f8c2303",
  },
} as const;

const applicants = [
  {
    key: "solivers",
    name: "Solivers",
    siren: "775670417",
    legalForm: "association",
    agrements: ["esus", "adapted_enterprise"],
    contactName: "Direction de Solivers",
    outcome: "lead",
  },
  {
    key: "adapei",
    name: "Adapei du Doubs",
    siren: "412345670",
    legalForm: "association",
    agrements: ["esus"],
    contactName: "Direction de l'Adapei du Doubs",
    outcome: "co_carrier",
  },
  {
    key: "saveurs",
    name: "SCIC Saveurs du Haut-Doubs",
    siren: "382123453",
    legalForm: "scic",
    agrements: ["esus"],
    contactName: "Gérance de la SCIC",
    outcome: "declined",
  },
] as const;

/** Scores per juror (the officer, then France Active), per application, per criterion (0–5). */
const scores: Record<(typeof applicants)[number]["key"], [number[], number[]]> = {
  solivers: [
    [5, 5, 4],
    [5, 4, 4],
  ],
  adapei: [
    [4, 4, 5],
    [4, 3, 5],
  ],
  saveurs: [
    [3, 3, 4],
    [2, 3, 3],
  ],
};

/**
 * The Pontarlier story's call for carriers, shipped closed with its scores: émergence
 * Franche-Comté published it in October 2016, Solivers, the Adapei du Doubs and a SCIC applied,
 * the team and France Active Franche-Comté scored, and the copil retained Solivers as lead and the
 * Adapei as co-carrier (the pipeline's carriers, to which the applications are linked).
 */
export async function seedDemoCalls(db: Db): Promise<void> {
  const initiativeId = demoIds.initiatives.pontarlierVertuose;
  const fabriqueId = demoIds.fabriques.emergence;
  const officer = demoIds.users.emergence;
  await createUser(db, {
    id: demoCallIds.franceActiveUser,
    email: "franceactive@essaim.demo",
    name: "Fanny Garnier (France Active Franche-Comté)",
    password: DEMO_PASSWORD,
    createdAt: new Date("2016-10-03T08:00:00Z"),
  });
  await db.insert(decision).values({
    id: demoCallIds.decision,
    initiativeId,
    stage: "carrier_search",
    kind: "go",
    rationale:
      "Le jury place Solivers en tête ; l'Adapei du Doubs apporte son expérience des Cuisines d'Uzel.",
    decidedBy: "Comité de pilotage, sur proposition du jury de l'appel à candidatures",
    decidedOn: "2016-11-14",
    recordedByUserId: officer,
    recordedAt: new Date("2016-11-14T16:00:00Z"),
  });
  await db.insert(call).values({
    id: demoCallIds.pontarlier,
    fabriqueId,
    initiativeId,
    title: "Appel à candidatures : porter le restaurant VERT'uOSE de Pontarlier",
    summary:
      "Un restaurant locavore qui emploie une équipe de travailleurs handicapés, essaimé depuis l'Alsace.",
    offerItems: ["study", "forecast", "premises", "partners"],
    offer:
      "L'étude d'opportunité, le plan d'affaires sur trois ans, un local en centre-ville proposé par la communauté de communes et l'engagement de France Active Franche-Comté.",
    expectations: "Une structure de l'économie sociale et solidaire du Haut-Doubs, prête à ouvrir en 2017.",
    legalForms: ["association", "scic", "sas_esus"],
    agrements: ["esus"],
    departments: ["25", "39"],
    deadlineAt: deadlineInstant("2016-10-28", "12:00"),
    status: "decided",
    publishedAt: new Date("2016-10-05T08:00:00Z"),
    decisionId: demoCallIds.decision,
    createdByUserId: officer,
    createdAt: new Date("2016-10-04T08:00:00Z"),
    updatedAt: new Date("2016-11-14T16:00:00Z"),
  });
  await seedForm(db);
  await seedApplications(db, fabriqueId, initiativeId);
}

async function seedForm(db: Db) {
  const callId = demoCallIds.pontarlier;
  const [q1, q2, q3] = demoCallIds.questions;
  await db.insert(callQuestion).values([
    { id: q1, callId, position: 0, label: "Votre projet pour le restaurant", kind: "text", required: true },
    {
      id: q2,
      callId,
      position: 1,
      label: "Postes de travailleurs handicapés envisagés",
      kind: "number",
      required: true,
    },
    { id: q3, callId, position: 2, label: "Vos derniers comptes approuvés", kind: "file", required: false },
  ]);
  const labels = [
    "Solidité du projet et de la structure",
    "Ancrage dans le Haut-Doubs",
    "Emploi des personnes handicapées",
  ];
  await db.insert(callCriterion).values(
    demoCallIds.criteria.map((id, position) => ({
      id,
      callId,
      position,
      label: labels[position]!,
      weight: position === 0 ? 2 : 1,
      scaleMax: 5,
    })),
  );
  await db.insert(callJuror).values([
    { callId, userId: demoIds.users.emergence, kind: "team", addedAt: new Date("2016-10-04T08:00:00Z") },
    {
      callId,
      userId: demoCallIds.franceActiveUser,
      kind: "partner",
      addedAt: new Date("2016-10-04T08:00:00Z"),
    },
  ]);
}

async function seedApplications(db: Db, fabriqueId: string, initiativeId: string) {
  const jurors = [demoIds.users.emergence, demoCallIds.franceActiveUser];
  for (const [index, a] of applicants.entries()) {
    const id = demoCallIds.applications[a.key];
    const [card] = await db
      .select({ id: organisation.id })
      .from(organisation)
      .where(and(eq(organisation.fabriqueId, fabriqueId), eq(organisation.name, a.name)));
    const [carrier] = await db
      .select({ id: carrierCandidate.id })
      .from(carrierCandidate)
      .where(and(eq(carrierCandidate.initiativeId, initiativeId), eq(carrierCandidate.name, a.name)));
    const submittedAt = new Date(Date.UTC(2016, 9, 20 + index, 9));
    await db.insert(callApplication).values({
      id,
      callId: demoCallIds.pontarlier,
      // The hash of a string that is no link (links start with `cand_`): nobody can open it.
      tokenHash: hashSecretToken(`demo-closed-${id}`),
      status: "submitted",
      siren: a.siren,
      name: a.name,
      legalForm: a.legalForm,
      agrements: [...a.agrements],
      postcode: "25300",
      contactName: a.contactName,
      contactEmail: `${a.key}@exemple.demo`,
      consentAt: submittedAt,
      proposedRank: index + 1,
      outcome: a.outcome,
      carrierCandidateId: carrier?.id ?? null,
      organisationId: card?.id ?? null,
      createdAt: submittedAt,
      updatedAt: new Date("2016-11-14T16:00:00Z"),
      submittedAt,
    });
    for (const [j, userId] of jurors.entries()) {
      await db.insert(callReview).values({
        applicationId: id,
        userId,
        submittedAt: new Date("2016-11-08T10:00:00Z"),
        submittedScores: scores[a.key][j]!,
      });
      await db.insert(callScore).values(
        demoCallIds.criteria.map((criterionId, c) => ({
          applicationId: id,
          userId,
          criterionId,
          score: scores[a.key][j]![c]!,
        })),
      );
    }
  }
}
