export const savedViews = {
  lists: {
    signals: "Remontées",
    initiatives: "Projets",
  },
  title: "Mes vues enregistrées",
  intro:
    "Les filtres que vous avez enregistrés sur les listes de remontées et de projets. Elles ne sont visibles que par vous.",
  heading: "Vues enregistrées",
  none: "Aucune vue enregistrée.",
  saveTitle: "Enregistrer ces filtres",
  saveHelp: "Un nom pour retrouver ces filtres, par exemple « Mes besoins en veille à Rouen ».",
  name: "Nom de la vue",
  save: "Enregistrer la vue",
  delete: "Supprimer",
  deleteTitle: "Supprimer la vue « {name} »",
  confirm: "Je confirme la suppression",
  confirmDelete: "Supprimer définitivement",
  saved: "La vue « {name} » est enregistrée.",
  deleted: "La vue est supprimée.",
  backTo: "Retour à la liste",
  manage: "Gérer mes vues",
  failedTitle: "La vue n'a pas été enregistrée",
  validation: {
    name: "Donnez un nom de 2 à 80 caractères.",
    nameTaken: "Vous avez déjà une vue de ce nom sur cette liste.",
    list: "Liste inconnue.",
    query: "Ces filtres sont trop longs pour être enregistrés.",
    tooMany:
      "Vous avez atteint {max} vues sur cette liste : supprimez-en une avant d'en enregistrer une autre.",
    confirm: "Cochez « Je confirme la suppression » pour supprimer la vue.",
  },
} as const;
