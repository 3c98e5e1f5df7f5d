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
 * Ask for a reset link. The answer is the same, and takes the same time, whether or not an
 * account has the address: the request path only checks the input and counts the request
 * (the same work either way); looking the account up, creating the link and queueing the mail
 * happen after the answer, in `queued` (issue 14, hole 8; docs/decisions/0065-reset-request-timing.md).
 */
export async function requestPasswordReset(
  deps: Deps,
  input: z.input<typeof requestPasswordResetInput>,
  options: { clientAddress?: string | null } = {},
): Promise<Result<{ queued: Promise<void> }, "INVALID_INPUT" | "RATE_LIMITED">> {
  const parsed = requestPasswordResetInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  // Counted by the address typed, whether or not an account has it: the answer tells nothing.
  const limited = await consumeResetRequest(deps, {
    account: parsed.data.email,
    clientAddress: options.clientAddress,
  });
  if (limited) return limited;
  const queued = sendResetLink(deps, parsed.data.email).catch((error: unknown) => {
    deps.log.error({ err: error }, "password reset link not queued");
  });
  return ok({ queued });
}

/** The link and its mail, for an active account with this address; nothing otherwise. */
async function sendResetLink(deps: Deps, email: string): Promise<void> {
  const [account] = await deps.db
    .select({ id: user.id, email: user.email, name: user.name })
    .from(user)
    .where(and(sql`lower(${user.email}) = ${email}`, isNull(user.disabledAt)));
  if (!account) return;

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
}
