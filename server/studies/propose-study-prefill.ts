import { asc, eq } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { searchModels } from "../catalogue/search-models";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { initiativeSignal, signal } from "../db/schema";
import { getSignalMatches } from "../initiatives/get-signal-matches";
import type { InitiativeRow } from "../initiatives/initiative-access";
import type { StudySectionCode } from "./study-sections";

/** How many origin signals feed the "existing offer" proposal (each one runs its own matching). */
const MAX_SIGNALS = 3;
const MAX_MODELS = 5;
const MAX_SERVICES = 8;

const text = fr.studies.study.prefill;

/**
 * A first draft for two sections, offered in the form before the first save (never stored by
 * itself): "existing offer" from the origin signals' "Ce qui existe déjà" panel (their coverage
 * conclusion and the offer found on their territory), "benchmark" from the catalogue models that
 * the catalogue's own search finds for the initiative's title and description.
 */
export async function proposeStudyPrefill(
  deps: Pick<Deps, "db" | "config" | "log">,
  actor: Actor,
  row: Pick<InitiativeRow, "id" | "title" | "description" | "summary">,
): Promise<Partial<Record<StudySectionCode, string>>> {
  const prefill: Partial<Record<StudySectionCode, string>> = {};

  const signals = await deps.db
    .select({
      id: signal.id,
      reference: signal.reference,
      title: signal.title,
      coverage: signal.coverage,
      coverageNote: signal.coverageNote,
    })
    .from(initiativeSignal)
    .innerJoin(signal, eq(signal.id, initiativeSignal.signalId))
    .where(eq(initiativeSignal.initiativeId, row.id))
    .orderBy(asc(initiativeSignal.linkedAt))
    .limit(MAX_SIGNALS);
  const blocks: string[] = [];
  for (const origin of signals) {
    // The same panel as the signal's page; an actor who may not read the signal gets nothing from it.
    const matches = await getSignalMatches(deps, actor, origin.id);
    if (!matches.ok) continue;
    const lines = [t(text.signalLine, { reference: origin.reference, title: origin.title })];
    lines.push(
      origin.coverage
        ? t(text.coverage, { conclusion: fr.signals.coverage[origin.coverage] }) +
            (origin.coverageNote ? ` — ${origin.coverageNote}` : "")
        : text.coverageUnknown + (origin.coverageNote ? ` — ${origin.coverageNote}` : ""),
    );
    const services = matches.value.offer.slice(0, MAX_SERVICES);
    if (matches.value.unavailable.includes("offer")) {
      lines.push(text.offerUnavailable);
    } else if (services.length) {
      lines.push(text.offerIntro);
      for (const service of services) {
        const where = service.commune ? `, ${service.commune}` : "";
        lines.push(`- ${service.name} (${service.structure.name}${where})`);
      }
    } else {
      lines.push(text.noOffer);
    }
    blocks.push(lines.join("\n"));
  }
  if (blocks.length) prefill.existing_offer = blocks.join("\n\n");

  const query = `${row.title} ${row.summary} ${row.description}`.trim().slice(0, 500);
  const models = await searchModels(deps, actor, { q: query, limit: MAX_MODELS });
  if (models.ok && models.value.results.length) {
    const base = deps.config.publicUrl.replace(/\/$/, "");
    prefill.benchmark = [
      text.modelsIntro,
      ...models.value.results.map((m) => `- ${m.title} : ${base}/catalogue/${m.id}`),
    ].join("\n");
  }
  return prefill;
}
