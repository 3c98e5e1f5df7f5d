import { z } from "zod";
import { parisWallClock } from "../../shared/time";
import "../core/validation";
import {
  contractKinds,
  costCategories,
  costTimings,
  FORECAST_MONTHS,
  grantStatuses,
} from "../../shared/codes/forecasts";

export * from "../../shared/codes/forecasts";

/**
 * The inputs of one forecast scenario (prévisionnel): one JSON document, stored in
 * `forecast.inputs` and validated here at every boundary (form, API, seed).
 *
 * Units, so arithmetic stays exact: money in integer cents, rates in basis points (1 % = 100 bp),
 * full-time equivalents and seasonality coefficients in per-mille (1 FTE = 1000, a normal month
 * = 1000), months numbered 1..36 from the forecast's start month. All amounts are before VAT
 * (HT): VAT is out of scope (docs/decisions/0016-forecast-engine.md).
 */

/** Upper bound of any amount (100 M€ in cents): keeps every product within exact integers. */
const MAX_CENTS = 10_000_000_000;

const id = z.string().trim().min(1).max(40).describe("Identifiant de la ligne, unique dans le scénario");
const label = z.string().trim().min(1).max(200).describe("Libellé");
const cents = z.number().int().min(0).max(MAX_CENTS);
const month = z.number().int().min(1).max(FORECAST_MONTHS);
const basisPoints = z.number().int().min(0).max(100_000);

const period = {
  startMonth: month.default(1).describe("Premier mois (1 à 36)"),
  endMonth: month.default(FORECAST_MONTHS).describe("Dernier mois (1 à 36)"),
};

export const salesLine = z.object({
  kind: z.literal("sales"),
  id,
  label,
  volumePerMonth: z.number().int().min(0).max(1_000_000).describe("Volume mensuel en régime de croisière"),
  unitPriceCents: z.number().int().min(0).max(100_000_000).describe("Prix unitaire HT, en centimes"),
  rampUpMonths: z
    .number()
    .int()
    .min(0)
    .max(24)
    .default(0)
    .describe("Mois de montée en charge : le volume croît linéairement jusqu'au régime de croisière"),
  seasonality: z
    .array(z.number().int().min(0).max(3000))
    .length(12)
    .default(() => Array(12).fill(1000))
    .describe("Coefficient par mois de l'année civile (janvier…décembre), en pour mille (1000 = normal)"),
  ...period,
});

export const recurringLine = z.object({
  kind: z.enum(["public_contract", "subscription", "donation"]),
  id,
  label,
  monthlyAmountCents: cents.describe("Montant mensuel HT, en centimes"),
  ...period,
});

export const grantLine = z.object({
  kind: z.literal("grant"),
  id,
  label,
  funder: z.string().trim().max(200).default("").describe("Financeur"),
  funderKind: z
    .enum(["public", "private"])
    .default("public")
    .describe("Financeur public (État, collectivité, FSE…) ou privé (fondation…)"),
  status: z.enum(grantStatuses).default("requested").describe("Statut : demandée, accordée, versée"),
  amountCents: cents.describe("Montant total de la subvention d'exploitation, en centimes"),
  ...period,
  paymentMonths: z
    .array(month)
    .max(FORECAST_MONTHS)
    .default([])
    .describe("Mois de versement (parts égales) ; vide = versée au premier mois de la période"),
});

export const contributionLine = z.object({
  kind: z.enum(["volunteering", "in_kind"]),
  id,
  label,
  monthlyValueCents: cents.describe("Valorisation mensuelle, en centimes (jamais en trésorerie)"),
  ...period,
});

export const revenueLine = z.discriminatedUnion("kind", [
  salesLine,
  recurringLine,
  grantLine,
  contributionLine,
]);
export type RevenueLine = z.infer<typeof revenueLine>;
export type SalesLine = z.infer<typeof salesLine>;

export const staffLine = z.object({
  id,
  position: label,
  ftePermille: z
    .number()
    .int()
    .min(1)
    .max(100_000)
    .describe("Équivalent temps plein en pour mille (1000 = 1 ETP)"),
  ...period,
  grossMonthlySalaryCents: cents.describe("Salaire brut mensuel d'un temps plein, en centimes"),
  employerChargeRateBp: basisPoints.describe("Taux de charges patronales en points de base (4200 = 42 %)"),
  contractKind: z.enum(contractKinds),
  aidRateCode: z
    .string()
    .trim()
    .max(60)
    .nullable()
    .default(null)
    .describe("Code de l'aide au poste (table de référence)"),
  aidRateException: z
    .boolean()
    .default(false)
    .describe(
      "Exception confirmée : l'aide au poste est gardée bien qu'elle ne soit pas prévue pour ce contrat (les états le montrent)",
    ),
});
export type StaffLine = z.infer<typeof staffLine>;

export const costLine = z
  .object({
    id,
    label,
    category: z.enum(costCategories),
    mode: z.enum(["fixed", "share_of_sales"]).default("fixed"),
    monthlyAmountCents: cents.default(0).describe("Montant mensuel HT (mode fixe), en centimes"),
    shareBp: basisPoints
      .default(0)
      .describe("Part du chiffre d'affaires d'une ligne de ventes, en points de base"),
    salesLineId: z
      .string()
      .nullable()
      .default(null)
      .describe("Ligne de ventes de référence (mode proportionnel)"),
    timing: z
      .enum(costTimings)
      .default("monthly")
      .describe("Décaissement : mensuel, trimestriel ou annuel (à terme échu)"),
    ...period,
  })
  .refine((c) => c.mode === "fixed" || c.salesLineId, {
    message: "Choisissez la ligne de ventes dont ce coût est une part.",
    path: ["salesLineId"],
  });
export type CostLine = z.infer<typeof costLine>;

export const investmentLine = z.object({
  id,
  label,
  amountCents: cents,
  month,
  depreciationYears: z
    .number()
    .int()
    .min(0)
    .max(50)
    .describe("Durée d'amortissement en années (0 = non amorti)"),
});
export type InvestmentLine = z.infer<typeof investmentLine>;

export const financingLine = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("equity"), id, label, amountCents: cents, month }),
  z.object({
    kind: z.literal("loan"),
    id,
    label,
    amountCents: cents,
    month,
    annualRateBp: z.number().int().min(0).max(5000).describe("Taux annuel en points de base"),
    durationMonths: z.number().int().min(1).max(360),
  }),
  z.object({
    kind: z.literal("honour_loan"),
    id,
    label,
    amountCents: cents,
    month,
    durationMonths: z.number().int().min(1).max(120),
    deferralMonths: z.number().int().min(0).max(60).default(0).describe("Différé de remboursement en mois"),
  }),
  z.object({
    kind: z.literal("investment_grant"),
    id,
    label,
    amountCents: cents,
    month,
    depreciationYears: z
      .number()
      .int()
      .min(1)
      .max(50)
      .describe("Durée de reprise au résultat (celle du bien financé)"),
  }),
  z.object({
    kind: z.literal("guarantee"),
    id,
    label,
    amountCents: cents.describe("Montant garanti (aucun flux de trésorerie)"),
    month,
  }),
]);
export type FinancingLine = z.infer<typeof financingLine>;

export const crossSubsidyLine = z.object({
  id,
  label,
  fromSalesLineId: z.string().min(1).describe("Ligne de ventes dont une part de la marge est affectée"),
  toRevenueLineId: z
    .string()
    .nullable()
    .default(null)
    .describe("Activité sociale financée (ligne de recettes)"),
  socialActivity: z.string().trim().max(200).default("").describe("Activité sociale financée (libellé)"),
  shareBp: z.number().int().min(0).max(10_000).describe("Part de la marge affectée, en points de base"),
});
export type CrossSubsidyLine = z.infer<typeof crossSubsidyLine>;

export const forecastSettings = z.object({
  startYear: z.number().int().min(2000).max(2100).describe("Année du premier mois"),
  startMonth: z.number().int().min(1).max(12).describe("Mois civil du premier mois (1 = janvier)"),
  openingCashCents: z
    .number()
    .int()
    .min(-MAX_CENTS)
    .max(MAX_CENTS)
    .default(0)
    .describe("Trésorerie de départ"),
  assumptions: z.string().max(4000).default("").describe("Hypothèses, en clair"),
});

export const forecastInputs = z
  .object({
    settings: forecastSettings,
    revenues: z.array(revenueLine).max(500).default([]),
    staff: z.array(staffLine).max(500).default([]),
    costs: z.array(costLine).max(500).default([]),
    investments: z.array(investmentLine).max(200).default([]),
    financing: z.array(financingLine).max(200).default([]),
    crossSubsidies: z.array(crossSubsidyLine).max(50).default([]),
  })
  .superRefine((inputs, ctx) => {
    const ids = new Set<string>();
    const sections = ["revenues", "staff", "costs", "investments", "financing", "crossSubsidies"] as const;
    for (const section of sections) {
      inputs[section].forEach((line, index) => {
        if (ids.has(line.id)) {
          ctx.addIssue({
            code: "custom",
            message: "Cet identifiant est déjà utilisé.",
            path: [section, index, "id"],
          });
        }
        ids.add(line.id);
        if ("startMonth" in line && "endMonth" in line && line.endMonth < line.startMonth) {
          ctx.addIssue({
            code: "custom",
            message: "Le dernier mois doit suivre le premier.",
            path: [section, index, "endMonth"],
          });
        }
      });
    }
    const sales = new Set(inputs.revenues.filter((r) => r.kind === "sales").map((r) => r.id));
    const revenueIds = new Set(inputs.revenues.map((r) => r.id));
    inputs.costs.forEach((cost, index) => {
      if (cost.mode === "share_of_sales" && !sales.has(cost.salesLineId ?? "")) {
        ctx.addIssue({
          code: "custom",
          message: "Choisissez une ligne de ventes existante.",
          path: ["costs", index, "salesLineId"],
        });
      }
    });
    inputs.crossSubsidies.forEach((line, index) => {
      if (!sales.has(line.fromSalesLineId)) {
        ctx.addIssue({
          code: "custom",
          message: "Choisissez une ligne de ventes existante.",
          path: ["crossSubsidies", index, "fromSalesLineId"],
        });
      }
      if (line.toRevenueLineId && !revenueIds.has(line.toRevenueLineId)) {
        ctx.addIssue({
          code: "custom",
          message: "Choisissez une ligne de recettes existante.",
          path: ["crossSubsidies", index, "toRevenueLineId"],
        });
      }
    });
  });

export type ForecastInputs = z.infer<typeof forecastInputs>;
export type ForecastInputsInput = z.input<typeof forecastInputs>;

/** An empty scenario starting the month after `today` (the editor fills it). */
export function emptyForecastInputs(today: Date): ForecastInputs {
  const paris = parisWallClock(today);
  const next = new Date(Date.UTC(paris.year, paris.month, 1));
  return {
    settings: {
      startYear: next.getUTCFullYear(),
      startMonth: next.getUTCMonth() + 1,
      openingCashCents: 0,
      assumptions: "",
    },
    revenues: [],
    staff: [],
    costs: [],
    investments: [],
    financing: [],
    crossSubsidies: [],
  };
}
