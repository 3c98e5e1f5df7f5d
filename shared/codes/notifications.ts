/**
 * What a person can be told about (issue 17). Each kind names an event and the people entitled
 * to see its object; a person chooses per kind how mail reaches them (`notificationDeliveries`).
 */
export const notificationKinds = [
  "signal_new",
  "stage_changed",
  "copil_decision",
  "document_added",
  "meeting_added",
  "model_awaiting_publication",
  "model_replicated",
  "mention",
  "signal_assigned",
  "similar_elsewhere",
  "application_received",
  "task_due",
  "follow_up_due",
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** How mail of one kind reaches a person: at once, in the day's or week's digest, or not at all. */
export const notificationDeliveries = ["immediately", "daily", "weekly", "never"] as const;
export type NotificationDelivery = (typeof notificationDeliveries)[number];

/** What a person gets before choosing: what concerns them personally at once, the rest daily. */
export const defaultDelivery: Record<NotificationKind, NotificationDelivery> = {
  signal_new: "daily",
  stage_changed: "daily",
  copil_decision: "daily",
  document_added: "daily",
  meeting_added: "daily",
  model_awaiting_publication: "daily",
  model_replicated: "immediately",
  mention: "immediately",
  signal_assigned: "immediately",
  similar_elsewhere: "weekly",
  application_received: "daily",
  task_due: "daily",
  follow_up_due: "immediately",
};

export const isNotificationKind = (value: unknown): value is NotificationKind =>
  typeof value === "string" && (notificationKinds as readonly string[]).includes(value);

export const isNotificationDelivery = (value: unknown): value is NotificationDelivery =>
  typeof value === "string" && (notificationDeliveries as readonly string[]).includes(value);

/** Notifications shown per page of the list. */
export const NOTIFICATIONS_PER_PAGE = 30;
