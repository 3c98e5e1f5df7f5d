/** Similar signals and initiatives across the network (duplicates, "Ce qui existe déjà"). */
export const similar = {
  why: {
    same: "même territoire",
    epci: "même intercommunalité",
    departement: "même département",
    region: "même région",
    theme: "thème commun : {theme}",
    text: "texte proche à {percent}",
  },
  panel: {
    signalsTitle: "Remontées semblables dans le réseau",
    signalsNone: "Aucune remontée semblable dans le réseau.",
    signalsHow:
      "Autour de ce territoire (même commune, même intercommunalité), tout titre proche compte, fautes de frappe comprises ; ailleurs dans le réseau, seuls les titres qui reprennent tous les mots importants de celui-ci.",
    initiativesTitle: "Projets semblables dans le réseau",
    initiativesNone: "Aucun projet semblable dans le réseau.",
    ownFabrique: "votre Fabrique",
    contact: "Contacter {fabrique}",
    noContact: "{fabrique} n'a pas indiqué d'adresse de contact.",
    whyLabel: "Pourquoi :",
  },
  draft: {
    title: "Déjà signalé ?",
    intro:
      "Pendant la saisie du titre et de la description, les remontées et projets semblables du réseau s'affichent ici.",
    noScript:
      "Après « Enregistrer », la page de la remontée montre les remontées et projets semblables du réseau.",
    tooShort: "Saisissez un titre pour voir les remontées et projets semblables.",
    loading: "Recherche de remontées et projets semblables…",
    found: "{count} élément(s) semblable(s) trouvé(s) dans le réseau.",
    none: "Rien de semblable dans le réseau pour l'instant.",
    failed: "La recherche de remontées semblables n'a pas abouti ; vous pouvez enregistrer quand même.",
  },
} as const;
