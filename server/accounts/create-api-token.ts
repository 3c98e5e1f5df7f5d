import { z } from "zod";
import { fr } from "../../shared/i18n/fr";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors } from "../core/validation";
import { apiToken } from "../db/schema";
import { addDays } from "./schemas";
import { hasConfirmedTotp, requirementCovers, totpRequiredByNetwork } from "./second-factor-requirement";
import { generateSecretToken, hashSecretToken } from "./secret-token";
import { verifySecondFactor } from "./verify-second-factor";

const messages = fr.accounts.validation;

/** Tokens start with this, so a leaked one is easy to recognise (and to search for in logs). */
export const API_TOKEN_PREFIX = "essaim_";
/** How much of the token is kept in clear for the owner's list. */
const DISPLAY_PREFIX_LENGTH = API_TOKEN_PREFIX.length + 6;

/** How long an API token lasts, in days, unless its owner asks otherwise; and at most. */
export const API_TOKEN_DEFAULT_DAYS = 90;
export const API_TOKEN_MAX_DAYS = 365;

export const createApiTokenInput = z.object({
  name: z
    .string({ error: messages.tokenNameRequired })
    .trim()
    .min(1, messages.tokenNameRequired)
    .max(80, messages.tokenNameTooLong)
    .describe("Nom du jeton, pour le reconnaître dans la liste"),
  expiresInDays: z.coerce
    .number({ error: messages.tokenDaysRange })
    .int(messages.tokenDaysRange)
    .min(1, messages.tokenDaysRange)
    .max(API_TOKEN_MAX_DAYS, messages.tokenDaysRange)
    .default(API_TOKEN_DEFAULT_DAYS)
    .describe("Durée de validité en jours (1 à 365, 90 par défaut)"),
});
export type CreateApiTokenInput = z.input<typeof createApiTokenInput>;

export type CreatedApiToken = { id: string; name: string; prefix: string; token: string; expiresAt: Date };

/**
 * A token outlives the session it was made in, so making one asks the second factor again
 * (decision record 0141): a current code (or a recovery code) when the person has TOTP; a refusal
 * when the network requires a second factor of their role and they have none.
 */
async function checkSecondFactorForToken(
  deps: Pick<Deps, "db" | "clock" | "config">,
  actor: Pick<Actor, "userId" | "isNetworkAnimator" | "memberships">,
  code: string | undefined,
): Promise<Result<void, "INVALID_INPUT" | "RATE_LIMITED" | "FORBIDDEN">> {
  if (await hasConfirmedTotp(deps, actor.userId)) {
    if (!code?.trim()) return fail("INVALID_INPUT", { fields: { code: fr.accounts.totp.codeRequired } });
    const checked = await verifySecondFactor(deps, actor.userId, code);
    return checked.ok ? ok(undefined) : checked;
  }
  if (requirementCovers(actor) && (await totpRequiredByNetwork(deps))) {
    return fail("FORBIDDEN", { message: fr.accounts.totp.enrolmentRequired });
  }
  return ok(undefined);
}

/** Create a personal API token. The token itself is returned once and never stored in clear. */
export async function createApiToken(
  deps: Pick<Deps, "db" | "clock" | "config">,
  actor: Pick<Actor, "userId" | "isNetworkAnimator" | "memberships">,
  input: CreateApiTokenInput & { code?: string },
): Promise<Result<CreatedApiToken, "INVALID_INPUT" | "RATE_LIMITED" | "FORBIDDEN">> {
  const parsed = createApiTokenInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const secondFactor = await checkSecondFactorForToken(deps, actor, input.code);
  if (!secondFactor.ok) return secondFactor;
  const token = generateSecretToken(API_TOKEN_PREFIX);
  const now = deps.clock.now();
  const [row] = await deps.db
    .insert(apiToken)
    .values({
      tokenHash: hashSecretToken(token),
      prefix: token.slice(0, DISPLAY_PREFIX_LENGTH),
      name: parsed.data.name,
      userId: actor.userId,
      createdAt: now,
      expiresAt: addDays(now, parsed.data.expiresInDays),
    })
    .returning({
      id: apiToken.id,
      name: apiToken.name,
      prefix: apiToken.prefix,
      expiresAt: apiToken.expiresAt,
    });
  return ok({ ...row!, token });
}
