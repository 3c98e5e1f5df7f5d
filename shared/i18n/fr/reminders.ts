/** Reminder mails sent by the scheduled `reminders` job (server/reminders/). */
export const reminders = {
  wakeUpInitiative: {
    subject: "Essaim — le projet « {title} » sort de veille",
    text: `Bonjour {name},

Le projet {reference} « {title} » était en veille jusqu'au {date}. Une tâche « {task} » vous attend pour décider de la suite.

Le projet : {url}`,
    task: "Réveiller le projet {reference} : décider de la suite",
  },
  wakeUpSignal: {
    subject: "Essaim — la remontée « {title} » est à revoir",
    text: `Bonjour {name},

La remontée {reference} « {title} » était en attente jusqu'au {date}. Une tâche « {task} » a été créée pour l'équipe.

La remontée : {url}`,
    task: "Revoir la remontée en attente {reference}",
  },
  stale: {
    subject: "Essaim — « {title} » sans activité depuis {days} jours",
    text: `Bonjour {name},

Le projet {reference} « {title} » n'a plus d'activité depuis le {date} ({days} jours), à l'étape « {stage} » : au-delà de {threshold} jours à cette étape, Essaim vous le signale.

Le projet : {url}

Vous recevez ce courriel une fois ; une nouvelle activité puis un nouveau silence en amèneront un autre.`,
    notice: "Sans activité depuis {days} jours (signalé au-delà de {threshold} jours à l'étape « {stage} »).",
    cardTitle: "Projets sans activité",
    cardNone: "Aucun de vos projets n'est sans activité depuis trop longtemps.",
    cardItem: "{stage}, sans activité depuis {days} jours",
  },
  silence: {
    title: "Projets sans activité à {name}",
    intro:
      "Un projet resté à une étape sans aucune ligne dans son historique plus longtemps que le nombre de jours indiqué est signalé « sans activité », et son ou sa chargé·e de mission reçoit un rappel. Fixez ici les délais de votre Fabrique.",
    link: "Délais avant « sans activité »",
    stage: "Étape",
    days: "Jours sans activité",
    installation: "Par défaut sur cette installation : {days}",
    never: "jamais",
    help: "Laissez vide pour garder la valeur par défaut ; 0 pour ne jamais signaler cette étape.",
    save: "Enregistrer les délais",
    saved: "Les délais de la Fabrique sont enregistrés.",
    invalid:
      "Indiquez un nombre entier de jours entre 0 et 999 pour « {stage} », ou laissez vide pour la valeur par défaut.",
  },
} as const;
