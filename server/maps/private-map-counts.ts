import { sql } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { initiative, signal } from "../db/schema";
import { initiativeScope } from "../initiatives/list-initiatives";
import { notConfirmedSpam } from "../intake/spam";
import { scopeCondition } from "../signals/list-signals";
import { canListSignals } from "../signals/signal-access";
import { countByLevel, type MapLevel, type MapMetric } from "./render-map";

/**
 * The counts a signed-in actor's map shows for the private metrics: the signals and the
 * initiatives they may see (the same scopes as their lists), per territory of the level.
 */
export async function privateMapCounts(
  deps: Pick<Deps, "db">,
  actor: Actor,
  level: MapLevel,
  metric: MapMetric,
): Promise<Map<string, number>> {
  if (metric === "signals") {
    if (!canListSignals(actor)) return new Map();
    const scope = scopeCondition(actor) ?? sql`true`;
    return countByLevel(
      deps,
      level,
      sql`select ${signal.territoryKind} as kind, ${signal.territoryCode} as code from ${signal}
          where ${scope} and ${notConfirmedSpam}`,
    );
  }
  if (metric === "initiatives") {
    const scope = (await initiativeScope(deps, actor)) ?? sql`true`;
    return countByLevel(
      deps,
      level,
      sql`select ${initiative.territoryKind} as kind, ${initiative.territoryCode} as code
          from ${initiative} where ${scope}`,
    );
  }
  return new Map();
}
