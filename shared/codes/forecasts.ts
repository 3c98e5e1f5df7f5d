export const scenarioKinds = ["prudent", "central", "ambitious", "custom"] as const;
export type ScenarioKind = (typeof scenarioKinds)[number];
