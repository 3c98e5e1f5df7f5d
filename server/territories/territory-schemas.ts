import { z } from "zod";
import "../core/validation";
import { type TerritoryKind, territoryKinds } from "../../shared/codes/territories";

export const territoryKindSchema = z
  .enum(territoryKinds)
  .describe("region, departement, epci, commune ou qpv");

/** How a territory is referenced everywhere in the API: `{"kind": "commune", "code": "25462"}`. */
export const territoryRefSchema = z.object({
  kind: territoryKindSchema,
  code: z
    .string()
    .describe("Code officiel : INSEE (région, département, commune), SIREN (EPCI), code_qp (QPV)"),
});
export type TerritoryRef = z.infer<typeof territoryRefSchema>;

export const territoryParentSchema = territoryRefSchema.extend({ name: z.string() });
export type TerritoryParent = z.infer<typeof territoryParentSchema>;

export const territorySummarySchema = territoryRefSchema.extend({
  name: z.string(),
  population: z.number().int().nullable().describe("Population municipale (INSEE) ; null si inconnue"),
  parents: z
    .array(territoryParentSchema)
    .describe("Territoires englobants, du plus proche au plus large (EPCI, département, région)"),
});
export type TerritorySummary = z.infer<typeof territorySummarySchema>;

export const searchTerritoriesInput = z.object({
  q: z.string().trim().min(1).max(100).describe("Nom, code postal, code INSEE, SIREN d'EPCI ou code QPV"),
  kind: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (!value) return undefined;
      const kinds = value.split(",").map((k) => k.trim());
      for (const kind of kinds) {
        if (!(territoryKinds as readonly string[]).includes(kind)) {
          ctx.addIssue({ code: "custom", message: `Type de territoire inconnu : ${kind}` });
          return z.NEVER;
        }
      }
      return kinds as TerritoryKind[];
    })
    .describe("Un ou plusieurs types séparés par des virgules : region, departement, epci, commune, qpv"),
  limit: z.coerce.number().int().min(1).max(50).default(10).describe("Nombre de résultats (50 au plus)"),
});
export type SearchTerritoriesInput = z.input<typeof searchTerritoriesInput>;

export const territorySearchResponse = z.object({ results: z.array(territorySummarySchema) });

export const memberCountsSchema = z
  .object({
    departement: z.number().int().optional(),
    epci: z.number().int().optional(),
    commune: z.number().int().optional(),
    qpv: z.number().int().optional(),
  })
  .describe("Nombre de territoires membres par type");

export const territoryDetailSchema = territorySummarySchema.extend({
  nature: z.string().nullable().describe("Nature juridique d'un EPCI (CC, CA, CU, METRO, MET69)"),
  postcodes: z.array(z.string()),
  cogYear: z.number().int().describe("Millésime du Code officiel géographique"),
  members: memberCountsSchema,
  flags: z.object({
    petitesVillesDeDemain: z
      .boolean()
      .nullable()
      .describe("Commune du programme Petites villes de demain ; null si la liste n'a pas été importée"),
    qpvCount: z
      .number()
      .int()
      .nullable()
      .describe("Nombre de QPV sur le territoire ; null si la liste des QPV n'a pas été importée"),
  }),
  hasGeometry: z.boolean().describe("Des contours importés existent pour ce territoire"),
  resolvedFrom: z
    .object({ code: z.string(), name: z.string(), aliasType: z.string() })
    .nullable()
    .describe(
      "Ancien code demandé (commune déléguée, associée, arrondissement) et résolu vers ce territoire",
    ),
});
export type TerritoryDetail = z.infer<typeof territoryDetailSchema>;

/** `commune:25462` — the value the territory combobox submits. */
export function parseTerritoryValue(value: string | null | undefined): TerritoryRef | null {
  if (!value) return null;
  const parsed = territoryRefSchema.safeParse({
    kind: value.slice(0, value.indexOf(":")),
    code: value.slice(value.indexOf(":") + 1),
  });
  return parsed.success && value.includes(":") && parsed.data.code ? parsed.data : null;
}

export const formatTerritoryValue = (ref: TerritoryRef) => `${ref.kind}:${ref.code}`;
