import { asc, ne } from "drizzle-orm";
import type { Deps } from "../core/deps";
import { fabrique, network } from "../db/schema";

/** The network and its active Fabriques, as anyone may see them on the public home. */
export async function listPublicFabriques(deps: Pick<Deps, "db">) {
  const [net] = await deps.db.select().from(network);
  const fabriques = await deps.db
    .select({
      slug: fabrique.slug,
      name: fabrique.name,
      carryingStructure: fabrique.carryingStructure,
      description: fabrique.description,
      status: fabrique.status,
      regionCode: fabrique.regionCode,
    })
    .from(fabrique)
    .where(ne(fabrique.status, "withdrawn"))
    .orderBy(asc(fabrique.name));
  return { network: net ?? null, fabriques };
}
