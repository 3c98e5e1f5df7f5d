import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { fr } from "../../shared/i18n/fr";
import { fieldErrors } from "../core/validation";
import type { Db } from "../db/database";
import { fabriqueStatuses, type membershipRoles, territory } from "../db/schema";

/**
 * The shapes a Fabrique arrives in — a form post or a JSON body — shared by the services, the
 * pages and the API (where `.describe()` documents them).
 */
const messages = fr.network.validation;

/** Slugs that would collide with a static URL (`/reseau/fabriques/nouvelle`). */
const reservedSlugs = new Set(["nouvelle", "nouveau"]);

export const slugField = z
  .string({ error: messages.slugFormat })
  .trim()
  .min(2, messages.slugLength)
  .max(60, messages.slugLength)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, messages.slugFormat)
  .refine((slug) => !reservedSlugs.has(slug), messages.slugReserved)
  .describe("Adresse courte de la Fabrique dans les liens : minuscules sans accent, chiffres, tirets");

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, messages.textTooLong)
    .nullish()
    .transform((value) => value ?? "");

/** Empty means "no contact address"; anything else must be an e-mail address. */
const contactEmailField = z
  .string()
  .trim()
  .max(254, messages.emailInvalid)
  .nullish()
  .transform((value) => (value ? value.toLowerCase() : null))
  .refine((value) => value === null || z.email().safeParse(value).success, messages.emailInvalid)
  .describe("Adresse e-mail de contact, affichée sur la page publique (facultative)");

const fabriqueFields = {
  name: z
    .string({ error: messages.nameTooShort })
    .trim()
    .min(2, messages.nameTooShort)
    .max(120, messages.nameTooLong)
    .describe("Nom de la Fabrique"),
  carryingStructure: optionalText(200).describe("Structure porteuse (association, coopérative…)"),
  regionCode: z
    .string({ error: messages.regionUnknown })
    .trim()
    .min(1, messages.regionUnknown)
    .max(3, messages.regionUnknown)
    .describe("Code INSEE de la région principalement couverte (par exemple 28 pour la Normandie)"),
  description: optionalText(2000).describe("Présentation publique de la Fabrique"),
  contactEmail: contactEmailField,
};

export const createFabriqueInput = z.object({ slug: slugField, ...fabriqueFields });
export type CreateFabriqueInput = z.input<typeof createFabriqueInput>;

export const updateFabriqueInput = z.object(fabriqueFields);
export type UpdateFabriqueInput = z.input<typeof updateFabriqueInput>;

export const changeFabriqueStatusInput = z.object({
  to: z.enum(fabriqueStatuses, { error: messages.statusUnknown }).describe("Statut visé"),
  reason: optionalText(1000).describe("Motif, conservé dans le journal (obligatoire pour un retrait)"),
});
export type ChangeFabriqueStatusInput = z.input<typeof changeFabriqueStatusInput>;

/** Roles a member of a Fabrique's team may be given from the team page. */
export const assignableRoles = [
  "admin",
  "officer",
  "partner",
] as const satisfies readonly (typeof membershipRoles)[number][];

export const changeMemberRoleInput = z.object({
  membershipId: z.uuid({ error: fr.network.team.memberUnknown }).describe("Adhésion à modifier"),
  role: z.enum(assignableRoles, { error: messages.roleUnknown }).describe("Nouveau rôle"),
});
export type ChangeMemberRoleInput = z.input<typeof changeMemberRoleInput>;

export const removeMemberInput = z.object({
  membershipId: z.uuid({ error: fr.network.team.memberUnknown }).describe("Adhésion à retirer"),
});
export type RemoveMemberInput = z.input<typeof removeMemberInput>;

/** Whether `code` is the INSEE code of a région of the loaded COG. */
export async function isRegionCode(db: Db, code: string): Promise<boolean> {
  const [row] = await db
    .select({ code: territory.code })
    .from(territory)
    .where(and(eq(territory.kind, "region"), eq(territory.code, code)));
  return !!row;
}

/** Postgres unique violation (drizzle wraps the driver error in `cause`). */
export function isUniqueViolation(error: unknown): boolean {
  const candidates = [error, (error as { cause?: unknown } | null)?.cause];
  return candidates.some((e) => (e as { code?: string } | null)?.code === "23505");
}

/**
 * Parse a Fabrique form and check its région in the same pass, so the person sees every problem
 * at once rather than the région's only after fixing the rest.
 */
export async function parseFabriqueInput<S extends typeof createFabriqueInput | typeof updateFabriqueInput>(
  db: Db,
  schema: S,
  input: unknown,
): Promise<{ ok: true; value: z.output<S> } | { ok: false; fields: Record<string, string> }> {
  const parsed = schema.safeParse(input);
  const fields = parsed.success ? {} : fieldErrors(parsed.error);
  const region = (input as { regionCode?: unknown } | null)?.regionCode;
  if (!fields.regionCode && typeof region === "string" && !(await isRegionCode(db, region.trim()))) {
    fields.regionCode = messages.regionUnknown;
  }
  if (!parsed.success || Object.keys(fields).length) return { ok: false, fields };
  return { ok: true, value: parsed.data as z.output<S> };
}
