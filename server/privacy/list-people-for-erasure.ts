import { and, desc, eq, sql } from "drizzle-orm";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { auditEvent, fabrique, membership, user } from "../db/schema";

export type PersonForErasure = {
  id: string;
  name: string;
  email: string;
  fabriques: string[];
  requestedAt: Date | null;
  reason: string;
};

/**
 * For the network animator: the people who asked for erasure and are still there (most recent
 * first), and the person whose e-mail was searched, if any. Anyone else gets NOT_FOUND.
 */
export async function listPeopleForErasure(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  query: { email?: string },
): Promise<Result<{ requests: PersonForErasure[]; found: PersonForErasure | null }, "NOT_FOUND">> {
  if (!actor?.isNetworkAnimator) return fail("NOT_FOUND");
  const rows = await deps.db
    .select({
      id: user.id,
      name: user.name,
      email: user.email,
      requestedAt: auditEvent.at,
      reason: sql<string>`coalesce(${auditEvent.details}->>'reason', '')`,
    })
    .from(auditEvent)
    .innerJoin(user, eq(user.id, auditEvent.subjectUserId))
    .where(eq(auditEvent.action, "erasure.requested"))
    .orderBy(desc(auditEvent.at))
    .limit(200);
  const seen = new Set<string>();
  const requests = rows.filter((r) => !seen.has(r.id) && seen.add(r.id));
  const email = query.email?.trim().toLowerCase();
  const [match] = email
    ? await deps.db
        .select({ id: user.id, name: user.name, email: user.email })
        .from(user)
        .where(sql`lower(${user.email}) = ${email}`)
    : [];
  const withFabriques = async <P extends { id: string }>(p: P) => ({
    ...p,
    fabriques: (
      await deps.db
        .selectDistinct({ name: fabrique.name })
        .from(membership)
        .innerJoin(fabrique, and(eq(fabrique.id, membership.fabriqueId)))
        .where(eq(membership.userId, p.id))
    ).map((f) => f.name),
  });
  const request = match ? requests.find((r) => r.id === match.id) : undefined;
  return ok({
    requests: await Promise.all(requests.map(withFabriques)),
    found: match
      ? await withFabriques({
          ...match,
          requestedAt: request?.requestedAt ?? null,
          reason: request?.reason ?? "",
        })
      : null,
  });
}
