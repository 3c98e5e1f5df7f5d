/** What a Fabrique's outgoing webhooks may be told of (issue 17). */
export const webhookEvents = ["signal_new", "stage_changed", "copil_decision", "launch"] as const;
export type WebhookEvent = (typeof webhookEvents)[number];

export const isWebhookEvent = (value: unknown): value is WebhookEvent =>
  typeof value === "string" && (webhookEvents as readonly string[]).includes(value);

/** Where one delivery stands: waiting (or between retries), delivered, or given up. */
export const webhookDeliveryStatuses = ["pending", "delivered", "failed"] as const;
export type WebhookDeliveryStatus = (typeof webhookDeliveryStatuses)[number];

/** Attempts of one delivery before it is marked failed (the queue's retry limit + 1). */
export const WEBHOOK_MAX_ATTEMPTS = 5;

/** Deliveries shown per page of the log. */
export const WEBHOOK_DELIVERIES_PER_PAGE = 20;
