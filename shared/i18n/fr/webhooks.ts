/** Outgoing webhooks of a Fabrique (issue 17): its settings page and refusals. */
export const webhooks = {
  refusals: {
    urlMissing: "Indiquez l'adresse qui recevra les événements, par exemple https://exemple.fr/essaim.",
    urlTooLong: "L'adresse est trop longue : 2 000 caractères au plus.",
    urlInvalid:
      "Cette adresse n'est pas une URL : tapez-la en entier, par exemple https://exemple.fr/essaim.",
    urlNotHttps: "L'adresse doit commencer par https:// : les événements ne partent que chiffrés.",
    urlCredentials:
      "Retirez l'identifiant et le mot de passe de l'adresse : la signature suffit à authentifier l'envoi.",
    urlPrivate:
      "Cette adresse mène à un réseau privé ou à la machine elle-même : indiquez une adresse publique.",
    eventsMissing: "Cochez au moins un événement à envoyer.",
    blocked:
      "Adresse refusée : elle mène à un réseau privé, à la machine elle-même ou à une adresse de lien local.",
    disabled: "Adresse désactivée avant l'envoi : rien n'est parti.",
    resendNotFailed: "Seul un envoi en échec peut être renvoyé : celui-ci est en attente ou déjà livré.",
    resendDisabled: "L'adresse de cet envoi est désactivée : réactivez-la avant de renvoyer.",
    tooMany: "Une Fabrique a au plus 10 adresses : supprimez-en une avant d'en ajouter.",
  },
  events: {
    signal_new: "Nouvelle remontée",
    stage_changed: "Changement d'étape d'un projet",
    copil_decision: "Décision du comité de pilotage",
    launch: "Lancement d'un projet",
  },
  statuses: { pending: "En attente", delivered: "Livré", failed: "Échec" },
  page: {
    title: "Webhooks de {name}",
    intro:
      "Un webhook envoie les événements de la Fabrique à vos propres outils (messagerie d'équipe, tableur, CRM) : une requête POST en JSON, signée dans l'en-tête X-Essaim-Signature (t=<horodatage>,v1=<HMAC-SHA256 hexadécimal de « t.corps »>).",
    link: "Webhooks",
    endpointsTitle: "Adresses enregistrées",
    none: "Aucune adresse enregistrée.",
    addTitle: "Ajouter une adresse",
    url: "Adresse (https)",
    events: "Événements à envoyer",
    add: "Ajouter l'adresse",
    secretTitle: "Secret de signature",
    secretOnce:
      "Copiez ce secret maintenant : il ne sera plus affiché. Votre outil s'en sert pour vérifier la signature X-Essaim-Signature.",
    active: "Active",
    disabled: "Désactivée",
    disable: "Désactiver",
    enable: "Réactiver",
    delete: "Supprimer",
    confirmDelete: "Supprimer l'adresse {url} et son journal d'envois ?",
    confirmDisable: "Désactiver l'adresse {url} ? Elle ne recevra plus rien jusqu'à sa réactivation.",
    confirm: "Confirmer",
    cancel: "Annuler",
    logTitle: "Journal des envois",
    logEmpty: "Aucun envoi pour l'instant.",
    logColumns: {
      time: "Date",
      event: "Événement",
      url: "Adresse",
      status: "État",
      httpStatus: "Code HTTP",
      attempts: "Tentatives",
      lastError: "Dernière erreur",
    },
    previous: "Envois plus récents",
    next: "Envois plus anciens",
    added: "Adresse ajoutée.",
    deleted: "Adresse supprimée.",
    updated: "Adresse mise à jour.",
    resend: "Renvoyer",
    resendLabel: "Renvoyer l'envoi du {date} à {url}",
    resent:
      "Envoi remis en file : il repart avec ses nouvelles tentatives ; son état s'affiche dans le journal.",
  },
} as const;
