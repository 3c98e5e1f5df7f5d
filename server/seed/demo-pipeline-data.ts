import type {
  CarrierKind,
  DecisionKind,
  DecisionPath,
  EntryPoint,
  MeetingKind,
  OrganisationKind,
  OutcomeKind,
  PartnerRole,
  SiaeKind,
  SignalChannel,
  SignalKind,
  SignalStatus,
  WorkingStage,
} from "../db/schema";
import { demoIds } from "./demo-ids";

/**
 * The demo pipeline as data: the three seed stories (product.md) at their end states, and a dozen
 * other initiatives across the stages so a new user sees a living pipeline. Real organisations
 * are named where the sources name them (domain.md §1.4); others carry "(démo)". Dates before
 * 2026-11-27 (the demo's "today"); figures are illustrative and labelled so.
 */

export type DemoFabrique = "adress" | "emergence" | "atis";

export type DemoOrganisation = {
  key: string;
  fabrique: DemoFabrique;
  name: string;
  kind: OrganisationKind;
  legalForm?: string;
  siaeKind?: SiaeKind;
  adaptedEnterprise?: boolean;
  esusUntil?: string;
  commune?: string;
  website?: string;
};

export const demoOrganisations: DemoOrganisation[] = [
  {
    key: "rouen",
    fabrique: "adress",
    name: "Ville de Rouen",
    kind: "local_authority",
    legalForm: "Commune",
    commune: "76540",
  },
  {
    key: "ag2r",
    fabrique: "adress",
    name: "AG2R La Mondiale",
    kind: "social_protection",
    legalForm: "Groupe de protection sociale",
  },
  {
    key: "aines",
    fabrique: "adress",
    name: "Association des aînés des Hauts de Rouen (démo)",
    kind: "association",
    legalForm: "Association loi 1901",
    commune: "76540",
  },
  {
    key: "regie",
    fabrique: "adress",
    name: "Régie de quartier des Hauts de Rouen (démo)",
    kind: "siae",
    siaeKind: "aci",
    legalForm: "Association loi 1901",
    esusUntil: "2028-06-30",
    commune: "76540",
  },
  {
    key: "ccas",
    fabrique: "adress",
    name: "CCAS de Rouen",
    kind: "local_authority",
    legalForm: "Établissement public communal",
    commune: "76540",
  },
  {
    key: "pontarlier",
    fabrique: "emergence",
    name: "Communauté de communes du Grand Pontarlier",
    kind: "local_authority",
    legalForm: "EPCI",
    commune: "25462",
  },
  {
    key: "solivers",
    fabrique: "emergence",
    name: "Solivers",
    kind: "adapted_enterprise",
    adaptedEnterprise: true,
    legalForm: "Entreprise adaptée",
  },
  {
    key: "adapei",
    fabrique: "emergence",
    name: "Adapei du Doubs",
    kind: "association",
    legalForm: "Association loi 1901",
    adaptedEnterprise: false,
  },
  {
    key: "franceActive",
    fabrique: "emergence",
    name: "France Active Franche-Comté",
    kind: "funder",
    legalForm: "Association loi 1901",
  },
  {
    key: "bfc",
    fabrique: "emergence",
    name: "Région Bourgogne-Franche-Comté",
    kind: "local_authority",
    legalForm: "Région",
  },
  {
    key: "siaeGironde",
    fabrique: "atis",
    name: "Chantier d'insertion des Chartrons (démo)",
    kind: "siae",
    siaeKind: "aci",
    legalForm: "Association loi 1901",
    commune: "33063",
  },
  {
    key: "eiBeaute",
    fabrique: "atis",
    name: "Entreprise d'insertion Rive droite (démo)",
    kind: "siae",
    siaeKind: "ei",
    legalForm: "SAS",
    commune: "33063",
  },
  {
    key: "bordeaux",
    fabrique: "atis",
    name: "Ville de Bordeaux",
    kind: "local_authority",
    legalForm: "Commune",
    commune: "33063",
  },
  {
    key: "gironde",
    fabrique: "atis",
    name: "Département de la Gironde",
    kind: "local_authority",
    legalForm: "Département",
  },
  {
    key: "socioEsth",
    fabrique: "atis",
    name: "Collectif de socio-esthéticiennes de Gironde (démo)",
    kind: "association",
    legalForm: "Association loi 1901",
  },
  {
    key: "princess",
    fabrique: "atis",
    name: "Princ'ESS",
    kind: "siae",
    siaeKind: "ei",
    legalForm: "SAS (entreprise d'insertion)",
    esusUntil: "2027-03-31",
    commune: "33063",
  },
];

export type DemoSignal = {
  key: string;
  fabrique: DemoFabrique;
  kind: SignalKind;
  title: string;
  description: string;
  commune: string;
  themes: string[];
  channel: SignalChannel;
  source: string;
  status: SignalStatus;
  on: string;
  wakeUpOn?: string;
};

export const demoSignals: DemoSignal[] = [
  {
    key: "rouenNeed",
    fabrique: "adress",
    kind: "need",
    title: "Plus de services de proximité pour les aînés des Hauts de Rouen",
    description:
      "Les équipes de la Ville signalent que dans le quartier prioritaire des Hauts de Rouen, les personnes âgées n'ont plus de commerce, de point poste ni d'aide pour les petites démarches du quotidien.",
    commune: "76540",
    themes: ["bien-vieillir", "services-proximite"],
    channel: "commissioner",
    source: "Ville de Rouen — direction de la cohésion sociale",
    status: "converted",
    on: "2024-03-04",
  },
  {
    key: "rouenMobility",
    fabrique: "adress",
    kind: "need",
    title: "Se rendre aux rendez-vous médicaux sans voiture à Elbeuf",
    description:
      "Des habitants âgés d'Elbeuf renoncent à des consultations faute de transport accompagné ; le CCAS reçoit des demandes chaque semaine.",
    commune: "76231",
    themes: ["mobilite", "bien-vieillir"],
    channel: "idea_sensor",
    source: "CCAS d'Elbeuf (démo)",
    status: "new",
    on: "2026-11-18",
  },
  {
    key: "rouenPremises",
    fabrique: "adress",
    kind: "resource",
    title: "Un rez-de-chaussée commercial vacant place du Vieux-Marché",
    description:
      "Un bailleur social propose un local de 120 m² vacant depuis deux ans pour une activité utile au quartier, à loyer modéré.",
    commune: "76540",
    themes: ["services-proximite"],
    channel: "workshop",
    source: "Bailleur social (démo)",
    status: "qualified",
    on: "2026-10-02",
  },
  {
    key: "rouenParked",
    fabrique: "adress",
    kind: "idea",
    title: "Une laverie solidaire au pied des immeubles",
    description:
      "Une habitante propose une laverie associative avec un espace café ; l'idée attend la fin des travaux de rénovation urbaine.",
    commune: "76540",
    themes: ["lien-social", "services-proximite"],
    channel: "public_form",
    source: "Habitante du quartier",
    status: "parked",
    on: "2026-05-12",
    wakeUpOn: "2026-11-20",
  },
  {
    key: "pontarlierNeed",
    fabrique: "emergence",
    kind: "need",
    title: "Des emplois en milieu ordinaire pour les travailleurs handicapés du Haut-Doubs",
    description:
      "L'Adapei du Doubs et l'entreprise adaptée Solivers cherchent des métiers ouverts sur la clientèle pour des travailleurs handicapés du secteur de Pontarlier.",
    commune: "25462",
    themes: ["handicap-inclusion", "alimentation-durable"],
    channel: "catalogue",
    source: "Adapei du Doubs",
    status: "converted",
    on: "2016-01-18",
  },
  {
    key: "besanconRepair",
    fabrique: "emergence",
    kind: "replication",
    title: "Un atelier vélo solidaire comme à Dijon",
    description:
      "Une association de cyclistes a vu un atelier d'autoréparation de vélos en insertion à Dijon et voudrait le même à Besançon.",
    commune: "25056",
    themes: ["mobilite", "economie-circulaire"],
    channel: "idea_sensor",
    source: "Association de cyclistes (démo)",
    status: "new",
    on: "2026-11-09",
  },
  {
    key: "bordeauxWomen",
    fabrique: "atis",
    kind: "need",
    title: "Des réponses d'insertion pour les femmes éloignées de l'emploi",
    description:
      "Les structures d'insertion de la métropole constatent que les femmes qu'elles accompagnent restent éloignées de l'emploi : confiance en soi, image de soi, garde d'enfants.",
    commune: "33063",
    themes: ["insertion-emploi"],
    channel: "commissioner",
    source: "Réseau des SIAE de Gironde (démo)",
    status: "converted",
    on: "2015-09-14",
  },
  {
    key: "bordeauxFood",
    fabrique: "atis",
    kind: "need",
    title: "Une épicerie de proximité à Cenon",
    description:
      "Les habitants du haut de Cenon n'ont plus de commerce alimentaire à moins de vingt minutes à pied depuis la fermeture de la supérette.",
    commune: "33119",
    themes: ["alimentation-durable", "services-proximite"],
    channel: "public_form",
    source: "Conseil citoyen (démo)",
    status: "new",
    on: "2026-11-21",
  },
];

export type DemoMeeting = {
  kind: MeetingKind;
  title: string;
  on: string;
  place: string;
  minutes?: string;
  participants: string[];
  headcount?: number;
  decision?: {
    kind: DecisionKind;
    path?: DecisionPath;
    stage: WorkingStage;
    rationale: string;
    decidedBy: string;
  };
};

export type DemoInitiative = {
  id?: string;
  key: string;
  fabrique: DemoFabrique;
  title: string;
  summary: string;
  description: string;
  commune: string;
  themes: string[];
  publics: string[];
  entryPoint: EntryPoint;
  modelExternalId?: string;
  commissioner?: string;
  signals?: string[];
  /** The stages it went through, with the day it entered each; the last is the current one. */
  history: [WorkingStage | "dormant" | "abandoned", string][];
  wakeUpOn?: string;
  abandonReason?: string;
  partners?: [string, PartnerRole][];
  meetings?: DemoMeeting[];
  studyFinal?: boolean;
  /** Retained carriers lead unless `lead: false` (a co-carrier beside the lead). */
  carriers?: {
    kind: CarrierKind;
    name: string;
    organisation?: string;
    chosen?: boolean;
    lead?: boolean;
    note?: string;
  }[];
  handover?: {
    on: string;
    transferred: ("study" | "model" | "contacts" | "forecast" | "premises" | "funding" | "brand")[];
    conditions: string;
  };
  outcome?: {
    kind: OutcomeKind;
    modelExternalId?: string;
    organisation?: string;
    activityName: string;
    openedOn: string;
    jobs: number;
    insertion: number;
    disability: number;
    proposesModel?: string;
  };
  followUps?: {
    months: 6 | 12 | 36;
    on: string;
    jobs: number;
    insertion: number;
    disability: number;
    revenueEuros?: number;
    beneficiaries?: number;
    note: string;
  }[];
  tasks?: { title: string; due: string }[];
};

/** Each demo Fabrique's id, slug and programme officer. */
export const demoFabriqueRefs: Record<DemoFabrique, { id: string; slug: string; officer: string }> = {
  adress: { id: demoIds.fabriques.adress, slug: "adress", officer: demoIds.users.adress },
  emergence: { id: demoIds.fabriques.emergence, slug: "emergence", officer: demoIds.users.emergence },
  atis: { id: demoIds.fabriques.atis, slug: "atis", officer: demoIds.users.atis },
};

/** A demo date (`YYYY-MM-DD` at 9:00 UTC, or a Paris local `YYYY-MM-DDTHH:MM:SS`). */
export const demoDay = (date: string) =>
  new Date(date.length === 10 ? `${date}T09:00:00.000Z` : `${date}.000+01:00`);

export { demoIds };
