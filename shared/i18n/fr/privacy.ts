/** Personal-data rights: the export of one's data, erasure (decision record 0137). */
export const privacy = {
  page: {
    title: "Mes données personnelles",
    intro:
      "Vous pouvez télécharger tout ce que ce service enregistre sur vous : votre compte et chaque ligne qui vous nomme (par votre compte ou par votre adresse e-mail). Chaque téléchargement est inscrit au journal d'audit.",
    json: "Télécharger mes données (JSON, pour les réutiliser)",
    html: "Télécharger mes données (page lisible, HTML)",
    accountLink: "Voir et télécharger mes données personnelles",
    eraseTitle: "Demander l'effacement de mes données",
    eraseIntro:
      "L'animation du réseau reçoit votre demande et efface votre compte : vos sessions et jetons sont révoqués, vos accès retirés ; ce que vous avez écrit (signaux, notes) reste pour la Fabrique, sans votre nom ni votre adresse.",
    reason: "Motif (facultatif)",
    confirm: "Je demande l'effacement de mon compte et de mes données personnelles",
    confirmRequired: "Cochez la case pour confirmer votre demande d'effacement.",
    submit: "Envoyer ma demande d'effacement",
    requested: "Votre demande d'effacement est enregistrée. L'animation du réseau la traitera.",
    alreadyRequested: "Demande d'effacement envoyée le {date}.",
  },
  people: {
    title: "Personnes : effacement des données",
    intro:
      "Effacer une personne supprime son compte : ses sessions et jetons sont révoqués, ses accès retirés. Les signaux qu'elle a déposés gardent leur contenu et perdent son nom et son adresse ; ses fiches de contact sont vidées. L'effacement est inscrit au journal d'audit, sans son nom.",
    requestsTitle: "Demandes d'effacement en attente",
    noRequests: "Aucune demande d'effacement en attente.",
    requestedOn: "Demande du {date}",
    reason: "Motif : {reason}",
    fabriques: "Fabriques : {list}",
    noFabrique: "Aucune Fabrique",
    searchTitle: "Trouver une personne",
    searchLabel: "Adresse e-mail de la personne",
    search: "Chercher",
    notFound: "Aucun compte avec l'adresse {email}.",
    confirmLabel: "Pour confirmer, recopiez son adresse e-mail ({email})",
    erase: "Effacer {name}",
    erased:
      "La personne a été effacée : {signals} signal(s) gardé(s) sans son identité, {contacts} fiche(s) de contact vidée(s).",
    navLabel: "Personnes",
  },
  document: {
    title: "Données personnelles de {name}",
    exportedAt: "Exporté le {date}",
    account: "Compte",
    id: "Identifiant",
    email: "Adresse e-mail",
    name: "Nom",
    createdAt: "Compte créé le",
    networkAnimator: "Animation du réseau",
    yes: "oui",
    no: "non",
    section: "{table} (par {column}) : {count} ligne(s)",
    none: "Aucune autre donnée ne vous concerne.",
  },
  erase: {
    notYourself:
      "Vous ne pouvez pas effacer votre propre compte ici : demandez-le à une autre personne de l'animation du réseau.",
    confirmMismatch: "Recopiez exactement l'adresse e-mail de la personne à effacer pour confirmer.",
    erasedName: "Personne effacée",
  },
} as const;
