export const reports = {
  title: "Rapports",
  intro:
    "Les chiffres d'une période, pour rendre compte au réseau et aux financeurs. Chaque chiffre a sa définition en bas de page.",
  form: {
    legend: "Période et périmètre",
    from: "Du",
    to: "Au",
    dateHelp: "Une date comme 01/01/2026, incluse.",
    scope: "Périmètre",
    submit: "Afficher le rapport",
    years: "Années civiles :",
  },
  scopes: {
    network: "Tout le réseau",
    region: "Région {name}",
    fabrique: "{name}",
    programme: "Programme « {name} »",
  },
  heading: "Du {from} au {to} — {scope}",
  previous: "Période précédente : du {from} au {to}.",
  notProgramme:
    "Les remontées et les campagnes ne relèvent d'aucun programme : ce rapport ne compte que les projets que le programme couvre.",
  notBuilt:
    "Pas encore dans les rapports : le suivi à 6, 12 et 36 mois, l'argent mobilisé et le temps passé par étape.",
  noneInPeriod: "Rien sur cette période.",
  noScope:
    "Aucun rapport ne vous est ouvert. Les rapports montrent les chiffres d'une Fabrique à son équipe, ceux du réseau à son animation, et ceux d'un programme aux partenaires qui le financent. Si votre structure finance un programme, demandez à la Fabrique de l'indiquer sur la fiche du programme.",
  columns: {
    label: "Libellé",
    count: "Nombre",
    current: "Période",
    previous: "Période précédente",
    stage: "Étape",
    atEnd: "À la fin de la période",
    entered: "Entrés pendant la période",
    left: "Sortis pendant la période",
    campaign: "Campagne",
    signals: "Remontées reçues",
    initiative: "Projet",
    fabrique: "Fabrique",
    date: "Date",
    reason: "Raison donnée",
    activity: "Activité",
    kind: "Nature",
    opensOn: "Ouverture",
    model: "Modèle essaimé",
    jobs: "Emplois (ETP)",
    insertion: "dont insertion (ETP)",
    disability: "dont handicap (ETP)",
    launches: "Activités lancées",
    abandonments: "Abandons",
    initiativesCreated: "Projets ouverts",
  },
  sections: {
    totals: "En résumé, comparé à la période précédente",
    signalsByKind: "Remontées reçues, par nature",
    signalsByChannel: "Remontées reçues, par canal",
    signalsByStatus: "Remontées reçues, par statut aujourd'hui",
    campaigns: "Campagnes et remontées reçues",
    stages: "Projets par étape",
    abandonments: "Abandons et leurs raisons",
    launchesByKind: "Activités lancées, par nature",
    launches: "Activités lancées pendant la période",
    planned: "Ouvertures prévues après la période",
    byFabrique: "Par Fabrique",
    definitions: "Définitions des chiffres",
  },
  total: "Total",
  /** One entry per figure (server/reports/report-definitions.ts): its label and its definition. */
  figures: {
    signalsReceived: {
      label: "Remontées reçues",
      definition:
        "Remontées enregistrées pendant la période (date de réception, heure de Paris), quel que soit leur canal, hors indésirables confirmées. Par statut : leur statut aujourd'hui.",
    },
    campaignSignals: {
      label: "Remontées par campagne",
      definition:
        "Campagnes ouvertes au moins un jour de la période, avec le nombre de remontées reçues pendant la période en réponse à chacune.",
    },
    initiativesCreated: {
      label: "Projets ouverts",
      definition:
        "Projets créés pendant la période (date de création, heure de Paris), quelle que soit leur étape aujourd'hui.",
    },
    initiativesAtEnd: {
      label: "Projets par étape à la fin de la période",
      definition:
        "Projets créés avant la fin de la période, comptés à l'étape où leur journal les place à la fin de son dernier jour (en veille et abandonnés compris).",
    },
    stageEntries: {
      label: "Entrées et sorties d'étape",
      definition:
        "Nombre de projets entrés dans l'étape (création comprise, pour la saisine) ou sortis de l'étape au moins une fois pendant la période, d'après leur journal.",
    },
    abandonments: {
      label: "Abandons",
      definition:
        "Projets passés à l'étape « Abandonné » pendant la période, avec la raison donnée à ce moment-là.",
    },
    launches: {
      label: "Activités lancées",
      definition:
        "Activités dont le projet a atteint l'accompagnement au lancement (ou le suivi, ou y dort) et dont la date d'ouverture est dans la période et déjà venue : la règle des lancements publics.",
    },
    planned: {
      label: "Ouvertures prévues",
      definition:
        "Activités dont le projet a atteint le lancement mais dont la date d'ouverture est après la période, ou dans la période et pas encore venue. Comptées à part, jamais dans les lancements.",
    },
    jobs: {
      label: "Emplois créés au lancement",
      definition:
        "Somme des équivalents temps plein annoncés au lancement des activités lancées pendant la période ; dont emplois d'insertion et emplois de travailleurs handicapés.",
    },
    byFabrique: {
      label: "Par Fabrique",
      definition:
        "Les mêmes chiffres répartis selon la Fabrique qui porte le projet ou qui a reçu la remontée.",
    },
    previousPeriod: {
      label: "Période précédente",
      definition:
        "La période de même durée qui finit la veille du premier jour de la période choisie, avec le même périmètre.",
    },
  },
  errors: {
    from: "Indiquez la date de début, par exemple 01/01/2026.",
    to: "Indiquez la date de fin, par exemple 31/12/2026.",
    toBeforeFrom: "La date de fin doit être le même jour que la date de début ou après.",
    tooLong: "Choisissez une période de 10 ans au plus.",
    scope:
      "Indiquez le périmètre : network, region:<code>, fabrique:<adresse courte> ou programme:<identifiant>.",
  },
} as const;
