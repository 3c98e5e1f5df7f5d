import { and, eq } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fabrique, territory } from "../db/schema";
import { getStudyVersion, listStudyVersions } from "./get-current-study";
import { renderStudyPdf } from "./render-study-pdf";
import { loadStudyInitiative } from "./study-access";

/** The study (latest version, or the one asked for) as a PDF, for whoever may read the study. */
export async function getStudyPdf(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor | null,
  initiativeId: string,
  version?: number,
): Promise<Result<{ filename: string; content: Buffer }, "NOT_FOUND">> {
  const loaded = await loadStudyInitiative(deps, actor, initiativeId);
  if (!loaded.ok) return loaded;
  const row = loaded.value.initiative;
  let wanted = version;
  if (wanted === undefined) {
    const versions = await listStudyVersions(deps, actor, initiativeId);
    if (!versions.ok) return versions;
    if (!versions.value[0]) return fail("NOT_FOUND");
    wanted = versions.value[0].version;
  }
  const study = await getStudyVersion(deps, actor, initiativeId, wanted);
  if (!study.ok) return study;
  const [owner] = await deps.db
    .select({ name: fabrique.name })
    .from(fabrique)
    .where(eq(fabrique.id, row.fabriqueId));
  const [place] = await deps.db
    .select({ name: territory.name })
    .from(territory)
    .where(and(eq(territory.kind, row.territoryKind), eq(territory.code, row.territoryCode)));
  const content = await renderStudyPdf({
    initiativeTitle: row.title,
    reference: row.reference,
    fabriqueName: owner?.name ?? "",
    territoryName: place?.name ?? row.territoryCode,
    version: study.value.version,
    status: study.value.status,
    savedAt: study.value.createdAt,
    printedAt: deps.clock.now(),
    forecastName: study.value.forecastName,
    sections: study.value.sections,
  });
  return ok({ filename: `etude-${row.reference}-v${study.value.version}.pdf`, content });
}
