import type { Db } from "../../db/database";
import { forecast } from "../../db/schema";
import { recordInitiativeEvent } from "../../initiatives/initiative-journal";
import { demoIds } from "../../seed/demo-ids";
import { type ForecastInputsInput, forecastInputs } from "../forecast-inputs";

/**
 * A worked forecast for each demo story. The figures are **illustrative assumptions** written for
 * the demo (orders of magnitude of comparable French social enterprises), not the real projects'
 * accounts; each scenario says so in its assumptions. Aid per post uses the reference rates
 * (`seed/aid-rates.ts`, sourced). Fixed ids keep demo links stable.
 */
export const demoForecastIds = {
  rouenConciergerie: "00000000-0000-4000-8000-0000000002f1",
  pontarlierVertuose: "00000000-0000-4000-8000-0000000002f2",
  bordeauxPrincess: "00000000-0000-4000-8000-0000000002f3",
} as const;

const euros = (value: number) => Math.round(value * 100);
const smicGross = euros(1_801.8); // SMIC brut mensuel 35 h au 1er novembre 2024
const season = (overrides: Record<number, number>) =>
  Array.from({ length: 12 }, (_, m) => overrides[m + 1] ?? 1000);

const demoLabel =
  "Hypothèses de démonstration : chiffres illustratifs établis pour la démo d'Essaim, à remplacer par ceux de l'étude. Montants HT, TVA hors champ.";

const rouenConciergerie: ForecastInputsInput = {
  settings: {
    startYear: 2027,
    startMonth: 3,
    openingCashCents: 0,
    assumptions: `${demoLabel}
Conciergerie solidaire tournée vers les seniors d'un quartier prioritaire : services à la carte (courses, petits travaux, démarches), adhésion annuelle de 10 € par foyer (ordre de grandeur de la conciergerie d'Ampère à Strasbourg), convention avec un bailleur social, bénévoles pour les visites de convivialité.`,
  },
  revenues: [
    {
      kind: "sales",
      id: "services",
      label: "Services à la carte (courses, petits travaux, démarches)",
      volumePerMonth: 260,
      unitPriceCents: euros(17),
      rampUpMonths: 9,
      seasonality: season({ 8: 600, 12: 1200 }),
    },
    {
      kind: "subscription",
      id: "adhesions",
      label: "Adhésions des foyers (10 € par an)",
      monthlyAmountCents: euros(250),
    },
    {
      kind: "public_contract",
      id: "bailleur",
      label: "Convention avec un bailleur social (hypothèse)",
      monthlyAmountCents: euros(1_500),
      startMonth: 4,
    },
    {
      kind: "grant",
      id: "cfppa",
      label: "Conférence des financeurs de la prévention de la perte d'autonomie",
      funder: "Département (conférence des financeurs)",
      funderKind: "public",
      status: "requested",
      amountCents: euros(25_000),
      startMonth: 1,
      endMonth: 12,
      paymentMonths: [2, 8],
    },
    {
      kind: "grant",
      id: "ag2r",
      label: "Programme « bien vieillir » (fondation d'entreprise, hypothèse)",
      funder: "AG2R La Mondiale",
      funderKind: "private",
      status: "agreed",
      amountCents: euros(10_000),
      startMonth: 1,
      endMonth: 12,
      paymentMonths: [1],
    },
    {
      kind: "grant",
      id: "ville",
      label: "Contrat de ville (années 2 et 3)",
      funder: "Ville et métropole",
      funderKind: "public",
      status: "requested",
      amountCents: euros(30_000),
      startMonth: 13,
      endMonth: 36,
      paymentMonths: [14, 26],
    },
    {
      kind: "volunteering",
      id: "benevoles",
      label: "Bénévoles : 50 h par mois valorisées au SMIC chargé",
      monthlyValueCents: euros(750),
    },
    {
      kind: "in_kind",
      id: "local",
      label: "Local en pied d'immeuble mis à disposition",
      monthlyValueCents: euros(450),
    },
  ],
  staff: [
    {
      id: "coordination",
      position: "Coordinateur·rice de la conciergerie",
      ftePermille: 1000,
      grossMonthlySalaryCents: euros(2_300),
      employerChargeRateBp: 4000,
      contractKind: "cdi",
    },
    {
      id: "concierge",
      position: "Concierge polyvalent·e",
      ftePermille: 1000,
      startMonth: 4,
      grossMonthlySalaryCents: smicGross,
      employerChargeRateBp: 2800,
      contractKind: "cdi",
    },
  ],
  costs: [
    {
      id: "fournitures",
      label: "Fournitures et consommables",
      category: "purchases",
      mode: "share_of_sales",
      shareBp: 800,
      salesLineId: "services",
    },
    {
      id: "frais",
      label: "Assurance, expert-comptable, téléphonie",
      category: "services",
      monthlyAmountCents: euros(450),
    },
    {
      id: "communication",
      label: "Communication et événements",
      category: "services",
      monthlyAmountCents: euros(250),
      timing: "quarterly",
    },
    {
      id: "vehicule",
      label: "Entretien et recharge du vélo-cargo",
      category: "services",
      monthlyAmountCents: euros(60),
    },
    {
      id: "taxes",
      label: "Taxes et cotisations diverses",
      category: "taxes",
      monthlyAmountCents: euros(40),
      timing: "yearly",
    },
  ],
  investments: [
    { id: "velo", label: "Vélo-cargo électrique", amountCents: euros(6_000), month: 1, depreciationYears: 5 },
    {
      id: "amenagement",
      label: "Aménagement du local et informatique",
      amountCents: euros(4_500),
      month: 1,
      depreciationYears: 3,
    },
  ],
  financing: [
    {
      kind: "equity",
      id: "fonds",
      label: "Fonds associatifs apportés par l'association porteuse",
      amountCents: euros(8_000),
      month: 1,
    },
    {
      kind: "investment_grant",
      id: "region",
      label: "Aide régionale à l'investissement (hypothèse)",
      amountCents: euros(5_000),
      month: 1,
      depreciationYears: 5,
    },
  ],
};

const pontarlierVertuose: ForecastInputsInput = {
  settings: {
    startYear: 2027,
    startMonth: 4,
    openingCashCents: 0,
    assumptions: `${demoLabel}
Restaurant locavore répliqué du modèle VERT'uOSE, porté par une entreprise adaptée : 6 emplois dont 5 postes de travailleurs reconnus handicapés ouvrant droit à l'aide au poste EA ; achats alimentaires locaux à 35 % du chiffre d'affaires des repas.`,
  },
  revenues: [
    {
      kind: "sales",
      id: "repas",
      label: "Repas du midi (formule à 14,50 € HT)",
      volumePerMonth: 1500,
      unitPriceCents: euros(14.5),
      rampUpMonths: 5,
      seasonality: season({ 8: 550, 12: 900 }),
    },
    {
      kind: "sales",
      id: "traiteur",
      label: "Traiteur et plats à emporter",
      volumePerMonth: 220,
      unitPriceCents: euros(9),
      rampUpMonths: 8,
      seasonality: season({ 8: 600, 12: 1500 }),
      startMonth: 3,
    },
    {
      kind: "grant",
      id: "demarrage",
      label: "Aide au démarrage d'activité (hypothèse)",
      funder: "Communauté de communes",
      funderKind: "public",
      status: "requested",
      amountCents: euros(15_000),
      startMonth: 1,
      endMonth: 12,
      paymentMonths: [3],
    },
  ],
  staff: [
    {
      id: "chef",
      position: "Chef·fe de cuisine encadrant·e",
      ftePermille: 1000,
      grossMonthlySalaryCents: euros(2_600),
      employerChargeRateBp: 4000,
      contractKind: "cdi",
    },
    ...[1, 2, 3, 4].map((n) => ({
      id: `ea-${n}`,
      position: `Commis ou agent·e de salle en entreprise adaptée (${n})`,
      ftePermille: 1000,
      startMonth: n <= 2 ? 1 : 3,
      grossMonthlySalaryCents: smicGross,
      employerChargeRateBp: 2800,
      contractKind: "ea" as const,
      aidRateCode: "ea-socle-moins-50",
    })),
    {
      id: "ea-5",
      position: "Plongeur·se en entreprise adaptée",
      ftePermille: 800,
      grossMonthlySalaryCents: smicGross,
      employerChargeRateBp: 2800,
      contractKind: "ea",
      aidRateCode: "ea-socle-50-55",
    },
  ],
  costs: [
    {
      id: "denrees",
      label: "Denrées locales (repas)",
      category: "purchases",
      mode: "share_of_sales",
      shareBp: 3500,
      salesLineId: "repas",
    },
    {
      id: "denrees-traiteur",
      label: "Denrées et emballages (traiteur)",
      category: "purchases",
      mode: "share_of_sales",
      shareBp: 3000,
      salesLineId: "traiteur",
    },
    { id: "loyer", label: "Loyer du local", category: "rent", monthlyAmountCents: euros(1_800) },
    {
      id: "energie",
      label: "Énergie, eau, assurances, expert-comptable",
      category: "services",
      monthlyAmountCents: euros(1_300),
    },
    {
      id: "entretien",
      label: "Entretien et hygiène",
      category: "services",
      monthlyAmountCents: euros(350),
      timing: "quarterly",
    },
    {
      id: "cfe",
      label: "Cotisation foncière et taxes",
      category: "taxes",
      monthlyAmountCents: euros(150),
      timing: "yearly",
    },
  ],
  investments: [
    {
      id: "cuisine",
      label: "Équipement de cuisine professionnelle",
      amountCents: euros(80_000),
      month: 1,
      depreciationYears: 7,
    },
    {
      id: "salle",
      label: "Mobilier de salle et caisse",
      amountCents: euros(20_000),
      month: 1,
      depreciationYears: 5,
    },
  ],
  financing: [
    {
      kind: "equity",
      id: "apport",
      label: "Apport de l'association gestionnaire",
      amountCents: euros(30_000),
      month: 1,
    },
    {
      kind: "loan",
      id: "pret",
      label: "Prêt bancaire d'équipement",
      amountCents: euros(60_000),
      month: 1,
      annualRateBp: 400,
      durationMonths: 84,
    },
    {
      kind: "investment_grant",
      id: "region",
      label: "Subvention régionale d'investissement (hypothèse)",
      amountCents: euros(25_000),
      month: 1,
      depreciationYears: 7,
    },
    {
      kind: "guarantee",
      id: "garantie",
      label: "Garantie France Active sur le prêt (50 %)",
      amountCents: euros(30_000),
      month: 1,
    },
  ],
};

const bordeauxPrincess: ForecastInputsInput = {
  settings: {
    startYear: 2027,
    startMonth: 2,
    openingCashCents: 0,
    assumptions: `${demoLabel}
Institut de beauté conventionné entreprise d'insertion : quatre esthéticiennes en parcours d'insertion (CDDI de 24 h, aide au poste EI), encadrement technique et accompagnement socioprofessionnel. 20 % de la marge de l'institut finance les soins socio-esthétiques prescrits aux personnes fragiles, vendus à un tarif solidaire.`,
  },
  revenues: [
    {
      kind: "sales",
      id: "institut",
      label: "Soins esthétiques de l'institut",
      volumePerMonth: 360,
      unitPriceCents: euros(36),
      rampUpMonths: 6,
      seasonality: season({ 7: 850, 8: 650, 12: 1300 }),
    },
    {
      kind: "sales",
      id: "socio",
      label: "Soins socio-esthétiques prescrits (tarif solidaire)",
      volumePerMonth: 90,
      unitPriceCents: euros(8),
      rampUpMonths: 3,
    },
    {
      kind: "grant",
      id: "departement",
      label: "Accompagnement socioprofessionnel des salariées en insertion",
      funder: "Département de la Gironde (hypothèse)",
      funderKind: "public",
      status: "agreed",
      amountCents: euros(60_000),
      startMonth: 1,
      endMonth: 36,
      paymentMonths: [2, 14, 26],
    },
    {
      kind: "grant",
      id: "fondation",
      label: "Soutien aux soins socio-esthétiques (fondation, hypothèse)",
      funder: "Fondation d'entreprise",
      funderKind: "private",
      status: "requested",
      amountCents: euros(15_000),
      startMonth: 1,
      endMonth: 12,
      paymentMonths: [3],
    },
    {
      kind: "donation",
      id: "mecenat",
      label: "Mécénat de produits de beauté (en numéraire)",
      monthlyAmountCents: euros(150),
    },
    {
      kind: "volunteering",
      id: "benevoles",
      label: "Bénévoles : accueil et ateliers d'estime de soi",
      monthlyValueCents: euros(400),
    },
  ],
  staff: [
    {
      id: "encadrante",
      position: "Esthéticienne encadrante technique",
      ftePermille: 1000,
      grossMonthlySalaryCents: euros(2_250),
      employerChargeRateBp: 4000,
      contractKind: "cdi",
    },
    {
      id: "socio-estheticienne",
      position: "Socio-esthéticienne",
      ftePermille: 600,
      grossMonthlySalaryCents: euros(2_300),
      employerChargeRateBp: 4000,
      contractKind: "cdi",
    },
    {
      id: "cip",
      position: "Chargée d'accompagnement socioprofessionnel",
      ftePermille: 500,
      grossMonthlySalaryCents: euros(2_200),
      employerChargeRateBp: 4000,
      contractKind: "cdi",
    },
    ...[1, 2, 3, 4].map((n) => ({
      id: `cddi-${n}`,
      position: `Esthéticienne en parcours d'insertion (${n})`,
      ftePermille: 686, // 24 h sur 35 h
      startMonth: n <= 2 ? 1 : 4,
      grossMonthlySalaryCents: smicGross,
      employerChargeRateBp: 2000,
      contractKind: "cddi" as const,
      aidRateCode: "iae-ei",
    })),
  ],
  costs: [
    {
      id: "produits",
      label: "Produits et consommables (institut)",
      category: "purchases",
      mode: "share_of_sales",
      shareBp: 1800,
      salesLineId: "institut",
    },
    {
      id: "produits-socio",
      label: "Produits (soins socio-esthétiques)",
      category: "purchases",
      mode: "share_of_sales",
      shareBp: 3000,
      salesLineId: "socio",
    },
    { id: "loyer", label: "Loyer de l'institut", category: "rent", monthlyAmountCents: euros(1_400) },
    {
      id: "frais",
      label: "Assurances, expert-comptable, logiciel de réservation",
      category: "services",
      monthlyAmountCents: euros(650),
    },
    {
      id: "formation",
      label: "Formation des salariées en insertion",
      category: "services",
      monthlyAmountCents: euros(300),
      timing: "quarterly",
    },
    { id: "taxes", label: "Taxes", category: "taxes", monthlyAmountCents: euros(100), timing: "yearly" },
  ],
  investments: [
    {
      id: "equipement",
      label: "Équipement de soins (tables, appareils)",
      amountCents: euros(25_000),
      month: 1,
      depreciationYears: 5,
    },
    {
      id: "agencement",
      label: "Agencement de l'institut",
      amountCents: euros(15_000),
      month: 1,
      depreciationYears: 10,
    },
  ],
  financing: [
    {
      kind: "equity",
      id: "apport",
      label: "Apport de la structure porteuse",
      amountCents: euros(10_000),
      month: 1,
    },
    {
      kind: "loan",
      id: "pret",
      label: "Prêt bancaire",
      amountCents: euros(35_000),
      month: 1,
      annualRateBp: 350,
      durationMonths: 60,
    },
    {
      kind: "honour_loan",
      id: "honneur",
      label: "Prêt d'honneur de la dirigeante",
      amountCents: euros(8_000),
      month: 1,
      durationMonths: 60,
      deferralMonths: 6,
    },
    {
      kind: "investment_grant",
      id: "subvention-invest",
      label: "Subvention d'investissement (hypothèse)",
      amountCents: euros(12_000),
      month: 1,
      depreciationYears: 5,
    },
  ],
  crossSubsidies: [
    {
      id: "soins-solidaires",
      label: "Marge de l'institut affectée aux soins socio-esthétiques",
      fromSalesLineId: "institut",
      toRevenueLineId: "socio",
      socialActivity: "Soins socio-esthétiques pour des femmes en parcours d'insertion ou de soin",
      shareBp: 2000,
    },
  ],
};

export const demoForecasts = [
  {
    id: demoForecastIds.rouenConciergerie,
    initiativeId: demoIds.initiatives.rouenConciergerie,
    byUserId: demoIds.users.adress,
    name: "Central — conciergerie seniors",
    inputs: rouenConciergerie,
  },
  {
    id: demoForecastIds.pontarlierVertuose,
    initiativeId: demoIds.initiatives.pontarlierVertuose,
    byUserId: demoIds.users.emergence,
    name: "Central — restaurant VERT'uOSE",
    inputs: pontarlierVertuose,
  },
  {
    id: demoForecastIds.bordeauxPrincess,
    initiativeId: demoIds.initiatives.bordeauxPrincess,
    byUserId: demoIds.users.atis,
    name: "Central — institut Princ'ESS",
    inputs: bordeauxPrincess,
  },
] as const;

/** Inserts the three worked forecasts (the story initiatives and officers must exist). */
export async function seedDemoForecasts(tx: Db, at: Date): Promise<void> {
  for (const demo of demoForecasts) {
    await tx.insert(forecast).values({
      id: demo.id,
      initiativeId: demo.initiativeId,
      name: demo.name,
      scenarioKind: "central",
      inputs: forecastInputs.parse(demo.inputs),
      createdByUserId: demo.byUserId,
      createdAt: at,
      updatedAt: at,
    });
    await recordInitiativeEvent(tx, {
      initiativeId: demo.initiativeId,
      kind: "forecast",
      note: `Prévisionnel « ${demo.name} » créé`,
      byUserId: demo.byUserId,
      at,
    });
  }
}
