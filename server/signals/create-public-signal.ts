import { randomUUID } from "node:crypto";
import { and, count, eq, gt, isNull, lt, sql } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { campaignForSubmission } from "../campaigns/public-campaigns";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import type { Db } from "../db/database";
import { signalSubmissionAttempt } from "../db/schema";
import { INTAKE_WINDOW_MS, intakeVerdict, isHoneypotFilled } from "../intake/intake-rules";
import { findFabriqueBySlug } from "../network/fabrique-query";
import { checkSignalReferences, insertSignal } from "./insert-signal";
import { followUpToken } from "./receipt-token";
import { type PublicSignalInput, publicSignalInput } from "./signal-schemas";

export type SignalReceipt = {
  id: string;
  reference: string;
  fabriqueName: string;
  fabriqueSlug: string;
  /** Given once to the submitter (receipt, later follow-up); only its hash is stored. */
  receiptToken: string;
};

/** Where a public submission comes from: an HMAC of the client address (`clientKeyOf`). */
export type IntakeOrigin = { clientKey: string };

/**
 * Anyone, without an account, submits a signal to a Fabrique that is not withdrawn, through the
 * public page or `POST /api/v1/public/signals`: the same rules for both (decision record 0037).
 * It arrives as `new` through the public form channel, with the submitter's consent time. When
 * it answers a campaign (appel à révélation), the campaign must be open today. A submission with
 * the honeypot filled, or beyond the per-address limit of its destination, is kept and marked
 * suspected; beyond the ceiling it is refused. Refused and invalid posts are not counted.
 */
export async function createPublicSignal(
  deps: Pick<Deps, "db" | "clock" | "mail" | "config">,
  input: Unparsed<PublicSignalInput>,
  origin: IntakeOrigin,
): Promise<Result<SignalReceipt, "INVALID_INPUT" | "RATE_LIMITED">> {
  const parsed = publicSignalInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const value = parsed.data;
  const owner = await findFabriqueBySlug(deps.db, value.fabrique);
  if (!owner || owner.status === "withdrawn") {
    return fail("INVALID_INPUT", { fields: { fabrique: fr.signals.validation.fabrique } });
  }
  let campaign: { id: string; addressLimitPerHour: number | null } | null = null;
  if (value.campaign) {
    const answered = await campaignForSubmission(deps, owner.id, value.campaign);
    if (!answered.ok) return answered;
    campaign = answered.value;
  }
  const checked = await checkSignalReferences(deps, value);
  if (!checked.ok) return checked;

  const now = deps.clock.now();
  const since = new Date(now.getTime() - INTAKE_WINDOW_MS);
  await deps.db.delete(signalSubmissionAttempt).where(lt(signalSubmissionAttempt.at, since));
  const id = randomUUID();
  const receipt = followUpToken(deps.config.secret, id);
  const destination = { clientKey: origin.clientKey, fabriqueId: owner.id, campaignId: campaign?.id ?? null };
  const row = await deps.db.transaction(async (tx) => {
    // One address at a time, so a burst of posts cannot all read the same count.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${origin.clientKey}, 0))`);
    const verdict = intakeVerdict({
      acceptedBefore: await countAccepted(tx as unknown as Db, destination, since),
      limit: campaign?.addressLimitPerHour ?? null,
      honeypotFilled: isHoneypotFilled(value.website),
    });
    if (verdict.refused) return null;
    const inserted = await insertSignal(
      { db: tx as unknown as Db, clock: deps.clock },
      owner,
      {
        id,
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
        consentAt: now,
        campaignId: campaign?.id ?? null,
        createdByUserId: null,
        spam: verdict.spamReasons.length ? "suspected" : null,
        spamReasons: verdict.spamReasons,
        receiptTokenHash: receipt.hash,
      },
      { notify: deps, followUpToken: receipt.token, fabriqueName: owner.name },
    );
    await tx.insert(signalSubmissionAttempt).values({ ...destination, at: now });
    return inserted;
  });
  if (!row) return fail("RATE_LIMITED", { message: fr.signals.spam.rateLimited });
  return ok({ ...row, fabriqueName: owner.name, fabriqueSlug: owner.slug, receiptToken: receipt.token });
}

/** Submissions accepted from one address to one destination (form or campaign) since a moment. */
async function countAccepted(
  db: Db,
  destination: { clientKey: string; fabriqueId: string; campaignId: string | null },
  since: Date,
) {
  const [row] = await db
    .select({ n: count() })
    .from(signalSubmissionAttempt)
    .where(
      and(
        eq(signalSubmissionAttempt.clientKey, destination.clientKey),
        gt(signalSubmissionAttempt.at, since),
        eq(signalSubmissionAttempt.fabriqueId, destination.fabriqueId),
        destination.campaignId
          ? eq(signalSubmissionAttempt.campaignId, destination.campaignId)
          : isNull(signalSubmissionAttempt.campaignId),
      ),
    );
  return row?.n ?? 0;
}
