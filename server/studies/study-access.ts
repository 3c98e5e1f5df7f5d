import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, type Result } from "../core/result";
import {
  type InitiativeAccess,
  type InitiativeRow,
  loadInitiativeForActor,
  refuseDossierWrite,
} from "../initiatives/initiative-access";

export type StudyAccess = { initiative: InitiativeRow; access: InitiativeAccess };

/**
 * The opportunity study is a steering-committee document: the team, the network, the carrier and
 * the copil's members read it; other partners do not learn it exists (NOT_FOUND). The team and the
 * carrier write it; only the team marks a version final (it is what the copil decided on).
 */
export function loadStudyInitiative(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  initiativeId: string,
  need?: "read",
): Promise<Result<StudyAccess, "NOT_FOUND">>;
export function loadStudyInitiative(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  initiativeId: string,
  need: "read" | "write" | "finalise",
): Promise<Result<StudyAccess, "FORBIDDEN" | "NOT_FOUND" | "WRITE_REFUSED">>;
export async function loadStudyInitiative(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  initiativeId: string,
  need: "read" | "write" | "finalise" = "read",
): Promise<Result<StudyAccess, "FORBIDDEN" | "NOT_FOUND" | "WRITE_REFUSED">> {
  const loaded = await loadInitiativeForActor(deps, actor, initiativeId);
  if (!loaded.ok) return loaded;
  const { access } = loaded.value;
  if (!access.canSeeSteering) return fail("NOT_FOUND");
  if (need === "write" && !access.canEdit) return fail("FORBIDDEN");
  if (need === "finalise" && access.level !== "team") return fail("FORBIDDEN");
  if (need === "read") return loaded;
  // The study is written and marked final in its own stage (`dossier-write-rules.ts`).
  return refuseDossierWrite(loaded.value.initiative, studyWrites[need]) ?? loaded;
}

export const studyWrites = { write: "study.save", finalise: "study.finalise" } as const;
