import type { StudySectionCode } from "../studies/study-sections";

/** The opportunity studies of the three seed stories, as their final versions say it (demo text). */
export const demoStudies: Record<string, Partial<Record<StudySectionCode, string>>> = {
  rouen: {
    context:
      "Saisine de la Ville de Rouen (direction de la cohésion sociale) sur le manque de services de proximité dans le quartier prioritaire des Hauts de Rouen, en partenariat avec AG2R La Mondiale au titre du bien vieillir.",
    needs:
      "Entretiens avec 25 habitants, l'association des aînés et les professionnels du CCAS ; séance de créativité (34 participants). Besoins prioritaires : courses et portage, démarches administratives et numériques, petits travaux, point relais colis, rompre l'isolement.",
    existing_offer:
      "Offre existante vérifiée : services d'aide à domicile (actes de la vie quotidienne, sur prescription), un espace France services à 3 km. Rien ne couvre les petits services ponctuels ni le point relais dans le quartier : besoin partiellement couvert, la conciergerie est complémentaire.",
    benchmark:
      "Conciergeries solidaires du réseau des Fabriques : Conciergerie d'Ampère (Strasbourg), Conciergerie solidaire (Bordeaux). Retenu : adhésion annuelle modique, services socles, emploi en insertion.",
    scenarios:
      "1. Conciergerie généraliste de quartier ; 2. conciergerie centrée sur les seniors adossée à une structure existante ; 3. service itinérant. Le groupe-projet retient le scénario 2.",
    service_offer:
      "Services socles : courses et portage, aide aux démarches, petits travaux, point relais, ateliers numériques ; adhésion de 10 € par an et par foyer, petits services tarifés.",
    economic_model:
      "Voir le prévisionnel « central » : recettes de services et d'adhésions, aide au poste d'insertion, subvention de fonctionnement de la Ville et d'AG2R La Mondiale les trois premières années.",
    partners_governance:
      "Comité de pilotage : Ville de Rouen, AG2R La Mondiale, CCAS, porteur ; comité d'usagers annuel.",
    carrier_legal_form:
      "Porteur : une structure existante du quartier, agréée ESUS, qui crée l'activité et recrute un chargé de projet. Pas de nouvelle structure.",
    impact:
      "Indicateurs : nombre de foyers adhérents, services rendus par mois, part des seniors, emplois créés dont insertion.",
    risks:
      "Dépendance aux subventions les premières années ; recrutement du chargé de projet ; appropriation par les habitants.",
    recommendation: "Go : lancer la conciergerie seniors avec la Régie de quartier comme porteur.",
  },
  pontarlier: {
    context:
      "Le catalogue d'activités de la Fabrique croise les besoins repérés avec les partenaires du Haut-Doubs : des emplois pour des travailleurs handicapés dans des métiers ouverts sur la clientèle.",
    needs:
      "Besoin d'emplois en milieu ordinaire pour les travailleurs de l'Adapei et de Solivers ; absence de restauration locavore en centre-ville.",
    existing_offer:
      "Pas de restaurant inclusif dans le Haut-Doubs ; l'offre de l'ESAT ne couvre pas la restauration ouverte au public.",
    benchmark: "Modèle VERT'uOSE (Alsace), visité en avril 2016 ; autres restaurants inclusifs du catalogue.",
    service_offer:
      "Un restaurant locavore en centre-ville, midi et soir, avec une charte d'approvisionnement auprès des producteurs du Haut-Doubs.",
    economic_model:
      "Plan d'affaires sur trois ans : ventes de repas, aides aux postes en entreprise adaptée, prêt d'honneur et garantie France Active.",
    partners_governance:
      "Comité de pilotage : CC du Grand Pontarlier, Solivers, Adapei du Doubs, France Active Franche-Comté ; convention d'essaimage avec le porteur alsacien.",
    carrier_legal_form:
      "Co-portage : l'entreprise adaptée Solivers en chef de file, l'Adapei du Doubs (qui porte déjà les Cuisines d'Uzel) en co-porteur.",
    impact:
      "Six emplois dont quatre de travailleurs handicapés ; couverts servis ; producteurs locaux engagés.",
    risks: "Fréquentation la première année ; recrutement en cuisine ; saisonnalité des produits locaux.",
    recommendation: "Go : essaimer VERT'uOSE à Pontarlier avec Solivers et l'Adapei du Doubs.",
  },
  bordeaux: {
    context:
      "Les acteurs de l'insertion ont mobilisé la Fabrique sur les réponses d'insertion pour les femmes éloignées de l'emploi.",
    needs:
      "Avec des SIAE, des collectivités et des socio-esthéticiennes : l'image et l'estime de soi freinent le retour à l'emploi des femmes accompagnées.",
    existing_offer:
      "Aucune solution existante localement : les soins socio-esthétiques sont ponctuels et non financés.",
    benchmark: "Aucun modèle comparable dans le catalogue ni ailleurs : un modèle nouveau est à créer.",
    service_offer:
      "Un institut de beauté ouvert à tous, dont l'équipe compte des femmes en insertion ; une partie du chiffre d'affaires finance des soins socio-esthétiques pour des personnes fragiles.",
    economic_model:
      "Voir le prévisionnel : prestations de beauté, aides aux postes d'insertion, subvention sociale ; péréquation explicite vers les soins socio-esthétiques.",
    partners_governance:
      "Comité de pilotage : Département de la Gironde, Ville de Bordeaux, SIAE partenaires, collectif de socio-esthéticiennes.",
    carrier_legal_form:
      "Structure à créer : entreprise d'insertion (SAS), avec une cheffe de projet recrutée jusqu'à sa création.",
    impact: "Emplois en insertion pour des femmes, sorties vers l'emploi, soins socio-esthétiques financés.",
    risks: "Clientèle payante à trouver ; équilibre entre activité marchande et soins solidaires.",
    recommendation: "Go : créer Princ'ESS.",
  },
};
