import { and, eq, inArray, sql } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors } from "../core/validation";
import { offerService, offerStructure } from "../db/schema";
import { type Coverage, coverageKeys, zoneKey } from "./coverage";
import { canImportOffer } from "./offer-access";
import {
  type InclusionService,
  type InclusionStructure,
  importOfferInput,
  inclusionService,
  inclusionStructure,
} from "./offer-schemas";
import { territoryParents } from "./territory-parents";

export type OfferRejection = {
  kind: "structure" | "service";
  index: number;
  id: string | null;
  errors: Record<string, string>;
};
export type OfferImportReport = {
  structures: { imported: number; updated: number };
  services: { imported: number; updated: number };
  rejected: OfferRejection[];
};

const keyOf = (row: { source: string; id: string }) => `${row.source}\u0000${row.id}`;
const idOf = (raw: unknown) =>
  raw && typeof raw === "object" && typeof (raw as { id?: unknown }).id === "string"
    ? (raw as { id: string }).id
    : null;

type Checked = {
  structures: InclusionStructure[];
  services: InclusionService[];
  rejected: OfferRejection[];
  /** Each valid service's line in the file, for its report line. */
  serviceIndex: Map<InclusionService, number>;
};

/** Every record against the data·inclusion schema, and each (source, id) once per kind. */
function checkRecords(rawStructures: unknown[], rawServices: unknown[]): Checked {
  const checked: Checked = { structures: [], services: [], rejected: [], serviceIndex: new Map() };
  const seen = new Set<string>();
  const check = <T extends { source: string; id: string }>(
    kind: OfferRejection["kind"],
    raw: unknown,
    index: number,
    parse: (value: unknown) => { success: true; data: T } | { success: false; error: import("zod").ZodError },
    into: T[],
  ) => {
    const parsed = parse(raw);
    const errors: Record<string, string> = parsed.success ? {} : fieldErrors(parsed.error);
    if (parsed.success) {
      const key = `${kind}\u0000${keyOf(parsed.data)}`;
      if (seen.has(key)) errors.id = fr.offer.imports.duplicate;
      seen.add(key);
    }
    if (Object.keys(errors).length) checked.rejected.push({ kind, index, id: idOf(raw), errors });
    else if (parsed.success) into.push(parsed.data);
  };
  for (const [i, raw] of rawStructures.entries()) {
    check("structure", raw, i, (v) => inclusionStructure.safeParse(v), checked.structures);
  }
  rawServices.forEach((raw, i) => {
    const before = checked.services.length;
    check("service", raw, i, (v) => inclusionService.safeParse(v), checked.services);
    if (checked.services.length > before) checked.serviceIndex.set(checked.services.at(-1)!, i);
  });
  return checked;
}

/**
 * Every service's structure: in this file (even if rejected: its own report line says why),
 * or imported before from the same source. Those without one are added to `rejected`.
 */
async function rejectUnknownStructures(deps: Pick<Deps, "db">, rawStructures: unknown[], checked: Checked) {
  const inFile = new Set(
    rawStructures.flatMap((raw) => {
      const source = raw && typeof raw === "object" ? (raw as { source?: unknown }).source : undefined;
      const id = idOf(raw);
      return typeof source === "string" && id ? [keyOf({ source, id })] : [];
    }),
  );
  const missing = checked.services.filter(
    (s) => !inFile.has(keyOf({ source: s.source, id: s.structure_id })),
  );
  const known = missing.length
    ? await deps.db
        .select({ source: offerStructure.source, id: offerStructure.id })
        .from(offerStructure)
        .where(
          sql`(${offerStructure.source}, ${offerStructure.id}) in (${sql.join(
            missing.map((s) => sql`(${s.source}, ${s.structure_id})`),
            sql`, `,
          )})`,
        )
    : [];
  const knownKeys = new Set(known.map(keyOf));
  for (const service of checked.services) {
    const key = keyOf({ source: service.source, id: service.structure_id });
    if (!inFile.has(key) && !knownKeys.has(key)) {
      checked.rejected.push({
        kind: "service",
        index: checked.serviceIndex.get(service) ?? -1,
        id: service.id,
        errors: { structure_id: t(fr.offer.imports.unknownStructure, { id: service.structure_id }) },
      });
    }
  }
}

/** Where each service applies, from the territory table (its zone, its address or its structure's). */
async function coverageOf(
  deps: Pick<Deps, "db">,
  structures: InclusionStructure[],
  services: InclusionService[],
): Promise<Map<string, Coverage>> {
  const structureCommune = new Map(structures.map((s) => [keyOf(s), s.code_insee ?? null]));
  const addressOf = (s: InclusionService) =>
    s.code_insee ?? structureCommune.get(keyOf({ source: s.source, id: s.structure_id })) ?? null;
  const keys = services.flatMap((s) => [
    ...(s.zone_eligibilite ?? []).map(zoneKey).filter((k): k is string => k !== null && k !== "france"),
    ...(addressOf(s) ? [`commune:${addressOf(s)!.toUpperCase()}`] : []),
  ]);
  const facts = await territoryParents(deps.db, keys);
  return new Map<string, Coverage>(
    services.map((s) => [keyOf(s), coverageKeys(s.zone_eligibilite, addressOf(s), facts)]),
  );
}

const structureValues = (s: InclusionStructure, now: Date) => ({
  source: s.source,
  id: s.id,
  name: s.nom,
  siret: s.siret ?? null,
  description: s.description ?? null,
  address: s.adresse ?? null,
  postcode: s.code_postal ?? null,
  codeInsee: s.code_insee ?? null,
  commune: s.commune ?? null,
  website: s.site_web ?? null,
  updatedOn: s.date_maj,
  data: s,
  importedAt: now,
});

const serviceValues = (s: InclusionService, cover: Coverage, now: Date) => ({
  source: s.source,
  id: s.id,
  structureId: s.structure_id,
  name: s.nom,
  description: s.description,
  thematiques: s.thematiques ?? [],
  publics: s.publics ?? [],
  type: s.type ?? null,
  fees: s.frais ?? null,
  address: s.adresse ?? null,
  postcode: s.code_postal ?? null,
  codeInsee: s.code_insee ?? null,
  commune: s.commune ?? null,
  eligibilityZone: s.zone_eligibilite ?? null,
  zoneKeys: cover.zoneKeys,
  zoneUpKeys: cover.zoneUpKeys,
  addressUpKeys: cover.addressUpKeys,
  updatedOn: s.date_maj,
  data: s,
  importedAt: now,
});

/** Writes every record in one transaction, inserted or updated on (source, id). */
async function writeRecords(
  deps: Pick<Deps, "db" | "clock">,
  structures: InclusionStructure[],
  services: InclusionService[],
  coverage: Map<string, Coverage>,
): Promise<OfferImportReport> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const existingStructures = await existingKeys(tx, "structure", structures);
    const existingServices = await existingKeys(tx, "service", services);
    for (const s of structures) {
      const values = structureValues(s, now);
      await tx
        .insert(offerStructure)
        .values(values)
        .onConflictDoUpdate({ target: [offerStructure.source, offerStructure.id], set: values });
    }
    for (const s of services) {
      const values = serviceValues(s, coverage.get(keyOf(s))!, now);
      await tx
        .insert(offerService)
        .values(values)
        .onConflictDoUpdate({ target: [offerService.source, offerService.id], set: values });
    }
    const count = <T extends { source: string; id: string }>(rows: T[], existing: Set<string>) => ({
      imported: rows.filter((r) => !existing.has(keyOf(r))).length,
      updated: rows.filter((r) => existing.has(keyOf(r))).length,
    });
    return {
      structures: count(structures, existingStructures),
      services: count(services, existingServices),
      rejected: [],
    };
  });
}

/**
 * Import structures and services of the existing offer in the data·inclusion v1 schema, all or
 * nothing: every record is validated (and every service's structure must be in the file or
 * already imported) before anything is written; one rejected record and nothing is written, the
 * report lists them. Idempotent on `source` + `id`: a record seen before is updated.
 */
export async function importOffer(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  input: unknown,
): Promise<Result<OfferImportReport, "FORBIDDEN" | "INVALID_INPUT">> {
  if (!canImportOffer(actor)) return fail("FORBIDDEN", { message: fr.offer.imports.forbidden });
  const parsedInput = importOfferInput.safeParse(input);
  if (!parsedInput.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsedInput.error) });
  const { structures: rawStructures, services: rawServices } = parsedInput.data;
  if (rawStructures.length + rawServices.length === 0) {
    return fail("INVALID_INPUT", { message: fr.offer.imports.empty });
  }
  const checked = checkRecords(rawStructures, rawServices);
  await rejectUnknownStructures(deps, rawStructures, checked);
  const { structures, services, rejected } = checked;
  if (rejected.length) {
    rejected.sort((a, b) => (a.kind === b.kind ? a.index - b.index : a.kind === "structure" ? -1 : 1));
    const report: OfferImportReport = {
      structures: { imported: 0, updated: 0 },
      services: { imported: 0, updated: 0 },
      rejected,
    };
    return fail("INVALID_INPUT", {
      message: t(fr.offer.imports.rejected, { count: rejected.length }),
      details: report,
    });
  }
  const coverage = await coverageOf(deps, structures, services);
  return ok(await writeRecords(deps, structures, services, coverage));
}

async function existingKeys(
  db: Deps["db"],
  kind: "structure" | "service",
  rows: { source: string; id: string }[],
): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const table = kind === "structure" ? offerStructure : offerService;
  const found: { source: string; id: string }[] = [];
  // Grouped by source: one query per producer in the file.
  const bySource = new Map<string, string[]>();
  for (const row of rows) bySource.set(row.source, [...(bySource.get(row.source) ?? []), row.id]);
  for (const [source, ids] of bySource) {
    found.push(
      ...(await db
        .select({ source: table.source, id: table.id })
        .from(table)
        .where(and(eq(table.source, source), inArray(table.id, ids)))),
    );
  }
  return new Set(found.map(keyOf));
}
