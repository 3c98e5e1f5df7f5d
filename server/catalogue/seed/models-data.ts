import type { ModelFieldsInput } from "../model-schemas";

/**
 * The demo catalogue: real replicable activities listed in domain.md §4, described in our own
 * words from the sources cited with each one. Facts the sources do not give (budgets, jobs) are
 * left empty rather than guessed. Where a source only names a site, the link is the site.
 */
export type SeedModel = ModelFieldsInput & {
  externalId: string;
  /** Proposed by a demo Fabrique and still a draft; otherwise published by the network. */
  draftOf?: "emergence" | "atis";
};

const AVISE_SEED =
  "https://www.avise.org/actualites/ptit-dej-avise-2-accompagner-linnovation-sociale-au-service-des-territoires";

export const seedModels: SeedModel[] = [
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
