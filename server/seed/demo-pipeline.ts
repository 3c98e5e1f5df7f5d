import { and, eq } from "drizzle-orm";
import { seedModelId, stableUuid } from "../catalogue/seed-models";
import type { Db } from "../db/database";
import {
  carrierCandidate,
  contact,
  followUp,
  handover,
  type InitiativeStage,
  initiative,
  initiativeEvent,
  initiativePartner,
  initiativeProgramme,
  initiativeSignal,
  organisation,
  outcome,
  programme,
  signal,
  signalEvent,
  studyVersion,
  task,
  type WorkingStage,
} from "../db/schema";
import { nextInitiativeReference } from "../initiatives/initiative-reference";
import { studySectionCodes } from "../studies/study-sections";
import { DEMO_PASSWORD, demoIds } from "./demo-ids";
import { demoJournal as journal, demoOrganisationId as organisationId, seedMeeting } from "./demo-meetings";
import { type DemoInitiative, demoDay, demoFabriqueRefs, demoOrganisations } from "./demo-pipeline-data";
import { demoOtherInitiatives } from "./demo-pipeline-others";
import { demoStories } from "./demo-pipeline-stories";
import { demoStudies } from "./demo-pipeline-studies";
import { seedDemoSignals } from "./demo-signals";
import { seedStoryModels } from "./demo-story-models";
import { addMembership, createUser } from "./factories";

const hundredths = (fte: number) => Math.round(fte * 100);

/** What every step of one demo initiative's seeding needs: its owner, its row and its dates. */
interface Seeding {
  db: Db;
  spec: DemoInitiative;
  owner: { id: string; officer: string };
  id: string;
  reference: string;
  created: Date;
  lastChange: Date;
}

async function insertInitiative(db: Db, spec: DemoInitiative) {
  const owner = demoFabriqueRefs[spec.fabrique];
  const [, firstOn] = spec.history[0]!;
  const [stage, enteredOn] = spec.history.at(-1)!;
  const previous = spec.history.at(-2)?.[0] as WorkingStage | undefined;
  const created = demoDay(firstOn);
  const lastChange = demoDay(enteredOn);
  const reference = await nextInitiativeReference(db, owner, created);
  const modelId = spec.modelExternalId ? seedModelId(spec.modelExternalId) : null;
  const [row] = await db
    .insert(initiative)
    .values({
      ...(spec.id ? { id: spec.id } : { id: stableUuid(`essaim-demo:initiative:${spec.key}`) }),
      fabriqueId: owner.id,
      reference,
      title: spec.title,
      summary: spec.summary,
      description: spec.description,
      territoryKind: "commune",
      territoryCode: spec.commune,
      themes: spec.themes,
      publics: spec.publics,
      entryPoint: spec.entryPoint,
      modelId,
      commissionerOrganisationId: spec.commissioner ? organisationId(spec.commissioner) : null,
      officerUserId: owner.officer,
      stage,
      stageEnteredAt: lastChange,
      stageBeforeDormant: stage === "dormant" ? (previous ?? null) : null,
      wakeUpOn: spec.wakeUpOn ?? null,
      abandonReason: spec.abandonReason ?? "",
      createdByUserId: owner.officer,
      createdAt: created,
      updatedAt: lastChange,
    })
    .returning({ id: initiative.id });
  return { db, spec, owner, id: row!.id, reference, created, lastChange } satisfies Seeding;
}

async function seedStageHistory({ db, spec, owner, id }: Seeding) {
  let from: InitiativeStage | null = null;
  for (const [to, on] of spec.history) {
    await db.insert(initiativeEvent).values({
      initiativeId: id,
      kind: from === null ? "created" : "stage",
      fromStage: from,
      toStage: to,
      note: from === null ? "Projet créé (saisine)" : ((to === "abandoned" ? spec.abandonReason : "") ?? ""),
      byUserId: owner.officer,
      at: demoDay(on),
    });
    from = to;
  }
}

async function seedConvertedSignals(
  { db, spec, owner, id, reference, created }: Seeding,
  signalIds: Map<string, string>,
) {
  for (const key of spec.signals ?? []) {
    const signalId = signalIds.get(key)!;
    await db.insert(initiativeSignal).values({ initiativeId: id, signalId, linkedAt: created });
    await db
      .update(signal)
      .set({ status: "converted", statusChangedAt: created })
      .where(eq(signal.id, signalId));
    await db.insert(signalEvent).values({
      signalId,
      fromStatus: "new",
      toStatus: "converted",
      reason: `→ ${reference} ${spec.title}`,
      byUserId: owner.officer,
      at: created,
    });
  }
}

async function seedPartners({ db, spec, owner, id, created }: Seeding) {
  for (const [key, role] of spec.partners ?? []) {
    await db
      .insert(initiativePartner)
      .values({ initiativeId: id, organisationId: organisationId(key), role, createdAt: created });
  }
  if (spec.partners?.length) {
    const names = [
      ...new Set(spec.partners.map(([key]) => demoOrganisations.find((o) => o.key === key)!.name)),
    ];
    await journal(db, id, owner.officer, created, "partner", `Partenaires associés : ${names.join(", ")}`);
  }
}

async function seedStudy({ db, spec, owner, id }: Seeding) {
  const study = demoStudies[spec.key];
  if (!study && spec.studyFinal === undefined) return;
  const sections = Object.fromEntries(studySectionCodes.map((code) => [code, study?.[code] ?? ""]));
  const studyStage = spec.history.find(([s]) => s === "opportunity_study")?.[1] ?? spec.history[0]![1];
  await db.insert(studyVersion).values({
    initiativeId: id,
    version: 1,
    sections,
    status: spec.studyFinal ? "final" : "draft",
    note: spec.studyFinal ? "Version présentée au comité de pilotage" : "Premier jet",
    byUserId: owner.officer,
    createdAt: demoDay(studyStage),
  });
  await journal(
    db,
    id,
    owner.officer,
    demoDay(studyStage),
    "study",
    spec.studyFinal
      ? "Version 1 de l'étude enregistrée et marquée comme définitive"
      : "Version 1 de l'étude enregistrée",
  );
}

/** The carriers considered and chosen; returns the chosen ones' ids, the lead carrier first. */
async function seedCarriers({ db, spec, owner, id, lastChange }: Seeding) {
  const carrierIds: string[] = [];
  for (const c of spec.carriers ?? []) {
    const [candidate] = await db
      .insert(carrierCandidate)
      .values({
        initiativeId: id,
        kind: c.kind,
        name: c.name,
        organisationId: c.organisation ? organisationId(c.organisation) : null,
        status: c.chosen ? "chosen" : "considered",
        lead: c.chosen === true && c.lead !== false,
        note: c.note ?? "",
        createdAt: lastChange,
        decidedAt: c.chosen ? lastChange : null,
      })
      .returning({ id: carrierCandidate.id });
    if (c.chosen) {
      // The handover goes to the lead carrier: first in the list.
      if (c.lead === false) carrierIds.push(candidate!.id);
      else carrierIds.unshift(candidate!.id);
      await journal(
        db,
        id,
        owner.officer,
        lastChange,
        "carrier",
        c.lead === false ? `Co-porteur retenu : ${c.name}` : `Porteur retenu : ${c.name} (chef de file)`,
      );
    }
  }
  return carrierIds;
}

async function seedHandover({ db, spec, owner, id }: Seeding, leadCarrierId: string | undefined) {
  if (!spec.handover || !leadCarrierId) return;
  await db.insert(handover).values({
    initiativeId: id,
    carrierCandidateId: leadCarrierId,
    transferred: spec.handover.transferred,
    conditions: spec.handover.conditions,
    handedOverOn: spec.handover.on,
    recordedByUserId: owner.officer,
    recordedAt: demoDay(spec.handover.on),
  });
  await journal(
    db,
    id,
    owner.officer,
    demoDay(spec.handover.on),
    "handover",
    `Transmission : ${spec.handover.conditions}`,
  );
}

async function seedOutcome({ db, spec, owner, id }: Seeding) {
  const o = spec.outcome;
  if (!o) return;
  await db.insert(outcome).values({
    initiativeId: id,
    kind: o.kind,
    modelId: o.modelExternalId ? seedModelId(o.modelExternalId) : null,
    organisationId: o.organisation ? organisationId(o.organisation) : null,
    activityName: o.activityName,
    openedOn: o.openedOn,
    jobsFteHundredths: hundredths(o.jobs),
    insertionFteHundredths: hundredths(o.insertion),
    disabilityFteHundredths: hundredths(o.disability),
    proposedModelId: o.proposesModel ? seedModelId(o.proposesModel) : null,
    recordedByUserId: owner.officer,
    recordedAt: demoDay(o.openedOn),
  });
  await journal(db, id, owner.officer, demoDay(o.openedOn), "outcome", `Lancement : ${o.activityName}`);
}

async function seedFollowUps({ db, spec, owner, id }: Seeding) {
  for (const f of spec.followUps ?? []) {
    await db.insert(followUp).values({
      initiativeId: id,
      milestoneMonths: f.months,
      measuredOn: f.on,
      jobsFteHundredths: hundredths(f.jobs),
      insertionFteHundredths: hundredths(f.insertion),
      disabilityFteHundredths: hundredths(f.disability),
      revenueCents: f.revenueEuros ? f.revenueEuros * 100 : null,
      beneficiaries: f.beneficiaries ?? null,
      note: f.note,
      recordedByUserId: owner.officer,
      recordedAt: demoDay(f.on),
    });
    await journal(db, id, owner.officer, demoDay(f.on), "follow_up", `Suivi à ${f.months} mois : ${f.note}`);
  }
}

async function seedTasks({ db, spec, owner, id, lastChange }: Seeding) {
  for (const t of spec.tasks ?? []) {
    await db.insert(task).values({
      fabriqueId: owner.id,
      initiativeId: id,
      title: t.title,
      ownerUserId: owner.officer,
      dueOn: t.due,
      createdByUserId: owner.officer,
      createdAt: lastChange,
    });
  }
}

/** One demo initiative with its whole dossier, in the order a Fabrique would have recorded it. */
async function seedInitiative(db: Db, spec: DemoInitiative, signalIds: Map<string, string>) {
  const seeding = await insertInitiative(db, spec);
  await seedStageHistory(seeding);
  await seedConvertedSignals(seeding, signalIds);
  await seedPartners(seeding);
  for (const m of spec.meetings ?? []) await seedMeeting(db, seeding.owner, seeding.id, m);
  await seedStudy(seeding);
  const carrierIds = await seedCarriers(seeding);
  await seedHandover(seeding, carrierIds[0]);
  await seedOutcome(seeding);
  await seedFollowUps(seeding);
  await seedTasks(seeding);
  return seeding.id;
}

/**
 * The demo pipeline: organisations, signals, the three seed stories at their end states with
 * their meetings, decisions, studies, carriers, handovers, outcomes and follow-ups, a dozen more
 * initiatives across the stages, the models the stories produced, and two accounts that show the
 * partner's and the carrier's views (`partenaire@`, `porteur@essaim.demo`).
 */
export async function seedDemoPipeline(db: Db, context: { animatorId: string; at: Date }) {
  for (const o of demoOrganisations) {
    await db.insert(organisation).values({
      id: organisationId(o.key),
      fabriqueId: demoFabriqueRefs[o.fabrique].id,
      name: o.name,
      kind: o.kind,
      legalForm: o.legalForm ?? "",
      siaeKind: o.siaeKind ?? null,
      adaptedEnterprise: o.adaptedEnterprise ?? false,
      esusUntil: o.esusUntil ?? null,
      territoryKind: o.commune ? "commune" : null,
      territoryCode: o.commune ?? null,
      website: o.website ?? "",
      createdAt: context.at,
      updatedAt: context.at,
    });
  }
  await seedStoryModels(db, context.animatorId);
  const signalIds = await seedDemoSignals(db);
  for (const spec of [...demoStories, ...demoOtherInitiatives]) await seedInitiative(db, spec, signalIds);

  // The partner account (Ville de Rouen) sees the Rouen story as commissioner and copil member.
  await db.insert(contact).values({
    fabriqueId: demoIds.fabriques.adress,
    organisationId: organisationId("rouen"),
    name: "Marc Partenaire",
    jobTitle: "Chargé de mission cohésion sociale (démo)",
    email: "partenaire@essaim.demo",
    userId: demoIds.users.partenaire,
    createdAt: context.at,
    updatedAt: context.at,
  });
  // The Ville de Rouen funds a programme that covers the Rouen story: the partner account sees
  // that programme's report (issue 16), and no other initiative.
  await db.insert(programme).values({
    id: demoIds.programmes.rouenQuartiers,
    fabriqueId: demoIds.fabriques.adress,
    name: "Contrat de ville de Rouen — Hauts de Rouen (démo)",
    funderOrganisationId: organisationId("rouen"),
    startsOn: "2024-01-01",
    endsOn: "2030-12-31",
    description: "Programme de démonstration : le volet « services de proximité » du contrat de ville.",
    themes: ["services-proximite"],
    createdAt: context.at,
  });
  await db.insert(initiativeProgramme).values({
    initiativeId: demoIds.initiatives.rouenConciergerie,
    programmeId: demoIds.programmes.rouenQuartiers,
  });
  // The carrier account works in the Rouen conciergerie's dossier only.
  await createUser(db, {
    id: demoIds.users.porteur,
    email: "porteur@essaim.demo",
    name: "Karim Porteur (Régie de quartier)",
    password: DEMO_PASSWORD,
    createdAt: context.at,
  });
  await addMembership(db, {
    userId: demoIds.users.porteur,
    fabriqueId: demoIds.fabriques.adress,
    role: "carrier",
    initiativeId: demoIds.initiatives.rouenConciergerie,
  });
  await db
    .update(carrierCandidate)
    .set({ userId: demoIds.users.porteur })
    .where(
      and(
        eq(carrierCandidate.initiativeId, demoIds.initiatives.rouenConciergerie),
        eq(carrierCandidate.status, "chosen"),
      ),
    );
}
