import { and, count, desc, eq, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type AuditAction, auditActions } from "../../shared/codes/audit";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { auditEvent, fabrique, user } from "../db/schema";

export const AUDIT_PER_PAGE = 50;
const EXPORT_MAX = 10_000;

export type AuditLine = {
  id: string;
  at: Date;
  action: AuditAction;
  actorName: string | null;
  subjectName: string | null;
  subjectUserId: string | null;
  fabriqueName: string | null;
  details: Record<string, string | number | boolean | null>;
};

export type AuditQuery = { action?: string; page?: number; all?: boolean };

const actorUser = alias(user, "actor_user");
const subjectUser = alias(user, "subject_user");

/** The audit log for the network animator, newest first, filtered by action, a page at a time. */
export async function listAuditEvents(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  query: AuditQuery,
): Promise<Result<{ lines: AuditLine[]; total: number; page: number; perPage: number }, "NOT_FOUND">> {
  if (!actor?.isNetworkAnimator) return fail("NOT_FOUND");
  const action = (auditActions as readonly string[]).includes(query.action ?? "")
    ? (query.action as AuditAction)
    : undefined;
  const where: SQL | undefined = action ? and(eq(auditEvent.action, action)) : undefined;
  const page = Math.max(1, Math.min(query.page ?? 1, 100_000));
  const perPage = query.all ? EXPORT_MAX : AUDIT_PER_PAGE;
  const [rows, [total]] = await Promise.all([
    deps.db
      .select({
        id: auditEvent.id,
        at: auditEvent.at,
        action: auditEvent.action,
        actorName: actorUser.name,
        subjectName: subjectUser.name,
        subjectUserId: auditEvent.subjectUserId,
        fabriqueName: fabrique.name,
        details: auditEvent.details,
      })
      .from(auditEvent)
      .leftJoin(actorUser, eq(actorUser.id, auditEvent.actorUserId))
      .leftJoin(subjectUser, eq(subjectUser.id, auditEvent.subjectUserId))
      .leftJoin(fabrique, eq(fabrique.id, auditEvent.fabriqueId))
      .where(where)
      .orderBy(desc(auditEvent.at), desc(auditEvent.id))
      .limit(perPage)
      .offset(query.all ? 0 : (page - 1) * perPage),
    deps.db.select({ n: count() }).from(auditEvent).where(where),
  ]);
  return ok({
    lines: rows.map((r) => ({ ...r, action: r.action as AuditAction })),
    total: total?.n ?? 0,
    page,
    perPage,
  });
}
