import { and, eq } from "drizzle-orm";
import { recordAuditEvent } from "../core/audit-log";
import type { Deps } from "../core/deps";
import type { Db } from "../db/database";
import { knownDevice } from "../db/schema";
import { generateSecretToken, hashSecretToken } from "./secret-token";

/** How long the device cookie lasts (decision record 0140): 400 days, the longest browsers keep a cookie. */
export const DEVICE_COOKIE_DAYS = 400;

export type SignInMethod = "password" | "oidc";

/**
 * Remember the browser a person signed in from, by a random device cookie (decision record 0140).
 * A browser this account never signed in from, when it already had one, writes "sign-in from a new
 * device" in the audit log; the very first browser only starts the list. Returns the device token
 * the browser should keep (the one it sent, or a new one).
 */
export async function noteSignInDevice(
  deps: Pick<Deps, "clock">,
  db: Db,
  input: { userId: string; deviceToken?: string | null; userAgent?: string | null; method: SignInMethod },
): Promise<string> {
  const deviceToken =
    input.deviceToken && input.deviceToken.length >= 32 ? input.deviceToken : generateSecretToken();
  const deviceHash = hashSecretToken(deviceToken);
  const now = deps.clock.now();
  const [seen] = await db
    .update(knownDevice)
    .set({ lastSeenAt: now })
    .where(and(eq(knownDevice.userId, input.userId), eq(knownDevice.deviceHash, deviceHash)))
    .returning({ userId: knownDevice.userId });
  if (seen) return deviceToken;
  const [other] = await db
    .select({ userId: knownDevice.userId })
    .from(knownDevice)
    .where(eq(knownDevice.userId, input.userId))
    .limit(1);
  await db
    .insert(knownDevice)
    .values({ userId: input.userId, deviceHash, firstSeenAt: now, lastSeenAt: now })
    .onConflictDoNothing();
  if (other) {
    await recordAuditEvent(db, {
      action: "sign-in.new-device",
      at: now,
      actorUserId: input.userId,
      subjectUserId: input.userId,
      details: { method: input.method, userAgent: input.userAgent?.slice(0, 200) ?? null },
    });
  }
  return deviceToken;
}
