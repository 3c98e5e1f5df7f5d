/** The opportunity study, the carrier and handover, the outcome and follow-up, a model's lineage. */
export const studies = {
  sections: {
    context: {
      title: "Contexte et demande",
      help: "D'où vient le projet : qui a saisi la Fabrique, sur quel territoire, avec quelle demande.",
    },
    needs: {
      title: "Besoins et éléments de preuve",
      help: "Les besoins constatés, les personnes concernées, leur nombre, les sources (enquêtes, remontées, chiffres).",
    },
    existing_offer: {
      title: "Offre existante et complémentarité",
      help: "Ce qui existe déjà sur le territoire et en quoi la réponse proposée le complète sans le dupliquer.",
    },
    benchmark: {
      title: "Parangonnage des solutions",
      help: "Les solutions vues ailleurs : locales, modèles du catalogue, projets du réseau des Fabriques.",
    },
    scenarios: {
      title: "Scénarios",
      help: "Les réponses possibles envisagées, avec leurs avantages et leurs limites.",
    },
    service_offer: {
      title: "Offre de service proposée",
      help: "Ce que l'activité fera, pour qui, où, à quel prix ou à quelles conditions.",
    },
    economic_model: {
      title: "Modèle économique",
      help: "L'hybridation des ressources : ventes, financements publics, bénévolat ; le prévisionnel retenu.",
    },
    partners_governance: {
      title: "Partenaires et gouvernance",
      help: "Les partenaires engagés, leur rôle, la gouvernance envisagée.",
    },
    carrier_legal_form: {
      title: "Scénarios de portage et forme juridique",
      help: "Structure existante, personne à accompagner, structure à créer ; la forme juridique la plus adaptée.",
    },
    impact: {
      title: "Impact attendu et indicateurs",
      help: "Les effets attendus (emplois, personnes accompagnées, lien social…) et comment les mesurer.",
    },
    risks: {
      title: "Risques",
      help: "Ce qui pourrait empêcher la réussite, et comment y parer.",
    },
    recommendation: {
      title: "Recommandation",
      help: "Go ou no-go, et pourquoi, pour le comité de pilotage.",
    },
  },
  study: {
    title: "Étude d'opportunité",
    intro: "Chaque enregistrement crée une nouvelle version : rien de ce qui a été écrit n'est perdu.",
    noVersion:
      "Aucune version enregistrée pour l'instant. Le formulaire ci-dessous propose un premier contenu.",
    prefillNotice:
      "Certaines sections sont pré-remplies à partir des remontées d'origine et du catalogue : ce n'est qu'une proposition, enregistrée seulement quand vous enregistrez.",
    current: "Version {version} ({status}), par {name}, le {date}",
    currentNoAuthor: "Version {version} ({status}), le {date}",
    statuses: { draft: "brouillon", final: "définitive" },
    save: "Enregistrer une nouvelle version",
    saved: "Nouvelle version enregistrée.",
    finalised: "Version marquée comme définitive.",
    journalSaved: "Version {version} de l'étude enregistrée",
    journalFinal: "Version {version} de l'étude marquée comme définitive",
    missingOne:
      "La version {version} ne peut pas être marquée comme définitive : la section « {sections} » est vide. Rédigez-la, enregistrez une nouvelle version, puis marquez-la comme définitive.",
    missingMany:
      "La version {version} ne peut pas être marquée comme définitive : les sections {sections} sont vides. Rédigez-les, enregistrez une nouvelle version, puis marquez-la comme définitive.",
    requiredHelp: "Sections à remplir avant de marquer une version comme définitive : {sections}.",
    required: "obligatoire pour une version définitive",
    readOnly: "Vous pouvez lire l'étude mais pas la modifier.",
    conflict:
      "Quelqu'un a enregistré une version plus récente pendant que vous écriviez (version {version}, par {name}, le {date}). Votre texte est conservé ci-dessous : relisez la version {version}, puis enregistrez à nouveau pour la remplacer.",
    conflictNoAuthor:
      "Une version plus récente a été enregistrée pendant que vous écriviez (version {version}, le {date}). Votre texte est conservé ci-dessous : enregistrez à nouveau pour la remplacer.",
    note: "Note de version",
    noteHelp: "Facultatif : ce qui change dans cette version.",
    forecast: "Prévisionnel retenu",
    forecastHelp: "Le scénario de prévisionnel sur lequel repose le modèle économique.",
    forecastNone: "Aucun prévisionnel pour ce projet",
    forecastNotChosen: "— Aucun prévisionnel retenu —",
    forecastLink: "Voir le prévisionnel « {name} »",
    versionsTitle: "Versions",
    versionsCaption: "Versions de l'étude, de la plus récente à la plus ancienne",
    columns: {
      version: "Version",
      status: "Statut",
      author: "Auteur·rice",
      date: "Date",
      actions: "Actions",
    },
    view: "Lire la version {version}",
    markFinal: "Marquer la version {version} comme définitive",
    viewing: "Vous lisez la version {version}, enregistrée par {name} le {date}.",
    viewingNoAuthor: "Vous lisez la version {version}, enregistrée le {date}.",
    backToCurrent: "Revenir au formulaire",
    emptySection: "(section non rédigée)",
    pdf: "Télécharger l'étude en PDF",
    printed: "Version {version} ({status}) — imprimée le {date}",
    pdfFabrique: "Fabrique : {name}",
    pdfTerritory: "Territoire : {name}",
    pdfPage: "Page {page} sur {pages}",
    pdfForecast: "Prévisionnel retenu : {name}",
    prefill: {
      signalLine: "Remontée {reference} « {title} »",
      coverage: "Conclusion sur l'existant : {conclusion}",
      coverageUnknown: "Conclusion sur l'existant : non renseignée",
      offerIntro: "Services repérés sur le territoire :",
      noOffer: "Aucun service repéré sur le territoire dans ces thèmes.",
      offerUnavailable: "L'offre existante sur le territoire n'a pas pu être recherchée.",
      modelsIntro: "Modèles du catalogue qui répondent à un besoin proche :",
    },
  },
} as const;
