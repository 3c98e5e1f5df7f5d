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
    funder: "Financeur « {name} » (tous ses programmes)",
  },
  /** The territory kinds a report may be restricted to (server/reports/territory-class.ts). */
  territoryClasses: {
    qpv: "Quartiers prioritaires (QPV)",
    pvd: "Petites villes de demain",
    rural: "Communes rurales (moins de 2 000 habitants)",
  },
  heading: "Du {from} au {to} — {scope}",
  previous: "Période précédente : du {from} au {to}.",
  notProgramme:
    "Les remontées et les campagnes ne relèvent d'aucun programme : ce rapport ne compte que les projets que le programme couvre.",
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
  /** The figures of decision records 0095–0099. */
  more: {
    previousShort: "préc. {value}",
    staysEnded: "Passages terminés",
    medianDays: "Durée médiane (jours)",
    dormantCount:
      "{count} projet(s) sans aucune ligne de journal depuis plus de {months} mois à la fin de la période.",
    lastNews: "Dernière nouvelle",
    milestone: "Échéance",
    months: "{months} mois",
    due: "Échéances venues",
    recorded: "Saisies",
    overdue: "En retard",
    stillRunning: "Activités encore en marche",
    announcedJobs: "Emplois annoncés au lancement (ETP)",
    measuredJobs: "Emplois mesurés (ETP)",
    beneficiaries: "Personnes accueillies",
    overdueList: "Suivis en retard",
    dueOn: "Attendu le",
    replicationShare:
      "{replications} essaimage(s) et {newModels} nouveau(x) modèle(s) : part des essaimages {share} (période précédente : {previous}).",
    noModel: "Modèle retiré du catalogue",
    withForecast: "{count} activité(s) lancée(s) avec un prévisionnel retenu.",
    grantsByFunder: "Subventions accordées ou versées, par financeur",
    funder: "Financeur",
    unnamedFunder: "Financeur non nommé",
    amount: "Montant",
    financing: "Financements des prévisionnels retenus",
    financingKinds: {
      investment_grant: "Subventions d'investissement",
      equity: "Apports",
      loan: "Prêts",
      honour_loan: "Prêts d'honneur",
    },
    byProgramme: "Par programme",
    programme: "Programme",
    grants: "Subventions",
    region: "Région",
    noRegion: "Région non indiquée",
  },
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
    stageTime: {
      label: "Temps passé par étape",
      definition:
        "Pour chaque étape, les passages terminés pendant la période (le projet a quitté l'étape) et leur durée médiane en jours, de l'entrée dans l'étape (la création, pour la saisine) à la sortie, d'après le journal.",
    },
    dormant: {
      label: "Projets sans nouvelles",
      definition:
        "Projets créés avant la fin de la période, à une étape de la saisine au lancement à la fin de la période (ni en suivi, ni en veille, ni abandonnés), dont le journal n'a aucune ligne depuis plus de 6 mois à cette date. Les 500 plus longtemps sans nouvelles sont listés.",
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
    followUps: {
      label: "Suivis à 6, 12 et 36 mois",
      definition:
        "Échéances tombant pendant la période et déjà venues, 6, 12 ou 36 mois après l'ouverture d'une activité lancée (le dernier jour du mois s'il est plus court). Saisies : les chiffres ont été enregistrés, avec les emplois mesurés à côté de ceux annoncés au lancement. En retard : le jour est passé sans saisie, et aucun suivi antérieur n'a dit l'activité arrêtée (une activité arrêtée ne doit plus de suivi).",
    },
    replications: {
      label: "Essaimages par modèle",
      definition:
        "Parmi les activités lancées pendant la période : les essaimages d'un modèle du catalogue, par modèle, et leur part parmi tous les lancements ; les autres lancements (nouvelle structure, nouvelle activité) sont de nouveaux modèles.",
    },
    money: {
      label: "Argent mobilisé",
      definition:
        "Pour les activités lancées pendant la période dont le projet a un prévisionnel retenu (celui que nomme la dernière version de son étude d'opportunité) : les subventions d'exploitation accordées ou versées, par financeur nommé dans le prévisionnel ; les financements (subventions d'investissement, apports, prêts, prêts d'honneur) ; et par programme couvrant l'activité, les subventions de ces activités (un projet couvert par deux programmes compte dans chacun).",
    },
    volunteering: {
      label: "Bénévolat valorisé",
      definition:
        "La valorisation mensuelle des lignes de bénévolat des prévisionnels retenus de ces mêmes activités, sur la première année du prévisionnel (mois 1 à 12).",
    },
    byFabrique: {
      label: "Par Fabrique",
      definition:
        "Les mêmes chiffres répartis selon la Fabrique qui porte le projet ou qui a reçu la remontée.",
    },
    byRegion: {
      label: "Par région",
      definition:
        "Les chiffres par Fabrique additionnés selon la région de chaque Fabrique : les deux répartitions donnent les mêmes totaux.",
    },
    previousPeriod: {
      label: "Période précédente",
      definition:
        "La période de même durée qui finit la veille du premier jour de la période choisie (l'année d'avant pour une année civile), avec le même périmètre ; comparée pour les totaux, les répartitions par Fabrique et par région, les remontées et les lancements par nature, et les essaimages.",
    },
  },
  errors: {
    from: "Indiquez la date de début, par exemple 01/01/2026.",
    to: "Indiquez la date de fin, par exemple 31/12/2026.",
    toBeforeFrom: "La date de fin doit être le même jour que la date de début ou après.",
    tooLong: "Choisissez une période de 10 ans au plus.",
    scope:
      "Indiquez le périmètre : network, region:<code>, fabrique:<adresse courte>, programme:<identifiant>, funder:<identifiant> ou territory:qpv, territory:pvd, territory:rural.",
  },
} as const;
