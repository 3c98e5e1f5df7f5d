export const catalogue = {
  why: {
    fields: {
      title: "le titre",
      tags: "les mots-clés",
      summary: "le résumé",
      description: "la description",
    },
    and: "et",
    term: "« {word} » dans {where}",
    synonym: "« {term} » (synonyme de « {of} ») dans {where}",
    typo: "« {found} » (pour « {word} ») dans {where}",
    theme: "thème « {theme} » (d'après « {via} »)",
  },
  search: {
    statusNeedsAccount: "Connectez-vous pour voir les brouillons et les modèles archivés.",
  },
  legalForms: {
    association: "Association",
    scic: "SCIC",
    scop: "SCOP",
    sas: "SAS",
    sarl: "SARL",
    fondation: "Fondation",
    collectivite: "Collectivité ou établissement public",
  },
  replicationTypes: {
    dissemination: "Dissémination",
    social_franchise: "Franchise sociale",
    subsidiary: "Filiale",
    open_source: "Open source",
  },
  statuses: {
    draft: "Brouillon",
    published: "Publié",
    archived: "Archivé",
  },
} as const;
