import type { PendingSecondFactor } from "../../server/accounts/pending-sign-in";
import type { Deps } from "../../server/core/deps";
import { DEVICE_COOKIE, readCookie, SECOND_FACTOR_COOKIE } from "../../server/http/cookies";
import { deviceCookie, sessionCookie, stepCookie } from "../../server/http/session-cookie";

type OpenedSession = { step: "session"; token: string; expiresAt: Date; deviceToken: string };

/** The page of the second step of a sign-in (decision record 0139). */
export const SECOND_FACTOR_PAGE = "/connexion/code";

/** The browser's device cookie, handed to the sign-in services (decision record 0140). */
export const deviceTokenOf = (request: Request) => readCookie(request.headers.get("cookie"), DEVICE_COOKIE);

/**
 * The cookies a sign-in's first step sets: the session and the device cookie when it opened a
 * session, or the pending sign-in's short cookie when a second factor is asked.
 */
export function signedInHeaders(
  deps: Pick<Deps, "config" | "clock">,
  result: OpenedSession | PendingSecondFactor,
  headers = new Headers(),
): Headers {
  const now = deps.clock.now();
  if (result.step === "second-factor") {
    headers.append(
      "Set-Cookie",
      stepCookie(deps.config, SECOND_FACTOR_COOKIE, result.pendingToken, result.expiresAt, now),
    );
    return headers;
  }
  headers.append("Set-Cookie", sessionCookie(deps.config, result.token, result.expiresAt, now));
  headers.append("Set-Cookie", deviceCookie(deps.config, result.deviceToken));
  return headers;
}
