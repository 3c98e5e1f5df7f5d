import { and, eq, inArray, isNotNull, or } from "drizzle-orm";
import type { Actor } from "../core/actor";
import { isTeamMember } from "../core/actor";
import type { Deps } from "../core/deps";
import { type Failure, fail, ok, type Result } from "../core/result";
import type { Db } from "../db/database";
import {
  contact,
  initiative,
  initiativePartner,
  initiativeProgramme,
  type PartnerRole,
  programme,
} from "../db/schema";
import { checkDossierWrite, type DossierWrite } from "./dossier-write-rules";

/**
 * What one actor may do with one initiative (product.md "Partners see what their role allows"):
 * - the Fabrique's team (admin, officer) does everything, private notes included;
 * - the network animator reads every initiative, without the team's private notes;
 * - the carrier (a membership scoped to the initiative) works in the dossier after the handover:
 *   reads and edits it, records meetings and tasks, but does not move it through the stages;
 * - a partner reads the initiative where they (their contact card, or their organisation) hold a
 *   role, or where their organisation funds a programme that covers it; only steering-committee
 *   members see the copil's meetings, decisions and documents.
 * Anyone else gets NOT_FOUND: the initiative does not exist for them.
 */
export type InitiativeAccess = {
  level: "team" | "network" | "carrier" | "partner";
  canEdit: boolean;
  canMove: boolean;
  canSeePrivate: boolean;
  canSeeSteering: boolean;
  partnerRoles: readonly PartnerRole[];
};

export type InitiativeRow = typeof initiative.$inferSelect;

const teamAccess: InitiativeAccess = {
  level: "team",
  canEdit: true,
  canMove: true,
  canSeePrivate: true,
  canSeeSteering: true,
  partnerRoles: [],
};

/** The organisations the actor speaks for: those of the contact cards linked to their account. */
export async function actorOrganisationIds(deps: Pick<Deps, "db">, actor: Actor): Promise<string[]> {
  const rows = await deps.db
    .select({ organisationId: contact.organisationId })
    .from(contact)
    .where(and(eq(contact.userId, actor.userId), isNotNull(contact.organisationId)));
  return [...new Set(rows.map((r) => r.organisationId!))];
}

/**
 * The partner roles the actor holds on some initiatives (all of them when `initiativeIds` is
 * omitted): through a contact card linked to their account, their organisation, or a programme
 * their organisation funds.
 */
export async function partnerRolesByInitiative(
  deps: Pick<Deps, "db">,
  actor: Actor,
  initiativeIds?: string[],
): Promise<Map<string, Set<PartnerRole>>> {
  const roles = new Map<string, Set<PartnerRole>>();
  const add = (id: string, role: PartnerRole) => {
    if (!roles.has(id)) roles.set(id, new Set());
    roles.get(id)!.add(role);
  };
  const organisationIds = await actorOrganisationIds(deps, actor);
  const contactIds = (
    await deps.db.select({ id: contact.id }).from(contact).where(eq(contact.userId, actor.userId))
  ).map((r) => r.id);
  if (contactIds.length || organisationIds.length) {
    const who = or(
      contactIds.length ? inArray(initiativePartner.contactId, contactIds) : undefined,
      organisationIds.length ? inArray(initiativePartner.organisationId, organisationIds) : undefined,
    );
    const rows = await deps.db
      .select({ initiativeId: initiativePartner.initiativeId, role: initiativePartner.role })
      .from(initiativePartner)
      .where(initiativeIds ? and(who, inArray(initiativePartner.initiativeId, initiativeIds)) : who);
    for (const row of rows) add(row.initiativeId, row.role);
  }
  if (organisationIds.length) {
    const funded = await deps.db
      .select({ initiativeId: initiativeProgramme.initiativeId })
      .from(initiativeProgramme)
      .innerJoin(programme, eq(programme.id, initiativeProgramme.programmeId))
      .where(
        initiativeIds
          ? and(
              inArray(programme.funderOrganisationId, organisationIds),
              inArray(initiativeProgramme.initiativeId, initiativeIds),
            )
          : inArray(programme.funderOrganisationId, organisationIds),
      );
    for (const row of funded) add(row.initiativeId, "funder");
  }
  for (const m of actor.memberships) {
    if (
      m.initiativeId &&
      m.role === "partner" &&
      (!initiativeIds || initiativeIds.includes(m.initiativeId))
    ) {
      if (!roles.has(m.initiativeId)) roles.set(m.initiativeId, new Set());
    }
  }
  return roles;
}

/** The access of an actor to a stored initiative, or null when it does not exist for them. */
export async function resolveInitiativeAccess(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  row: Pick<InitiativeRow, "id" | "fabriqueId">,
): Promise<InitiativeAccess | null> {
  if (!actor) return null;
  if (isTeamMember(actor, row.fabriqueId)) return teamAccess;
  if (actor.memberships.some((m) => m.initiativeId === row.id && m.role === "carrier")) {
    return {
      level: "carrier",
      canEdit: true,
      canMove: false,
      canSeePrivate: false,
      canSeeSteering: true,
      partnerRoles: ["carrier"],
    };
  }
  if (actor.isNetworkAnimator) {
    return {
      level: "network",
      canEdit: false,
      canMove: false,
      canSeePrivate: false,
      canSeeSteering: true,
      partnerRoles: [],
    };
  }
  const roles = (await partnerRolesByInitiative(deps, actor, [row.id])).get(row.id);
  if (!roles) return null;
  return {
    level: "partner",
    canEdit: false,
    canMove: false,
    canSeePrivate: false,
    canSeeSteering: roles.has("steering_committee"),
    partnerRoles: [...roles],
  };
}

/** Loads an initiative the actor may see, with what they may do; NOT_FOUND otherwise. */
export async function loadInitiativeForActor(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  id: string,
): Promise<Result<{ initiative: InitiativeRow; access: InitiativeAccess }, "NOT_FOUND">> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return fail("NOT_FOUND");
  const [row] = await deps.db.select().from(initiative).where(eq(initiative.id, id));
  if (!row) return fail("NOT_FOUND");
  const access = await resolveInitiativeAccess(deps, actor, row);
  if (!access) return fail("NOT_FOUND");
  return ok({ initiative: row, access });
}

/**
 * Like `loadInitiativeForActor`, but FORBIDDEN unless the actor may edit the dossier, and
 * WRITE_REFUSED when the initiative's stage or state does not take this write
 * (`dossier-write-rules.ts`).
 */
export async function loadInitiativeForEdit(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  id: string,
  write: DossierWrite,
): Promise<
  Result<{ initiative: InitiativeRow; access: InitiativeAccess }, "FORBIDDEN" | "NOT_FOUND" | "WRITE_REFUSED">
> {
  const loaded = await loadInitiativeForActor(deps, actor, id);
  if (!loaded.ok) return loaded;
  if (!loaded.value.access.canEdit) return fail("FORBIDDEN");
  return refuseDossierWrite(loaded.value.initiative, write) ?? loaded;
}

/** The 409 of a write the dossier's stage or state refuses, shaped like a refused move. */
export function refuseDossierWrite(
  row: Pick<InitiativeRow, "stage" | "stageBeforeDormant">,
  write: DossierWrite,
): Failure<"WRITE_REFUSED"> | null {
  const decision = checkDossierWrite(write, row);
  if (decision.allowed) return null;
  return fail("WRITE_REFUSED", {
    message: decision.reasons.join(" "),
    details: { blockedBy: decision.reasons, guards: decision.blockedBy },
  });
}

/**
 * Inside the write's transaction: reads the stage again under a share lock, so a move of the
 * same initiative (which takes the row for update) waits for this write, and a write that
 * started before a move commits is checked against the stage the move left.
 */
export async function lockDossierForWrite(
  tx: Pick<Db, "select">,
  initiativeId: string,
  write: DossierWrite,
): Promise<Failure<"NOT_FOUND" | "WRITE_REFUSED"> | null> {
  const [row] = await tx
    .select({ stage: initiative.stage, stageBeforeDormant: initiative.stageBeforeDormant })
    .from(initiative)
    .where(eq(initiative.id, initiativeId))
    .for("share");
  if (!row) return fail("NOT_FOUND");
  return refuseDossierWrite(row, write);
}
