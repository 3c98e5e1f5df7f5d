/** Personal-data rights: the export of one's data, erasure (decision record 0137). */
export const privacy = {
  erase: {
    notYourself:
      "Vous ne pouvez pas effacer votre propre compte ici : demandez-le à une autre personne de l'animation du réseau.",
    confirmMismatch: "Recopiez exactement l'adresse e-mail de la personne à effacer pour confirmer.",
    erasedName: "Personne effacée",
  },
} as const;
