import { and, eq, sql } from "drizzle-orm";
import type { SignalStatus } from "../../shared/codes/signals";
import { SUBMITTER_RETENTION_YEARS } from "../../shared/codes/signals";
import type { Deps } from "../core/deps";
import { fabrique, signal } from "../db/schema";
import { hashReceiptToken } from "./receipt-token";

export type SignalFollowUp = {
  reference: string;
  title: string;
  fabriqueName: string;
  receivedAt: Date;
  status: SignalStatus;
  statusChangedAt: Date;
  publicAnswer: string;
  hasEmail: boolean;
  submitterFollows: boolean;
};

const tokenShape = /^[\w-]{43}$/;

/**
 * What the submitter's private link shows (decision record 0117): the signal it was given for,
 * while the retention of their data lasts; nothing for any other string. Only what the submitter
 * already knows, the status in plain words, and the answer the team wrote for them.
 */
export async function getSignalFollowUp(
  deps: Pick<Deps, "db" | "clock">,
  token: string,
): Promise<SignalFollowUp | undefined> {
  if (!tokenShape.test(token)) return undefined;
  const [row] = await deps.db
    .select({
      reference: signal.reference,
      title: signal.title,
      fabriqueName: fabrique.name,
      receivedAt: signal.createdAt,
      status: signal.status,
      statusChangedAt: signal.statusChangedAt,
      publicAnswer: signal.publicAnswer,
      email: signal.submitterEmail,
      submitterFollows: signal.submitterFollows,
    })
    .from(signal)
    .innerJoin(fabrique, eq(fabrique.id, signal.fabriqueId))
    .where(
      and(
        eq(signal.receiptTokenHash, hashReceiptToken(token)),
        sql`coalesce(${signal.followUpExpiresAt}, ${signal.createdAt} + make_interval(years => ${SUBMITTER_RETENTION_YEARS})) > ${deps.clock.now()}`,
      ),
    );
  if (!row) return undefined;
  const { email, ...shown } = row;
  return { ...shown, hasEmail: email.trim() !== "" };
}

/** The submitter, on their page, chooses whether a mail tells them of each status change. */
export async function updateSubmitterFollows(
  deps: Pick<Deps, "db" | "clock">,
  token: string,
  follows: boolean,
): Promise<boolean> {
  const found = await getSignalFollowUp(deps, token);
  if (!found?.hasEmail) return false;
  await deps.db
    .update(signal)
    .set({ submitterFollows: follows })
    .where(eq(signal.receiptTokenHash, hashReceiptToken(token)));
  return true;
}
