export const mailStatuses = ["pending", "sent", "failed", "kept"] as const;
