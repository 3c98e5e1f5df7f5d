import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import {
  type CallAgrement,
  type CallLegalForm,
  type CallOfferItem,
  type CallQuestionKind,
  type CallStatus,
  call,
  callQuestion,
  fabrique,
} from "../db/schema";
import { isUuid } from "./call-access";
import { isOpenForApplications } from "./deadline";

/** What the public sees of a call: published (or decided) ones only; a draft does not exist. */
const publicStatuses: CallStatus[] = ["published", "decided"];

export type PublicCallSummary = {
  id: string;
  title: string;
  summary: string;
  fabriqueName: string;
  fabriqueSlug: string;
  deadlineAt: Date;
  open: boolean;
  decided: boolean;
};

export type PublicQuestion = {
  id: string;
  label: string;
  help: string;
  kind: CallQuestionKind;
  choices: string[];
  required: boolean;
};

export type PublicCall = PublicCallSummary & {
  offerItems: CallOfferItem[];
  offer: string;
  expectations: string;
  legalForms: CallLegalForm[];
  agrements: CallAgrement[];
  departments: string[];
  questions: PublicQuestion[];
};

const summaryColumns = {
  id: call.id,
  title: call.title,
  summary: call.summary,
  fabriqueName: fabrique.name,
  fabriqueSlug: fabrique.slug,
  deadlineAt: call.deadlineAt,
  status: call.status,
};

/** The published calls of one Fabrique (its public page) or of the whole network, latest deadline first. */
export async function listPublicCalls(
  deps: Pick<Deps, "db" | "clock">,
  filter: { fabriqueId?: string; fabriqueSlug?: string } = {},
): Promise<PublicCallSummary[]> {
  const rows = await deps.db
    .select(summaryColumns)
    .from(call)
    .innerJoin(fabrique, eq(fabrique.id, call.fabriqueId))
    .where(
      and(
        inArray(call.status, publicStatuses),
        filter.fabriqueId ? eq(call.fabriqueId, filter.fabriqueId) : undefined,
        filter.fabriqueSlug ? eq(fabrique.slug, filter.fabriqueSlug) : undefined,
      ),
    )
    .orderBy(desc(call.deadlineAt));
  const now = deps.clock.now();
  return rows.map(({ status, ...row }) => ({
    ...row,
    open: isOpenForApplications({ status, deadlineAt: row.deadlineAt }, now),
    decided: status === "decided",
  }));
}

/** One published call with its application form, for anyone; NOT_FOUND for a draft or an unknown id. */
export async function getPublicCall(
  deps: Pick<Deps, "db" | "clock">,
  callId: string,
): Promise<Result<PublicCall, "NOT_FOUND">> {
  if (!isUuid(callId)) return fail("NOT_FOUND");
  const [row] = await deps.db
    .select({
      ...summaryColumns,
      offerItems: call.offerItems,
      offer: call.offer,
      expectations: call.expectations,
      legalForms: call.legalForms,
      agrements: call.agrements,
      departments: call.departments,
    })
    .from(call)
    .innerJoin(fabrique, eq(fabrique.id, call.fabriqueId))
    .where(and(eq(call.id, callId), inArray(call.status, publicStatuses)));
  if (!row) return fail("NOT_FOUND");
  const questions = await deps.db
    .select({
      id: callQuestion.id,
      label: callQuestion.label,
      help: callQuestion.help,
      kind: callQuestion.kind,
      choices: callQuestion.choices,
      required: callQuestion.required,
    })
    .from(callQuestion)
    .where(eq(callQuestion.callId, callId))
    .orderBy(asc(callQuestion.position));
  const { status, ...rest } = row;
  return ok({
    ...rest,
    open: isOpenForApplications({ status, deadlineAt: row.deadlineAt }, deps.clock.now()),
    decided: status === "decided",
    questions,
  });
}
