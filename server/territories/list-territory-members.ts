import { sql } from "drizzle-orm";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import type { TerritoryKind } from "../db/schema";
import { memberCondition } from "./territory-members";
import type { TerritoryRef } from "./territory-schemas";

export type TerritoryMemberPage = {
  kind: TerritoryKind;
  items: { kind: TerritoryKind; code: string; name: string; population: number | null }[];
  total: number;
  page: number;
  pages: number;
  pageSize: number;
};

/** One page of the territories of a kind inside a territory (an EPCI's communes…), by name. */
export async function listTerritoryMembers(
  deps: Pick<Deps, "db">,
  parent: TerritoryRef,
  kind: TerritoryKind,
  options: { page?: number; pageSize?: number } = {},
): Promise<Result<TerritoryMemberPage, "INVALID_INPUT">> {
  const condition = memberCondition(parent, kind);
  if (!condition)
    return fail("INVALID_INPUT", { fields: { membres: "Ce type de territoire n'est pas listé ici." } });
  const pageSize = options.pageSize ?? 50;
  const [count] = (
    await deps.db.execute<{ n: string }>(sql`select count(*) as n from territory m where ${condition}`)
  ).rows;
  const total = Number(count?.n ?? 0);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, options.page ?? 1), pages);
  const items = (
    await deps.db.execute<TerritoryMemberPage["items"][number]>(sql`
      select m.kind, m.code, m.name, m.population from territory m
      where ${condition}
      order by m.search_name, m.code
      limit ${pageSize} offset ${(page - 1) * pageSize}`)
  ).rows;
  return ok({ kind, items, total, page, pages, pageSize });
}
