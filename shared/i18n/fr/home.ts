export const home = {
  title: "La plateforme des Fabriques à initiatives",
  intro:
    "Essaim accompagne les Fabriques à initiatives : repérer les besoins non couverts d'un territoire, co-construire une réponse, l'étudier, trouver qui la portera et l'essaimer ailleurs.",
  fabriquesTitle: "Les Fabriques du réseau",
  noFabriques: "Aucune Fabrique n'est encore inscrite sur cette installation.",
  noFabriquesHelp:
    "Les Fabriques du réseau apparaîtront ici dès qu'un·e animateur·rice réseau les aura créées.",
} as const;
