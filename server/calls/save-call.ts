import { eq, inArray, sql } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { type Actor, isTeamMember } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import type { Db } from "../db/database";
import { call, callCriterion, callJuror, callQuestion, initiative, membership, user } from "../db/schema";
import { recordInitiativeEvent } from "../initiatives/initiative-journal";
import { isUuid, loadTeamCall } from "./call-access";
import { type SaveCallInput, type SaveCallValues, saveCallInput } from "./call-schemas";
import { deadlineInstant } from "./deadline";

const text = fr.calls.validation;
type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type Juror = { userId: string; kind: "team" | "partner" };

/** The accounts named as jurors: a team member of the Fabrique sits as `team`, anyone else as a partner. */
async function resolveJurors(
  deps: Pick<Deps, "db">,
  fabriqueId: string,
  emails: string[],
): Promise<Result<Juror[], "INVALID_INPUT">> {
  const unique = [...new Set(emails)];
  if (!unique.length) return fail("INVALID_INPUT", { fields: { jurorEmails: text.jury } });
  const users = await deps.db
    .select({ id: user.id, email: user.email })
    .from(user)
    .where(inArray(sql<string>`lower(${user.email})`, unique));
  const unknown = unique.find((email) => !users.some((u) => u.email.toLowerCase() === email));
  if (unknown)
    return fail("INVALID_INPUT", { fields: { jurorEmails: t(text.jurorUnknown, { email: unknown }) } });
  const team = await deps.db
    .select({ userId: membership.userId, role: membership.role, fabriqueId: membership.fabriqueId })
    .from(membership)
    .where(
      inArray(
        membership.userId,
        users.map((u) => u.id),
      ),
    );
  return ok(
    users.map((u) => ({
      userId: u.id,
      kind: team.some(
        (m) =>
          m.userId === u.id && m.fabriqueId === fabriqueId && (m.role === "admin" || m.role === "officer"),
      )
        ? ("team" as const)
        : ("partner" as const),
    })),
  );
}

function callColumns(values: SaveCallValues) {
  return {
    title: values.title,
    summary: values.summary,
    offerItems: values.offerItems,
    offer: values.offer,
    expectations: values.expectations,
    legalForms: values.legalForms,
    agrements: values.agrements,
    departments: values.departments,
    deadlineAt: deadlineInstant(values.deadlineDate, values.deadlineTime),
  };
}

/** The form, the grid and the jury of a call, replaced as a whole (a call is edited while a draft). */
async function writeParts(tx: Tx, callId: string, values: SaveCallValues, jurors: Juror[], now: Date) {
  await tx.delete(callQuestion).where(eq(callQuestion.callId, callId));
  await tx.delete(callCriterion).where(eq(callCriterion.callId, callId));
  await tx.delete(callJuror).where(eq(callJuror.callId, callId));
  if (values.questions.length) {
    await tx.insert(callQuestion).values(
      values.questions.map((q, position) => ({
        callId,
        position,
        label: q.label,
        help: q.help,
        kind: q.kind,
        choices: q.kind === "choice" ? q.choices : [],
        required: q.required,
      })),
    );
  }
  await tx.insert(callCriterion).values(values.criteria.map((c, position) => ({ callId, position, ...c })));
  await tx.insert(callJuror).values(jurors.map((j) => ({ callId, ...j, addedAt: now })));
}

type Parsed = { values: SaveCallValues; jurors: Juror[] };

async function parseCall(
  deps: Pick<Deps, "db">,
  fabriqueId: string,
  input: Unparsed<SaveCallInput>,
): Promise<Result<Parsed, "INVALID_INPUT">> {
  const parsed = saveCallInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const jurors = await resolveJurors(deps, fabriqueId, parsed.data.jurorEmails);
  if (!jurors.ok) return jurors;
  return ok({ values: parsed.data, jurors: jurors.value });
}

/**
 * The team opens a call on one of its initiatives, which must be looking for its carrier: the
 * call is a draft until published.
 */
export async function createCall(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  initiativeId: string,
  input: Unparsed<SaveCallInput>,
  options: { copiedFromCallId?: string } = {},
): Promise<Result<{ id: string }, "INVALID_INPUT" | "NOT_FOUND" | "WRITE_REFUSED">> {
  if (!isUuid(initiativeId)) return fail("NOT_FOUND");
  const [row] = await deps.db.select().from(initiative).where(eq(initiative.id, initiativeId));
  if (!row || !isTeamMember(actor, row.fabriqueId)) return fail("NOT_FOUND");
  if (row.stage !== "carrier_search") return fail("WRITE_REFUSED", { message: text.stage });
  const parsed = await parseCall(deps, row.fabriqueId, input);
  if (!parsed.ok) return parsed;
  const { values, jurors } = parsed.value;
  const now = deps.clock.now();
  const id = await deps.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(call)
      .values({
        fabriqueId: row.fabriqueId,
        initiativeId,
        ...callColumns(values),
        copiedFromCallId: options.copiedFromCallId ?? null,
        createdByUserId: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: call.id });
    await writeParts(tx, created!.id, values, jurors, now);
    await recordInitiativeEvent(tx, {
      initiativeId,
      kind: "carrier",
      note: t(fr.calls.journal.opened, { title: values.title }),
      teamOnly: true,
      byUserId: actor.userId,
      at: now,
    });
    return created!.id;
  });
  return ok({ id });
}

/** The team edits its call while it is a draft. */
export async function updateCall(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  callId: string,
  input: Unparsed<SaveCallInput>,
): Promise<Result<{ id: string }, "INVALID_INPUT" | "NOT_FOUND" | "WRITE_REFUSED">> {
  const loaded = await loadTeamCall(deps, actor, callId);
  if (!loaded.ok) return loaded;
  if (loaded.value.status !== "draft") return fail("WRITE_REFUSED", { message: text.notDraft });
  const parsed = await parseCall(deps, loaded.value.fabriqueId, input);
  if (!parsed.ok) return parsed;
  const { values, jurors } = parsed.value;
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await tx
      .update(call)
      .set({ ...callColumns(values), updatedAt: now })
      .where(eq(call.id, callId));
    await writeParts(tx, callId, values, jurors, now);
  });
  return ok({ id: callId });
}
