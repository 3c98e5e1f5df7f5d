import { and, eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/database";
import { fabrique, membership, territory } from "../db/schema";

/**
 * The one read of a Fabrique used by the services of this domain: the row, its région's name and
 * how many people are in its team. Authorisation is done by the calling service, on the row.
 */
export async function selectFabriques(db: Db, where?: SQL) {
  const rows = await db
    .select({
      id: fabrique.id,
      slug: fabrique.slug,
      name: fabrique.name,
      status: fabrique.status,
      statusChangedAt: fabrique.statusChangedAt,
      carryingStructure: fabrique.carryingStructure,
      description: fabrique.description,
      regionCode: fabrique.regionCode,
      regionName: territory.name,
      contactEmail: fabrique.contactEmail,
      memberCount:
        sql<number>`(select count(distinct ${membership.userId}) from ${membership} where ${membership.fabriqueId} = ${fabrique.id})`.mapWith(
          Number,
        ),
      createdAt: fabrique.createdAt,
      updatedAt: fabrique.updatedAt,
    })
    .from(fabrique)
    .leftJoin(territory, and(eq(territory.kind, "region"), eq(territory.code, fabrique.regionCode)))
    .where(where);
  // French alphabetical order: "émergence" among the E, whatever the database's collation.
  return rows.sort((a, b) => frenchOrder.compare(a.name, b.name));
}

const frenchOrder = new Intl.Collator("fr", { sensitivity: "base" });

export type FabriqueDetails = Awaited<ReturnType<typeof selectFabriques>>[number];

export async function findFabriqueBySlug(db: Db, slug: string): Promise<FabriqueDetails | undefined> {
  const [row] = await selectFabriques(db, eq(fabrique.slug, slug));
  return row;
}
