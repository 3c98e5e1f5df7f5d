import { type SignInInput, type SignInOptions, signIn } from "../accounts/sign-in";
import type { Deps } from "../core/deps";
import type { ErrorCode } from "../core/errors";
import type { Result } from "../core/result";

/**
 * A sign-in's result for an account without a second factor: the opened session. A test that gets
 * the second-factor step instead fails here, saying so.
 */
export function openedSession<T extends { step: string }, E extends ErrorCode>(
  result: Result<T, E>,
): Result<Extract<T, { step: "session" }>, E> {
  if (result.ok && result.value.step !== "session")
    throw new Error("expected a session, got a second-factor step");
  return result as Result<Extract<T, { step: "session" }>, E>;
}

/** `signIn` for accounts without a second factor, typed as the session it opens. */
export async function signInToSession(
  deps: Pick<Deps, "db" | "clock">,
  input: SignInInput,
  options?: SignInOptions,
) {
  return openedSession(await signIn(deps, input, options));
}
