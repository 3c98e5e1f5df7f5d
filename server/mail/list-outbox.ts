import { count, desc } from "drizzle-orm";
import { type Actor, isNetworkAnimator } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { mailOutbox } from "../db/schema";

export const OUTBOX_PAGE_SIZE = 50;

export type OutboxListItem = {
  id: string;
  to: string;
  subject: string;
  purpose: string;
  status: (typeof mailOutbox.$inferSelect)["status"];
  createdAt: Date;
  sentAt: Date | null;
};

export type OutboxPage = { items: OutboxListItem[]; page: number; pages: number; total: number };

/**
 * The mails Essaim queued, newest first, for the network animator only (others: NOT_FOUND, the
 * outbox holds invitation and reset links). Without SMTP this is how links reach people.
 */
export async function listOutbox(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  options: { page?: number } = {},
): Promise<Result<OutboxPage, "NOT_FOUND">> {
  if (!isNetworkAnimator(actor)) return fail("NOT_FOUND");
  const [{ total } = { total: 0 }] = await deps.db.select({ total: count() }).from(mailOutbox);
  const pages = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
  const requested = Number.isInteger(options.page) && options.page! > 0 ? options.page! : 1;
  const page = Math.min(requested, pages);
  const items = await deps.db
    .select({
      id: mailOutbox.id,
      to: mailOutbox.to,
      subject: mailOutbox.subject,
      purpose: mailOutbox.purpose,
      status: mailOutbox.status,
      createdAt: mailOutbox.createdAt,
      sentAt: mailOutbox.sentAt,
    })
    .from(mailOutbox)
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(OUTBOX_PAGE_SIZE)
    .offset((page - 1) * OUTBOX_PAGE_SIZE);
  return ok({ items, page, pages, total });
}
