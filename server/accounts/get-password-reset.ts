import { and, eq, gt, isNull } from "drizzle-orm";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { passwordReset, user } from "../db/schema";
import { hashSecretToken } from "./secret-token";

/** The account a reset link is for, if the link is still usable (not used, not expired). */
export async function getPasswordReset(
  deps: Pick<Deps, "db" | "clock">,
  token: string,
): Promise<Result<{ email: string }, "TOKEN_INVALID">> {
  const [row] = await deps.db
    .select({ email: user.email })
    .from(passwordReset)
    .innerJoin(user, eq(user.id, passwordReset.userId))
    .where(
      and(
        eq(passwordReset.tokenHash, hashSecretToken(token)),
        isNull(passwordReset.usedAt),
        gt(passwordReset.expiresAt, deps.clock.now()),
        isNull(user.disabledAt),
      ),
    );
  return row ? ok(row) : fail("TOKEN_INVALID");
}
