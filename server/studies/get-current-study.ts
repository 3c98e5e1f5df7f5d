import { and, asc, desc, eq } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { forecast, studyVersion, user } from "../db/schema";
import type { InitiativeAccess, InitiativeRow } from "../initiatives/initiative-access";
import { loadStudyInitiative } from "./study-access";
import { normaliseSections, type StudySectionCode } from "./study-sections";

export type StudyVersionView = {
  version: number;
  status: "draft" | "final";
  sections: Record<StudySectionCode, string>;
  note: string;
  forecastId: string | null;
  forecastName: string | null;
  byName: string | null;
  createdAt: Date;
};

export type StudyVersionSummary = Omit<StudyVersionView, "sections">;

export type StudyView = {
  initiative: InitiativeRow;
  access: InitiativeAccess;
  /** The latest version, or null before the first save. */
  current: StudyVersionView | null;
  /** Newest first. */
  versions: StudyVersionSummary[];
  /** The initiative's forecast scenarios, to choose the one the economic section relies on. */
  forecasts: { id: string; name: string }[];
  /** A version was marked final (what the copil decided on). */
  hasFinal: boolean;
};

const versionColumns = {
  version: studyVersion.version,
  status: studyVersion.status,
  note: studyVersion.note,
  forecastId: studyVersion.forecastId,
  forecastName: forecast.name,
  byName: user.name,
  createdAt: studyVersion.createdAt,
};

async function readVersions(deps: Pick<Deps, "db">, initiativeId: string): Promise<StudyVersionSummary[]> {
  return deps.db
    .select(versionColumns)
    .from(studyVersion)
    .leftJoin(user, eq(user.id, studyVersion.byUserId))
    .leftJoin(forecast, eq(forecast.id, studyVersion.forecastId))
    .where(eq(studyVersion.initiativeId, initiativeId))
    .orderBy(desc(studyVersion.version));
}

async function readVersion(
  deps: Pick<Deps, "db">,
  initiativeId: string,
  version: number,
): Promise<StudyVersionView | null> {
  const [row] = await deps.db
    .select({ ...versionColumns, sections: studyVersion.sections })
    .from(studyVersion)
    .leftJoin(user, eq(user.id, studyVersion.byUserId))
    .leftJoin(forecast, eq(forecast.id, studyVersion.forecastId))
    .where(and(eq(studyVersion.initiativeId, initiativeId), eq(studyVersion.version, version)));
  return row ? { ...row, sections: normaliseSections(row.sections) } : null;
}

/** The study of an initiative as the actor may read it: the latest version and the list of all. */
export async function getCurrentStudy(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  initiativeId: string,
): Promise<Result<StudyView, "NOT_FOUND">> {
  const loaded = await loadStudyInitiative(deps, actor, initiativeId);
  if (!loaded.ok) return loaded;
  const versions = await readVersions(deps, initiativeId);
  const current = versions[0] ? await readVersion(deps, initiativeId, versions[0].version) : null;
  const forecasts = await deps.db
    .select({ id: forecast.id, name: forecast.name })
    .from(forecast)
    .where(eq(forecast.initiativeId, initiativeId))
    .orderBy(asc(forecast.createdAt));
  return ok({
    ...loaded.value,
    current,
    versions,
    forecasts,
    hasFinal: versions.some((v) => v.status === "final"),
  });
}

/** One version of the study, to read an older one. */
export async function getStudyVersion(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  initiativeId: string,
  version: number,
): Promise<Result<StudyVersionView, "NOT_FOUND">> {
  const loaded = await loadStudyInitiative(deps, actor, initiativeId);
  if (!loaded.ok) return loaded;
  if (!Number.isInteger(version) || version < 1) return fail("NOT_FOUND");
  const row = await readVersion(deps, initiativeId, version);
  return row ? ok(row) : fail("NOT_FOUND");
}

/** Every version, newest first, with who saved it and when. */
export async function listStudyVersions(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  initiativeId: string,
): Promise<Result<StudyVersionSummary[], "NOT_FOUND">> {
  const loaded = await loadStudyInitiative(deps, actor, initiativeId);
  if (!loaded.ok) return loaded;
  return ok(await readVersions(deps, initiativeId));
}
