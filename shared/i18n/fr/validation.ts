/**
 * The sentences a person reads when a value is refused and no domain wrote a better one: what is
 * wrong and what to type instead, with figures as French writes them. The error map in
 * `server/core/validation.ts` picks one per validator issue; domains override them with their own
 * sentences (`{ error: … }`) where they know more (the field's unit, an example).
 */
export const validation = {
  required: "Ce champ est obligatoire : renseignez-le.",
  text: "Saisissez un texte.",
  number: "Saisissez un nombre, en chiffres (par exemple 12).",
  integer: "Saisissez un nombre entier, sans virgule (par exemple 12).",
  boolean: "Indiquez oui ou non (true ou false).",
  list: "Donnez une liste de valeurs.",
  group: "Renseignez les informations de ce bloc (un objet JSON avec ses champs).",
  wrongType: "Cette valeur n'est pas du type attendu : vérifiez ce champ.",
  textTooShort: "Saisissez au moins {min} caractères.",
  textTooLong: "Saisissez au plus {max} caractères (le texte en compte {length}).",
  numberAtLeast: "Saisissez un nombre supérieur ou égal à {min}.",
  numberAbove: "Saisissez un nombre supérieur à {min}.",
  numberAtMost: "Saisissez un nombre inférieur ou égal à {max}.",
  numberBelow: "Saisissez un nombre inférieur à {max}.",
  listAtLeastOne: "Choisissez au moins une valeur.",
  listAtLeast: "Choisissez au moins {min} valeurs.",
  listAtMost: "Choisissez au plus {max} valeurs.",
  multipleOf: "Saisissez un multiple de {divisor}.",
  oneOf: "Choisissez une des valeurs proposées : {values}.",
  exactly: "Seule la valeur {value} est acceptée ici.",
  email: "Saisissez une adresse e-mail complète, par exemple nom@exemple.fr.",
  url: "Saisissez une adresse web complète, par exemple https://exemple.fr.",
  uuid: "Cet identifiant n'est pas reconnu : choisissez un élément existant (identifiant au format UUID).",
  date: "Saisissez une date qui existe au calendrier, au format JJ/MM/AAAA ou AAAA-MM-JJ (par exemple 01/12/2026).",
  dateRange: "Saisissez une date entre l'an {min} et l'an {max}.",
  dateTime: "Saisissez une date et une heure, par exemple 2026-12-01T14:30:00Z.",
  format: "Ce format n'est pas reconnu : vérifiez ce que vous avez saisi.",
  unknownFields: "Champ inconnu : {keys}. Retirez-le ou vérifiez son nom.",
  unknownParameter: "Paramètre inconnu : « {name} ». Paramètres acceptés : {known}.",
  noParameters: "Paramètre inconnu : « {name} ». Cette adresse n'accepte aucun paramètre.",
  invalidElement: "Une des valeurs de cette liste n'est pas acceptée : vérifiez-les.",
  invalid: "Cette valeur n'est pas acceptée : vérifiez ce champ.",
  nulByte:
    "Ce texte contient un caractère invisible (octet nul) qui ne peut pas être enregistré : retirez-le, par exemple en retapant le texte au lieu de le coller.",
  nulBytePage:
    "Ce que vous avez envoyé contient un caractère invisible (octet nul) qui ne peut pas être enregistré. Revenez en arrière, retirez-le (par exemple en retapant le texte au lieu de le coller) et réessayez.",
  code: "Ce code n'existe pas : choisissez parmi {values}.",
  codeUnknown: "Ce code n'existe pas : choisissez une des valeurs proposées.",
  or: "ou",
} as const;
