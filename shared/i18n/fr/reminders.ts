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
} as const;
