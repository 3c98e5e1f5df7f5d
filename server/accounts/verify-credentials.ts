import { sql } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { user } from "../db/schema";
import { consumeSignInAttempt, refundSignInAttempt } from "./attempt-limits";
import { unusableHash, verifyPassword } from "./password";

export type VerifiedUser = { id: string; email: string; name: string };

/**
 * Check an e-mail and password. Unknown addresses are compared against a hash that never matches,
 * so the answer takes as long whether the account exists or not; a disabled account is refused
 * (and only said so to someone who knows its password). Every attempt counts against the limits
 * of the account and of the client address (`attempt-limits.ts`), whatever page or API it came
 * through; a success is given back.
 */
export async function verifyCredentials(
  deps: Pick<Deps, "db" | "clock">,
  email: string,
  password: string,
  options: { clientAddress?: string | null } = {},
): Promise<Result<VerifiedUser, "INVALID_CREDENTIALS" | "RATE_LIMITED">> {
  const subjects = { account: email, clientAddress: options.clientAddress };
  const limited = await consumeSignInAttempt(deps, subjects);
  if (limited) return limited;
  const [row] = await deps.db
    .select({
      id: user.id,
      email: user.email,
      name: user.name,
      passwordHash: user.passwordHash,
      disabledAt: user.disabledAt,
    })
    .from(user)
    .where(sql`lower(${user.email}) = ${email.trim().toLowerCase()}`);
  const matches = await verifyPassword(password, row?.passwordHash ?? unusableHash);
  if (!row?.passwordHash || !matches) return fail("INVALID_CREDENTIALS");
  await refundSignInAttempt(deps, subjects);
  if (row.disabledAt) return fail("INVALID_CREDENTIALS", { message: fr.accounts.signIn.disabled });
  return ok({ id: row.id, email: row.email, name: row.name });
}
