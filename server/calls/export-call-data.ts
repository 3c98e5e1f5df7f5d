import { asc, eq, inArray } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { ok, type Result } from "../core/result";
import {
  type CallQuestionKind,
  callAnswer,
  callAttachment,
  callJuror,
  callQuestion,
  decision,
  initiative,
  user,
} from "../db/schema";
import { proposeRanking, reviewMark } from "./aggregate";
import type { CallRow } from "./call-access";
import { type JuryTable, loadJuryTable } from "./get-jury-table";
import { type ApplicationListItem, listApplications } from "./list-applications";

export type ExportQuestion = { id: string; label: string; kind: CallQuestionKind };

export type ApplicationsExport = {
  call: CallRow;
  questions: ExportQuestion[];
  applications: (ApplicationListItem & {
    answers: Record<string, string>;
    files: Record<string, { filename: string; sizeBytes: number }>;
  })[];
  draftCount: number;
};

/**
 * What the applications workbook holds: the submitted and withdrawn applications the reader may
 * see (the same list as the team's page: none they declared a conflict on), with their answers
 * and the names of their files (never the files themselves).
 */
export async function loadApplicationsExport(
  deps: Pick<Deps, "db">,
  actor: Actor,
  row: CallRow,
): Promise<Result<ApplicationsExport, "NOT_FOUND">> {
  const listed = await listApplications(deps, actor, row.id);
  if (!listed.ok) return listed;
  const ids = listed.value.applications.map((a) => a.id);
  const [questions, answers, files] = await Promise.all([
    deps.db
      .select({ id: callQuestion.id, label: callQuestion.label, kind: callQuestion.kind })
      .from(callQuestion)
      .where(eq(callQuestion.callId, row.id))
      .orderBy(asc(callQuestion.position)),
    ids.length
      ? deps.db
          .select({
            applicationId: callAnswer.applicationId,
            questionId: callAnswer.questionId,
            value: callAnswer.value,
          })
          .from(callAnswer)
          .where(inArray(callAnswer.applicationId, ids))
      : [],
    ids.length
      ? deps.db
          .select({
            applicationId: callAttachment.applicationId,
            questionId: callAttachment.questionId,
            filename: callAttachment.filename,
            sizeBytes: callAttachment.sizeBytes,
          })
          .from(callAttachment)
          .where(inArray(callAttachment.applicationId, ids))
      : [],
  ]);
  return ok({
    call: row,
    questions,
    draftCount: listed.value.draftCount,
    applications: listed.value.applications.map((a) => ({
      ...a,
      answers: Object.fromEntries(
        answers.filter((x) => x.applicationId === a.id).map((x) => [x.questionId, x.value]),
      ),
      files: Object.fromEntries(files.filter((f) => f.applicationId === a.id).map((f) => [f.questionId, f])),
    })),
  });
}

export type JuryExport = {
  call: CallRow;
  initiativeTitle: string;
  table: JuryTable;
  jurors: { userId: string; name: string }[];
  /** Per application the reader may read the figures of: each juror's mark out of 100 (by user id). */
  marks: Map<string, Map<string, number>>;
  decision: { decidedOn: string; decidedBy: string; rationale: string } | null;
};

/**
 * What the jury's workbook and PDF hold: the table as the team's page computes it (same service,
 * same visibility), each juror's mark where the reader may read the figures, and the copil's
 * decision once recorded.
 */
export async function loadJuryExport(
  deps: Pick<Deps, "db">,
  actor: Actor,
  row: CallRow,
): Promise<Result<JuryExport, "NOT_FOUND">> {
  const loaded = await loadJuryTable(deps, actor, row.id);
  if (!loaded.ok) return loaded;
  const { table, reviews } = loaded.value;
  const [jurors, [owner], [decided]] = await Promise.all([
    deps.db
      .select({ userId: callJuror.userId, name: user.name })
      .from(callJuror)
      .innerJoin(user, eq(user.id, callJuror.userId))
      .where(eq(callJuror.callId, row.id))
      .orderBy(asc(user.name)),
    deps.db.select({ title: initiative.title }).from(initiative).where(eq(initiative.id, row.initiativeId)),
    row.decisionId
      ? deps.db
          .select({
            decidedOn: decision.decidedOn,
            decidedBy: decision.decidedBy,
            rationale: decision.rationale,
          })
          .from(decision)
          .where(eq(decision.id, row.decisionId))
      : [],
  ]);
  const marks = new Map<string, Map<string, number>>();
  for (const r of table.rows) {
    if (!r.figuresVisible) continue;
    const perJuror = new Map<string, number>();
    for (const review of reviews.get(r.applicationId) ?? []) {
      const mark = reviewMark(table.criteria, review.scores);
      if (mark !== null) perJuror.set(review.userId, mark);
    }
    marks.set(r.applicationId, perJuror);
  }
  return ok({
    call: row,
    initiativeTitle: owner?.title ?? "",
    table,
    jurors,
    marks,
    decision: decided ?? null,
  });
}

/** The applications in the table's order: the team's proposed ranks first, then by mean mark. */
export function juryOrder(data: JuryExport) {
  const ranked = data.table.rows
    .filter((r) => r.proposedRank !== null)
    .sort((a, b) => a.proposedRank! - b.proposedRank!);
  return [...ranked, ...proposeRanking(data.table.rows.filter((r) => r.proposedRank === null))];
}
