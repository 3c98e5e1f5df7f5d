import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { type Actor, isNetworkAnimator } from "../core/actor";
import type { Deps } from "../core/deps";
import { fail, ok, type Result } from "../core/result";
import { fieldErrors } from "../core/validation";
import { aidRate } from "../db/schema";
import { aidRateRefusals } from "./aid-rate-rules";
import type { AidRates } from "./compute";
import type { ForecastInputs } from "./forecast-inputs";

export type AidRateRow = typeof aidRate.$inferSelect;

/** Every aid-per-post rate, for the staff plan's choices and the animator's page. */
export async function listAidRates(deps: Pick<Deps, "db">): Promise<AidRateRow[]> {
  return deps.db.select().from(aidRate).orderBy(asc(aidRate.code));
}

/** The rates as the forecast engine takes them: code → yearly cents per full-time post, contract kinds. */
export async function getAidRateMap(deps: Pick<Deps, "db">): Promise<AidRates> {
  const rows = await deps.db
    .select({
      code: aidRate.code,
      label: aidRate.label,
      annualAmountCents: aidRate.annualAmountCents,
      contractKinds: aidRate.contractKinds,
    })
    .from(aidRate);
  return Object.fromEntries(rows.map(({ code, ...rate }) => [code, rate]));
}

/**
 * The refusals of a scenario's aids per post against today's table (unknown codes, aids meant for
 * other contracts without a confirmed exception), keyed `inputs.staff.N.aidRateCode`; null if none.
 */
export async function refusedAidRates(
  deps: Pick<Deps, "db">,
  inputs: ForecastInputs,
): Promise<Record<string, string> | null> {
  if (!inputs.staff.some((line) => line.aidRateCode)) return null;
  const refusals = aidRateRefusals(inputs.staff, await listAidRates(deps));
  const entries = Object.entries(refusals);
  return entries.length
    ? Object.fromEntries(entries.map(([key, message]) => [`inputs.${key}`, message]))
    : null;
}

export const updateAidRateInput = z.object({
  annualAmountCents: z
    .number()
    .int()
    .min(0)
    .max(100_000_000)
    .describe("Montant annuel par poste à temps plein, en centimes"),
  year: z.number().int().min(2000).max(2100).describe("Année de référence du montant"),
  source: z.string().trim().min(1).max(500).describe("Texte qui fixe le montant (arrêté…)"),
  sourceUrl: z
    .union([z.literal(""), z.url()])
    .default("")
    .describe("Adresse de la source"),
  note: z.string().trim().max(1000).default(""),
});
export type UpdateAidRateInput = z.input<typeof updateAidRateInput>;

/** The network animator updates a rate when a new arrêté is published; the row keeps who and when. */
export async function updateAidRate(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor | null,
  code: string,
  input: UpdateAidRateInput,
): Promise<Result<AidRateRow, "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND">> {
  if (!isNetworkAnimator(actor)) return fail("FORBIDDEN");
  const parsed = updateAidRateInput.safeParse(input);
  if (!parsed.success) return fail("INVALID_INPUT", { fields: fieldErrors(parsed.error) });
  const [row] = await deps.db
    .update(aidRate)
    .set({ ...parsed.data, updatedAt: deps.clock.now(), updatedByUserId: actor.userId })
    .where(eq(aidRate.code, code))
    .returning();
  if (!row) return fail("NOT_FOUND");
  return ok(row);
}
