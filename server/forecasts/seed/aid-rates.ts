/**
 * Aid per post (aide au poste) reference rates: yearly amount for one full-time post, in cents,
 * metropolitan France and overseas departments except Mayotte, with the text that sets them.
 * domain.md names the structure kinds (ACI, AI, EI, ETTI, EITI, EA) but gives no amounts: the
 * amounts below come from the published decrees (arrêtés) as relayed by the cited pages. The
 * network animator updates them on `/reseau/aides-aux-postes` when a new arrêté is published.
 * Only the base amount (montant socle) is given for IAE: the modulated part (0 to 10 % of it)
 * depends on results the prefect assesses each year, so a forecast should not count on it.
 */
export type AidRateSeed = {
  code: string;
  label: string;
  contractKinds: string[];
  annualAmountCents: number;
  year: number;
  source: string;
  sourceUrl: string;
  note: string;
};

const iaeSource = "Arrêté du 4 décembre 2024 (aides financières aux SIAE), montants au 1er novembre 2024";
const iaeUrl =
  "https://agcr-expertise.fr/insertion-par-lactivite-economique-les-aides-au-poste-revalorisees-2";
const eaSource =
  "Arrêté du 16 janvier 2025 (aides financières aux entreprises adaptées), montants au 1er novembre 2024";
const eaUrl = "https://press-gpt.olfp.net/entreprises-adaptees-revalorisation-des-aides-centre-inffo";

export const aidRateSeeds: AidRateSeed[] = [
  {
    code: "iae-aci",
    label: "Aide au poste IAE — atelier et chantier d'insertion (ACI)",
    contractKinds: ["cddi"],
    annualAmountCents: 23_921_00,
    year: 2024,
    source: iaeSource,
    sourceUrl: iaeUrl,
    note: "Montant socle, dont 1 233 € au titre de l'accompagnement socioprofessionnel et de l'encadrement technique ; part modulée de 0 à 10 % en sus.",
  },
  {
    code: "iae-ei",
    label: "Aide au poste IAE — entreprise d'insertion (EI)",
    contractKinds: ["cddi"],
    annualAmountCents: 12_459_00,
    year: 2024,
    source: iaeSource,
    sourceUrl: iaeUrl,
    note: "Montant socle ; part modulée de 0 à 10 % en sus.",
  },
  {
    code: "iae-ai",
    label: "Aide au poste IAE — association intermédiaire (AI)",
    contractKinds: ["cddi"],
    annualAmountCents: 1_619_00,
    year: 2024,
    source: iaeSource,
    sourceUrl: iaeUrl,
    note: "Montant socle ; part modulée de 0 à 10 % en sus.",
  },
  {
    code: "iae-etti",
    label: "Aide au poste IAE — entreprise de travail temporaire d'insertion (ETTI)",
    contractKinds: ["cddi"],
    annualAmountCents: 4_781_00,
    year: 2024,
    source: iaeSource,
    sourceUrl: iaeUrl,
    note: "Montant socle ; part modulée de 0 à 10 % en sus.",
  },
  {
    code: "iae-eiti",
    label: "Aide IAE — entreprise d'insertion par le travail indépendant (EITI)",
    contractKinds: ["cddi"],
    annualAmountCents: 6_570_00,
    year: 2024,
    source: iaeSource,
    sourceUrl: iaeUrl,
    note: "Pour 1 505 heures travaillées par travailleur indépendant.",
  },
  {
    code: "ea-socle-moins-50",
    label: "Aide au poste entreprise adaptée — travailleur de moins de 50 ans",
    contractKinds: ["ea"],
    annualAmountCents: 18_230_00,
    year: 2024,
    source: eaSource,
    sourceUrl: eaUrl,
    note: "Réduite à proportion du temps de travail effectif.",
  },
  {
    code: "ea-socle-50-55",
    label: "Aide au poste entreprise adaptée — travailleur de 50 à 55 ans",
    contractKinds: ["ea"],
    annualAmountCents: 18_465_00,
    year: 2024,
    source: eaSource,
    sourceUrl: eaUrl,
    note: "Réduite à proportion du temps de travail effectif.",
  },
  {
    code: "ea-socle-56-plus",
    label: "Aide au poste entreprise adaptée — travailleur de 56 ans et plus",
    contractKinds: ["ea"],
    annualAmountCents: 18_941_00,
    year: 2024,
    source: eaSource,
    sourceUrl: eaUrl,
    note: "Réduite à proportion du temps de travail effectif.",
  },
  {
    code: "ea-cdd-tremplin",
    label: "Aide socle entreprise adaptée — CDD Tremplin",
    contractKinds: ["ea"],
    annualAmountCents: 12_453_00,
    year: 2024,
    source: eaSource,
    sourceUrl: eaUrl,
    note: "Réduite à proportion du temps de travail effectif.",
  },
  {
    code: "ea-mise-a-disposition",
    label: "Aide entreprise adaptée — travailleur mis à disposition d'un autre employeur",
    contractKinds: ["ea"],
    annualAmountCents: 4_854_00,
    year: 2024,
    source: eaSource,
    sourceUrl: eaUrl,
    note: "",
  },
];
