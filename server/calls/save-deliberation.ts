import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import { call, callApplication, callConflict } from "../db/schema";
import { loadTeamCall } from "./call-access";
import { isJuryTime } from "./deadline";

const text = fr.calls.validation;

export const deliberationInput = z.object({
  /** The proposed rank per application id: a whole number from 1, or empty for none. */
  ranks: z.record(z.string(), z.string().trim().max(4)).optional().default({}),
  /** Left out: the notes stay as they are. */
  notes: z.string().trim().max(10000).optional().describe("Les notes de la délibération"),
});
export type DeliberationInput = z.input<typeof deliberationInput>;

/**
 * The team deliberates once the deadline has passed and before the decision: it proposes a
 * ranking of the submitted applications (1 first, each rank once) and keeps its notes. A member
 * leaves alone the applications they declared a conflict on.
 */
export async function saveDeliberation(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  callId: string,
  input: Unparsed<DeliberationInput>,
): Promise<Result<{ id: string }, "INVALID_INPUT" | "NOT_FOUND" | "WRITE_REFUSED">> {
  const loaded = await loadTeamCall(deps, actor, callId);
  if (!loaded.ok) return loaded;
  const now = deps.clock.now();
  if (!isJuryTime(loaded.value, now)) return fail("WRITE_REFUSED", { message: text.notJuryTime });
  const parsed = deliberationInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const applications = await deps.db
    .select({ id: callApplication.id, rank: callApplication.proposedRank, conflict: callConflict.userId })
    .from(callApplication)
    .leftJoin(
      callConflict,
      and(eq(callConflict.applicationId, callApplication.id), eq(callConflict.userId, actor.userId)),
    )
    .where(and(eq(callApplication.callId, callId), eq(callApplication.status, "submitted")));
  const fields: Record<string, string> = {};
  const ranks = new Map<string, number | null>();
  for (const application of applications) {
    const typed = parsed.data.ranks[application.id];
    if (application.conflict || typed === undefined) {
      ranks.set(application.id, application.rank);
      continue;
    }
    const rank = typed === "" ? null : Number(typed);
    if (rank !== null && (!Number.isInteger(rank) || rank < 1 || rank > applications.length)) {
      fields[`ranks.${application.id}`] = t(text.rank, { max: applications.length });
      continue;
    }
    ranks.set(application.id, rank);
  }
  const given = [...ranks.values()].filter((rank) => rank !== null);
  if (new Set(given).size !== given.length) fields.ranks = text.rankTwice;
  if (Object.keys(fields).length) return fail("INVALID_INPUT", { fields });
  await deps.db.transaction(async (tx) => {
    for (const [id, proposedRank] of ranks) {
      await tx
        .update(callApplication)
        .set({ proposedRank, updatedAt: now })
        .where(eq(callApplication.id, id));
    }
    await tx
      .update(call)
      .set(
        parsed.data.notes === undefined
          ? { updatedAt: now }
          : { deliberationNotes: parsed.data.notes, updatedAt: now },
      )
      .where(eq(call.id, callId));
  });
  return ok({ id: callId });
}
