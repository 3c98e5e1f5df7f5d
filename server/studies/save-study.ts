import { and, desc, eq } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import { forecast, initiative, studyVersion, user } from "../db/schema";
import { refuseDossierWrite } from "../initiatives/initiative-access";
import { recordInitiativeEvent } from "../initiatives/initiative-journal";
import { loadStudyInitiative } from "./study-access";
import { type SaveStudyInput, saveStudyInput } from "./study-schemas";
import { isEmptyStudy, normaliseSections } from "./study-sections";

/** What a CONFLICT carries: the version saved meanwhile, so the page can name its author. */
export type StudyConflict = { currentVersion: number; byName: string | null; at: string };

/** The CONFLICT a stale save gets: the version saved meanwhile, by whom and when. */
function conflictWith(
  currentVersion: number,
  latest: { byName: string | null; at: Date } | undefined,
  now: Date,
) {
  const details: StudyConflict = {
    currentVersion,
    byName: latest?.byName ?? null,
    at: (latest?.at ?? now).toISOString(),
  };
  const message = latest?.byName
    ? t(fr.studies.study.conflict, {
        version: currentVersion,
        name: latest.byName,
        date: formatDate(details.at),
      })
    : t(fr.studies.study.conflictNoAuthor, { version: currentVersion, date: formatDate(details.at) });
  return fail("CONFLICT", { message, details });
}

/**
 * Saves the study as a new version (previous + 1). The input names the version the writer
 * started from: if someone saved another version meanwhile, nothing is written and the answer is
 * CONFLICT with that version's number and author, so the page keeps the writer's text.
 */
export async function saveStudy(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  initiativeId: string,
  input: Unparsed<SaveStudyInput>,
): Promise<
  Result<{ version: number }, "CONFLICT" | "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND" | "WRITE_REFUSED">
> {
  const loaded = await loadStudyInitiative(deps, actor, initiativeId, "write");
  if (!loaded.ok) return loaded;
  const parsed = saveStudyInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const { version: readVersion, forecastId, note } = parsed.data;
  const sections = normaliseSections(parsed.data.sections);
  if (isEmptyStudy(sections)) {
    return fail("INVALID_INPUT", { fields: { context: fr.studies.study.emptySection } });
  }
  if (forecastId) {
    const [owned] = await deps.db
      .select({ id: forecast.id })
      .from(forecast)
      .where(and(eq(forecast.id, forecastId), eq(forecast.initiativeId, initiativeId)));
    if (!owned) return fail("INVALID_INPUT", { fields: { forecastId: fr.errors.NOT_FOUND } });
  }
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    // Saves of one initiative's study queue behind this lock, so two never get the same number;
    // a move of the initiative waits too, and the stage is read again under the lock.
    const [locked] = await tx
      .select({ stage: initiative.stage, stageBeforeDormant: initiative.stageBeforeDormant })
      .from(initiative)
      .where(eq(initiative.id, initiativeId))
      .for("update");
    if (!locked) return fail("NOT_FOUND");
    const refused = refuseDossierWrite(locked, "study.save");
    if (refused) return refused;
    const [latest] = await tx
      .select({ version: studyVersion.version, byName: user.name, at: studyVersion.createdAt })
      .from(studyVersion)
      .leftJoin(user, eq(user.id, studyVersion.byUserId))
      .where(eq(studyVersion.initiativeId, initiativeId))
      .orderBy(desc(studyVersion.version))
      .limit(1);
    const currentVersion = latest?.version ?? 0;
    if (currentVersion !== readVersion) return conflictWith(currentVersion, latest, now);
    const version = currentVersion + 1;
    await tx.insert(studyVersion).values({
      initiativeId,
      version,
      sections,
      forecastId,
      status: "draft",
      note,
      byUserId: actor.userId,
      createdAt: now,
    });
    await recordInitiativeEvent(tx, {
      initiativeId,
      kind: "study",
      note: note
        ? `${t(fr.studies.study.journalSaved, { version })} : ${note}`
        : t(fr.studies.study.journalSaved, { version }),
      byUserId: actor.userId,
      at: now,
    });
    return ok({ version });
  });
}
