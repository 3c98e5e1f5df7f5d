import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { findFabriqueBySlug } from "./fabrique-query";

export type PublicFabrique = {
  slug: string;
  name: string;
  description: string;
  carryingStructure: string;
  regionName: string | null;
  status: "candidate" | "experimentation" | "appellation";
  contactEmail: string | null;
};

/** What anyone may read about a Fabrique on its public page; a withdrawn Fabrique is not shown. */
export async function getPublicFabrique(
  deps: Pick<Deps, "db">,
  slug: string,
): Promise<Result<PublicFabrique, "NOT_FOUND">> {
  const row = await findFabriqueBySlug(deps.db, slug);
  if (!row || row.status === "withdrawn") return fail("NOT_FOUND");
  return ok({
    slug: row.slug,
    name: row.name,
    description: row.description,
    carryingStructure: row.carryingStructure,
    regionName: row.regionName,
    status: row.status,
    contactEmail: row.contactEmail,
  });
}
