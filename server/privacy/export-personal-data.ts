import { eq } from "drizzle-orm";
import type { Actor } from "../core/actor";
import { recordAuditEvent } from "../core/audit-log";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { user } from "../db/schema";
import { listPersonColumns, rowsAbout } from "./personal-data-sql";

export type PersonalDataSection = { table: string; column: string; rows: Record<string, unknown>[] };

export type PersonalDataExport = {
  exportedAt: string;
  account: { id: string; email: string; name: string; isNetworkAnimator: boolean; createdAt: string };
  /** Every row of every table that names the person, by account or by e-mail; empty ones left out. */
  sections: PersonalDataSection[];
};

/**
 * Everything the app holds about the signed-in person (right of access, RGPD art. 15, and
 * portability, art. 20): their account and every row that refers to them. Journaled.
 */
export async function exportPersonalData(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor | null,
): Promise<Result<PersonalDataExport, "UNAUTHENTICATED">> {
  if (!actor) return fail("UNAUTHENTICATED");
  const [account] = await deps.db
    .select({
      id: user.id,
      email: user.email,
      name: user.name,
      isNetworkAnimator: user.isNetworkAnimator,
      createdAt: user.createdAt,
    })
    .from(user)
    .where(eq(user.id, actor.userId));
  if (!account) return fail("UNAUTHENTICATED");
  const now = deps.clock.now();
  await recordAuditEvent(deps.db, {
    action: "personal-data.exported",
    at: now,
    actorUserId: actor.userId,
    subjectUserId: actor.userId,
  });
  const sections: PersonalDataSection[] = [];
  for (const place of await listPersonColumns(deps.db)) {
    const rows = await rowsAbout(deps.db, place, account);
    if (rows.length) sections.push({ table: place.table, column: place.column, rows });
  }
  return ok({
    exportedAt: now.toISOString(),
    account: { ...account, createdAt: account.createdAt.toISOString() },
    sections,
  });
}
