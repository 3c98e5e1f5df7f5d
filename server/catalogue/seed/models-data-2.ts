import type { SeedModel } from "./seed-model";

/** Part of the demo catalogue, in seeding order (see `seedModels`). */
export const seedModelsSecond: SeedModel[] = [
  {
    externalId: "essaim-demo:trucotheque",
    title: "Trucothèque, bibliothèque d'objets",
    summary:
      "Emprunter plutôt qu'acheter les objets dont on se sert rarement : outils, matériel de cuisine, jeux.",
    description:
      "La trucothèque prête aux habitants, contre une petite adhésion, des objets utiles mais peu utilisés : perceuse, appareil à raclette, tente, jeux de société. Elle réduit les achats et les déchets, et devient un lieu de rencontre où l'on échange conseils et coups de main.",
    themes: ["economie-circulaire", "lien-social"],
    publics: ["tous-publics"],
    tags: ["prêt d'objets", "bibliothèque d'objets", "partage", "outils"],
    originTerritory: "departement:54",
    presence: "Agglomération de Nancy.",
    sourceUrls: ["https://lagazettefrance.fr/index.php/article/la-serre-a-projets-sept-projets-accompagnes"],
  },
  {
    externalId: "essaim-demo:composterie-velo",
    title: "Composterie avec collecte à vélo",
    summary:
      "Collecter à vélo les biodéchets des restaurants et des habitants et les transformer en compost local.",
    description:
      "Des collecteurs à vélo cargo passent chez les restaurateurs, les cantines et les habitants pour récupérer les déchets alimentaires. Les biodéchets sont compostés sur une plateforme de proximité et le compost est rendu aux jardiniers et aux maraîchers du territoire. L'activité crée des emplois locaux et répond à l'obligation de tri à la source des biodéchets.",
    themes: ["transition-ecologique", "economie-circulaire"],
    publics: ["tous-publics"],
    tags: ["compost", "biodéchets", "vélo cargo", "collecte", "déchets organiques"],
    originTerritory: "commune:54395",
    presence: "Nancy.",
    sourceUrls: ["https://lagazettefrance.fr/index.php/article/la-serre-a-projets-sept-projets-accompagnes"],
  },
  {
    externalId: "essaim-demo:cantine-solidaire",
    title: "Cantine solidaire",
    summary: "Un repas chaud, bon et à petit prix, partagé dans un lieu ouvert à tous.",
    description:
      "La cantine solidaire sert chaque midi un repas cuisiné sur place à un prix adapté aux revenus de chacun. Elle réunit des personnes isolées, des familles, des salariés du quartier, et s'appuie sur des bénévoles et des produits locaux. À Lunéville, le projet de l'Écurie n°8 a été accompagné par La Serre à Projets.",
    themes: ["alimentation-durable", "lien-social"],
    publics: ["tous-publics", "beneficiaires-des-minimas-sociaux"],
    tags: ["cantine", "repas", "restauration solidaire", "prix libre", "isolement"],
    originOrganisation: "Écurie n°8",
    originTerritory: "commune:54329",
    presence: "Lunévillois.",
    sourceUrls: ["https://lagazettefrance.fr/index.php/article/la-serre-a-projets-sept-projets-accompagnes"],
  },
  {
    externalId: "essaim-demo:petites-cantines",
    title: "Les Petites Cantines",
    summary:
      "Des cantines de quartier où les habitants cuisinent et mangent ensemble, à prix libre, pour recréer du lien entre voisins.",
    description:
      "Chaque Petite Cantine est un restaurant de quartier où ce sont les convives, aidés d'un maître de maison, qui préparent le repas avec des produits durables. Le prix est libre et conscient ; chacun paie selon ses moyens. Née à Lyon, l'association est organisée en réseau fédératif qui essaime par franchise sociale (Lille, Strasbourg, Annecy, Metz…). Ouvrir une cantine demande environ 70 000 €.",
    themes: ["lien-social", "alimentation-durable"],
    publics: ["tous-publics", "seniors"],
    tags: ["cantine de quartier", "prix libre", "cuisine partagée", "voisins", "isolement"],
    revenueMix: "Participations libres des convives, mécénat, subventions.",
    investmentCents: 7_000_000,
    legalForms: ["association"],
    replicationType: "social_franchise",
    originOrganisation: "Les Petites Cantines",
    originTerritory: "commune:69123",
    presence: "Lyon, puis Lille, Strasbourg, Annecy, Metz et d'autres villes.",
    sourceUrls: [
      "https://www.pressreader.com/france/la-tribune-de-lyon/20190718/282303911717206",
      "https://ronalpia.fr/changer-dechelle-petites-cantines-chez-daddy",
    ],
  },
  {
    externalId: "essaim-demo:chez-daddy",
    title: "Chez Daddy, café de quartier contre l'isolement des aînés",
    summary:
      "Un café convivial installé chez un bailleur social ou un CCAS, où les personnes âgées du quartier viennent rompre leur solitude.",
    description:
      "Chez Daddy ouvre des cafés de quartier dans des locaux mis à disposition par des bailleurs sociaux ou des centres communaux d'action sociale. On y vient boire un café, participer à une activité, rencontrer d'autres habitants : l'objectif est de lutter contre l'isolement des seniors en leur offrant un lieu de proximité chaleureux. Né à Lyon, le modèle vise treize nouveaux lieux d'ici fin 2025.",
    themes: ["bien-vieillir", "lien-social"],
    publics: ["seniors"],
    tags: ["café", "personnes âgées", "isolement", "bailleur social", "CCAS"],
    premises: "Un local en pied d'immeuble mis à disposition par un bailleur social ou un CCAS.",
    replicationType: "subsidiary",
    originOrganisation: "Chez Daddy",
    originTerritory: "commune:69123",
    presence: "Lyon ; 13 nouveaux lieux visés d'ici fin 2025.",
    sourceUrls: ["https://ronalpia.fr/changer-dechelle-petites-cantines-chez-daddy"],
  },
  {
    externalId: "essaim-demo:le-reflet",
    title: "Le Reflet, restaurant avec des serveurs porteurs de trisomie 21",
    summary:
      "Un restaurant ordinaire dont l'équipe compte des personnes porteuses de trisomie 21, en salle et en cuisine.",
    description:
      "Ouvert à Nantes en 2016, Le Reflet est un restaurant de cuisine traditionnelle où travaillent des personnes porteuses de trisomie 21, formées et encadrées par des professionnels. Il change le regard du public sur le handicap mental et montre qu'un emploi en milieu ordinaire est possible. De nombreuses associations ont demandé à le reproduire dans leur ville.",
    themes: ["handicap-inclusion", "alimentation-durable"],
    publics: ["personnes-en-situation-de-handicap"],
    tags: ["restaurant", "trisomie 21", "handicap mental", "milieu ordinaire"],
    legalForms: ["association"],
    originOrganisation: "Le Reflet",
    originTerritory: "commune:44109",
    presence: "Nantes (2016).",
    sourceUrls: ["https://www.nantes.fr", "https://www.francetvinfo.fr"],
  },
  {
    externalId: "essaim-demo:cafe-joyeux",
    title: "Café Joyeux",
    summary:
      "Un café-restaurant qui emploie des personnes avec un handicap mental ou cognitif, autisme ou trisomie.",
    description:
      "Café Joyeux emploie dans ses cafés-restaurants des équipiers porteurs de troubles cognitifs ou psychiques, notamment d'autisme ou de trisomie 21, accompagnés par des managers. Le café de Nantes, ouvert en mars 2023, compte six équipiers. L'enseigne mise sur un service de qualité en centre-ville pour rendre visible le travail des personnes handicapées.",
    themes: ["handicap-inclusion"],
    publics: ["personnes-en-situation-de-handicap"],
    tags: ["café", "restaurant", "autisme", "trisomie 21", "handicap cognitif"],
    jobsFte: 6,
    disabilityJobsFte: 6,
    originOrganisation: "Café Joyeux",
    originTerritory: "commune:44109",
    presence: "Café de Nantes ouvert en mars 2023.",
    sourceUrls: ["https://laredac.media"],
  },
  {
    externalId: "essaim-demo:a-l-essentiel-solicook",
    title: "À l'Essentiel et Solicook, cuisine centrale et restaurant inclusifs",
    summary:
      "Une cuisine centrale et un restaurant où plus de la moitié de l'équipe est en situation de handicap ou en parcours d'insertion.",
    description:
      "À Saint-Louis, dans le Haut-Rhin, l'Apei Sud Alsace et une association intermédiaire ont créé ensemble une cuisine centrale (Solicook) et un restaurant (À l'Essentiel) agréés entreprise d'insertion. 55 % des salariés sont des travailleurs handicapés ou des personnes en insertion. La cuisine livre des repas à des collectivités et des entreprises ; le restaurant accueille le public.",
    themes: ["insertion-emploi", "handicap-inclusion", "alimentation-durable"],
    publics: ["personnes-en-situation-de-handicap", "demandeurs-emploi"],
    tags: ["cuisine centrale", "restaurant", "entreprise d'insertion", "travailleurs handicapés", "repas"],
    originOrganisation: "Apei Sud Alsace",
    originTerritory: "commune:68297",
    presence: "Saint-Louis (Haut-Rhin).",
    sourceUrls: ["https://www.apei-sudalsace.fr", "https://www.restaurant-alessentiel.fr"],
  },
  {
    externalId: "essaim-demo:tables-d-uzel",
    title: "Les Tables d'Uzel, cafétéria inclusive",
    summary: "Une cafétéria d'entreprise tenue par des travailleurs d'ESAT qui tournent sur tous les postes.",
    description:
      "Les Tables d'Uzel est une cafétéria ouverte sur un site d'activités à Meroux-Moval, dans le Territoire de Belfort. Douze travailleurs d'un ESAT y assurent la cuisine, le service et l'accueil, en changeant régulièrement de poste pour gagner en compétences et en autonomie.",
    themes: ["handicap-inclusion", "alimentation-durable"],
    publics: ["personnes-en-situation-de-handicap"],
    tags: ["cafétéria", "ESAT", "restauration", "travail protégé"],
    disabilityJobsFte: 12,
    originTerritory: "commune:90068",
    presence: "Meroux-Moval (Territoire de Belfort).",
    sourceUrls: ["https://letrois.info/?p=79554"],
  },
  {
    externalId: "essaim-demo:epicerie-solidaire-andes",
    title: "Épicerie solidaire",
    summary:
      "Une épicerie où les ménages aux petits budgets achètent des produits de qualité à une fraction du prix, avec un accompagnement.",
    description:
      "L'épicerie solidaire vend, à une fraction de leur prix, des produits alimentaires et d'hygiène aux personnes orientées par les travailleurs sociaux. L'économie réalisée finance un projet du foyer (payer une dette, passer le permis). Ateliers cuisine et accompagnement budgétaire complètent l'aide alimentaire. Le réseau ANDES valide chaque nouveau projet et accompagne les créations.",
    themes: ["alimentation-durable", "lien-social"],
    publics: ["beneficiaires-des-minimas-sociaux", "familles"],
    tags: ["épicerie solidaire", "aide alimentaire", "précarité", "petits budgets"],
    legalForms: ["association"],
    replicationType: "dissemination",
    originOrganisation: "Réseau ANDES",
    presence: "Réseau national.",
    sourceUrls: ["https://ronalpia.fr/?p=23951"],
  },
  {
    externalId: "essaim-demo:epicerie-itinerante",
    title: "Épicerie itinérante",
    summary:
      "Un camion-épicerie qui passe chaque semaine dans les villages et les quartiers sans commerce, avec des produits du quotidien et locaux.",
    description:
      "Quand le dernier commerce d'un village a fermé, l'épicerie itinérante apporte les produits du quotidien au plus près des habitants, notamment des personnes âgées qui ne conduisent plus. Un camion aménagé suit une tournée régulière de communes rurales ou de quartiers périphériques ; il vend des produits de base, des produits frais de producteurs locaux et prend des commandes. Exemples : Lokalité dessert 35 communes en Charente-Maritime, Une pincée d'Elo dans l'Aube, L'Épicerie Mobile incubée par Ronalpia à Lyon.",
    themes: ["services-proximite", "alimentation-durable", "bien-vieillir"],
    publics: ["tous-publics", "seniors"],
    tags: ["épicerie", "commerce ambulant", "camion", "rural", "dernier commerce", "produits locaux"],
    premises: "Un véhicule aménagé et un local de stockage.",
    originOrganisation: "Lokalité ; Une pincée d'Elo ; L'Épicerie Mobile",
    originTerritory: "departement:17",
    presence: "Charente-Maritime (35 communes), Aube, Lyon.",
    sourceUrls: [
      "https://www.francebleu.fr",
      "https://agence-cohesion-territoires.gouv.fr",
      "https://www.locauxmotiv.fr",
    ],
  },
  {
    externalId: "essaim-demo:epissure",
    title: "Épicerie associative de village (Épissure)",
    summary: "Les habitants se regroupent en association pour rouvrir l'épicerie fermée de leur village.",
    description:
      "À Arzano, dans le Finistère, l'épicerie du bourg avait fermé. Les habitants ont créé l'association Épissure pour la reprendre : bénévoles et salarié assurent l'ouverture, l'approvisionnement privilégie les producteurs voisins, et le commerce redevient un lieu de rencontre au cœur du village. Un modèle de revitalisation rurale porté par les habitants eux-mêmes.",
    themes: ["services-proximite", "lien-social"],
    publics: ["tous-publics"],
    tags: ["épicerie de village", "commerce rural", "revitalisation", "bénévoles", "dernier commerce"],
    legalForms: ["association"],
    originOrganisation: "Épissure",
    originTerritory: "commune:29002",
    presence: "Arzano (Finistère).",
    sourceUrls: ["https://www.bruded.fr"],
  },
  {
    externalId: "essaim-demo:voisinmalin",
    title: "VoisinMalin, habitants-ressources en porte-à-porte",
    summary:
      "Des habitants salariés vont frapper à la porte de leurs voisins pour les informer de leurs droits et les relier aux services publics.",
    description:
      "VoisinMalin recrute dans les quartiers populaires des « habitants-ressources », formés et rémunérés, qui mènent des missions de porte-à-porte pour le compte de bailleurs, de collectivités ou de services publics : économies d'énergie, accès aux droits, rénovation urbaine, santé. Ils parlent les langues du quartier, créent la confiance et font remonter les besoins. Né dans l'Essonne, le modèle s'est étendu en réseau.",
    themes: ["lien-social", "services-proximite"],
    publics: ["residents-qpv-frr"],
    tags: ["accès aux droits", "porte-à-porte", "médiation", "quartiers populaires", "non-recours"],
    replicationType: "subsidiary",
    originOrganisation: "VoisinMalin",
    originTerritory: "departement:91",
    presence: "Essonne, puis plusieurs régions.",
    sourceUrls: ["https://www.francematin.info"],
  },
  {
    externalId: "essaim-demo:siel-bleu",
    title: "Siel Bleu, activité physique adaptée",
    summary:
      "Des séances d'activité physique adaptée pour garder l'autonomie des personnes âgées et prévenir les chutes.",
    description:
      "Siel Bleu propose des séances collectives et individuelles d'activité physique adaptée, animées par des professionnels, en établissement, à domicile ou dans la commune. Elles s'adressent surtout aux personnes âgées et aux personnes malades ou fragilisées : équilibre, prévention des chutes, maintien de l'autonomie, lien social. Siel Bleu compte parmi les pionniers distingués par French Impact.",
    themes: ["bien-vieillir", "sante"],
    publics: ["seniors"],
    tags: ["activité physique adaptée", "prévention des chutes", "autonomie", "sport santé", "French Impact"],
    originOrganisation: "Groupe Siel Bleu",
    presence: "National.",
    sourceUrls: ["https://www.lagazettedescommunes.com/568784/"],
  },
  {
    externalId: "essaim-demo:article-1",
    title: "Article 1, égalité des chances",
    summary:
      "Accompagner les jeunes de milieux populaires vers les études supérieures et l'emploi grâce au mentorat.",
    description:
      "Article 1 lutte contre l'inégalité des chances liée à l'origine sociale ou territoriale : des bénévoles professionnels parrainent des lycéens et des étudiants de milieux populaires, les aident à s'orienter, à réussir leurs études et à entrer dans la vie active. L'association fait partie des pionniers French Impact.",
    themes: ["insertion-emploi"],
    publics: ["jeunes", "etudiants"],
    tags: ["égalité des chances", "mentorat", "orientation", "jeunes", "French Impact"],
    legalForms: ["association"],
    originOrganisation: "Article 1",
    presence: "National.",
    sourceUrls: ["https://www.lagazettedescommunes.com/568784/"],
  },
  {
    externalId: "essaim-demo:baluchon",
    title: "Baluchon, transition alimentaire dans les quartiers",
    summary:
      "Rendre une alimentation saine et durable accessible dans les quartiers populaires, en y créant des emplois.",
    description:
      "Baluchon agit pour la transition alimentaire des quartiers populaires : cuisine et traiteur à partir de produits durables, ateliers avec les habitants, emplois pour des personnes qui en sont éloignées. L'entreprise fait partie des pionniers French Impact.",
    themes: ["alimentation-durable", "insertion-emploi"],
    publics: ["residents-qpv-frr"],
    tags: ["traiteur", "alimentation saine", "quartiers populaires", "French Impact"],
    originOrganisation: "Baluchon",
    originTerritory: "region:11",
    sourceUrls: ["https://www.lagazettedescommunes.com/568784/"],
  },
  {
    externalId: "essaim-demo:grap",
    title: "Coopérative de mutualisation pour l'alimentation locale (GRAP)",
    summary:
      "Une coopérative qui mutualise comptabilité, logistique et informatique pour des épiceries, boulangeries et traiteurs bio et locaux.",
    description:
      "GRAP, société coopérative d'intérêt collectif née en Rhône-Alpes, réunit des activités de l'alimentation locale et biologique (épiceries, boulangeries, restaurants, transformateurs) et leur fournit des services partagés : gestion, comptabilité, paie, logistique, outils informatiques. Chaque activité garde son autonomie tout en bénéficiant de la force du groupe. Le modèle a été essaimé à Nantes sous le nom de MACHE, au sein de la Fabrique à initiatives des Ecossolies avec L'Ouvre-Boîtes (2024-2025).",
    themes: ["alimentation-durable"],
    publics: ["actifs"],
    tags: ["coopérative", "SCIC", "mutualisation", "alimentation bio", "circuits courts", "épiceries"],
    legalForms: ["scic"],
    replicationType: "dissemination",
    originOrganisation: "GRAP",
    originTerritory: "region:84",
    presence: "Rhône-Alpes ; essaimé à Nantes (MACHE).",
    sourceUrls: [
      "https://ess-et-societe.net/Les-Societes-cooperatives-48465",
      "https://ecossolies.fr/la-fabrique-a-initiatives/cooperative-alimentaire",
    ],
  },
  {
    externalId: "essaim-demo:enercoop",
    title: "Enercoop, électricité renouvelable coopérative",
    summary:
      "Un fournisseur d'électricité d'origine renouvelable organisé en coopérative d'intérêt collectif.",
    description:
      "Enercoop fournit une électricité produite à partir de sources renouvelables et achetée à des producteurs indépendants. Consommateurs, producteurs, salariés et collectivités sont sociétaires de la coopérative, déclinée en coopératives régionales. La source citée la mentionne comme lauréate parmi les SCIC pionnières ; la description de l'activité est à vérifier avant usage.",
    themes: ["energie", "transition-ecologique"],
    publics: ["tous-publics"],
    tags: ["électricité", "énergies renouvelables", "coopérative", "SCIC", "sociétaires"],
    legalForms: ["scic"],
    replicationType: "subsidiary",
    originOrganisation: "Enercoop",
    presence: "National, avec des coopératives régionales.",
    sourceUrls: ["https://ess-et-societe.net/Les-Societes-cooperatives-48465"],
  },
  {
    externalId: "essaim-demo:plateau-urbain",
    title: "Plateau Urbain, occupation temporaire de bâtiments vides",
    summary:
      "Ouvrir des bâtiments vacants à des associations, artisans et projets solidaires le temps que le propriétaire décide de leur avenir.",
    description:
      "Plateau Urbain négocie avec des propriétaires publics et privés l'occupation temporaire de locaux vides, puis y installe à loyer modéré des associations, des artistes, des entrepreneurs et des structures de l'ESS. Le modèle répond directement à la porte d'entrée « un local vacant » des Fabriques à initiatives. La source le cite comme SCIC lauréate ; la description de l'activité est à confirmer.",
    themes: ["services-proximite", "lien-social"],
    publics: ["tous-publics"],
    tags: ["urbanisme transitoire", "locaux vacants", "tiers-lieu", "SCIC"],
    legalForms: ["scic"],
    originOrganisation: "Plateau Urbain",
    sourceUrls: ["https://ess-et-societe.net/Les-Societes-cooperatives-48465"],
  },
];
