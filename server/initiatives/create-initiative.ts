import { and, eq, inArray, sql } from "drizzle-orm";
import type { z } from "zod";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import type { Db } from "../db/database";
import { initiative, initiativeProgramme, initiativeSignal, model, signal, signalEvent } from "../db/schema";
import { recordNotifications } from "../notifications/record-notifications";
import { signalIdsOf } from "../signals/signal-id";
import type { TerritoryRef } from "../territories/territory-schemas";
import { recordInitiativeEvent } from "./initiative-journal";
import { nextInitiativeReference } from "./initiative-reference";
import { checkInitiativeReferences } from "./initiative-references";
import { type CreateInitiativeInput, createInitiativeInput } from "./initiative-schemas";

/** The Fabriques whose team the actor is in: where they may create an initiative. */
export function creatingFabriques(actor: Actor) {
  return actor.memberships
    .filter((m) => m.initiativeId === null && (m.role === "admin" || m.role === "officer"))
    .map((m) => ({ id: m.fabriqueId, slug: m.fabriqueSlug, name: m.fabriqueName }));
}

type Tx = Pick<Db, "insert" | "select" | "update" | "transaction">;
type LinkedSignal = { id: string; reference: string; status: string };
type ParsedInput = z.output<typeof createInitiativeInput>;

/** Who owns the new initiative and how it came in; a wrong or missing choice names its field. */
function ownerAndEntryPoint(actor: Actor, values: ParsedInput) {
  const fabriques = creatingFabriques(actor);
  const owner =
    fabriques.length === 1 && !values.fabriqueId
      ? fabriques[0]
      : fabriques.find((f) => f.id === values.fabriqueId);
  if (!owner) return fail("INVALID_INPUT", { fields: { fabriqueId: fr.initiatives.validation.fabrique } });
  const entryPoint = values.entryPoint ?? (values.modelId ? "replication" : undefined);
  if (!entryPoint)
    return fail("INVALID_INPUT", { fields: { entryPoint: fr.initiatives.validation.entryPoint } });
  return ok({ owner, entryPoint });
}

/** The initiative's row at the referral stage, its "created" journal line and its programmes. */
async function insertInitiative(
  tx: Tx,
  actor: Actor,
  owner: { id: string; slug: string },
  values: ParsedInput & { entryPoint: NonNullable<ParsedInput["entryPoint"]> },
  territory: TerritoryRef,
  now: Date,
) {
  const reference = await nextInitiativeReference(tx, owner, now);
  const [row] = await tx
    .insert(initiative)
    .values({
      fabriqueId: owner.id,
      reference,
      title: values.title,
      summary: values.summary,
      description: values.description,
      territoryKind: territory.kind,
      territoryCode: territory.code,
      themes: values.themes,
      publics: values.publics,
      entryPoint: values.entryPoint,
      modelId: values.modelId ?? null,
      commissionerOrganisationId: values.commissionerOrganisationId ?? null,
      officerUserId: values.officerUserId ?? actor.userId,
      stage: "referral",
      stageEnteredAt: now,
      createdByUserId: actor.userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: initiative.id, reference: initiative.reference });
  const id = row!.id;
  await recordInitiativeEvent(tx, {
    initiativeId: id,
    kind: "created",
    toStage: "referral",
    note: fr.initiatives.journal.created,
    byUserId: actor.userId,
    at: now,
  });
  if (values.programmeIds.length) {
    await tx
      .insert(initiativeProgramme)
      .values([...new Set(values.programmeIds)].map((programmeId) => ({ initiativeId: id, programmeId })));
  }
  return { id, reference };
}

/**
 * Link the signals and convert them, each with a line in its journal naming the initiative, and
 * one line in the initiative's journal. The WHERE re-checks the status so a signal that moved
 * meanwhile is not converted behind the user's back: the whole transaction is then undone.
 */
async function convertSignals(
  tx: Tx,
  actor: Actor,
  created: { id: string; reference: string; title: string },
  signals: LinkedSignal[],
  now: Date,
) {
  if (!signals.length) return;
  await tx
    .insert(initiativeSignal)
    .values(signals.map((s) => ({ initiativeId: created.id, signalId: s.id, linkedAt: now })));
  const converted = await tx
    .update(signal)
    .set({ status: "converted", statusChangedAt: now, updatedAt: now, version: sql`${signal.version} + 1` })
    .where(
      and(
        inArray(
          signal.id,
          signals.map((s) => s.id),
        ),
        inArray(signal.status, ["new", "qualified"]),
      ),
    )
    .returning({ id: signal.id, status: signal.status });
  if (converted.length !== signals.length) throw new SignalsMovedMeanwhile();
  await tx.insert(signalEvent).values(
    signals.map((s) => ({
      signalId: s.id,
      fromStatus: s.status as "new" | "qualified",
      toStatus: "converted" as const,
      reason: `→ ${created.reference} ${created.title}`,
      byUserId: actor.userId,
      at: now,
    })),
  );
  await recordInitiativeEvent(tx, {
    initiativeId: created.id,
    kind: "field",
    field: "signals",
    after: signals.map((s) => s.reference).join(", "),
    note: fr.initiatives.journal.signalsLinked,
    byUserId: actor.userId,
    at: now,
  });
}

/**
 * The team of the Fabrique that owns a model hears that another Fabrique replicates it: the
 * model (theirs) and the replicating Fabrique's name (public), never the new initiative itself.
 */
async function notifyModelReplicated(
  deps: Pick<Deps, "clock" | "mail" | "config">,
  tx: Tx,
  actor: Actor,
  modelId: string,
  replicating: { id: string; name: string },
) {
  const [found] = await tx
    .select({ title: model.title, ownerFabriqueId: model.ownerFabriqueId })
    .from(model)
    .where(eq(model.id, modelId));
  if (!found?.ownerFabriqueId || found.ownerFabriqueId === replicating.id) return;
  await recordNotifications(deps, tx as Db, {
    kind: "model_replicated",
    fabriqueId: found.ownerFabriqueId,
    link: `/catalogue/${modelId}`,
    title: found.title,
    detail: t(fr.notifications.details.model_replicated, { fabrique: replicating.name }),
    groupKey: `model:${modelId}`,
    audience: { team: found.ownerFabriqueId },
    actorUserId: actor.userId,
  });
}

/**
 * The team creates an initiative from scratch, from signals (they become `converted`, with a
 * line in their journal naming the initiative) or from a catalogue model ("replicate this model
 * here": entry point `replication`, model linked). All in one transaction.
 */
export async function createInitiative(
  deps: Pick<Deps, "db" | "clock" | "mail" | "config">,
  actor: Actor,
  input: Unparsed<CreateInitiativeInput>,
): Promise<Result<{ id: string; reference: string }, "CONFLICT" | "FORBIDDEN" | "INVALID_INPUT">> {
  if (!creatingFabriques(actor).length) return fail("FORBIDDEN");
  const parsed = createInitiativeInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const values = parsed.data;
  const chosen = ownerAndEntryPoint(actor, values);
  if (!chosen.ok) return chosen;
  const { owner, entryPoint } = chosen.value;
  const signalIds = await signalIdsOf(deps, actor, values.signalIds);
  const checked = await checkInitiativeReferences(deps, actor, owner.id, { ...values, signalIds });
  if (!checked.ok) return checked;
  const now = deps.clock.now();
  try {
    return await deps.db.transaction(async (tx) => {
      const created = await insertInitiative(
        tx,
        actor,
        owner,
        { ...values, entryPoint },
        checked.value.territory!,
        now,
      );
      await convertSignals(tx, actor, { ...created, title: values.title }, checked.value.signals, now);
      if (values.modelId) await notifyModelReplicated(deps, tx, actor, values.modelId, owner);
      return ok(created);
    });
  } catch (error) {
    if (error instanceof SignalsMovedMeanwhile) {
      return fail("CONFLICT", { fields: { signalIds: fr.initiatives.validation.signalsMoved } });
    }
    throw error;
  }
}

/** A signal changed status between the check and the conversion: nothing is written. */
class SignalsMovedMeanwhile extends Error {}
