import { and, asc, count, eq, sql } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors, type Unparsed } from "../core/validation";
import { savedView } from "../db/schema";
import {
  type CreateSavedViewInput,
  createSavedViewInput,
  MAX_SAVED_VIEWS_PER_LIST,
  type SavedViewList,
  savedViewPaths,
} from "./saved-view-schemas";

export type SavedViewItem = { id: string; list: SavedViewList; name: string; query: string; href: string };

const hrefOf = (list: SavedViewList, query: string) => `${savedViewPaths[list]}${query ? `?${query}` : ""}`;

/** The actor's own saved views, of one list or of all, by name. Nobody sees another's views. */
export async function listSavedViews(
  deps: Pick<Deps, "db">,
  actor: Actor,
  list?: SavedViewList,
): Promise<SavedViewItem[]> {
  const rows = await deps.db
    .select({ id: savedView.id, list: savedView.list, name: savedView.name, query: savedView.query })
    .from(savedView)
    .where(and(eq(savedView.userId, actor.userId), list ? eq(savedView.list, list) : undefined))
    .orderBy(asc(savedView.list), asc(sql`lower(${savedView.name})`));
  return rows.map((row) => ({ ...row, href: hrefOf(row.list, row.query) }));
}

/** Saves the current filters of a list under a name (the page is never kept), 50 per list at most. */
export async function createSavedView(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  input: Unparsed<CreateSavedViewInput>,
): Promise<Result<SavedViewItem, "INVALID_INPUT">> {
  const parsed = createSavedViewInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const value = parsed.data;
  const v = fr.savedViews.validation;
  return deps.db.transaction(async (tx) => {
    const mine = and(eq(savedView.userId, actor.userId), eq(savedView.list, value.list));
    const [counted] = await tx.select({ n: count() }).from(savedView).where(mine);
    if ((counted?.n ?? 0) >= MAX_SAVED_VIEWS_PER_LIST) {
      const message = t(v.tooMany, { max: MAX_SAVED_VIEWS_PER_LIST });
      return fail("INVALID_INPUT", { message, fields: { name: message } });
    }
    const [same] = await tx
      .select({ id: savedView.id })
      .from(savedView)
      .where(and(mine, sql`lower(${savedView.name}) = lower(${value.name})`));
    if (same) return fail("INVALID_INPUT", { fields: { name: v.nameTaken } });
    const [row] = await tx
      .insert(savedView)
      .values({
        userId: actor.userId,
        list: value.list,
        name: value.name,
        query: value.query,
        createdAt: deps.clock.now(),
      })
      .returning({ id: savedView.id, list: savedView.list, name: savedView.name, query: savedView.query });
    return ok({ ...row!, href: hrefOf(row!.list, row!.query) });
  });
}

/** Deletes one of the actor's views; someone else's view answers NOT_FOUND. */
export async function deleteSavedView(
  deps: Pick<Deps, "db">,
  actor: Actor,
  id: string,
): Promise<Result<{ list: SavedViewList }, "NOT_FOUND">> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return fail("NOT_FOUND");
  const [row] = await deps.db
    .delete(savedView)
    .where(and(eq(savedView.id, id), eq(savedView.userId, actor.userId)))
    .returning({ list: savedView.list });
  return row ? ok(row) : fail("NOT_FOUND");
}
