import { eq } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { signal } from "../db/schema";
import { findSignal } from "./get-signal";
import { followUpToken } from "./receipt-token";
import { canChangeSignal, canReadSignal } from "./signal-access";
import { followUpUrl } from "./signal-follow-up-mails";

const MAX_ANSWER_LENGTH = 2000;

export type SubmitterFollowUp = { url: string | null; publicAnswer: string };

/**
 * What the team sees of the submitter's follow-up: the private link (to hand it over to someone
 * without an e-mail address, decision record 0117) and the public answer. The team only; a
 * signal entered before follow-up links existed has no link to show.
 */
export async function getSubmitterFollowUp(
  deps: Pick<Deps, "db" | "config">,
  actor: Actor,
  id: string,
): Promise<Result<SubmitterFollowUp | null, "NOT_FOUND">> {
  const found = await findSignal(deps, id);
  if (!found || !canReadSignal(actor, found)) return fail("NOT_FOUND");
  if (!canChangeSignal(actor, found)) return ok(null);
  if (!found.receiptTokenHash) return ok(null);
  const link = followUpToken(deps.config.secret, found.id);
  const url = link.hash === found.receiptTokenHash ? followUpUrl(deps.config.publicUrl, link.token) : null;
  return ok({ url, publicAnswer: found.publicAnswer });
}

/** The team writes (or changes) what the submitter reads on the follow-up page. */
export async function updatePublicAnswer(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
  answer: string,
): Promise<Result<{ publicAnswer: string }, "NOT_FOUND" | "FORBIDDEN" | "INVALID_INPUT">> {
  const found = await findSignal(deps, id);
  if (!found || !canReadSignal(actor, found)) return fail("NOT_FOUND");
  if (!canChangeSignal(actor, found)) return fail("FORBIDDEN");
  const publicAnswer = answer.trim();
  if (publicAnswer.length > MAX_ANSWER_LENGTH) {
    return fail("INVALID_INPUT", { fields: { publicAnswer: fr.notifications.publicAnswer.tooLong } });
  }
  await deps.db
    .update(signal)
    .set({ publicAnswer, updatedAt: deps.clock.now() })
    .where(eq(signal.id, found.id));
  return ok({ publicAnswer });
}
