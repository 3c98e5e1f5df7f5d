import { and, count, eq, gt, lt } from "drizzle-orm";
import { fr } from "../../app/i18n/fr";
import { campaignForSubmission } from "../campaigns/public-campaigns";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors } from "../core/validation";
import { signalSubmissionAttempt } from "../db/schema";
import { findFabriqueBySlug } from "../network/fabrique-query";
import { checkSignalReferences, insertSignal } from "./insert-signal";
import { type PublicSignalInput, publicSignalInput } from "./signal-schemas";

export type SignalReceipt = { id: string; reference: string; fabriqueName: string; fabriqueSlug: string };

/**
 * Anyone, without an account, submits a signal to a Fabrique that is not withdrawn. It arrives
 * as `new` through the public form channel, with the submitter's consent time. When it answers a
 * campaign (appel à révélation), the campaign must be open today; the signal is grouped under it.
 */
export async function createPublicSignal(
  deps: Pick<Deps, "db" | "clock">,
  input: PublicSignalInput,
): Promise<Result<SignalReceipt>> {
  const parsed = publicSignalInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const value = parsed.data;
  const owner = await findFabriqueBySlug(deps.db, value.fabrique);
  if (!owner || owner.status === "withdrawn") {
    return fail("INVALID_INPUT", { fields: { fabrique: fr.signals.validation.fabrique } });
  }
  let campaignId: string | null = null;
  if (value.campaign) {
    const answered = await campaignForSubmission(deps, owner.id, value.campaign);
    if (!answered.ok) return answered;
    campaignId = answered.value.id;
  }
  const checked = await checkSignalReferences(deps, value);
  if (!checked.ok) return checked;
  const row = await insertSignal(deps, owner, {
    kind: value.kind,
    title: value.title,
    description: value.description,
    territoryKind: checked.value.territory!.kind,
    territoryCode: checked.value.territory!.code,
    themes: value.themes,
    publics: value.publics,
    channel: "public_form",
    submitterName: value.submitter.name,
    submitterEmail: value.submitter.email,
    submitterType: value.submitter.type,
    consentAt: deps.clock.now(),
    campaignId,
    createdByUserId: null,
  });
  return ok({ ...row, fabriqueName: owner.name, fabriqueSlug: owner.slug });
}

export const PUBLIC_FORM_LIMIT = { max: 10, windowMs: 60 * 60 * 1000 };

/**
 * Counts one public form post from a client (an HMAC of its address) and says whether it is
 * still under the limit. Kept in the database so every process sees the same count.
 */
export async function recordSubmissionAttempt(deps: Pick<Deps, "db" | "clock">, clientKey: string) {
  const now = deps.clock.now();
  const since = new Date(now.getTime() - PUBLIC_FORM_LIMIT.windowMs);
  await deps.db.delete(signalSubmissionAttempt).where(lt(signalSubmissionAttempt.at, since));
  await deps.db.insert(signalSubmissionAttempt).values({ clientKey, at: now });
  const [row] = await deps.db
    .select({ n: count() })
    .from(signalSubmissionAttempt)
    .where(and(gt(signalSubmissionAttempt.at, since), eq(signalSubmissionAttempt.clientKey, clientKey)));
  return (row?.n ?? 0) <= PUBLIC_FORM_LIMIT.max;
}
