import { type Actor, isNetworkAnimator } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { importBoundaries } from "./import-boundaries";
import { importPvd } from "./import-pvd";
import { importQpv } from "./import-qpv";
import type { ImportKind, ImportReport } from "./import-report";

export const importKinds = ["boundaries", "qpv", "pvd"] as const satisfies readonly ImportKind[];

/** Run one import of an official file. The command line (operator) calls this without an actor. */
export function runImport(
  deps: Pick<Deps, "db" | "clock">,
  kind: ImportKind,
  text: string,
  options: { source: string; allowRejected?: boolean },
): Promise<ImportReport> {
  if (kind === "boundaries") return importBoundaries(deps, text, options);
  if (kind === "qpv") return importQpv(deps, text, options);
  return importPvd(deps, text, options);
}

/** An import from the upload page: official reference data is the network animator's to change. */
export async function importTerritoryFile(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor | null,
  input: { kind: ImportKind; text: string; source: string; allowRejected: boolean },
): Promise<Result<ImportReport, "NOT_FOUND">> {
  if (!isNetworkAnimator(actor)) return fail("NOT_FOUND");
  return ok(await runImport(deps, input.kind, input.text, input));
}
