import type { Db } from "../db/database";
import { systemState } from "../db/schema";

/**
 * Claims a reminder's once-only key in `system_state`, in the transaction that sends it: true the
 * first time, false if it was sent already (by this job's earlier run or by another process).
 */
export async function claimReminder(tx: Db, key: string, at: Date): Promise<boolean> {
  const claimed = await tx
    .insert(systemState)
    .values({ key, value: { sentAt: at.toISOString() } })
    .onConflictDoNothing()
    .returning({ key: systemState.key });
  return claimed.length > 0;
}
