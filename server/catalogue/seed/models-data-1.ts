import { AVISE_SEED, type SeedModel } from "./seed-model";

/** Part of the demo catalogue, in seeding order (see `seedModels`). */
export const seedModelsFirst: SeedModel[] = [
  {
    externalId: "essaim-demo:vertuose",
    title: "VERT'uOSE, restaurant locavore inclusif",
    summary:
      "Un restaurant qui cuisine des produits locaux avec une équipe de travailleurs handicapés, porté par une association du secteur adapté.",
    description:
      "VERT'uOSE est un restaurant de cuisine locale et de saison dont l'équipe de salle et de cuisine compte des personnes en situation de handicap. Né en Alsace, le modèle a été repéré par la Fabrique à initiatives de Franche-Comté, qui l'a fait venir à Pontarlier : la communauté de communes, une entreprise adaptée, l'Adapei du Doubs et France Active ont été réunis, puis la Fabrique a dimensionné le projet et construit le plan d'affaires jusqu'à l'ouverture. Le restaurant donne un emploi à des travailleurs handicapés dans un métier ouvert sur la clientèle et soutient les producteurs du territoire.",
    themes: ["alimentation-durable", "handicap-inclusion"],
    publics: ["personnes-en-situation-de-handicap"],
    tags: ["restaurant", "locavore", "circuits courts", "entreprise adaptée", "ESAT", "essaimage"],
    jobsFte: 6,
    legalForms: ["association"],
    replicationType: "dissemination",
    originOrganisation: "Adapei du Doubs (Cuisines d'Uzel)",
    originTerritory: "region:44",
    presence: "Alsace ; essaimé à Pontarlier (Doubs).",
    sourceUrls: [AVISE_SEED, "https://publipresse.cld.bz/la-Presse-Pontissalienne-216-Octobre-2017/16/"],
  },
  {
    externalId: "essaim-demo:conciergerie-solidaire-alsace",
    title: "Conciergerie solidaire de quartier (Conciergerie d'Ampère)",
    summary:
      "Une conciergerie de quartier prioritaire qui rend les petits services du quotidien et crée de l'entraide, pour une adhésion de 10 € par an.",
    description:
      "Co-construite par la Fabrique à initiatives d'Alsace avec les habitants d'un quartier prioritaire de Strasbourg, la conciergerie propose un dépôt de pain, un point poste, le prêt d'objets et la mise en relation entre voisins pour des coups de main. L'adhésion annuelle est de 10 €. Un salarié en insertion tient le lieu. Devenue la Conciergerie solidaire d'Alsace, constituée en SCIC en 2021, elle ouvre de nouvelles conciergeries dans d'autres quartiers (Hohberg, Schiltigheim-Hoenheim).",
    themes: ["services-proximite", "lien-social", "insertion-emploi"],
    publics: ["residents-qpv-frr", "tous-publics"],
    tags: ["conciergerie", "quartier prioritaire", "QPV", "prêt d'objets", "point poste", "entraide"],
    revenueMix: "Adhésions des habitants (10 € par an), prestations, aides publiques.",
    legalForms: ["scic"],
    replicationType: "subsidiary",
    originOrganisation: "Conciergerie solidaire d'Alsace",
    originTerritory: "commune:67482",
    presence: "Strasbourg (Ampère), puis Hohberg et Schiltigheim-Hoenheim.",
    sourceUrls: [
      "https://avise.org/actualites/la-co-construction-de-la-conciergerie-dampere-a-strasbourg",
      "https://www2.citego.org/bdf_fiche-document-3334_en.html",
    ],
  },
  {
    externalId: "essaim-demo:conciergerie-solidaire-bordeaux",
    title: "Conciergerie solidaire d'entreprises et de quartier",
    summary:
      "Une entreprise d'insertion qui offre des services de conciergerie aux salariés d'entreprises et aux habitants en s'appuyant sur des prestataires de l'ESS.",
    description:
      "Créée à Bordeaux au début des années 2010 sous la forme d'une SARL entreprise d'insertion, la Conciergerie Solidaire propose aux salariés d'entreprises et aux habitants d'un quartier des services du quotidien : pressing, retouches, courses, entretien du vélo ou de la voiture. Les prestations sont confiées à des structures de l'économie sociale et solidaire, et les concierges sont des salariés en parcours d'insertion. Le modèle a été repris à Anglet, Dijon, Paris et Lyon.",
    themes: ["insertion-emploi", "services-proximite"],
    publics: ["demandeurs-emploi", "actifs"],
    tags: ["conciergerie d'entreprise", "entreprise d'insertion", "services aux salariés", "ESS"],
    legalForms: ["sarl"],
    replicationType: "social_franchise",
    originOrganisation: "Conciergerie Solidaire",
    originTerritory: "commune:33063",
    presence: "Bordeaux, puis Anglet, Dijon, Paris, Lyon.",
    sourceUrls: ["http://doczz.fr/doc/5086792/la-conciergerie-solidaire"],
  },
  {
    externalId: "essaim-demo:conciergerie-solidaire-51",
    title: "Conciergerie solidaire en entreprise (Reims)",
    summary:
      "Des concierges en insertion installés dans les entreprises rendent service aux salariés et retrouvent le chemin de l'emploi.",
    description:
      "La Conciergerie solidaire 51 installe des services de conciergerie dans les entreprises de l'agglomération rémoise : dépôt de linge, courses, démarches, petits travaux. Les concierges sont des personnes en insertion, qui gagnent en expérience au contact des salariés et des employeurs. L'idée est née lors d'une journée citoyenne Startup de territoire en 2021.",
    themes: ["insertion-emploi", "services-proximite"],
    publics: ["demandeurs-emploi"],
    tags: ["conciergerie d'entreprise", "insertion", "Startup de territoire", "services aux entreprises"],
    originOrganisation: "Conciergerie solidaire 51",
    originTerritory: "commune:51454",
    presence: "Reims (2021).",
    sourceUrls: ["https://www.radiorbs.com/la-conciergerie-solidaire-51/"],
  },
  {
    externalId: "essaim-demo:espace-couture-mutualise",
    title: "Espace de couture mutualisé",
    summary:
      "Un atelier de couture partagé en quartier prioritaire, pour coudre en loisir, exercer une activité professionnelle et aller vers l'entrepreneuriat collectif.",
    description:
      "À Toulouse, dans le quartier de la Reynerie, la Fabrique à initiatives Première Brique a co-construit avec des habitantes un espace de couture mutualisé. Machines et locaux sont partagés ; le lieu accueille des pratiques de loisir, des couturières qui développent une activité professionnelle et un accompagnement vers l'entrepreneuriat collectif. Il valorise des savoir-faire souvent invisibles et ouvre une voie vers l'emploi pour des femmes éloignées du marché du travail.",
    themes: ["insertion-emploi", "lien-social"],
    publics: ["femmes", "residents-qpv-frr"],
    tags: ["couture", "textile", "atelier partagé", "entrepreneuriat des femmes", "QPV"],
    legalForms: ["association"],
    replicationType: "dissemination",
    originOrganisation: "Première Brique (Fabrique à initiatives)",
    originTerritory: "commune:31555",
    presence: "Toulouse, quartier de la Reynerie.",
    sourceUrls: [
      "https://www.avise.org/actualites/la-co-construction-dun-espace-couture-mutualise-a-toulouse",
      "https://fabriqueainitiatives.org/portfolio/espace-de-couture-mutualise",
    ],
  },
  {
    externalId: "essaim-demo:plateforme-mobilite-haute-garonne",
    title: "Plateforme de mobilité départementale",
    summary:
      "Un guichet qui lève les freins de mobilité des personnes en insertion : diagnostic, conseil, solutions de transport.",
    description:
      "Issue de la Fabrique à initiatives de Haute-Garonne, la plateforme de mobilité accompagne les personnes pour qui le déplacement est un obstacle à l'emploi ou à la formation. Elle fait le point sur la situation de chacun, oriente vers les solutions existantes (transports en commun, covoiturage, location, aide au permis de conduire) et crée celles qui manquent sur le territoire.",
    themes: ["mobilite", "insertion-emploi"],
    publics: ["demandeurs-emploi", "beneficiaires-des-minimas-sociaux"],
    tags: ["plateforme de mobilité", "permis de conduire", "freins à l'emploi", "transport"],
    originOrganisation: "Première Brique (Fabrique à initiatives)",
    originTerritory: "departement:31",
    presence: "Haute-Garonne.",
    sourceUrls: [
      "https://www.lejournaltoulousain.fr/societe/fabrique-a-initiatives-bonne-idee-bonnes-personnes-endroit-55442/",
    ],
  },
  {
    externalId: "essaim-demo:wimoov",
    title: "Wimoov, plateformes de mobilité inclusive",
    summary:
      "Un bilan de mobilité puis des solutions concrètes : prêt de véhicules, microcrédit, formation à la mobilité pour les personnes en insertion et les seniors.",
    description:
      "Wimoov, association du Groupe SOS, anime des plateformes de mobilité partout en France. Chaque parcours commence par un « test mobilité » qui mesure les capacités et les besoins de la personne ; viennent ensuite le prêt ou la location de véhicules (voitures, scooters, vélos), le microcrédit pour acheter ou réparer, des ateliers pour apprendre à se déplacer et à utiliser les transports. Les plateformes s'adressent aux personnes en insertion, aux jeunes et aux seniors qui perdent en autonomie de déplacement.",
    themes: ["mobilite", "insertion-emploi", "bien-vieillir"],
    publics: ["demandeurs-emploi", "jeunes", "seniors"],
    tags: ["mobilité inclusive", "prêt de véhicules", "microcrédit", "test mobilité", "Groupe SOS"],
    legalForms: ["association"],
    replicationType: "subsidiary",
    originOrganisation: "Wimoov (Groupe SOS)",
    presence: "43 plateformes en France.",
    sourceUrls: ["https://www.flotauto.com/wimoov-marseille-20210915.html", "https://www.resolis.org"],
  },
  {
    externalId: "essaim-demo:garage-solidaire",
    title: "Garage solidaire",
    summary:
      "Un garage qui répare, loue et vend des véhicules à prix social sur prescription, et emploie des salariés en insertion.",
    description:
      "Pour beaucoup de personnes en recherche d'emploi, une panne de voiture suffit à perdre un travail ou une formation. Le garage solidaire répare et entretient les véhicules à tarif réduit pour les personnes orientées par un prescripteur (travailleur social, conseiller emploi), loue et revend des voitures d'occasion remises en état, et propose parfois un atelier où l'on répare soi-même sa voiture avec l'aide d'un mécanicien. Les mécaniciens sont souvent des salariés en insertion. Le modèle économique mêle prestations payantes et aides publiques.",
    themes: ["mobilite", "insertion-emploi"],
    publics: ["demandeurs-emploi", "beneficiaires-des-minimas-sociaux"],
    tags: ["garage", "réparation automobile", "prescription", "auto-réparation", "SIAE", "voiture"],
    revenueMix: "Prestations de réparation et de location à prix social, aides publiques à l'insertion.",
    legalForms: ["association"],
    replicationType: "dissemination",
    originOrganisation: "Autos Partners Solidaire",
    originTerritory: "commune:27229",
    presence: "Évreux ; modèle décrit par Émergence Beauvaisis.",
    sourceUrls: ["https://www.emergencebeauvaisis.org/garage-solidaire", "https://oujdacity.net"],
  },
  {
    externalId: "essaim-demo:auto-ecole-sociale",
    title: "Auto-école sociale",
    summary:
      "Une auto-école adaptée aux personnes qui échouent dans le circuit classique : pédagogie plus longue, tarifs réduits, accompagnement social.",
    description:
      "L'auto-école sociale prépare au permis de conduire des personnes pour qui il est indispensable pour travailler mais difficile à obtenir : difficultés avec l'écrit, budget serré, échecs répétés. Les cours de code et de conduite sont plus progressifs, en petits groupes, avec un suivi social et un coût adapté, financé en partie par les collectivités et les dispositifs d'insertion. C'est une réponse typique qu'étudient les Fabriques à initiatives lorsque la mobilité freine l'emploi.",
    themes: ["mobilite", "insertion-emploi"],
    publics: ["demandeurs-emploi", "jeunes"],
    tags: ["permis de conduire", "code de la route", "auto-école solidaire", "mobilité"],
    legalForms: ["association"],
    sourceUrls: [
      "https://blog.elueslocales.fr/delegation/economie/avise-less-en-reponse-aux-enjeux-des-territoires/",
    ],
  },
  {
    externalId: "essaim-demo:jardins-de-cocagne",
    title: "Jardin de Cocagne, maraîchage bio d'insertion",
    summary:
      "Une exploitation maraîchère biologique où des personnes en insertion produisent des légumes vendus en paniers à des adhérents.",
    description:
      "Le Jardin de Cocagne est un chantier d'insertion qui cultive des légumes biologiques. Les salariés en insertion y retrouvent un rythme de travail et une qualification, encadrés par des maraîchers ; les légumes sont distribués en paniers hebdomadaires à des adhérents consommateurs. Une centaine d'associations partagent une charte commune au sein du Réseau Cocagne, qui accompagne les créations.",
    themes: ["alimentation-durable", "insertion-emploi"],
    publics: ["demandeurs-emploi", "beneficiaires-des-minimas-sociaux"],
    tags: ["maraîchage", "agriculture biologique", "paniers", "chantier d'insertion", "ACI"],
    revenueMix: "Vente de paniers aux adhérents, aides à l'insertion (ACI).",
    legalForms: ["association"],
    replicationType: "social_franchise",
    originOrganisation: "Réseau Cocagne",
    presence: "Une centaine de jardins en France.",
    sourceUrls: ["https://www.franceactive.org"],
  },
  {
    externalId: "essaim-demo:envie",
    title: "ENVIE, électroménager rénové",
    summary:
      "Collecter l'électroménager usagé, le rénover entièrement et le revendre environ à moitié prix, en créant des emplois d'insertion.",
    description:
      "Né à Strasbourg, ENVIE récupère les appareils électriques et électroniques dont les ménages se séparent, les remet complètement en état dans ses ateliers et les revend, en moyenne à la moitié du prix de référence. Les techniciens sont des salariés en insertion qui apprennent un métier. Le réseau ENVIE s'est étendu dans toute la France.",
    themes: ["economie-circulaire", "insertion-emploi"],
    publics: ["demandeurs-emploi", "tous-publics"],
    tags: ["électroménager", "DEEE", "réemploi", "reconditionnement", "entreprise d'insertion"],
    replicationType: "social_franchise",
    originOrganisation: "ENVIE",
    originTerritory: "commune:67482",
    presence: "Né à Strasbourg ; réseau national.",
    sourceUrls: ["https://www.up-inspirer.fr/30332-envie-bon-plan-recup-solidaire"],
  },
  {
    externalId: "essaim-demo:ressourcerie",
    title: "Ressourcerie",
    summary:
      "Collecter les objets dont on ne veut plus, les valoriser, les revendre à petit prix et sensibiliser à la réduction des déchets.",
    description:
      "Une ressourcerie (ou recyclerie) remplit quatre fonctions : la collecte des objets et encombrants, leur valorisation (tri, nettoyage, réparation, détournement), la vente à petit prix dans une boutique et la sensibilisation du public à la réduction des déchets. Elle emploie souvent des salariés en insertion et signe des conventions de collecte avec les collectivités. Le Réseau national des ressourceries et recycleries compte plus de deux cents adhérents.",
    themes: ["economie-circulaire", "insertion-emploi", "transition-ecologique"],
    publics: ["tous-publics", "demandeurs-emploi"],
    tags: ["ressourcerie", "recyclerie", "réemploi", "encombrants", "seconde main", "déchets"],
    revenueMix: "Ventes en boutique, conventions de collecte avec les collectivités, aides à l'insertion.",
    premises: "Un local de stockage et d'atelier, et une boutique.",
    legalForms: ["association", "scic"],
    replicationType: "dissemination",
    originOrganisation: "Réseau national des ressourceries et recycleries",
    presence: "Plus de 200 structures en France.",
    sourceUrls: ["https://ressourceries.info", "https://ressourcerie.fr", "https://ressourceriespaca.fr"],
  },
  {
    externalId: "essaim-demo:repair-cafe",
    title: "Repair café",
    summary:
      "Un rendez-vous régulier où des bénévoles aident les habitants à réparer eux-mêmes leurs objets en panne plutôt que de les jeter.",
    description:
      "Le Repair Café est né à Amsterdam en 2009, à l'initiative de Martine Postma ; la Repair Café Foundation en diffuse le concept. Une fois par mois environ, dans une salle prêtée (mairie, centre social, médiathèque, café associatif), des réparateurs bénévoles accueillent gratuitement les habitants qui apportent un appareil électrique, un vêtement, un vélo, un jouet ou un meuble en panne : on cherche la panne ensemble et le visiteur apprend à réparer lui-même. On y boit un café, on se rencontre, on évite des déchets. Un groupe local s'inscrit auprès de la fondation, qui fournit un kit de démarrage et le fait figurer sur sa carte. Plus de 2 000 repair cafés existent dans le monde, dont plusieurs centaines en France (ordre de grandeur).",
    themes: ["economie-circulaire", "lien-social", "transition-ecologique"],
    publics: ["tous-publics"],
    tags: ["repair café", "réparation", "bénévoles", "petit électroménager", "anti-gaspillage", "réemploi"],
    revenueMix:
      "Bénévolat, dons des visiteurs, petites subventions locales ; un budget de quelques centaines à quelques milliers d'euros par an (ordre de grandeur) pour l'outillage, les consommables et l'assurance.",
    jobsFte: 0,
    premises: "Une salle prêtée quelques heures par mois, avec tables et prises électriques.",
    legalForms: ["association"],
    prerequisites:
      "Un groupe de bénévoles qui savent réparer (électricité, couture, informatique, vélo), une salle et un partenaire qui porte l'assurance.",
    replicationType: "dissemination",
    originOrganisation: "Repair Café Foundation",
    presence: "Plus de 2 000 dans le monde, plusieurs centaines en France (ordre de grandeur).",
    sourceUrls: ["https://www.repaircafe.org/fr/"],
  },
  {
    externalId: "essaim-demo:atelier-velo-participatif",
    title: "Atelier vélo participatif et solidaire",
    summary:
      "Un atelier où chacun apprend à réparer son vélo lui-même (autoréparation), avec des outils partagés et l'aide d'un mécanicien, et où des vélos récupérés sont remis en état.",
    description:
      "Dans un atelier vélo participatif, les adhérents réparent eux-mêmes leur vélo avec les outils de l'atelier, conseillés par un animateur mécanicien salarié ou par des bénévoles : on apprend la mécanique plutôt que de confier son vélo à un réparateur. Les vélos abandonnés ou récupérés en déchetterie sont démontés et remis en état, puis revendus à petit prix ou servent de pièces détachées. Beaucoup d'ateliers vont aussi dans les quartiers avec un atelier mobile et animent une vélo-école. L'Heureux Cyclage, réseau des ateliers vélo participatifs et solidaires, réunit plusieurs centaines d'ateliers en France (ordre de grandeur) et partage entre eux guides, formations et retours d'expérience pour en créer de nouveaux.",
    themes: ["mobilite", "economie-circulaire", "lien-social"],
    publics: ["tous-publics", "jeunes"],
    tags: [
      "atelier vélo",
      "autoréparation",
      "réparation de vélos",
      "mécanique vélo",
      "vélos d'occasion",
      "réemploi",
      "atelier participatif",
    ],
    revenueMix:
      "Adhésions des usagers, vente de vélos d'occasion et de pièces, subventions des collectivités, prestations (ateliers mobiles, vélo-école).",
    premises:
      "Un local d'atelier avec établis et stockage de vélos ; parfois une remorque pour l'atelier mobile.",
    legalForms: ["association"],
    prerequisites:
      "Des bénévoles ou un animateur mécanicien, un local, un stock de vélos à récupérer ; de zéro à quelques salariés selon la taille (ordre de grandeur).",
    replicationType: "dissemination",
    originOrganisation: "L'Heureux Cyclage, réseau des ateliers vélo participatifs et solidaires",
    presence: "Plusieurs centaines d'ateliers en France (ordre de grandeur).",
    sourceUrls: ["https://www.heureux-cyclage.org"],
  },
  {
    externalId: "essaim-demo:groupement-achats",
    title: "Groupement d'achats et épicerie coopérative de quartier",
    summary:
      "Des habitants se regroupent pour acheter ensemble, en gros et sans marge, des produits bio, locaux et de qualité à des prix accessibles.",
    description:
      "Un groupement d'achats réunit des familles qui commandent ensemble auprès de producteurs et de grossistes : les achats en gros, souvent en vrac, et l'absence de marge rendent abordables des produits bio et locaux. Les commandes sont distribuées une ou deux fois par mois dans un local du quartier, et les adhérents tiennent eux-mêmes la distribution. L'association VRAC (Vers un réseau d'achat en commun), née en 2013 dans la métropole de Lyon avec un bailleur social et la Fondation Abbé Pierre, a porté ce modèle dans les quartiers prioritaires et l'a essaimé dans d'autres villes : une adhésion modique, des produits vendus à prix coûtant, des ateliers cuisine et un lieu de rencontre. Certains groupements deviennent des épiceries coopératives ouvertes plusieurs jours par semaine.",
    themes: ["alimentation-durable", "lien-social"],
    publics: ["residents-qpv-frr", "familles", "tous-publics"],
    tags: [
      "groupement d'achats",
      "épicerie coopérative",
      "achat en commun",
      "vrac",
      "bio",
      "produits locaux",
      "prix coûtant",
      "quartier prioritaire",
    ],
    revenueMix:
      "Adhésions, subventions (bailleurs sociaux, collectivités, fondations) ; les produits sont revendus à prix coûtant. Un groupement d'habitants fonctionne avec des bénévoles ; une association comme VRAC emploie quelques salariés par ville (ordre de grandeur).",
    premises:
      "Un local de distribution et de stockage, souvent prêté par un bailleur social ou un centre social.",
    legalForms: ["association"],
    prerequisites: "Un noyau d'habitants prêts à tenir les commandes et les distributions, et un local.",
    replicationType: "dissemination",
    originOrganisation: "VRAC (Vers un réseau d'achat en commun)",
    originTerritory: "region:84",
    presence:
      "Métropole de Lyon, puis d'autres villes de France (réseau VRAC) ; nombreux groupements d'habitants indépendants.",
    sourceUrls: ["https://vrac-asso.org"],
  },
  {
    externalId: "essaim-demo:recyclerie-sport-jouets",
    title: "Recyclerie de sport, de loisirs et de jouets",
    summary:
      "Une recyclerie spécialisée qui donne une seconde vie aux articles de sport, de loisirs et aux jouets.",
    description:
      "Plutôt que de tout collecter, la recyclerie spécialisée se concentre sur une seule filière : vélos, équipements sportifs, jeux et jouets. Les objets sont collectés, contrôlés, réparés puis revendus à petit prix ou prêtés aux clubs et aux familles. Le thème a été retenu par La Serre à Projets, dispositif d'émergence de la région nancéienne.",
    themes: ["economie-circulaire"],
    publics: ["familles", "jeunes"],
    tags: ["recyclerie", "sport", "jouets", "réemploi", "seconde main"],
    originOrganisation: "La Serre à Projets",
    originTerritory: "departement:54",
    presence: "Agglomération de Nancy (projet étudié).",
    sourceUrls: ["https://www.laserre.org/presentation"],
    draftOf: "emergence",
  },
];
