import { createHmac, timingSafeEqual } from "node:crypto";
import { isNotificationKind, type NotificationKind } from "../../shared/codes/notifications";

/** What a link stops: one kind, or a whole digest (every kind delivered in it). */
export type UnsubscribeScope = NotificationKind | "digest-daily" | "digest-weekly";

const isScope = (value: unknown): value is UnsubscribeScope =>
  isNotificationKind(value) || value === "digest-daily" || value === "digest-weekly";

/**
 * The one-click unsubscribe link of a notification mail (RFC 8058): the person and the kind,
 * (or a digest) signed with the installation's secret, so the link works without signing in and cannot be
 * forged for someone else. It never expires: an old mail's link still stops that kind of mail.
 */
const sign = (secret: string, userId: string, kind: string) =>
  createHmac("sha256", secret).update(`unsubscribe:${userId}:${kind}`).digest("base64url");

export function unsubscribeToken(secret: string, userId: string, kind: UnsubscribeScope): string {
  return `${userId}.${kind}.${sign(secret, userId, kind)}`;
}

export function readUnsubscribeToken(
  secret: string,
  token: unknown,
): { userId: string; kind: UnsubscribeScope } | null {
  if (typeof token !== "string" || token.length > 200) return null;
  const [userId, kind, signature, extra] = token.split(".");
  if (extra !== undefined || !userId || !signature || !isScope(kind)) return null;
  if (!/^[0-9a-f-]{36}$/i.test(userId)) return null;
  const expected = Buffer.from(sign(secret, userId, kind));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { userId, kind };
}
