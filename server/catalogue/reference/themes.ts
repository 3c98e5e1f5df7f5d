/**
 * The catalogue's theme taxonomy (domain.md §4), loaded as reference data into `theme`. Each
 * theme lists the data·inclusion v1 thématiques it covers, so the existing offer of a territory
 * can be shown beside the models of a theme. data·inclusion describes services to people, not
 * activities: a few themes (énergie, transition écologique, culture) only partly have a match.
 */
export type ThemeReference = {
  code: string;
  label: string;
  description: string;
  inclusionThematiques: string[];
};

export const themeReferences: ThemeReference[] = [
  {
    code: "bien-vieillir",
    label: "Bien vieillir",
    description: "Autonomie, maintien à domicile et vie sociale des personnes âgées.",
    inclusionThematiques: [
      "famille--prise-en-charge-personne-dependante",
      "famille--soutien-aidants",
      "equipement-et-alimentation--aide-menagere",
    ],
  },
  {
    code: "alimentation-durable",
    label: "Alimentation durable",
    description: "Accès de tous à une alimentation saine, locale et de saison.",
    inclusionThematiques: ["equipement-et-alimentation--alimentation"],
  },
  {
    code: "mobilite",
    label: "Mobilité",
    description: "Se déplacer pour travailler, se former, se soigner : permis, véhicules, transport partagé.",
    inclusionThematiques: [
      "mobilite--acceder-a-un-vehicule",
      "mobilite--entretenir-reparer-son-vehicule",
      "mobilite--etre-accompagne-dans-son-parcours-mobilite",
      "mobilite--financer-ma-mobilite",
      "mobilite--mobilite-douce-partagee-collective",
      "mobilite--preparer-un-permis",
    ],
  },
  {
    code: "insertion-emploi",
    label: "Insertion et emploi",
    description: "Retour à l'emploi, insertion par l'activité économique, création d'activité.",
    inclusionThematiques: [
      "choisir-un-metier--confirmer-son-choix-de-metier",
      "choisir-un-metier--connaitre-les-opportunites-demploi",
      "choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite",
      "choisir-un-metier--identifier-ses-points-forts-et-ses-competences",
      "creer-une-entreprise--definir-son-projet-de-creation-dentreprise",
      "creer-une-entreprise--developper-son-entreprise",
      "creer-une-entreprise--structurer-son-projet-de-creation-dentreprise",
      "preparer-sa-candidature--developper-son-reseau",
      "preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi",
      "preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation",
      "preparer-sa-candidature--valoriser-ses-competences",
      "se-former--monter-son-dossier-de-formation",
      "se-former--trouver-sa-formation",
      "trouver-un-emploi--convaincre-un-recruteur-en-entretien",
      "trouver-un-emploi--faire-des-candidatures-spontanees",
      "trouver-un-emploi--maintien-dans-lemploi",
      "trouver-un-emploi--repondre-a-des-offres-demploi",
      "trouver-un-emploi--suivre-ses-candidatures-et-relancer-les-employeurs",
      "lecture-ecriture-calcul--maitriser-le-calcul",
      "lecture-ecriture-calcul--maitriser-le-francais",
    ],
  },
  {
    code: "handicap-inclusion",
    label: "Handicap et inclusion",
    description: "Travail, logement et vie sociale des personnes en situation de handicap.",
    inclusionThematiques: [
      "sante--constituer-un-dossier-mdph-invalidite",
      "trouver-un-emploi--maintien-dans-lemploi",
      "difficultes-administratives-ou-juridiques--beneficier-dune-mesure-daccompagnement-adapte",
    ],
  },
  {
    code: "economie-circulaire",
    label: "Économie circulaire et réemploi",
    description: "Collecter, réparer, réemployer et revendre plutôt que jeter.",
    inclusionThematiques: [
      "equipement-et-alimentation--electromenager",
      "equipement-et-alimentation--habillement",
      "numerique--acquerir-un-equipement",
    ],
  },
  {
    code: "services-proximite",
    label: "Services de proximité et revitalisation",
    description: "Commerces et services du quotidien dans les villages, les bourgs et les quartiers.",
    inclusionThematiques: [
      "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives",
      "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits",
      "numerique--acceder-a-des-services-en-ligne",
      "equipement-et-alimentation--aide-menagere",
    ],
  },
  {
    code: "lien-social",
    label: "Lien social",
    description: "Rompre l'isolement, se rencontrer, s'entraider entre voisins.",
    inclusionThematiques: [
      "remobilisation--lien-social",
      "remobilisation--benevolat-action-citoyenne",
      "remobilisation--activites-sportives-et-culturelles",
    ],
  },
  {
    code: "habitat",
    label: "Habitat",
    description: "Se loger dignement : habitat inclusif, partagé, intergénérationnel.",
    inclusionThematiques: [
      "logement-hebergement--acheter-un-logement",
      "logement-hebergement--changer-de-logement",
      "logement-hebergement--louer-un-logement",
      "logement-hebergement--rechercher-une-solution-dhebergement-temporaire",
      "logement-hebergement--reduire-les-impayes-de-loyer",
      "logement-hebergement--se-maintenir-dans-le-logement",
      "logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement",
    ],
  },
  {
    code: "energie",
    label: "Énergie",
    description: "Produire et fournir une énergie renouvelable, lutter contre la précarité énergétique.",
    inclusionThematiques: [
      "logement-hebergement--se-maintenir-dans-le-logement",
      "difficultes-financieres--prevenir-une-degradation-de-la-situation-financiere",
    ],
  },
  {
    code: "numerique",
    label: "Numérique",
    description: "Équipement, connexion et savoir-faire numériques pour tous.",
    inclusionThematiques: [
      "numerique--acceder-a-des-services-en-ligne",
      "numerique--acceder-a-une-connexion-internet",
      "numerique--acquerir-un-equipement",
      "numerique--maitriser-les-fondamentaux-du-numerique",
    ],
  },
  {
    code: "culture-tourisme",
    label: "Culture et tourisme",
    description: "Patrimoine, savoir-faire, tourisme vert et pratiques culturelles.",
    inclusionThematiques: ["remobilisation--activites-sportives-et-culturelles"],
  },
  {
    code: "petite-enfance-parentalite",
    label: "Petite enfance et parentalité",
    description: "Garde d'enfants et soutien aux parents.",
    inclusionThematiques: ["famille--garde-denfants", "famille--soutien-a-la-parentalite-et-a-leducation"],
  },
  {
    code: "sante",
    label: "Santé",
    description: "Accès aux soins, prévention, activité physique adaptée, bien-être.",
    inclusionThematiques: [
      "sante--acces-aux-soins",
      "sante--addictions",
      "sante--sante-mentale",
      "sante--sante-sexuelle",
      "remobilisation--bien-etre-confiance-en-soi",
    ],
  },
  {
    code: "transition-ecologique",
    label: "Transition écologique",
    description:
      "Réduire les déchets et l'empreinte des activités : compost, circuits courts, mobilité douce.",
    inclusionThematiques: ["mobilite--mobilite-douce-partagee-collective"],
  },
];

export const themeCodes = themeReferences.map((theme) => theme.code);
