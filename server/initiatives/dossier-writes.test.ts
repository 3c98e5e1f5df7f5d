import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseCarrier, declineCarrier } from "../carriers/choose-carrier";
import { createCarrierCandidate } from "../carriers/create-carrier-candidate";
import { inviteCarrier } from "../carriers/invite-carrier";
import { createPipelineWorld, createTestInitiative } from "../carriers/pipeline-fixtures";
import { proposeOutcomeModel } from "../carriers/propose-outcome-model";
import { recordFollowUp } from "../carriers/record-follow-up";
import { recordHandover } from "../carriers/record-handover";
import { recordOutcome } from "../carriers/record-outcome";
import type { Result } from "../core/result";
import {
  carrierCandidate,
  type InitiativeStage,
  initiative,
  initiativeEvent,
  initiativeStages,
  organisation,
  outcome,
  programme,
  studyVersion,
  task,
} from "../db/schema";
import { uploadDocument } from "../documents/documents";
import { createForecast } from "../forecasts/create-forecast";
import { createDecision } from "../meetings/decisions";
import { createMeeting, deleteMeeting } from "../meetings/save-meeting";
import { addInitiativePartner } from "../organisations/initiative-partners";
import { attachProgramme } from "../organisations/programmes";
import { finaliseStudyVersion } from "../studies/finalise-study-version";
import { saveStudy } from "../studies/save-study";
import { studySectionCodes } from "../studies/study-sections";
import { createTask, updateTask } from "../tasks/tasks";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { type DossierWrite, dossierWriteRules, dossierWrites } from "./dossier-write-rules";
import { updateInitiative } from "./update-initiative";

/** Every section written, so that only the stage can refuse a save or a final version. */
const fullSections = Object.fromEntries(
  studySectionCodes.map((code) => [code, `Texte de la section ${code}.`]),
);

/** Whether the declared rules let this write through at this stage (what the services must do). */
function declaredAllowed(write: DossierWrite, stage: InitiativeStage): boolean {
  const rule = dossierWriteRules[write];
  if (stage === "abandoned") return rule.whenAbandoned;
  if (rule.stages === "all") return true;
  if (stage === "dormant") return false;
  return (rule.stages as readonly string[]).includes(stage);
}

describe("every write of an initiative's dossier, at every stage and state", () => {
  let deps: TestDeps;
  let world: Awaited<ReturnType<typeof createPipelineWorld>>;
  let organisationId: string;

  beforeAll(async () => {
    deps = await createTestDeps();
    world = await createPipelineWorld(deps);
    const [org] = await deps.db
      .insert(organisation)
      .values({ fabriqueId: world.fabriqueA.id, name: "Régie de quartier", kind: "association" })
      .returning();
    organisationId = org!.id;
  });
  afterAll(async () => deps.close());

  async function initiativeAt(stage: InitiativeStage) {
    return createTestInitiative(deps.db, {
      fabriqueId: world.fabriqueA.id,
      stage,
      summary: "Une conciergerie de quartier pour que les aînés restent chez eux.",
      themes: ["insertion-emploi"],
      stageBeforeDormant: stage === "dormant" ? "opportunity_study" : null,
      wakeUpOn: stage === "dormant" ? "2027-03-01" : null,
    });
  }

  async function insertLeadCarrier(initiativeId: string) {
    const [row] = await deps.db
      .insert(carrierCandidate)
      .values({ initiativeId, kind: "existing_structure", name: "Régie", status: "chosen", lead: true })
      .returning();
    return row!;
  }

  const insertOutcome = (initiativeId: string) =>
    deps.db.insert(outcome).values({
      initiativeId,
      kind: "new_organisation",
      activityName: "Conciergerie",
      openedOn: "2026-10-01",
    });

  /** Each write with what it needs already in the dossier, so only the stage may refuse it. */
  const writes: Record<DossierWrite, (id: string, version: number) => Promise<Result<unknown>>> = {
    "initiative.update": (id, version) =>
      updateInitiative(deps, world.officer, id, { version, title: "Conciergerie renommée" }),
    "partner.write": (id) =>
      addInitiativePartner(deps, world.officer, id, { role: "funder", organisationId }),
    "meeting.write": (id) =>
      createMeeting(deps, world.officer, id, {
        kind: "ideation_workshop",
        title: "Atelier d'idéation",
        date: "12/11/2026",
        startTime: "14h",
        endTime: "16h",
      }),
    "decision.record": (id) =>
      createDecision(deps, world.officer, id, {
        kind: "go",
        rationale: "Le besoin est confirmé.",
        decidedBy: "Comité de pilotage",
        decidedOn: "20/11/2026",
      }),
    "document.upload": (id) =>
      uploadDocument(deps, world.officer, id, {
        filename: "compte-rendu.txt",
        mediaType: "text/plain",
        content: Buffer.from("Compte rendu"),
        audience: "team",
      }),
    "task.create": (id) => createTask(deps, world.officer, id, { title: "Relancer la mairie" }),
    "task.update": async (id) => {
      const [row] = await deps.db
        .insert(task)
        .values({ fabriqueId: world.fabriqueA.id, initiativeId: id, title: "Relancer la mairie" })
        .returning();
      return updateTask(deps, world.officer, row!.id, { done: true });
    },
    "forecast.write": (id) => createForecast(deps, world.officer, id, { name: "Central" }),
    "programme.link": async (id) => {
      const [row] = await deps.db
        .insert(programme)
        .values({ fabriqueId: world.fabriqueA.id, name: `Contrat de ville ${id.slice(0, 8)}` })
        .returning();
      return attachProgramme(deps, world.officer, { initiativeId: id, programmeId: row!.id });
    },
    "study.save": (id) => saveStudy(deps, world.officer, id, { baseVersion: 0, sections: fullSections }),
    "study.finalise": async (id) => {
      await deps.db
        .insert(studyVersion)
        .values({ initiativeId: id, version: 1, sections: fullSections, status: "draft" });
      return finaliseStudyVersion(deps, world.officer, id, 1);
    },
    "carrier.consider": (id) =>
      createCarrierCandidate(deps, world.officer, id, { kind: "collective", name: "Collectif d'habitants" }),
    "carrier.choose": async (id) => {
      const [row] = await deps.db
        .insert(carrierCandidate)
        .values({ initiativeId: id, kind: "existing_structure", name: "Régie" })
        .returning();
      return chooseCarrier(deps, world.officer, id, row!.id);
    },
    "carrier.invite": async (id) => {
      await insertLeadCarrier(id);
      return inviteCarrier(deps, world.officer, id, { email: `porteur-${id.slice(0, 8)}@exemple.test` });
    },
    "handover.record": async (id) => {
      await insertLeadCarrier(id);
      return recordHandover(deps, world.officer, id, { transferred: ["study"], handedOverOn: "2026-11-20" });
    },
    "outcome.record": (id) =>
      recordOutcome(deps, world.officer, id, {
        kind: "new_activity",
        activityName: "Conciergerie seniors",
        openedOn: "2026-10-01",
      }),
    "outcome.proposeModel": async (id) => {
      await insertOutcome(id);
      return proposeOutcomeModel(deps, world.officer, id);
    },
    "followUp.record": async (id) => {
      await insertOutcome(id);
      return recordFollowUp(deps, world.officer, id, { milestoneMonths: 6, measuredOn: "2027-04-01" });
    },
  };

  const journalLines = async (initiativeId: string) =>
    (
      await deps.db
        .select({ n: count() })
        .from(initiativeEvent)
        .where(eq(initiativeEvent.initiativeId, initiativeId))
    )[0]!.n;

  for (const stage of initiativeStages) {
    it(`at « ${stage} », each write goes through or is refused as the rules declare`, async () => {
      for (const write of dossierWrites) {
        const row = await initiativeAt(stage);
        const result = await writes[write](row.id, row.version);
        const label = `${write} at ${stage}`;
        if (declaredAllowed(write, stage)) {
          expect(result, label).toMatchObject({ ok: true });
          continue;
        }
        expect(result, label).toMatchObject({
          ok: false,
          error: "WRITE_REFUSED",
          message: expect.stringMatching(/\S/),
          details: { blockedBy: [expect.any(String)], guards: [expect.any(String)] },
        });
        // Nothing was written: the journal has no line for it.
        expect(await journalLines(row.id), label).toBe(0);
      }
    });
  }

  it("a dormant or abandoned initiative's refusals say why in French", async () => {
    const dormant = await initiativeAt("dormant");
    const asleep = await writes["handover.record"](dormant.id, dormant.version);
    expect(asleep).toMatchObject({
      message: "Ce projet est en veille : on ne peut pas enregistrer la transmission avant de le réveiller.",
      details: { guards: ["notDormant"] },
    });
    const abandoned = await initiativeAt("abandoned");
    const closed = await writes["partner.write"](abandoned.id, abandoned.version);
    expect(closed).toMatchObject({
      message:
        "Ce projet est abandonné : son dossier est clos, on ne peut plus ajouter, modifier ou retirer un partenaire.",
      details: { guards: ["notAbandoned"] },
    });
  });

  it("a meeting of an abandoned initiative can be neither changed nor deleted", async () => {
    const row = await initiativeAt("launch");
    const created = await writes["meeting.write"](row.id, row.version);
    if (!created.ok) throw new Error(JSON.stringify(created));
    const meetingId = (created.value as { id: string }).id;
    await deps.db.update(initiative).set({ stage: "abandoned" }).where(eq(initiative.id, row.id));
    expect(await deleteMeeting(deps, world.officer, meetingId)).toMatchObject({ error: "WRITE_REFUSED" });
  });

  it("a declined candidate may be set aside during the study, never retained before the carrier search", async () => {
    const row = await initiativeAt("opportunity_study");
    const added = await writes["carrier.consider"](row.id, row.version);
    if (!added.ok) throw new Error(JSON.stringify(added));
    const id = (added.value as { id: string }).id;
    expect(await chooseCarrier(deps, world.officer, row.id, id)).toMatchObject({
      error: "WRITE_REFUSED",
      message:
        "On peut retenir un porteur ou changer de chef de file à l'étape « Recherche du porteur » ; ce projet est à l'étape « Étude d'opportunité ».",
    });
    expect(await declineCarrier(deps, world.officer, row.id, id)).toMatchObject({ ok: true });
  });
});
