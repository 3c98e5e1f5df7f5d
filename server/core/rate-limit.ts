import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Deps } from "./deps";

/**
 * Rate limits by what is done (a sign-in attempt for this account, a reset mail for this
 * account, from this address), whatever URL or API it came through, counted in the database so
 * that they hold across every app process (docs/decisions/0041-rate-limits-by-action-in-the-database.md).
 */
export type RateLimitPolicy = { action: string; max: number; windowMs: number };

export type RateLimitVerdict = { allowed: boolean; retryAfterSeconds: number };

/** The subject (an e-mail, an address) is stored hashed: the table holds no personal data. */
function bucketOf(policy: RateLimitPolicy, subject: string): string {
  return `${policy.action}:${createHash("sha256").update(subject).digest("base64url")}`;
}

function windowStartOf(policy: RateLimitPolicy, now: Date): Date {
  return new Date(Math.floor(now.getTime() / policy.windowMs) * policy.windowMs);
}

/**
 * The sliding-window estimate: this window's count plus the previous window's, weighted by how
 * much of the previous window still lies within one window of now.
 */
export function slidingCount(count: number, previousCount: number, elapsedFraction: number): number {
  return count + previousCount * Math.max(0, 1 - elapsedFraction);
}

/** A counter is kept this many windows after its own, then forgotten (the privacy page says so). */
export const RATE_LIMIT_KEPT_WINDOWS = 2;

/** Count one attempt and say whether it may go on (one atomic upsert: concurrent attempts all count). */
export async function consumeRateLimit(
  deps: Pick<Deps, "db" | "clock">,
  policy: RateLimitPolicy,
  subject: string,
): Promise<RateLimitVerdict> {
  const now = deps.clock.now();
  const start = windowStartOf(policy, now);
  const previousStart = new Date(start.getTime() - policy.windowMs);
  const expires = new Date(start.getTime() + RATE_LIMIT_KEPT_WINDOWS * policy.windowMs);
  const bucket = bucketOf(policy, subject);
  const { rows } = await deps.db.execute<{ count: number; previous_count: number }>(sql`
    insert into rate_limit as r (bucket, window_start, count, previous_count, expires_at)
    values (${bucket}, ${start.toISOString()}, 1, 0, ${expires.toISOString()})
    on conflict (bucket) do update set
      previous_count = case when r.window_start = excluded.window_start then r.previous_count
                            when r.window_start = ${previousStart.toISOString()} then r.count
                            else 0 end,
      count = case when r.window_start = excluded.window_start then r.count + 1 else 1 end,
      window_start = excluded.window_start,
      expires_at = excluded.expires_at
    returning count, previous_count`);
  // Forget counters nobody used for two windows (a few at a time, never this one).
  await deps.db.execute(sql`
    delete from rate_limit where bucket in (
      select bucket from rate_limit where expires_at < ${now.toISOString()} and bucket <> ${bucket} limit 100)`);
  const row = rows[0]!;
  const elapsed = (now.getTime() - start.getTime()) / policy.windowMs;
  const allowed = slidingCount(row.count, row.previous_count, elapsed) <= policy.max;
  const retryAfterSeconds = Math.max(
    1,
    Math.ceil((start.getTime() + policy.windowMs - now.getTime()) / 1000),
  );
  return { allowed, retryAfterSeconds };
}

/** Give back an attempt that turned out legitimate (a successful sign-in): only failures count. */
export async function refundRateLimit(
  deps: Pick<Deps, "db" | "clock">,
  policy: RateLimitPolicy,
  subject: string,
): Promise<void> {
  const start = windowStartOf(policy, deps.clock.now());
  await deps.db.execute(sql`
    update rate_limit set count = greatest(count - 1, 0)
    where bucket = ${bucketOf(policy, subject)} and window_start = ${start.toISOString()}`);
}
