import { and, eq, inArray, or, sql } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { parisDate } from "../../shared/time";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import type { Db } from "../db/database";
import { initiativeSignal, type SignalStatus, signal, signalEvent } from "../db/schema";
import { findSignal } from "./get-signal";
import { followUpToken } from "./receipt-token";
import { canChangeSignal, canReadSignal } from "./signal-access";
import { followUpUrl, statusChangeMail } from "./signal-follow-up-mails";
import { type ChangeSignalStatusInput, changeSignalStatusInput } from "./signal-schemas";
import { checkSignalTransition, type SignalTransition } from "./signal-workflow";

export type SignalStatusChange = {
  id: string;
  fromStatus: SignalStatus;
  status: SignalStatus;
  statusChangedAt: Date;
  version: number;
};

/**
 * The only writer of `signal.status`: its WHERE names the transition's source states, so a row
 * that moved meanwhile is left alone (no row updated).
 */
async function writeSignalStatus(
  db: Db,
  id: string,
  transition: SignalTransition,
  at: Date,
  extra: { wakeUpOn: string | null; mergedIntoId: string | null },
) {
  const rows = await db
    .update(signal)
    .set({
      status: transition.to,
      statusChangedAt: at,
      updatedAt: at,
      wakeUpOn: transition.to === "parked" ? extra.wakeUpOn : null,
      ...(transition.to === "merged" ? { mergedIntoId: extra.mergedIntoId } : {}),
      version: sql`${signal.version} + 1`,
    })
    .where(and(eq(signal.id, id), inArray(signal.status, [...transition.from])))
    .returning({ version: signal.version });
  return rows[0]?.version ?? null;
}

/** The initiative a signal feeds, once it was linked at the initiative's creation. */
async function linkedInitiativeId(db: Db, signalId: string): Promise<string | null> {
  const [link] = await db
    .select({ id: initiativeSignal.initiativeId })
    .from(initiativeSignal)
    .where(eq(initiativeSignal.signalId, signalId))
    .limit(1);
  return link?.id ?? null;
}

/** The merge target, named by its id or its reference, within the same Fabrique. */
async function findTarget(db: Db, fabriqueId: string, target: string | undefined) {
  if (!target) return undefined;
  const byId = /^[0-9a-f-]{36}$/i.test(target) ? eq(signal.id, target) : undefined;
  const [row] = await db
    .select({
      id: signal.id,
      status: signal.status,
      fabriqueId: signal.fabriqueId,
      reference: signal.reference,
    })
    .from(signal)
    .where(
      and(
        eq(signal.fabriqueId, fabriqueId),
        byId
          ? or(byId, eq(signal.reference, target.toUpperCase()))
          : eq(signal.reference, target.toUpperCase()),
      ),
    );
  return row;
}

/**
 * The submitter who asked for it (on their follow-up page) gets a mail of the new status, in the
 * status change's transaction, with their follow-up link computed again from the signal's id.
 */
async function tellSubmitter(deps: Pick<Deps, "mail" | "config">, tx: Db, row: typeof signal.$inferSelect) {
  if (!row.submitterFollows || !row.submitterEmail.trim() || !row.receiptTokenHash) return;
  const link = followUpToken(deps.config.secret, row.id);
  if (link.hash !== row.receiptTokenHash) return;
  await deps.mail.enqueue(tx, statusChangeMail(row, followUpUrl(deps.config.publicUrl, link.token)));
}

/**
 * The team moves a signal along its qualification (`signal-workflow.ts`): the status and its
 * journal line (who, when, why) are written in one transaction. A merge writes a line in the
 * target's journal too, so both histories say what happened.
 */
export async function changeSignalStatus(
  deps: Pick<Deps, "db" | "clock" | "mail" | "config">,
  actor: Actor,
  id: string,
  input: Unparsed<ChangeSignalStatusInput>,
): Promise<Result<SignalStatusChange, "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND" | "TRANSITION_REFUSED">> {
  const found = await findSignal(deps, id);
  if (!found || !canReadSignal(actor, found)) return fail("NOT_FOUND");
  if (!canChangeSignal(actor, found)) return fail("FORBIDDEN");
  const parsed = changeSignalStatusInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const { to, reason, wakeUpOn, targetId } = parsed.data;
  const now = deps.clock.now();

  return deps.db.transaction(
    async (tx): Promise<Result<SignalStatusChange, "NOT_FOUND" | "TRANSITION_REFUSED">> => {
      const [current] = await tx.select().from(signal).where(eq(signal.id, id)).for("update");
      if (!current) return fail("NOT_FOUND");
      const target = to === "merged" ? await findTarget(tx, current.fabriqueId, targetId) : undefined;
      const check = checkSignalTransition(current.status, to, {
        signalId: id,
        reason,
        wakeUpOn: wakeUpOn ?? null,
        today: parisDate(now),
        target: target ? { id: target.id, status: target.status, sameFabrique: true } : null,
        initiativeId: to === "converted" ? await linkedInitiativeId(tx, id) : null,
      });
      if (!check.allowed) {
        return fail("TRANSITION_REFUSED", {
          message: check.reasons.join(" "),
          details: { reasons: check.reasons },
        });
      }
      const version = await writeSignalStatus(tx, id, check.transition, now, {
        wakeUpOn: wakeUpOn ?? null,
        mergedIntoId: target?.id ?? null,
      });
      if (version === null)
        return fail("TRANSITION_REFUSED", { message: fr.signals.workflow.changedMeanwhile });
      const why = target ? [reason.trim(), `→ ${target.reference}`].filter(Boolean).join(" ") : reason.trim();
      await tx.insert(signalEvent).values({
        signalId: id,
        fromStatus: current.status,
        toStatus: to,
        reason: why,
        byUserId: actor.userId,
        at: now,
      });
      if (target) {
        await tx.insert(signalEvent).values({
          signalId: target.id,
          fromStatus: target.status,
          toStatus: target.status,
          reason: `← ${current.reference} ${current.title}`,
          byUserId: actor.userId,
          at: now,
        });
      }
      await tellSubmitter(deps, tx, { ...current, status: to });
      return ok({ id, fromStatus: current.status, status: to, statusChangedAt: now, version });
    },
  );
}
