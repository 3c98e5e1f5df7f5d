import { and, eq } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import type { Db } from "../db/database";
import {
  type ApplicationOutcome,
  call,
  callApplication,
  carrierCandidate,
  decision,
  fabrique,
  meeting,
  type OrganisationKind,
  organisation,
} from "../db/schema";
import { lockDossierForWrite } from "../initiatives/initiative-access";
import { recordInitiativeEvent } from "../initiatives/initiative-journal";
import { type CallRow, loadTeamCall } from "./call-access";
import { type DecideCallInput, decideCallInput } from "./call-schemas";
import { isJuryTime } from "./deadline";

const text = fr.calls.validation;
type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type ApplicationRow = typeof callApplication.$inferSelect;

/** The directory's kind of actor for an applicant, from its agréments and legal form. */
function organisationKind(app: ApplicationRow): OrganisationKind {
  if (app.agrements.includes("adapted_enterprise")) return "adapted_enterprise";
  if (app.agrements.includes("iae")) return "siae";
  if (app.legalForm === "association") return "association";
  if (app.legalForm === "public_body") return "local_authority";
  return "company";
}

/** The applicant's card in the Fabrique's directory: the one with its SIREN, or a new one. */
async function directoryCard(tx: Tx, fabriqueId: string, app: ApplicationRow, now: Date): Promise<string> {
  const [found] = await tx
    .select({ id: organisation.id })
    .from(organisation)
    .where(and(eq(organisation.fabriqueId, fabriqueId), eq(organisation.siren, app.siren)));
  if (found) return found.id;
  const [created] = await tx
    .insert(organisation)
    .values({
      fabriqueId,
      name: app.name,
      kind: organisationKind(app),
      siren: app.siren,
      legalForm: fr.calls.legalForms[app.legalForm],
      adaptedEnterprise: app.agrements.includes("adapted_enterprise"),
      email: app.contactEmail,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: organisation.id });
  return created!.id;
}

/** Makes a retained application one of the initiative's carriers (the lead replaces any former lead). */
async function retain(tx: Tx, row: CallRow, app: ApplicationRow, lead: boolean, now: Date) {
  const organisationId = await directoryCard(tx, row.fabriqueId, app, now);
  if (lead) {
    await tx
      .update(carrierCandidate)
      .set({ lead: false })
      .where(and(eq(carrierCandidate.initiativeId, row.initiativeId), eq(carrierCandidate.lead, true)));
  }
  const [candidate] = await tx
    .insert(carrierCandidate)
    .values({
      initiativeId: row.initiativeId,
      kind: "existing_structure",
      name: app.name,
      organisationId,
      status: "chosen",
      lead,
      note: row.title,
      createdAt: now,
      decidedAt: now,
    })
    .returning({ id: carrierCandidate.id });
  return { organisationId, carrierCandidateId: candidate!.id };
}

type Parsed = ReturnType<typeof decideCallInput.parse>;

async function checkDecision(deps: Pick<Deps, "db">, row: CallRow, values: Parsed) {
  const fields: Record<string, string> = {};
  const ids = [values.leadApplicationId, ...values.coCarrierApplicationIds];
  const applications = await deps.db
    .select()
    .from(callApplication)
    .where(and(eq(callApplication.callId, row.id), eq(callApplication.status, "submitted")));
  if (!applications.some((a) => a.id === values.leadApplicationId)) fields.leadApplicationId = text.lead;
  const co = values.coCarrierApplicationIds;
  if (
    co.some((id) => id === values.leadApplicationId || !applications.some((a) => a.id === id)) ||
    new Set(ids).size !== ids.length
  ) {
    fields.coCarrierApplicationIds = text.coCarrier;
  }
  if (values.meetingId) {
    const [found] = await deps.db
      .select({ id: meeting.id })
      .from(meeting)
      .where(
        and(
          eq(meeting.id, values.meetingId),
          eq(meeting.initiativeId, row.initiativeId),
          eq(meeting.kind, "steering_committee"),
        ),
      );
    if (!found) fields.meetingId = text.meeting;
  }
  return { fields, applications };
}

/**
 * The copil's decision on a call, once the jury has worked (after the deadline): recorded as a
 * decision of the initiative (on its copil meeting when there is one), the lead and co-carriers
 * become the initiative's retained carriers with their cards in the directory, declined
 * applicants who agreed are kept in the directory for other calls, and every applicant is told
 * the outcome by mail with the Fabrique's message.
 */
export async function decideCall(
  deps: Pick<Deps, "db" | "clock" | "mail">,
  actor: Actor,
  callId: string,
  input: Unparsed<DecideCallInput>,
): Promise<Result<{ decisionId: string }, "INVALID_INPUT" | "NOT_FOUND" | "WRITE_REFUSED">> {
  const loaded = await loadTeamCall(deps, actor, callId);
  if (!loaded.ok) return loaded;
  const row = loaded.value;
  const now = deps.clock.now();
  if (!isJuryTime(row, now)) return fail("WRITE_REFUSED", { message: text.notJuryTime });
  const parsed = decideCallInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const values = parsed.data;
  const { fields, applications } = await checkDecision(deps, row, values);
  if (Object.keys(fields).length) return fail("INVALID_INPUT", { fields });
  return deps.db.transaction(
    async (tx): Promise<Result<{ decisionId: string }, "NOT_FOUND" | "WRITE_REFUSED">> => {
      const refused = await lockDossierForWrite(tx, row.initiativeId, "carrier.choose");
      if (refused) return refused;
      const closed = await tx
        .update(call)
        .set({ status: "decided", updatedAt: now })
        .where(and(eq(call.id, callId), eq(call.status, "published")))
        .returning({ id: call.id });
      if (!closed.length) return fail("WRITE_REFUSED", { message: text.notJuryTime });
      const [recorded] = await tx
        .insert(decision)
        .values({
          initiativeId: row.initiativeId,
          meetingId: values.meetingId,
          stage: "carrier_search",
          kind: "go",
          rationale: values.rationale,
          decidedBy: t(fr.calls.decisionBy, { title: row.title }),
          decidedOn: values.decidedOn,
          recordedByUserId: actor.userId,
          recordedAt: now,
        })
        .returning({ id: decision.id });
      await tx.update(call).set({ decisionId: recorded!.id }).where(eq(call.id, callId));
      const lead = applications.find((a) => a.id === values.leadApplicationId)!;
      await settleApplications(deps, tx, row, applications, values, now);
      await recordInitiativeEvent(tx, {
        initiativeId: row.initiativeId,
        kind: "decision",
        note: t(fr.calls.journal.decided, { title: row.title, lead: lead.name }),
        teamOnly: !!values.meetingId,
        byUserId: actor.userId,
        at: now,
      });
      return ok({ decisionId: recorded!.id });
    },
  );
}

async function settleApplications(
  deps: Pick<Deps, "mail">,
  tx: Tx,
  row: CallRow,
  applications: ApplicationRow[],
  values: Parsed,
  now: Date,
) {
  const [owner] = await tx
    .select({ name: fabrique.name })
    .from(fabrique)
    .where(eq(fabrique.id, row.fabriqueId));
  const ordered = [...applications].sort(
    (a, b) => Number(b.id === values.leadApplicationId) - Number(a.id === values.leadApplicationId),
  );
  for (const app of ordered) {
    const outcome: ApplicationOutcome =
      app.id === values.leadApplicationId
        ? "lead"
        : values.coCarrierApplicationIds.includes(app.id)
          ? "co_carrier"
          : "declined";
    const link =
      outcome === "declined"
        ? {
            organisationId: app.keepForOtherCalls ? await directoryCard(tx, row.fabriqueId, app, now) : null,
            carrierCandidateId: null,
          }
        : await retain(tx, row, app, outcome === "lead", now);
    await tx
      .update(callApplication)
      .set({ outcome, ...link, updatedAt: now })
      .where(eq(callApplication.id, app.id));
    const kept = outcome === "declined" && app.keepForOtherCalls ? fr.calls.mail.kept : "";
    await deps.mail.enqueue(tx, {
      to: app.contactEmail,
      subject: t(fr.calls.mail.outcomeSubject, { title: row.title }),
      text:
        t(fr.calls.mail.outcome, {
          name: app.contactName,
          title: row.title,
          outcome: fr.calls.outcomes[outcome].toLowerCase(),
          fabrique: owner?.name ?? "",
          message: values.message,
        }) + kept,
      purpose: "call_outcome",
    });
  }
}
