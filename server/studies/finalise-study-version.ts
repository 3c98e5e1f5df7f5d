import { and, eq } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { type Failure, fail, ok, type Result } from "../core/result";
import { studyVersion } from "../db/schema";
import { lockDossierForWrite } from "../initiatives/initiative-access";
import { recordInitiativeEvent } from "../initiatives/initiative-journal";
import { loadStudyInitiative } from "./study-access";
import { missingStudySections, type StudySectionCode } from "./study-sections";

const text = fr.studies.study;
const sectionList = new Intl.ListFormat("fr-FR", { type: "conjunction" });

/** The refusal of a version whose required sections are empty, naming them in French. */
export function missingSectionsRefusal(
  version: number,
  missing: readonly StudySectionCode[],
): Failure<"WRITE_REFUSED"> {
  const titles = missing.map((code) => fr.studies.sections[code].title);
  const message =
    titles.length === 1
      ? t(text.missingOne, { version, sections: titles[0]! })
      : t(text.missingMany, { version, sections: sectionList.format(titles.map((s) => `« ${s} »`)) });
  return fail("WRITE_REFUSED", {
    message,
    details: { blockedBy: [message], guards: ["studySectionsFilled"], missingSections: missing },
  });
}

/**
 * Marks one version as final: the one presented to the steering committee. Only in the study
 * stage, and only a version whose required sections are written (`requiredStudySections`).
 * The stage guard counts the study as done once a version is final. Marking it again changes
 * nothing.
 */
export async function finaliseStudyVersion(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  initiativeId: string,
  version: number,
): Promise<Result<{ version: number }, "FORBIDDEN" | "NOT_FOUND" | "WRITE_REFUSED">> {
  const loaded = await loadStudyInitiative(deps, actor, initiativeId, "finalise");
  if (!loaded.ok) return loaded;
  if (!Number.isInteger(version) || version < 1 || version > 2_147_483_647) return fail("NOT_FOUND");
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const refused = await lockDossierForWrite(tx, initiativeId, "study.finalise");
    if (refused) return refused;
    const [stored] = await tx
      .select({ status: studyVersion.status, sections: studyVersion.sections })
      .from(studyVersion)
      .where(and(eq(studyVersion.initiativeId, initiativeId), eq(studyVersion.version, version)));
    if (!stored) return fail("NOT_FOUND");
    if (stored.status === "final") return ok({ version });
    const missing = missingStudySections(stored.sections);
    if (missing.length) return missingSectionsRefusal(version, missing);
    const [marked] = await tx
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
    // Someone marked it meanwhile: it is final, and their journal line says so.
    if (!marked) return ok({ version });
    await recordInitiativeEvent(tx, {
      initiativeId,
      kind: "study",
      note: t(text.journalFinal, { version }),
      byUserId: actor.userId,
      at: now,
    });
    return ok({ version });
  });
}
