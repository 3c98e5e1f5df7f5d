import { and, inArray, sql } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { signal } from "../db/schema";
import { signalIdsOf } from "../signals/signal-id";
import { creatingFabriques } from "./create-initiative";
import { getSignalMatches } from "./get-signal-matches";

/**
 * What a new initiative takes from the signals it starts from (`/projets/nouveau?signal=`, by id or reference):
 * title, description, entry point, territory with its name (the territory box shows it, with or
 * without JavaScript), themes, publics, Fabrique; and the catalogue model that answers the first
 * signal best, offered to attach in one click. Only the team's own Fabriques' signals.
 */
export async function getInitiativeFromSignals(
  deps: Pick<Deps, "db" | "log">,
  actor: Actor,
  signalIds: string[],
) {
  const fabriqueIds = creatingFabriques(actor).map((f) => f.id);
  const ids = (await signalIdsOf(deps, actor, signalIds)).filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  const rows =
    ids.length && fabriqueIds.length
      ? await deps.db
          .select({
            id: signal.id,
            reference: signal.reference,
            title: signal.title,
            description: signal.description,
            kind: signal.kind,
            territoryKind: signal.territoryKind,
            territoryCode: signal.territoryCode,
            territoryName: sql<string | null>`(select t.name from territory t
              where t.kind = ${signal.territoryKind} and t.code = ${signal.territoryCode})`,
            themes: signal.themes,
            publics: signal.publics,
            fabriqueId: signal.fabriqueId,
          })
          .from(signal)
          .where(and(inArray(signal.id, ids), inArray(signal.fabriqueId, fabriqueIds)))
      : [];
  const first = rows[0];
  if (!first) return { signals: [], prefill: {}, topModel: null };
  const prefill: Record<string, string | string[]> = {
    title: first.title,
    description: rows.map((s) => `${s.reference} — ${s.description}`).join("\n\n"),
    entryPoint: first.kind,
    territory: `${first.territoryKind}:${first.territoryCode}`,
    territoryQuery: first.territoryName ?? "",
    themes: [...new Set(rows.flatMap((s) => s.themes))],
    publics: [...new Set(rows.flatMap((s) => s.publics))],
    fabriqueId: first.fabriqueId,
  };
  const matches = await getSignalMatches(deps, actor, first.id);
  const top = matches.ok ? matches.value.models[0] : undefined;
  return {
    signals: rows.map((s) => ({ id: s.id, reference: s.reference, title: s.title })),
    prefill,
    topModel: top ? { id: top.id, title: top.title, summary: top.summary } : null,
  };
}
