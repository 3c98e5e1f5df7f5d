import type { Db } from "../db/database";
import {
  campaign,
  type InitiativeStage,
  initiative,
  initiativeEvent,
  initiativeProgramme,
  outcome,
  signal,
  type WorkingStage,
} from "../db/schema";

/**
 * Test fixtures for reports: rows written straight into the tables at chosen instants, so a
 * test can lay out a year by hand and count what a person would count. The services that write
 * them in real life are tested in their own domains.
 */
let counter = 0;

export async function insertReportSignal(
  db: Db,
  values: Pick<typeof signal.$inferInsert, "fabriqueId" | "kind" | "channel" | "createdAt"> &
    Partial<typeof signal.$inferInsert>,
) {
  counter++;
  const [row] = await db
    .insert(signal)
    .values({
      reference: `RPT-${counter}`,
      title: `Remontée ${counter}`,
      description: "Un besoin du quartier que personne ne couvre.",
      territoryKind: "commune",
      territoryCode: "76540",
      ...values,
    })
    .returning();
  return row!;
}

export async function insertReportCampaign(
  db: Db,
  values: Pick<typeof campaign.$inferInsert, "fabriqueId" | "title" | "opensOn" | "closesOn">,
) {
  counter++;
  const [row] = await db
    .insert(campaign)
    .values({ slug: `campagne-${counter}`, question: "Qu'est-ce qui manque ici ?", ...values })
    .returning();
  return row!;
}

/** A move of the journal: on this instant, to this stage (with the reason given, if any). */
export type JournalMove = { at: string; to: InitiativeStage; note?: string };

/**
 * An initiative created at `createdAt` (a `created` line to the referral), then moved through
 * `moves` in order; it stands at the last stage reached.
 */
export async function insertReportInitiative(
  db: Db,
  values: {
    fabriqueId: string;
    title: string;
    createdAt: string;
    moves?: JournalMove[];
    stageBeforeDormant?: WorkingStage;
    programmeIds?: string[];
    /** Where it is located: a commune of Rouen unless said. */
    territory?: { kind: "commune" | "qpv"; code: string };
  },
) {
  counter++;
  const moves = values.moves ?? [];
  const last = moves.at(-1);
  const [row] = await db
    .insert(initiative)
    .values({
      fabriqueId: values.fabriqueId,
      reference: `RPT-P-${counter}`,
      title: values.title,
      territoryKind: values.territory?.kind ?? "commune",
      territoryCode: values.territory?.code ?? "76540",
      entryPoint: "need",
      stage: last?.to ?? "referral",
      stageEnteredAt: new Date(last?.at ?? values.createdAt),
      stageBeforeDormant: values.stageBeforeDormant ?? null,
      abandonReason: last?.to === "abandoned" ? (last.note ?? "") : "",
      createdAt: new Date(values.createdAt),
    })
    .returning();
  const id = row!.id;
  await db
    .insert(initiativeEvent)
    .values({ initiativeId: id, kind: "created", toStage: "referral", at: new Date(values.createdAt) });
  let from: InitiativeStage = "referral";
  for (const move of moves) {
    await db.insert(initiativeEvent).values({
      initiativeId: id,
      kind: "stage",
      fromStage: from,
      toStage: move.to,
      note: move.note ?? "",
      at: new Date(move.at),
    });
    from = move.to;
  }
  for (const programmeId of values.programmeIds ?? []) {
    await db.insert(initiativeProgramme).values({ initiativeId: id, programmeId });
  }
  return row!;
}

export async function insertReportOutcome(
  db: Db,
  values: Pick<typeof outcome.$inferInsert, "initiativeId" | "kind" | "openedOn"> &
    Partial<typeof outcome.$inferInsert>,
) {
  await db.insert(outcome).values({ activityName: "Activité lancée", ...values });
}
