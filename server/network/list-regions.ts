import { eq } from "drizzle-orm";
import type { Deps } from "../core/deps";
import { ok, type Result } from "../core/result";
import { territory } from "../db/schema";

/** French alphabetical order (Île-de-France among the I, not after Z as a byte order would put it). */
const frenchOrder = new Intl.Collator("fr", { sensitivity: "base" });

/** The régions of the loaded COG, for the région field of a Fabrique. */
export async function listRegions(
  deps: Pick<Deps, "db">,
): Promise<Result<{ code: string; name: string }[], never>> {
  const regions = await deps.db
    .select({ code: territory.code, name: territory.name })
    .from(territory)
    .where(eq(territory.kind, "region"));
  return ok(regions.sort((a, b) => frenchOrder.compare(a.name, b.name)));
}
