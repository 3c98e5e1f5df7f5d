/** The meetings of the method (product.md). */
export const meetingKinds = [
  "creativity_session",
  "ideation_workshop",
  "project_group",
  "steering_committee",
  "visit",
] as const;
export type MeetingKind = (typeof meetingKinds)[number];

/** Gate decisions (product.md): go, no-go, park, hand over. */
export const decisionKinds = ["go", "no_go", "park", "hand_over"] as const;
export type DecisionKind = (typeof decisionKinds)[number];

/** What the copil chooses after the opportunity study. */
export const decisionPaths = ["new_model", "replicate_model", "no_enterprise"] as const;
export type DecisionPath = (typeof decisionPaths)[number];

/** Who may read a document besides the team. */
export const documentAudiences = ["team", "steering_committee", "partners"] as const;
export type DocumentAudience = (typeof documentAudiences)[number];
