export const territoryKinds = ["region", "departement", "epci", "commune", "qpv"] as const;
export type TerritoryKind = (typeof territoryKinds)[number];

export const territoryProgrammes = ["pvd"] as const;
export type TerritoryProgramme = (typeof territoryProgrammes)[number];
