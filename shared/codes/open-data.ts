/** The licence every open-data answer states (Etalab's Licence Ouverte 2.0). */
export const openDataLicence = {
  name: "Licence Ouverte 2.0",
  url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
} as const;
