/**
 * The first thesaurus of the field, loaded once as reference data into `search_synonym`; the
 * network animator extends it from there. Each group lists expressions a programme officer uses
 * for the same thing; a query containing one of them also looks for the others. A group may name
 * the theme its words are about. Keep groups narrow: a generic word ("solidaire", "projet") in a
 * group would pull half the catalogue into every query.
 */
export type SynonymGroupReference = { terms: string[]; themeCode: string | null; note?: string };

export const thesaurusReferences: SynonymGroupReference[] = [
  {
    terms: [
      "personnes âgées",
      "seniors",
      "aînés",
      "bien vieillir",
      "vieillissement",
      "retraités",
      "troisième âge",
    ],
    themeCode: "bien-vieillir",
  },
  {
    terms: ["perte d'autonomie", "dépendance", "maintien à domicile", "aide à domicile", "aidants"],
    themeCode: "bien-vieillir",
  },
  {
    terms: ["isolement", "isolées", "isolés", "solitude", "rompre l'isolement", "lien social"],
    themeCode: "lien-social",
  },
  {
    terms: ["entraide", "bénévolat", "bénévoles", "solidarité de voisinage", "voisins"],
    themeCode: "lien-social",
  },
  {
    terms: [
      "insertion",
      "IAE",
      "insertion par l'activité économique",
      "SIAE",
      "chantier d'insertion",
      "entreprise d'insertion",
      "salariés en insertion",
    ],
    themeCode: "insertion-emploi",
  },
  {
    terms: [
      "retour à l'emploi",
      "demandeurs d'emploi",
      "chômeurs",
      "chômage",
      "éloignés de l'emploi",
      "privés d'emploi",
    ],
    themeCode: "insertion-emploi",
  },
  {
    terms: [
      "chômage de longue durée",
      "territoire zéro chômeur",
      "TZCLD",
      "entreprise à but d'emploi",
      "EBE",
    ],
    themeCode: "insertion-emploi",
  },
  {
    terms: [
      "handicap",
      "handicapés",
      "situation de handicap",
      "entreprise adaptée",
      "ESAT",
      "travail protégé",
      "travailleurs handicapés",
      "RQTH",
    ],
    themeCode: "handicap-inclusion",
  },
  {
    terms: [
      "handicap mental",
      "déficience intellectuelle",
      "trisomie",
      "autisme",
      "handicap cognitif",
      "handicap psychique",
    ],
    themeCode: "handicap-inclusion",
  },
  {
    terms: ["mobilité", "transport", "se déplacer", "déplacements", "permis de conduire"],
    themeCode: "mobilite",
  },
  {
    terms: ["auto-école sociale", "auto-école solidaire", "permis de conduire", "code de la route"],
    themeCode: "mobilite",
  },
  {
    terms: [
      "garage solidaire",
      "garage social",
      "réparation automobile",
      "entretien des véhicules",
      "réparer sa voiture",
    ],
    themeCode: "mobilite",
  },
  {
    terms: ["voiture", "véhicule", "automobile", "scooter", "deux-roues"],
    themeCode: "mobilite",
  },
  {
    terms: [
      "ressourcerie",
      "recyclerie",
      "réemploi",
      "réutilisation",
      "seconde main",
      "objets d'occasion",
      "valorisation des objets",
    ],
    themeCode: "economie-circulaire",
  },
  {
    terms: ["électroménager", "appareils électriques", "DEEE", "équipements électriques"],
    themeCode: "economie-circulaire",
  },
  {
    terms: ["matériaux de construction", "bois de chantier", "réemploi des matériaux", "BTP"],
    themeCode: "economie-circulaire",
  },
  {
    terms: ["déchets", "biodéchets", "compost", "compostage", "déchets organiques"],
    themeCode: "transition-ecologique",
  },
  {
    terms: [
      "épicerie",
      "supérette",
      "commerce alimentaire",
      "magasin d'alimentation",
      "commerce de proximité",
      "dernier commerce",
    ],
    themeCode: "services-proximite",
  },
  {
    terms: ["itinérant", "itinérante", "ambulant", "camion", "tournée", "mobile"],
    themeCode: "services-proximite",
  },
  {
    terms: ["rural", "milieu rural", "villages", "campagne", "zones rurales", "bourgs"],
    themeCode: "services-proximite",
  },
  {
    terms: [
      "épicerie solidaire",
      "épicerie sociale",
      "aide alimentaire",
      "précarité alimentaire",
      "petits budgets",
    ],
    themeCode: "alimentation-durable",
  },
  {
    terms: [
      "circuits courts",
      "produits locaux",
      "locavore",
      "producteurs locaux",
      "alimentation durable",
      "agriculture biologique",
    ],
    themeCode: "alimentation-durable",
  },
  {
    terms: ["restaurant", "restauration", "cantine", "traiteur", "repas"],
    themeCode: "alimentation-durable",
  },
  {
    terms: ["maraîchage", "jardin", "potager", "légumes", "agriculture urbaine"],
    themeCode: "alimentation-durable",
  },
  {
    terms: [
      "conciergerie",
      "services du quotidien",
      "petits services",
      "services de proximité",
      "dépôt de pain",
    ],
    themeCode: "services-proximite",
  },
  {
    terms: [
      "accès aux droits",
      "démarches administratives",
      "services publics",
      "médiation sociale",
      "non-recours",
    ],
    themeCode: "services-proximite",
  },
  {
    terms: ["quartier prioritaire", "QPV", "quartiers populaires", "politique de la ville"],
    themeCode: null,
    note: "Un lieu, pas un thème.",
  },
  {
    terms: ["logement", "habitat", "hébergement", "se loger"],
    themeCode: "habitat",
  },
  {
    terms: [
      "habitat inclusif",
      "habitat partagé",
      "maison partagée",
      "colocation solidaire",
      "habitat intergénérationnel",
      "cohabitation intergénérationnelle",
    ],
    themeCode: "habitat",
  },
  {
    terms: ["petite enfance", "crèche", "garde d'enfants", "mode de garde", "accueil du jeune enfant"],
    themeCode: "petite-enfance-parentalite",
  },
  {
    terms: ["parentalité", "soutien aux parents", "soutien à la parentalité", "familles"],
    themeCode: "petite-enfance-parentalite",
  },
  {
    terms: [
      "numérique",
      "informatique",
      "ordinateurs",
      "fracture numérique",
      "inclusion numérique",
      "illectronisme",
    ],
    themeCode: "numerique",
  },
  {
    terms: ["énergie", "électricité", "énergies renouvelables", "photovoltaïque", "précarité énergétique"],
    themeCode: "energie",
  },
  {
    terms: ["santé", "soins", "accès aux soins", "centre de santé", "désert médical", "médecin"],
    themeCode: "sante",
  },
  {
    terms: ["activité physique adaptée", "sport santé", "prévention des chutes", "gym douce"],
    themeCode: "sante",
  },
  {
    terms: ["tiers-lieu", "lieu partagé", "espace partagé", "café associatif"],
    themeCode: "lien-social",
  },
  {
    terms: ["culture", "patrimoine", "tourisme", "savoir-faire", "artisanat"],
    themeCode: "culture-tourisme",
  },
  {
    terms: ["jeunes", "jeunesse", "adolescents", "16-25 ans"],
    themeCode: null,
  },
  {
    terms: ["femmes", "mères isolées", "égalité femmes-hommes"],
    themeCode: null,
  },
  {
    terms: ["vêtements", "textile", "habillement", "couture"],
    themeCode: null,
  },
  {
    terms: ["meubles", "mobilier", "ébénisterie", "menuiserie"],
    themeCode: null,
  },
  {
    terms: ["prêt d'objets", "bibliothèque d'objets", "objethèque", "outils à emprunter"],
    themeCode: "economie-circulaire",
  },
  {
    terms: ["coopérative", "SCIC", "SCOP", "sociétaires"],
    themeCode: null,
  },
];
