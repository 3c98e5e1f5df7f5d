import { and, eq } from "drizzle-orm";
import { hashSecretToken } from "../accounts/secret-token";
import { deadlineInstant } from "../calls/deadline";
import type { Db } from "../db/database";
import {
  call,
  callAnswer,
  callApplication,
  callCriterion,
  callJuror,
  callQuestion,
  initiative,
} from "../db/schema";
import { demoCallIds } from "./demo-calls";
import { demoIds } from "./demo-ids";

/** Fixed ids of the Besançon canteen's call, which waits for its jury. */
export const demoJuryCallIds = {
  cantine: "7e2d1b63-4a1f-4c8b-8b72-1d6b3f8c3001",
  question: "7e2d1b63-4a1f-4c8b-8b72-1d6b3f8c3101",
  criteria: ["7e2d1b63-4a1f-4c8b-8b72-1d6b3f8c3201", "7e2d1b63-4a1f-4c8b-8b72-1d6b3f8c3202"],
  applications: {
    collectif: "7e2d1b63-4a1f-4c8b-8b72-1d6b3f8c3301",
    regie: "7e2d1b63-4a1f-4c8b-8b72-1d6b3f8c3302",
  },
} as const;

const applicants = [
  {
    id: demoJuryCallIds.applications.collectif,
    name: "Association Cuisine en partage",
    siren: "775670417",
    contactName: "Léa Martin",
    contactEmail: "cuisine-en-partage@exemple.demo",
    project:
      "Une cantine tenue par une salariée et des habitants bénévoles, ouverte quatre midis par semaine.",
  },
  {
    id: demoJuryCallIds.applications.regie,
    name: "Régie de quartier de Planoise",
    siren: "412345670",
    contactName: "Direction de la régie",
    contactEmail: "regie-planoise@exemple.demo",
    project: "La cantine rejoint nos activités d'insertion : deux postes en CDDI en cuisine.",
  },
] as const;

/**
 * The canteen of Planoise (Besançon) has its call for carriers closed on 16 November 2026 and
 * waits for its jury: the officer of émergence Franche-Comté and France Active Franche-Comté
 * score, then the team deliberates and the copil decides. Nothing is scored in the demo.
 */
export async function seedDemoJuryCall(db: Db): Promise<void> {
  const callId = demoJuryCallIds.cantine;
  const [cantine] = await db
    .select({ id: initiative.id })
    .from(initiative)
    .where(
      and(
        eq(initiative.fabriqueId, demoIds.fabriques.emergence),
        eq(initiative.title, "Cantine de quartier participative"),
      ),
    );
  if (!cantine) throw new Error("the demo's canteen of Planoise is missing");
  const published = new Date("2026-10-05T08:00:00Z");
  await db.insert(call).values({
    id: callId,
    fabriqueId: demoIds.fabriques.emergence,
    initiativeId: cantine.id,
    title: "Appel à candidatures : porter la cantine de quartier de Planoise",
    summary:
      "Une cantine où les habitants cuisinent et mangent ensemble, sur le modèle des Petites Cantines.",
    offerItems: ["study", "partners"],
    offer: "L'étude d'opportunité et l'engagement de l'Adapei du Doubs comme partenaire.",
    expectations: "Une structure de l'économie sociale et solidaire de Besançon, prête à ouvrir en 2027.",
    legalForms: ["association", "scic"],
    departments: ["25"],
    deadlineAt: deadlineInstant("2026-11-16", "12:00"),
    status: "published",
    publishedAt: published,
    createdByUserId: demoIds.users.emergence,
    createdAt: published,
    updatedAt: published,
  });
  await seedJuryCallForm(db, published);
  for (const [index, a] of applicants.entries()) {
    const submittedAt = new Date(Date.UTC(2026, 10, 10 + index, 9));
    await db.insert(callApplication).values({
      id: a.id,
      callId,
      // The hash of a string that is no link (links start with `cand_`): nobody can open it.
      tokenHash: hashSecretToken(`demo-jury-${a.id}`),
      status: "submitted",
      siren: a.siren,
      name: a.name,
      legalForm: "association",
      postcode: "25000",
      contactName: a.contactName,
      contactEmail: a.contactEmail,
      consentAt: submittedAt,
      createdAt: submittedAt,
      updatedAt: submittedAt,
      submittedAt,
    });
    await db
      .insert(callAnswer)
      .values({ applicationId: a.id, questionId: demoJuryCallIds.question, value: a.project });
  }
}

/** The canteen call's one question, its two-criterion grid and its jury (the officer, France Active). */
async function seedJuryCallForm(db: Db, published: Date) {
  const callId = demoJuryCallIds.cantine;
  await db.insert(callQuestion).values({
    id: demoJuryCallIds.question,
    callId,
    position: 0,
    label: "Votre projet pour la cantine",
    kind: "text",
    required: true,
  });
  await db.insert(callCriterion).values([
    {
      id: demoJuryCallIds.criteria[0],
      callId,
      position: 0,
      label: "Solidité du projet",
      weight: 2,
      scaleMax: 5,
    },
    {
      id: demoJuryCallIds.criteria[1],
      callId,
      position: 1,
      label: "Place des habitants",
      weight: 1,
      scaleMax: 5,
    },
  ]);
  await db.insert(callJuror).values([
    { callId, userId: demoIds.users.emergence, kind: "team", addedAt: published },
    { callId, userId: demoCallIds.franceActiveUser, kind: "partner", addedAt: published },
  ]);
}
