export const fabriqueStatuses = ["candidate", "experimentation", "appellation", "withdrawn"] as const;
export type FabriqueStatus = (typeof fabriqueStatuses)[number];
