import { and, eq } from "drizzle-orm";
import { fr } from "../../app/i18n/fr";
import { t } from "../../app/i18n/t";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { studyVersion } from "../db/schema";
import { recordInitiativeEvent } from "../initiatives/initiative-journal";
import { loadStudyInitiative } from "./study-access";

/**
 * Marks one version as final: the one presented to the steering committee. The stage guard
 * counts the study as done once a version is final. Marking it again changes nothing.
 */
export async function finaliseStudyVersion(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  initiativeId: string,
  version: number,
): Promise<Result<{ version: number }>> {
  const loaded = await loadStudyInitiative(deps, actor, initiativeId, "finalise");
  if (!loaded.ok) return loaded;
  if (!Number.isInteger(version) || version < 1) return fail("NOT_FOUND");
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .update(studyVersion)
      .set({ status: "final" })
      .where(
        and(
          eq(studyVersion.initiativeId, initiativeId),
          eq(studyVersion.version, version),
          eq(studyVersion.status, "draft"),
        ),
      )
      .returning({ version: studyVersion.version });
    if (!row) {
      const [existing] = await tx
        .select({ version: studyVersion.version })
        .from(studyVersion)
        .where(and(eq(studyVersion.initiativeId, initiativeId), eq(studyVersion.version, version)));
      return existing ? ok({ version }) : fail("NOT_FOUND");
    }
    await recordInitiativeEvent(tx, {
      initiativeId,
      kind: "study",
      note: t(fr.studies.study.journalFinal, { version }),
      byUserId: actor.userId,
      at: now,
    });
    return ok({ version });
  });
}
