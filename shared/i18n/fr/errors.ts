export const errors = {
  INVALID_INPUT: "Certaines informations sont invalides. Corrigez les champs signalés.",
  UNAUTHENTICATED: "Vous devez être connecté·e pour accéder à cette ressource.",
  INVALID_CREDENTIALS: "Adresse e-mail ou mot de passe incorrect.",
  FORBIDDEN: "Vous n'avez pas les droits nécessaires pour cette action.",
  NOT_FOUND: "Cette ressource n'existe pas ou ne vous est pas accessible.",
  CONFLICT: "Cette action entre en conflit avec une donnée existante.",
  TRANSITION_REFUSED: "Ce changement de statut n'est pas possible pour le moment.",
  WRITE_REFUSED: "Cette action n'est pas possible à l'étape où en est le projet.",
  TOKEN_INVALID: "Ce lien n'est plus valide : il a expiré ou a déjà été utilisé.",
  RATE_LIMITED: "Trop de tentatives. Réessayez dans quelques minutes.",
  UNAVAILABLE:
    "Le service est momentanément indisponible : la base de données ne répond pas. Réessayez dans quelques instants.",
  unavailableTitle: "Service momentanément indisponible",
  BUSY: "Essaim reçoit trop de demandes en ce moment. Réessayez dans quelques secondes.",
  INTERNAL: "Une erreur inattendue s'est produite. L'équipe technique a été prévenue.",
  CSRF: "Le formulaire a expiré. Rechargez la page et réessayez.",
} as const;
