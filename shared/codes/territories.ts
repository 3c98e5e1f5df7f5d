export const territoryKinds = ["region", "departement", "epci", "commune", "qpv"] as const;
export type TerritoryKind = (typeof territoryKinds)[number];

export const territoryProgrammes = ["pvd"] as const;
export type TerritoryProgramme = (typeof territoryProgrammes)[number];

/** The levels the territories map draws. */
export const mapLevels = ["region", "departement", "epci"] as const;
export type MapLevel = (typeof mapLevels)[number];

/** What a map counts: people (INSEE population) or the published catalogue models born there. */
export const mapMetrics = ["population", "models", "activities", "signals", "initiatives"] as const;
/** The metrics that count private rows: computed by the caller with the actor's scope. */
export const privateMapMetrics: readonly MapMetric[] = ["signals", "initiatives"];
export type MapMetric = (typeof mapMetrics)[number];
