import { z } from "zod";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors } from "../core/validation";
import { type CreatedSession, createSession } from "./create-session";
import { emailField, passwordField } from "./schemas";
import { verifyCredentials } from "./verify-credentials";

export const signInInput = z.object({ email: emailField, password: passwordField });
export type SignInInput = z.input<typeof signInInput>;

/** Check the credentials and open a 30-day session; the caller puts the token in the cookie. */
export async function signIn(
  deps: Pick<Deps, "db" | "clock">,
  input: SignInInput,
  options: { userAgent?: string | null; clientAddress?: string | null } = {},
): Promise<
  Result<CreatedSession & { userId: string }, "INVALID_CREDENTIALS" | "INVALID_INPUT" | "RATE_LIMITED">
> {
  const parsed = signInInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const verified = await verifyCredentials(deps, parsed.data.email, parsed.data.password, {
    clientAddress: options.clientAddress,
  });
  if (!verified.ok) return verified;
  const created = await createSession(deps, verified.value.id, options);
  if (!created.ok) return created;
  return ok({ ...created.value, userId: verified.value.id });
}
