import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { Deps } from "../core/deps";
import { consumeRateLimit, type RateLimitPolicy, refundRateLimit } from "../core/rate-limit";
import { type Failure, fail } from "../core/result";

/**
 * How many sign-in attempts and reset mails are allowed, by account and by client address
 * (docs/decisions/0041-rate-limits-by-action-in-the-database.md). A sign-in that succeeds is
 * given back: only failures count, so a person who mistypes a few times is never locked out by
 * their own success.
 */
const MINUTE = 60_000;
export const attemptLimits = {
  signInByAccount: { action: "sign-in:account", max: 10, windowMs: 15 * MINUTE },
  signInByAddress: { action: "sign-in:address", max: 30, windowMs: 15 * MINUTE },
  resetByAccount: { action: "password-reset:account", max: 5, windowMs: 60 * MINUTE },
  resetByAddress: { action: "password-reset:address", max: 20, windowMs: 60 * MINUTE },
} satisfies Record<string, RateLimitPolicy>;

type Subjects = { account: string; clientAddress?: string | null };

const accountKey = (email: string) => email.trim().toLowerCase();

function refusal(retryAfterSeconds: number, message: string): Failure<"RATE_LIMITED"> {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return fail("RATE_LIMITED", {
    message: t(message, { minutes }),
    details: { retryAfterSeconds },
  });
}

/** Count one act against its account's and its address's limits; a failure when over either. */
async function consumeAttempt(
  deps: Pick<Deps, "db" | "clock">,
  limits: { byAccount: RateLimitPolicy; byAddress: RateLimitPolicy; message: string },
  subjects: Subjects,
): Promise<Failure<"RATE_LIMITED"> | null> {
  const account = await consumeRateLimit(deps, limits.byAccount, accountKey(subjects.account));
  const address = subjects.clientAddress
    ? await consumeRateLimit(deps, limits.byAddress, subjects.clientAddress)
    : { allowed: true, retryAfterSeconds: 0 };
  if (account.allowed && address.allowed) return null;
  return refusal(Math.max(account.retryAfterSeconds, address.retryAfterSeconds), limits.message);
}

/** Count a sign-in attempt (page, API token, current password check); a failure when over the limit. */
export function consumeSignInAttempt(deps: Pick<Deps, "db" | "clock">, subjects: Subjects) {
  const { signInByAccount: byAccount, signInByAddress: byAddress } = attemptLimits;
  return consumeAttempt(deps, { byAccount, byAddress, message: fr.accounts.limits.signIn }, subjects);
}

export async function refundSignInAttempt(
  deps: Pick<Deps, "db" | "clock">,
  subjects: Subjects,
): Promise<void> {
  await refundRateLimit(deps, attemptLimits.signInByAccount, accountKey(subjects.account));
  if (subjects.clientAddress)
    await refundRateLimit(deps, attemptLimits.signInByAddress, subjects.clientAddress);
}

/** Count a reset request, whether or not the account exists (the answer must not tell). */
export function consumeResetRequest(deps: Pick<Deps, "db" | "clock">, subjects: Subjects) {
  const { resetByAccount: byAccount, resetByAddress: byAddress } = attemptLimits;
  return consumeAttempt(deps, { byAccount, byAddress, message: fr.accounts.limits.reset }, subjects);
}
