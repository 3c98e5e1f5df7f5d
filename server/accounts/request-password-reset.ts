import { and, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors } from "../core/validation";
import { passwordReset, user } from "../db/schema";
import { consumeResetRequest } from "./attempt-limits";
import { emailField } from "./schemas";
import { generateSecretToken, hashSecretToken } from "./secret-token";

export const PASSWORD_RESET_MS = 60 * 60 * 1000;

export const requestPasswordResetInput = z.object({ email: emailField });

/**
 * Send a reset link when the address belongs to an active account. The answer is the same either
 * way, so the form never tells whether an account exists.
 */
export async function requestPasswordReset(
  deps: Deps,
  input: z.input<typeof requestPasswordResetInput>,
  options: { clientAddress?: string | null } = {},
): Promise<Result<void, "INVALID_INPUT" | "RATE_LIMITED">> {
  const parsed = requestPasswordResetInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  // Counted by the address typed, whether or not an account has it: the answer tells nothing.
  const limited = await consumeResetRequest(deps, {
    account: parsed.data.email,
    clientAddress: options.clientAddress,
  });
  if (limited) return limited;
  const [account] = await deps.db
    .select({ id: user.id, email: user.email, name: user.name })
    .from(user)
    .where(and(sql`lower(${user.email}) = ${parsed.data.email}`, isNull(user.disabledAt)));
  if (!account) return ok(undefined);

  const token = generateSecretToken();
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await tx.insert(passwordReset).values({
      tokenHash: hashSecretToken(token),
      userId: account.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + PASSWORD_RESET_MS),
    });
    await deps.mail.enqueue(tx, {
      to: account.email,
      subject: fr.accounts.passwordForgotten.mailSubject,
      text: t(fr.accounts.passwordForgotten.mailText, {
        name: account.name,
        link: `${deps.config.publicUrl}/mot-de-passe/${token}`,
      }),
      purpose: "password_reset",
    });
  });
  return ok(undefined);
}
