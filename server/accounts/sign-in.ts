import { and, eq, isNotNull } from "drizzle-orm";
import { z } from "zod";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors } from "../core/validation";
import { userTotp } from "../db/schema";
import { type CreatedSession, createSession } from "./create-session";
import { createPendingSignIn, type PendingSecondFactor } from "./pending-sign-in";
import { emailField, passwordField } from "./schemas";
import { noteSignInDevice } from "./sign-in-device";
import { verifyCredentials } from "./verify-credentials";

export const signInInput = z.object({ email: emailField, password: passwordField });
export type SignInInput = z.input<typeof signInInput>;

export type SignInOptions = {
  userAgent?: string | null;
  clientAddress?: string | null;
  /** Where the person goes once signed in (kept by the second step). */
  redirectTo?: string;
  /** The browser's device cookie, if it has one (decision record 0140). */
  deviceToken?: string | null;
};

export type OpenedSession = { step: "session"; userId: string; deviceToken: string } & CreatedSession;

/**
 * Check the credentials. An account without a second factor gets a 30-day session (the caller
 * puts its token in the cookie); one with TOTP gets a pending sign-in that only a right code turns
 * into a session (`finish-second-factor-sign-in.ts`, decision record 0139).
 */
export async function signIn(
  deps: Pick<Deps, "db" | "clock">,
  input: SignInInput,
  options: SignInOptions = {},
): Promise<
  Result<OpenedSession | PendingSecondFactor, "INVALID_CREDENTIALS" | "INVALID_INPUT" | "RATE_LIMITED">
> {
  const parsed = signInInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const verified = await verifyCredentials(deps, parsed.data.email, parsed.data.password, {
    clientAddress: options.clientAddress,
  });
  if (!verified.ok) return verified;
  const userId = verified.value.id;
  const [totp] = await deps.db
    .select({ userId: userTotp.userId })
    .from(userTotp)
    .where(and(eq(userTotp.userId, userId), isNotNull(userTotp.confirmedAt)));
  return deps.db.transaction(async (tx) => {
    if (totp) {
      const pending = await createPendingSignIn(deps, tx, {
        userId,
        redirectTo: options.redirectTo ?? "/tableau-de-bord",
        userAgent: options.userAgent,
      });
      return ok(pending);
    }
    const created = await createSession(deps, userId, { userAgent: options.userAgent, db: tx });
    if (!created.ok) return created;
    const deviceToken = await noteSignInDevice(deps, tx, { ...options, userId, method: "password" });
    return ok({ step: "session" as const, ...created.value, userId, deviceToken });
  });
}
