import { attemptLimits } from "../accounts/attempt-limits";
import { API_TOKEN_DEFAULT_DAYS, API_TOKEN_MAX_DAYS } from "../accounts/create-api-token";
import { INVITATION_DAYS } from "../accounts/create-invitation";
import { PENDING_SIGN_IN_MINUTES } from "../accounts/pending-sign-in";
import { PASSWORD_RESET_MS } from "../accounts/request-password-reset";
import { SESSION_DAYS } from "../accounts/schemas";
import { DEVICE_COOKIE_DAYS } from "../accounts/sign-in-device";
import { RATE_LIMIT_KEPT_WINDOWS } from "../core/rate-limit";
import { INTAKE_WINDOW_MS } from "../intake/intake-rules";

const MINUTE_MS = 60_000;

/** How long the app keeps what it keeps for a limited time, for the privacy page. */
export type RetentionPeriods = {
  sessionDays: number;
  apiTokenDefaultDays: number;
  apiTokenMaxDays: number;
  invitationDays: number;
  passwordResetMinutes: number;
  intakeAddressMinutes: number;
  signInAttemptMinutes: number;
  /** The second step of a sign-in (decision record 0139). */
  pendingSignInMinutes: number;
  /** The device cookie that tells a new browser from a known one (decision record 0140). */
  deviceCookieDays: number;
};

/**
 * Read from the very constants the services enforce, so the privacy policy cannot say one figure
 * while the code applies another.
 */
export function listRetentionPeriods(): RetentionPeriods {
  return {
    sessionDays: SESSION_DAYS,
    apiTokenDefaultDays: API_TOKEN_DEFAULT_DAYS,
    apiTokenMaxDays: API_TOKEN_MAX_DAYS,
    invitationDays: INVITATION_DAYS,
    passwordResetMinutes: PASSWORD_RESET_MS / MINUTE_MS,
    intakeAddressMinutes: INTAKE_WINDOW_MS / MINUTE_MS,
    signInAttemptMinutes:
      (RATE_LIMIT_KEPT_WINDOWS *
        Math.max(attemptLimits.signInByAccount.windowMs, attemptLimits.signInByAddress.windowMs)) /
      MINUTE_MS,
    pendingSignInMinutes: PENDING_SIGN_IN_MINUTES,
    deviceCookieDays: DEVICE_COOKIE_DAYS,
  };
}
