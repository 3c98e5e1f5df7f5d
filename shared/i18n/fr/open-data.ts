/** The open data of launched activities (issue 16, decision record 0102). */
export const openData = {
  title: "Données ouvertes",
  linkLabel: "Données ouvertes",
  intro:
    "Les activités lancées grâce au réseau des Fabriques à initiatives, librement réutilisables : leur nom, le modèle essaimé, le territoire, l'année d'ouverture, leur nature et les emplois créés au lancement. Rien d'autre n'est publié.",
  licence: "Licence Ouverte 2.0 (Etalab)",
  licenceSentence:
    "Ces données sont publiées sous la {licence} : vous pouvez les copier, les modifier et les réutiliser, y compris à des fins commerciales, en citant la source « Essaim — réseau des Fabriques à initiatives » et la date de mise à jour.",
  downloads: "Télécharger",
  csv: "Fichier CSV (séparateur point-virgule, UTF-8)",
  json: "JSON (API)",
  schema:
    "Le schéma des données est décrit dans docs/open-data/activities.md ; il ne change pas sans nouvelle version de l'API.",
  count: "{count} activités lancées, page {page} sur {pages}.",
  none: "Aucune activité lancée n'est encore publiée.",
  caption: "Activités lancées",
  columns: {
    name: "Activité",
    model: "Modèle essaimé",
    territory: "Territoire",
    territoryCode: "Code du territoire",
    territoryKind: "Type de territoire",
    year: "Année d'ouverture",
    kind: "Nature",
    jobs: "Emplois (ETP)",
    insertion: "dont insertion (ETP)",
    disability: "dont handicap (ETP)",
  },
  previous: "Page précédente",
  next: "Page suivante",
} as const;
