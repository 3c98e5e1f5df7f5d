import { and, eq, isNull, lt, or } from "drizzle-orm";
import { verify } from "otplib";
import type { Deps } from "../core/deps";
import { userTotp } from "../db/schema";
import { decryptTotpSecret, normaliseTotpCode } from "./totp-secrets";

/**
 * Whether `code` is the authenticator's code for this account, now or one 30-second step either
 * side (clock drift). A code is accepted once: the step it matched is recorded, atomically, and
 * a code of that step or an earlier one is refused afterwards (RFC 6238 §5.2).
 */
export async function checkTotpCode(
  deps: Pick<Deps, "db" | "clock" | "config">,
  row: typeof userTotp.$inferSelect,
  code: string,
): Promise<boolean> {
  const token = normaliseTotpCode(code);
  if (!/^\d{6}$/.test(token)) return false;
  const secret = readableSecret(row.secretEncrypted, deps.config.secret);
  // Sealed with another installation secret (ESSAIM_SECRET changed): no code can match it (0131).
  if (secret === null) return false;
  const epoch = Math.floor(deps.clock.now().getTime() / 1000);
  const result = await verify({
    secret,
    token,
    epoch,
    epochTolerance: 30,
    ...(row.lastTimeStep !== null ? { afterTimeStep: row.lastTimeStep } : {}),
  });
  if (!result.valid) return false;
  const timeStep = Math.floor(epoch / 30) + result.delta;
  const [claimed] = await deps.db
    .update(userTotp)
    .set({ lastTimeStep: timeStep })
    .where(
      and(
        eq(userTotp.userId, row.userId),
        or(isNull(userTotp.lastTimeStep), lt(userTotp.lastTimeStep, timeStep)),
      ),
    )
    .returning({ userId: userTotp.userId });
  return claimed !== undefined;
}

function readableSecret(stored: string, installationSecret: string): string | null {
  try {
    return decryptTotpSecret(stored, installationSecret);
  } catch {
    return null;
  }
}
