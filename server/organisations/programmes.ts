import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import { fabrique, initiative, initiativeProgramme, organisation, programme, theme } from "../db/schema";
import { loadInitiativeForActor, loadInitiativeForEdit } from "../initiatives/initiative-access";
import { recordInitiativeEvent } from "../initiatives/initiative-journal";
import {
  canListDirectory,
  canReadDirectory,
  canWriteDirectory,
  directoryFabriques,
  ownerFabrique,
  refuseDirectoryWrite,
} from "./organisation-access";
import { dateField, type ProgrammeInput, programmeInput } from "./organisation-schemas";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const v = fr.organisations.validation;
const journalText = fr.organisations.partners.journal;

export type ProgrammeRow = typeof programme.$inferSelect;
export type ProgrammeItem = ProgrammeRow & {
  funderName: string | null;
  fabriqueSlug: string;
  fabriqueName: string;
  initiativeCount: number;
};

const itemColumns = {
  id: programme.id,
  fabriqueId: programme.fabriqueId,
  name: programme.name,
  funderOrganisationId: programme.funderOrganisationId,
  amountCents: programme.amountCents,
  startsOn: programme.startsOn,
  endsOn: programme.endsOn,
  description: programme.description,
  themes: programme.themes,
  createdAt: programme.createdAt,
  funderName: organisation.name,
  fabriqueSlug: fabrique.slug,
  fabriqueName: fabrique.name,
  initiativeCount: sql<number>`(select count(*)::int from initiative_programme ip
    where ip.programme_id = ${programme.id})`,
};

function selectProgrammes(deps: Pick<Deps, "db">, where: SQL | undefined) {
  return deps.db
    .select(itemColumns)
    .from(programme)
    .innerJoin(fabrique, eq(fabrique.id, programme.fabriqueId))
    .leftJoin(organisation, eq(organisation.id, programme.funderOrganisationId))
    .where(where)
    .orderBy(asc(programme.name), asc(programme.id));
}

/** The programmes of the Fabriques whose directory the actor reads. */
export async function listProgrammes(
  deps: Pick<Deps, "db">,
  actor: Actor,
): Promise<Result<ProgrammeItem[], "NOT_FOUND">> {
  if (!canListDirectory(actor)) return fail("NOT_FOUND");
  const ids = directoryFabriques(actor).map((f) => f.id);
  const scope = actor.isNetworkAnimator ? undefined : inArray(programme.fabriqueId, ids);
  return ok(await selectProgrammes(deps, scope));
}

async function findProgramme(deps: Pick<Deps, "db">, id: string): Promise<ProgrammeRow | null> {
  if (!uuidPattern.test(id)) return null;
  const [row] = await deps.db.select().from(programme).where(eq(programme.id, id));
  return row ?? null;
}

export type ProgrammeDetails = ProgrammeItem & {
  canEdit: boolean;
  initiatives: { id: string; reference: string; title: string; stage: string }[];
};

/** One programme with the initiatives it covers. */
export async function getProgramme(
  deps: Pick<Deps, "db">,
  actor: Actor,
  id: string,
): Promise<Result<ProgrammeDetails, "NOT_FOUND">> {
  const row = await findProgramme(deps, id);
  if (!row || !canReadDirectory(actor, row.fabriqueId)) return fail("NOT_FOUND");
  const [item] = await selectProgrammes(deps, eq(programme.id, id));
  const initiatives = await deps.db
    .select({
      id: initiative.id,
      reference: initiative.reference,
      title: initiative.title,
      stage: initiative.stage,
    })
    .from(initiativeProgramme)
    .innerJoin(initiative, eq(initiative.id, initiativeProgramme.initiativeId))
    .where(eq(initiativeProgramme.programmeId, id))
    .orderBy(asc(initiative.reference));
  return ok({ ...item!, canEdit: canWriteDirectory(actor, row.fabriqueId), initiatives });
}

/** Funder in the same directory, themes from the catalogue's taxonomy, a period that ends after it starts. */
async function checkProgrammeValues(
  deps: Pick<Deps, "db">,
  fabriqueId: string,
  values: { funderOrganisationId: string | null; themes: string[] },
  period: { startsOn: string | null; endsOn: string | null },
  fields: Record<string, string> = {},
): Promise<Result<null, "INVALID_INPUT">> {
  if (period.startsOn && period.endsOn && period.endsOn < period.startsOn) fields.endsOn = v.period;
  if (values.funderOrganisationId) {
    const [row] = await deps.db
      .select({ id: organisation.id })
      .from(organisation)
      .where(and(eq(organisation.id, values.funderOrganisationId), eq(organisation.fabriqueId, fabriqueId)));
    if (!row) fields.funderOrganisationId = v.organisation;
  }
  if (values.themes.length) {
    const known = await deps.db
      .select({ code: theme.code })
      .from(theme)
      .where(inArray(theme.code, values.themes));
    if (known.length !== new Set(values.themes).size) fields.themes = v.themeUnknown;
  }
  return Object.keys(fields).length ? fail("INVALID_INPUT", { fields }) : ok(null);
}

/** The period's error, reported with the other fields' even when one of them is invalid. */
function periodErrors(input: Unparsed<ProgrammeInput>): Record<string, string> {
  const startsOn = dateField.safeParse(input.startsOn);
  const endsOn = dateField.safeParse(input.endsOn);
  if (!startsOn.success || !endsOn.success || !startsOn.data || !endsOn.data) return {};
  return endsOn.data < startsOn.data ? { endsOn: v.period } : {};
}

function programmeValues(data: ReturnType<typeof programmeInput.parse>) {
  const { fabriqueId: _fabriqueId, amount, ...rest } = data;
  return { ...rest, amountCents: amount, themes: [...new Set(data.themes)] };
}

/** The team records a funder's programme or convention. */
export async function createProgramme(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  input: Unparsed<ProgrammeInput>,
): Promise<Result<{ id: string }, "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND">> {
  const parsed = programmeInput.safeParse(input);
  if (!parsed.success)
    return fail("INVALID_INPUT", { fields: { ...periodErrors(input), ...fieldErrors(parsed.error) } });
  const owner = ownerFabrique(actor, parsed.data.fabriqueId);
  if (!owner) {
    if (parsed.data.fabriqueId) return fail("NOT_FOUND");
    return directoryFabriques(actor).length
      ? fail("INVALID_INPUT", { fields: { fabriqueId: v.fabrique } })
      : fail("FORBIDDEN");
  }
  const values = programmeValues(parsed.data);
  const checked = await checkProgrammeValues(deps, owner.id, values, parsed.data);
  if (!checked.ok) return checked;
  const [row] = await deps.db
    .insert(programme)
    .values({ ...values, fabriqueId: owner.id, createdAt: deps.clock.now() })
    .returning({ id: programme.id });
  return ok(row!);
}

/** The team edits a programme (every field is sent again by the form). */
export async function updateProgramme(
  deps: Pick<Deps, "db">,
  actor: Actor,
  id: string,
  input: Unparsed<ProgrammeInput>,
): Promise<Result<{ id: string }, "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND">> {
  const row = await findProgramme(deps, id);
  if (!row) return fail("NOT_FOUND");
  const refused = refuseDirectoryWrite(actor, row.fabriqueId);
  if (refused) return refused;
  const parsed = programmeInput.safeParse(input);
  if (!parsed.success)
    return fail("INVALID_INPUT", { fields: { ...periodErrors(input), ...fieldErrors(parsed.error) } });
  const values = programmeValues(parsed.data);
  const checked = await checkProgrammeValues(deps, row.fabriqueId, values, parsed.data);
  if (!checked.ok) return checked;
  await deps.db.update(programme).set(values).where(eq(programme.id, id));
  return ok({ id });
}

/** The programmes that cover an initiative, for whoever may read it. */
export async function listInitiativeProgrammes(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  initiativeId: string,
): Promise<
  Result<{ id: string; name: string; funderName: string | null; amountCents: number | null }[], "NOT_FOUND">
> {
  const loaded = await loadInitiativeForActor(deps, actor, initiativeId);
  if (!loaded.ok) return loaded;
  const rows = await deps.db
    .select({
      id: programme.id,
      name: programme.name,
      funderName: organisation.name,
      amountCents: programme.amountCents,
    })
    .from(initiativeProgramme)
    .innerJoin(programme, eq(programme.id, initiativeProgramme.programmeId))
    .leftJoin(organisation, eq(organisation.id, programme.funderOrganisationId))
    .where(eq(initiativeProgramme.initiativeId, initiativeId))
    .orderBy(asc(programme.name));
  return ok(rows);
}

/** The Fabrique's programmes an initiative could be attached to (for whoever edits it). */
export async function listProgrammeChoices(deps: Pick<Deps, "db">, fabriqueId: string) {
  return deps.db
    .select({ id: programme.id, name: programme.name })
    .from(programme)
    .where(eq(programme.fabriqueId, fabriqueId))
    .orderBy(asc(programme.name));
}

async function loadPair(deps: Pick<Deps, "db">, actor: Actor, initiativeId: string, programmeId: string) {
  const loaded = await loadInitiativeForEdit(deps, actor, initiativeId, "programme.link");
  if (!loaded.ok) return loaded;
  // The programmes are the Fabrique's (its funders): its team attaches them, not the carrier.
  if (loaded.value.access.level !== "team") return fail("FORBIDDEN");
  const row = await findProgramme(deps, programmeId);
  if (!row || row.fabriqueId !== loaded.value.initiative.fabriqueId) {
    return fail("INVALID_INPUT", { fields: { programmeId: v.programme } });
  }
  return ok(row);
}

/** The programme covers the initiative from now on (journaled). */
export async function attachProgramme(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  input: { initiativeId: string; programmeId: string },
): Promise<Result<null, "CONFLICT" | "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND" | "WRITE_REFUSED">> {
  const found = await loadPair(deps, actor, input.initiativeId, input.programmeId);
  if (!found.ok) return found;
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(initiativeProgramme)
      .values({ initiativeId: input.initiativeId, programmeId: input.programmeId })
      .onConflictDoNothing()
      .returning({ programmeId: initiativeProgramme.programmeId });
    if (!inserted.length) {
      return fail("CONFLICT", { message: v.alreadyAttached, fields: { programmeId: v.alreadyAttached } });
    }
    await recordInitiativeEvent(tx, {
      initiativeId: input.initiativeId,
      kind: "partner",
      note: t(journalText.programmeAttached, { name: found.value.name }),
      byUserId: actor.userId,
      at: now,
    });
    return ok(null);
  });
}

/** The programme no longer covers the initiative (journaled). */
export async function detachProgramme(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  input: { initiativeId: string; programmeId: string },
): Promise<Result<null, "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND" | "WRITE_REFUSED">> {
  const found = await loadPair(deps, actor, input.initiativeId, input.programmeId);
  if (!found.ok) return found;
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const removed = await tx
      .delete(initiativeProgramme)
      .where(
        and(
          eq(initiativeProgramme.initiativeId, input.initiativeId),
          eq(initiativeProgramme.programmeId, input.programmeId),
        ),
      )
      .returning({ programmeId: initiativeProgramme.programmeId });
    if (!removed.length) return fail("NOT_FOUND");
    await recordInitiativeEvent(tx, {
      initiativeId: input.initiativeId,
      kind: "partner",
      note: t(journalText.programmeDetached, { name: found.value.name }),
      byUserId: actor.userId,
      at: now,
    });
    return ok(null);
  });
}

/** The Fabrique's initiatives a programme does not cover yet (the chooser of the programme page). */
export async function listAttachableInitiatives(
  deps: Pick<Deps, "db">,
  programmeRow: Pick<ProgrammeRow, "id" | "fabriqueId">,
) {
  return deps.db
    .select({ id: initiative.id, reference: initiative.reference, title: initiative.title })
    .from(initiative)
    .where(
      and(
        eq(initiative.fabriqueId, programmeRow.fabriqueId),
        sql`not exists (select 1 from initiative_programme ip
          where ip.initiative_id = ${initiative.id} and ip.programme_id = ${programmeRow.id})`,
      ),
    )
    .orderBy(asc(initiative.reference))
    .limit(500);
}
