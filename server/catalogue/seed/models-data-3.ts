import type { SeedModel } from "./seed-model";

/** Part of the demo catalogue, in seeding order (see `seedModels`). */
export const seedModelsThird: SeedModel[] = [
  {
    externalId: "essaim-demo:trait-d-union",
    title: "Trait d'Union, interprétariat pour l'accès aux droits",
    summary:
      "Des interprètes professionnels pour que les personnes non francophones accèdent aux soins et aux services publics.",
    description:
      "Trait d'Union, groupement de sociétés coopératives, fournit des services d'interprétariat aux hôpitaux, aux services sociaux et aux administrations, sur place ou à distance. Les personnes qui ne parlent pas français peuvent ainsi se faire soigner, faire valoir leurs droits et comprendre les démarches.",
    themes: ["services-proximite", "sante"],
    publics: ["personnes-exilees"],
    tags: ["interprétariat", "accès aux droits", "SCOP", "langues"],
    legalForms: ["scop"],
    originOrganisation: "Trait d'Union",
    presence: "National.",
    sourceUrls: ["https://ess-et-societe.net/Les-Societes-cooperatives-48465"],
  },
  {
    externalId: "essaim-demo:atelier-emmaus",
    title: "Atelier Emmaüs, mobilier design en bois de récupération",
    summary:
      "Former des compagnons d'Emmaüs à l'ébénisterie en fabriquant des meubles design à partir de déchets.",
    description:
      "L'Atelier Emmaüs, à Lyon, fabrique des meubles et objets de design à partir de bois et de matériaux de récupération. Les compagnons d'Emmaüs y sont formés à l'ébénisterie et à la menuiserie, acquièrent un métier ; les pièces sont vendues à des particuliers et à des entreprises.",
    themes: ["economie-circulaire", "insertion-emploi"],
    publics: ["demandeurs-emploi"],
    tags: ["ébénisterie", "mobilier", "bois", "upcycling", "Emmaüs"],
    originOrganisation: "Emmaüs",
    originTerritory: "commune:69123",
    presence: "Lyon.",
    sourceUrls: ["https://www.avise.org"],
  },
  {
    externalId: "essaim-demo:ma-bouteille-s-appelle-reviens",
    title: "Ma bouteille s'appelle Reviens, consigne des bouteilles en verre",
    summary:
      "Remettre en place la consigne : collecter, laver et rendre aux producteurs locaux leurs bouteilles en verre.",
    description:
      "Né d'une journée Startup de territoire dans la Drôme, le projet organise la consigne des bouteilles en verre : points de collecte chez les commerçants, lavage dans une unité locale, retour aux vignerons, brasseurs et producteurs de jus. Le verre est réemployé plutôt que recyclé, ce qui économise énergie et matière.",
    themes: ["economie-circulaire", "transition-ecologique"],
    publics: ["tous-publics"],
    tags: ["consigne", "bouteilles", "verre", "réemploi", "Startup de territoire"],
    originOrganisation: "Ma bouteille s'appelle Reviens",
    originTerritory: "departement:26",
    presence: "Drôme.",
    sourceUrls: [
      "https://www.brefeco.com/actualite/innovation/start-de-territoire-va-continuer-dessaimer-dans-la-region",
    ],
  },
  {
    externalId: "essaim-demo:cite-chaussure-cuir",
    title: "Cité de la chaussure et du cuir",
    summary: "Des ateliers et une boutique multimarque pour relancer la fabrication de chaussures à Romans.",
    description:
      "À Romans-sur-Isère, ancienne capitale de la chaussure, la Cité réunit des ateliers de fabrication et une boutique qui vend les marques locales. Elle relocalise une production industrielle, transmet des savoir-faire et attire les visiteurs.",
    themes: ["culture-tourisme", "insertion-emploi"],
    publics: ["tous-publics"],
    tags: ["chaussure", "cuir", "savoir-faire", "relocalisation", "artisanat"],
    originTerritory: "commune:26281",
    presence: "Romans-sur-Isère (Drôme).",
    sourceUrls: [
      "https://www.ladrome.fr/nos-actions/economie/actualites-economie/innovation/economie-solidaire",
    ],
  },
  {
    externalId: "essaim-demo:simon-de-cyrene",
    title: "Maisons partagées Simon de Cyrène",
    summary:
      "Des maisons où des personnes valides vivent avec des personnes handicapées ou des personnes âgées en perte d'autonomie.",
    description:
      "Dans une maison partagée Simon de Cyrène, des personnes handicapées (souvent après un accident ou une lésion cérébrale) ou en perte d'autonomie vivent en colocation avec des personnes valides, volontaires ou salariés, soutenues par une équipe d'aidants professionnels. Chacun a son logement et partage la vie commune. Né à Vanves, le réseau prévoyait une trentaine de maisons en 2016.",
    themes: ["habitat", "handicap-inclusion", "bien-vieillir"],
    publics: ["personnes-en-situation-de-handicap", "seniors"],
    tags: ["habitat inclusif", "maison partagée", "colocation", "handicap", "perte d'autonomie"],
    legalForms: ["association"],
    replicationType: "subsidiary",
    originOrganisation: "Simon de Cyrène",
    originTerritory: "commune:92075",
    presence: "Vanves, puis une trentaine de sites prévus (2016).",
    sourceUrls: [
      "https://magazine-solidarites.ag2rlamondiale.fr/vivre-ensemble/imaginer-l-habitat-autrement",
    ],
  },
  {
    externalId: "essaim-demo:pierre-angulaire",
    title: "La Pierre Angulaire, habitat intergénérationnel",
    summary:
      "Des logements où jeunes et personnes âgées vivent côte à côte, avec des professionnels du soin à proximité.",
    description:
      "La Pierre Angulaire conçoit des résidences qui mêlent deux générations : des personnes âgées qui veulent rester autonomes et des jeunes ou des familles, avec la présence de professionnels du soin et de l'accompagnement. Les voisins se rendent service au quotidien et les aînés sortent de l'isolement.",
    themes: ["habitat", "bien-vieillir", "lien-social"],
    publics: ["seniors", "jeunes"],
    tags: ["habitat intergénérationnel", "personnes âgées", "résidence", "soins"],
    originOrganisation: "La Pierre Angulaire",
    sourceUrls: [
      "https://magazine-solidarites.ag2rlamondiale.fr/vivre-ensemble/imaginer-l-habitat-autrement",
    ],
  },
  {
    externalId: "essaim-demo:ebe-tzcld",
    title: "Entreprise à but d'emploi (Territoire zéro chômeur de longue durée)",
    summary:
      "Une entreprise qui embauche en CDI toutes les personnes privées durablement d'emploi d'un territoire, sur des activités utiles qui manquent.",
    description:
      "Dans un territoire habilité Territoire zéro chômeur de longue durée, un comité local pour l'emploi recense les personnes privées d'emploi depuis longtemps et les activités utiles non couvertes. L'entreprise à but d'emploi (EBE) embauche ces personnes en CDI, au SMIC, sur ces activités : services aux entreprises et aux collectivités, recyclage textile, réparation, services aux habitants. L'Amarrez, à Rezé, vise 103 salariés. L'expérimentation concerne une cinquantaine de territoires.",
    themes: ["insertion-emploi"],
    publics: ["demandeurs-emploi"],
    tags: ["TZCLD", "EBE", "chômage de longue durée", "CDI", "recyclage textile"],
    jobsFte: 103,
    revenueMix:
      "Contribution au développement de l'emploi (État, département), chiffre d'affaires des activités.",
    replicationType: "dissemination",
    originOrganisation: "L'Amarrez (EBE)",
    originTerritory: "commune:44143",
    presence: "Rezé (Loire-Atlantique) ; 53 territoires habilités.",
    sourceUrls: [
      "https://www.ecossolies.fr/des-nouveaux-lieux-de-less",
      "https://banquedesterritoires.fr/territoires-zero-chomeur-de-longue-duree-lexperimentation-se-deploie-dans-toute-la-france",
    ],
  },
  {
    externalId: "essaim-demo:regie-de-quartier",
    title: "Régie de quartier",
    summary:
      "Habitants, collectivités et bailleurs gèrent ensemble l'entretien et le nettoyage du quartier, avec des emplois pour ses habitants.",
    description:
      "La régie de quartier est une association où siègent les habitants, la collectivité et les bailleurs sociaux. Elle assure l'entretien des espaces communs, le nettoyage, les petits travaux et la gestion des encombrants, en embauchant des habitants du quartier, souvent en parcours d'insertion. Elle améliore le cadre de vie et crée du lien entre voisins.",
    themes: ["insertion-emploi", "lien-social"],
    publics: ["residents-qpv-frr", "demandeurs-emploi"],
    tags: ["régie de quartier", "cadre de vie", "entretien", "bailleurs sociaux", "insertion"],
    legalForms: ["association"],
    replicationType: "dissemination",
    presence: "National.",
    sourceUrls: ["https://siae-du-valenciennois.fr"],
  },
  {
    externalId: "essaim-demo:rebois",
    title: "Réemploi du bois de chantier (Gueule de Bois / Rebois)",
    summary: "Récupérer le bois jeté sur les chantiers pour le revendre ou le transformer en mobilier.",
    description:
      "Sur les chantiers du bâtiment, beaucoup de bois encore utilisable part à la benne. La structure le collecte, le trie et le stocke, puis le revend à bas prix aux particuliers, artisans et associations ou le transforme en mobilier. Elle réduit les déchets du BTP et crée des emplois locaux.",
    themes: ["economie-circulaire", "transition-ecologique"],
    publics: ["tous-publics"],
    tags: ["bois", "BTP", "matériaux de construction", "réemploi", "chantier"],
    originTerritory: "departement:44",
    presence: "Agglomération nantaise.",
    sourceUrls: ["https://www.ecossolies.fr/des-nouveaux-lieux-de-less"],
  },
  {
    externalId: "essaim-demo:reserve-des-materiaux",
    title: "Réserve des matériaux",
    summary: "Une boutique de matériaux de construction de réemploi pour bricoler et rénover à petit prix.",
    description:
      "À Brest, la Réserve des matériaux récupère auprès des entreprises et des particuliers des matériaux de construction inutilisés (carrelage, bois, quincaillerie, peinture) et les revend à prix réduit. Projet accompagné par TAg29, elle est citée comme une réussite de l'incubateur.",
    themes: ["economie-circulaire"],
    publics: ["tous-publics"],
    tags: ["matériaux de construction", "réemploi", "bricolage", "rénovation"],
    originOrganisation: "Réserve des matériaux",
    originTerritory: "commune:29019",
    presence: "Brest.",
    sourceUrls: ["https://transistoch.bzh"],
  },
  {
    externalId: "essaim-demo:supermarche-cooperatif",
    title: "Supermarché coopératif et participatif",
    summary:
      "Un supermarché dont les clients sont aussi les propriétaires et y travaillent quelques heures par mois.",
    description:
      "Les membres du supermarché coopératif en sont les copropriétaires et y donnent quelques heures par mois (caisse, mise en rayon, réception). Ce fonctionnement réduit les coûts et permet de vendre des produits de qualité, souvent locaux et bio, à des prix accessibles. Un projet de ce type a été accompagné par TAg35 à Rennes.",
    themes: ["alimentation-durable", "lien-social"],
    publics: ["tous-publics"],
    tags: ["supermarché coopératif", "coopérative", "alimentation", "participatif"],
    legalForms: ["scic"],
    originTerritory: "commune:35238",
    presence: "Rennes.",
    sourceUrls: ["https://horizons-solidaires.fr/tag35-propulse-lentrepreneuriat-collectif"],
  },
  {
    externalId: "essaim-demo:osteria-inclusive",
    title: "Restaurant inclusif avec de jeunes adultes autistes",
    summary: "Un restaurant qui forme et emploie de jeunes adultes avec autisme en cuisine et en salle.",
    description:
      "Accompagné par TAg35 à Rennes, ce projet de restaurant de type osteria intègre à son équipe de jeunes adultes avec autisme, avec un encadrement adapté. Il offre un premier emploi en milieu ordinaire et une formation aux métiers de la restauration.",
    themes: ["handicap-inclusion", "alimentation-durable"],
    publics: ["personnes-en-situation-de-handicap", "jeunes"],
    tags: ["restaurant", "autisme", "jeunes adultes", "inclusion"],
    originTerritory: "commune:35238",
    presence: "Rennes (projet accompagné).",
    sourceUrls: ["https://horizons-solidaires.fr/tag35-propulse-lentrepreneuriat-collectif"],
  },
  {
    externalId: "essaim-demo:conciergerie-blosne",
    title: "Conciergerie de quartier du Blosne",
    summary: "Une conciergerie de quartier qui rend des services aux habitants d'un grand quartier rennais.",
    description:
      "Accompagnée par TAg35, la conciergerie du Blosne propose aux habitants du quartier des services de proximité : dépôt et retrait de colis, petits travaux, aide aux démarches, mise en relation entre voisins. Elle crée des emplois locaux et un lieu de rencontre.",
    themes: ["services-proximite", "lien-social"],
    publics: ["residents-qpv-frr"],
    tags: ["conciergerie", "quartier", "services de proximité"],
    originTerritory: "commune:35238",
    presence: "Rennes, quartier du Blosne.",
    sourceUrls: ["https://horizons-solidaires.fr/tag35-propulse-lentrepreneuriat-collectif"],
  },
  {
    externalId: "essaim-demo:centre-sante-rural",
    title: "Centre de santé alternatif en milieu rural",
    summary:
      "Un lieu de soins et de prévention porté par les habitants d'une petite commune rurale privée de médecin.",
    description:
      "À Laz, dans le Finistère, le Révélateur de TAg29 a fait émerger un projet de centre de santé alternatif : des professionnels de santé et des praticiens du bien-être réunis dans un même lieu, des actions de prévention et un accueil pour les habitants d'un territoire rural où l'accès aux soins recule.",
    themes: ["sante", "services-proximite"],
    publics: ["tous-publics", "seniors"],
    tags: ["centre de santé", "désert médical", "rural", "prévention", "accès aux soins"],
    originOrganisation: "TAg29 (Révélateur)",
    originTerritory: "commune:29122",
    presence: "Laz (Finistère).",
    sourceUrls: [
      "https://tag.bzh/actualite/tagbzh/innovation-sociale-dans-les-territoires-fragiles-tag29-et-tag35-revelent-leur",
    ],
  },
  {
    externalId: "essaim-demo:cafe-epicerie-rural",
    title: "Café-épicerie de village",
    summary: "Un café qui fait aussi épicerie pour garder un commerce et un lieu de vie dans un petit bourg.",
    description:
      "Au Juch, dans le Finistère, le Révélateur de TAg29 a accompagné la création d'un café-épicerie : on y fait ses courses de dépannage, on y trouve des produits locaux, on y boit un café et on s'y retrouve pour des animations. Le lieu redonne vie au bourg et rompt l'isolement des habitants.",
    themes: ["services-proximite", "lien-social"],
    publics: ["tous-publics"],
    tags: ["café", "épicerie", "bourg rural", "revitalisation", "tiers-lieu"],
    originOrganisation: "TAg29 (Révélateur)",
    originTerritory: "commune:29087",
    presence: "Le Juch (Finistère).",
    sourceUrls: [
      "https://tag.bzh/actualite/tagbzh/innovation-sociale-dans-les-territoires-fragiles-tag29-et-tag35-revelent-leur",
    ],
  },
  {
    externalId: "essaim-demo:restaurant-circuit-court-vesoul",
    title: "Restaurant en circuit court",
    summary:
      "Un restaurant qui ne cuisine que des produits achetés directement aux producteurs du territoire.",
    description:
      "Accompagné par le Générateur BFC, ce restaurant de Vesoul s'approvisionne en direct auprès des agriculteurs et artisans du département : menus de saison, prix justes pour les producteurs, emplois locaux. Il sert aussi de vitrine aux filières agricoles de Haute-Saône.",
    themes: ["alimentation-durable"],
    publics: ["tous-publics"],
    tags: ["restaurant", "circuits courts", "producteurs locaux", "locavore"],
    originOrganisation: "Générateur BFC (Fabrique à initiatives)",
    originTerritory: "commune:70550",
    presence: "Vesoul (Haute-Saône).",
    sourceUrls: ["https://generateurbfc.fr/la-lettre-n06", "https://bourgognefranchecomte.fr/node/1238"],
  },
  {
    externalId: "essaim-demo:recyclerie-territoriale",
    title: "Recyclerie territoriale",
    summary:
      "Une recyclerie à l'échelle d'une agglomération, adossée aux déchetteries, qui emploie des salariés en insertion.",
    description:
      "Étudiée par le Générateur BFC dans le Pays de Montbéliard, la recyclerie territoriale récupère les objets réemployables directement dans les déchetteries de l'agglomération, les remet en état et les revend dans une boutique. Elle travaille avec la collectivité compétente en déchets et crée des emplois d'insertion.",
    themes: ["economie-circulaire", "insertion-emploi"],
    publics: ["tous-publics", "demandeurs-emploi"],
    tags: ["recyclerie", "déchetterie", "réemploi", "collectivité", "insertion"],
    originOrganisation: "Générateur BFC (Fabrique à initiatives)",
    originTerritory: "commune:25388",
    presence: "Pays de Montbéliard (Doubs).",
    sourceUrls: ["https://generateurbfc.fr/la-lettre-n08"],
    draftOf: "emergence",
  },
  {
    externalId: "essaim-demo:freebulle",
    title: "Freebulle, garde d'enfants partagée",
    summary:
      "Une plateforme qui organise la garde partagée des jeunes enfants entre familles et professionnels.",
    description:
      "Freebulle, incubé par Alter'Incub Centre-Val de Loire, aide les familles à partager une solution de garde pour leurs jeunes enfants : mise en relation de parents voisins, recrutement d'une professionnelle commune, organisation des plannings. Une réponse au manque de places en crèche et aux horaires atypiques.",
    themes: ["petite-enfance-parentalite"],
    publics: ["familles"],
    tags: ["garde d'enfants", "garde partagée", "petite enfance", "plateforme"],
    originOrganisation: "Freebulle (Alter'Incub)",
    originTerritory: "region:24",
    presence: "Centre-Val de Loire.",
    sourceUrls: ["https://cresol.fr"],
  },
  {
    externalId: "essaim-demo:vers-de-tours",
    title: "Les vers de Tours, collecte et valorisation des biodéchets",
    summary: "Collecter les biodéchets des habitants et des professionnels et les transformer en compost.",
    description:
      "Incubés par Alter'Incub Centre-Val de Loire, Les vers de Tours collectent les déchets alimentaires des restaurants, des entreprises et des habitants de l'agglomération tourangelle et les valorisent par compostage, notamment grâce aux vers de terre (lombricompostage).",
    themes: ["transition-ecologique", "economie-circulaire"],
    publics: ["tous-publics"],
    tags: ["biodéchets", "compost", "lombricompostage", "déchets organiques"],
    originOrganisation: "Les vers de Tours (Alter'Incub)",
    originTerritory: "commune:37261",
    presence: "Tours.",
    sourceUrls: ["https://cresol.fr"],
  },
  {
    externalId: "essaim-demo:vet-ethic",
    title: "Vêt Ethic, boutique coopérative de vêtements éthiques",
    summary:
      "Une boutique de vêtements issus du commerce équitable, organisée en coopérative de 103 sociétaires.",
    description:
      "À Nancy, Vêt Ethic vend des vêtements et accessoires issus du commerce équitable et de fabrications responsables. La boutique est une SCIC qui réunit 103 sociétaires : clients, salariés, fournisseurs et partenaires décident ensemble de son avenir.",
    themes: ["transition-ecologique"],
    publics: ["tous-publics"],
    tags: ["vêtements", "commerce équitable", "textile", "SCIC", "boutique"],
    legalForms: ["scic"],
    originOrganisation: "Vêt Ethic",
    originTerritory: "commune:54395",
    presence: "Nancy.",
    sourceUrls: ["https://www.transition-ecologique.org/author/admin4702/"],
  },
];
