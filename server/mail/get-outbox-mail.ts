import { eq } from "drizzle-orm";
import { z } from "zod";
import { type Actor, isNetworkAnimator } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { mailOutbox } from "../db/schema";

export type OutboxMail = typeof mailOutbox.$inferSelect;

/** One queued mail with its full text, for the network animator only. */
export async function getOutboxMail(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  id: string,
): Promise<Result<OutboxMail, "NOT_FOUND">> {
  if (!isNetworkAnimator(actor)) return fail("NOT_FOUND");
  if (!z.uuid().safeParse(id).success) return fail("NOT_FOUND");
  const [row] = await deps.db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  return row ? ok(row) : fail("NOT_FOUND");
}
