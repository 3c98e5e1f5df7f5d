import type { LaunchedActivityFigure } from "./launch-figures";

export type ReplicationFigures = {
  /** Replications launched in the period per catalogue model, the most replicated first. */
  byModel: { modelId: string | null; modelTitle: string | null; count: number }[];
  replications: number;
  /** Launches that are no replication: a new structure or a new activity (a new model). */
  newModels: number;
  /** Replications among the launches, in percent with one decimal; null without launches. */
  replicationSharePercent: number | null;
};

/** Figure `replications`, counted from the launched activities of the period (a pure rule). */
export function replicationFigures(launched: readonly LaunchedActivityFigure[]): ReplicationFigures {
  const replications = launched.filter((l) => l.kind === "replication");
  const byModel = new Map<string, { modelId: string | null; modelTitle: string | null; count: number }>();
  for (const l of replications) {
    const key = l.modelId ?? "";
    const row = byModel.get(key) ?? { modelId: l.modelId, modelTitle: l.modelTitle, count: 0 };
    row.count++;
    byModel.set(key, row);
  }
  return {
    byModel: [...byModel.values()].sort(
      (a, b) => b.count - a.count || (a.modelTitle ?? "").localeCompare(b.modelTitle ?? "", "fr"),
    ),
    replications: replications.length,
    newModels: launched.length - replications.length,
    replicationSharePercent: launched.length
      ? Math.round((replications.length / launched.length) * 1000) / 10
      : null,
  };
}
