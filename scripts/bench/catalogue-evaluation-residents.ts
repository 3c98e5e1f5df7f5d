/**
 * The catalogue search's second evaluation set (issue 19), written before any ranking change and
 * before looking at a single search result: needs phrased the way residents, elected officials and
 * social workers type them — short and long, with typos, feminine and plural forms, names of
 * models typed plainly. The answers were found by reading the sheets (the demo catalogue in
 * `server/catalogue/seed/models-data.ts`, the story models of `server/seed/demo-story-models.ts`,
 * the models this issue adds, and the titles and summaries of the Apriles sheets, named by their
 * `sobi2Id`), never by searching. A query succeeds at k when one of its answers ranks in the first k.
 */
export type ResidentQuery = {
  q: string;
  kind: "short" | "long" | "typo" | "name" | "feminine-plural";
  answers: string[];
};

const demo = (id: string) => `essaim-demo:${id}`;
const apriles = (id: number) => `apriles:${id}`;

const inclusiveRestaurants = [
  demo("vertuose"),
  demo("le-reflet"),
  demo("cafe-joyeux"),
  demo("tables-d-uzel"),
  demo("a-l-essentiel-solicook"),
  demo("osteria-inclusive"),
  apriles(1618),
];
const carers = [apriles(1518), apriles(1535), apriles(1382), apriles(1444), apriles(1502)];
const conciergeries = [
  demo("conciergerie-solidaire-alsace"),
  demo("conciergerie-solidaire-bordeaux"),
  demo("conciergerie-solidaire-51"),
  demo("conciergerie-blosne"),
  demo("conciergerie-seniors"),
];
const reuseShops = [demo("ressourcerie"), demo("recyclerie-territoriale"), apriles(1482)];
const lonelyElders = [demo("chez-daddy"), apriles(1559), apriles(1462), apriles(1466), apriles(1599)];

const short: ResidentQuery[] = [
  { q: "garage solidaire", kind: "short", answers: [demo("garage-solidaire"), apriles(1433)] },
  { q: "colocation entre seniors", kind: "short", answers: [apriles(1368), apriles(1372), apriles(1507)] },
  {
    q: "épicerie solidaire",
    kind: "short",
    answers: [demo("epicerie-solidaire-andes"), apriles(1380), apriles(1491)],
  },
  { q: "aide aux aidants", kind: "short", answers: carers },
  {
    q: "habitat intergénérationnel",
    kind: "short",
    answers: [demo("pierre-angulaire"), apriles(1436), apriles(1398)],
  },
  {
    q: "accès au permis de conduire",
    kind: "short",
    answers: [
      demo("auto-ecole-sociale"),
      apriles(1596),
      apriles(1585),
      demo("plateforme-mobilite-haute-garonne"),
    ],
  },
  { q: "café des aidants", kind: "short", answers: [apriles(1518)] },
  { q: "bagagerie SDF", kind: "short", answers: [apriles(1381)] },
  { q: "échange de services entre habitants", kind: "short", answers: [apriles(1468)] },
  { q: "laverie sociale", kind: "short", answers: [apriles(1417)] },
  { q: "réparer son vélo", kind: "short", answers: [demo("atelier-velo-participatif")] },
  { q: "repair café", kind: "short", answers: [demo("repair-cafe")] },
  { q: "groupement d'achats", kind: "short", answers: [demo("groupement-achats")] },
  { q: "recyclerie", kind: "short", answers: [...reuseShops, demo("recyclerie-sport-jouets")] },
  {
    q: "restaurant d'insertion",
    kind: "short",
    answers: [apriles(1530), apriles(1383), apriles(1633), demo("a-l-essentiel-solicook")],
  },
  { q: "bibliothèque d'objets", kind: "short", answers: [demo("trucotheque")] },
  { q: "jardins partagés", kind: "short", answers: [apriles(1470), apriles(1449), apriles(1542)] },
  { q: "béguinage", kind: "short", answers: [apriles(1507), apriles(1393)] },
  { q: "coiffure solidaire", kind: "short", answers: [apriles(1495)] },
  { q: "matériaux de réemploi", kind: "short", answers: [demo("reserve-des-materiaux"), demo("rebois")] },
  { q: "garde d'enfants en urgence", kind: "short", answers: [apriles(1503), demo("freebulle")] },
  { q: "bois de chauffage précarité", kind: "short", answers: [apriles(1485)] },
  { q: "électroménager d'occasion", kind: "short", answers: [demo("envie")] },
  { q: "supermarché coopératif", kind: "short", answers: [demo("supermarche-cooperatif")] },
  { q: "mineurs non accompagnés", kind: "short", answers: [apriles(1619)] },
  { q: "resto inclusif", kind: "short", answers: inclusiveRestaurants },
  { q: "cantine bio", kind: "short", answers: [apriles(1630), apriles(1636)] },
];

const long: ResidentQuery[] = [
  {
    q: "Dans notre village il n'y a plus de commerce depuis que l'épicerie a fermé, les anciens doivent prendre la voiture pour acheter du pain",
    kind: "long",
    answers: [demo("epicerie-itinerante"), demo("epissure"), demo("cafe-epicerie-rural")],
  },
  {
    q: "Beaucoup de jeunes du quartier n'ont pas le permis et ça les bloque pour trouver un travail",
    kind: "long",
    answers: [
      demo("auto-ecole-sociale"),
      apriles(1596),
      apriles(1585),
      demo("plateforme-mobilite-haute-garonne"),
      demo("wimoov"),
    ],
  },
  {
    q: "Les personnes âgées de la commune veulent rester vivre au village mais ne peuvent plus rester seules chez elles",
    kind: "long",
    answers: [apriles(1372), apriles(1507), apriles(1393), apriles(1505), apriles(1368)],
  },
  {
    q: "Nous cherchons un moyen de faire travailler des personnes en situation de handicap dans un restaurant ouvert à tous",
    kind: "long",
    answers: inclusiveRestaurants,
  },
  {
    q: "Pas d'endroit pour réparer son vélo dans le quartier, les jeunes ont des vélos cassés",
    kind: "long",
    answers: [demo("atelier-velo-participatif")],
  },
  {
    q: "Les gens jettent des appareils qui pourraient être réparés, on voudrait apprendre aux habitants à les réparer eux-mêmes",
    kind: "long",
    answers: [demo("repair-cafe"), demo("envie")],
  },
  {
    q: "Des familles modestes voudraient acheter des produits bio et locaux moins chers en se regroupant",
    kind: "long",
    answers: [demo("groupement-achats"), demo("supermarche-cooperatif"), apriles(1491), apriles(1460)],
  },
  {
    q: "Les encombrants finissent à la déchetterie alors qu'on pourrait les revendre et créer des emplois",
    kind: "long",
    answers: reuseShops,
  },
  {
    q: "Une maman seule qui travaille en horaires décalés ne trouve personne pour garder ses enfants le soir",
    kind: "long",
    answers: [demo("freebulle"), apriles(1503), apriles(1456), apriles(1540)],
  },
  {
    q: "Les proches de malades d'Alzheimer sont épuisés et n'ont aucun lieu pour souffler",
    kind: "long",
    answers: [...carers, apriles(1473), apriles(1427)],
  },
  {
    q: "Les personnes sans domicile n'ont pas d'endroit pour laisser leurs affaires en sécurité pendant la journée",
    kind: "long",
    answers: [apriles(1381)],
  },
  {
    q: "Les jeunes femmes du quartier sont loin de l'emploi et ont perdu confiance en elles",
    kind: "long",
    answers: [apriles(1495), demo("princess"), demo("espace-couture-mutualise"), apriles(1530)],
  },
  {
    q: "Le médecin du bourg part à la retraite et personne ne le remplace",
    kind: "long",
    answers: [demo("centre-sante-rural")],
  },
  {
    q: "Comment aider des chômeurs de longue durée à retrouver un CDI dans leur commune",
    kind: "long",
    answers: [demo("ebe-tzcld"), apriles(1538)],
  },
  {
    q: "Nos retraités s'ennuient et aimeraient transmettre leur savoir-faire aux jeunes",
    kind: "long",
    answers: [apriles(1527), apriles(1606), apriles(1585)],
  },
  {
    q: "Il y a des bâtiments municipaux vides qu'on pourrait prêter à des associations et des artisans",
    kind: "long",
    answers: [demo("plateau-urbain")],
  },
  {
    q: "Les restes des cantines partent à la poubelle, nous voudrions en faire du compost",
    kind: "long",
    answers: [demo("composterie-velo"), demo("vers-de-tours")],
  },
  {
    q: "Une personne âgée seule dans une grande maison pourrait accueillir un jeune contre un peu de compagnie",
    kind: "long",
    answers: [apriles(1436), apriles(1398), demo("pierre-angulaire")],
  },
  {
    q: "Des familles en difficulté n'arrivent plus à payer leurs factures d'eau et d'électricité",
    kind: "long",
    answers: [apriles(1483)],
  },
  {
    q: "Les travailleurs des ESAT voudraient faire reconnaître leurs compétences",
    kind: "long",
    answers: [apriles(1375)],
  },
  {
    q: "Les habitants des quartiers ne vont jamais voir les services sociaux, il faudrait aller frapper à leur porte",
    kind: "long",
    answers: [demo("voisinmalin"), apriles(1471)],
  },
  {
    q: "Un lieu pour les personnes souffrant de troubles psychiques où elles reprennent une vie sociale",
    kind: "long",
    answers: [apriles(1490), apriles(1484), apriles(1472)],
  },
  {
    q: "Les aînés isolés dans les campagnes ne voient plus personne, un bus pourrait venir à leur rencontre",
    kind: "long",
    answers: [apriles(1599)],
  },
  {
    q: "Des bouteilles en verre jetées alors qu'on pourrait les laver et les réutiliser",
    kind: "long",
    answers: [demo("ma-bouteille-s-appelle-reviens")],
  },
  {
    q: "Les fruits et légumes frais coûtent trop cher pour les familles pauvres",
    kind: "long",
    answers: [apriles(1460), demo("epicerie-solidaire-andes"), demo("jardins-de-cocagne")],
  },
  {
    q: "La cantine scolaire devrait servir des produits bio et locaux",
    kind: "long",
    answers: [apriles(1630), apriles(1636)],
  },
];

const typo: ResidentQuery[] = [
  { q: "ressourcrie quartier", kind: "typo", answers: reuseShops },
  { q: "epicerie itinerrante", kind: "typo", answers: [demo("epicerie-itinerante")] },
  { q: "autoecole sociale", kind: "typo", answers: [demo("auto-ecole-sociale")] },
  {
    q: "colocasion personnes agées",
    kind: "typo",
    answers: [apriles(1368), demo("simon-de-cyrene"), apriles(1372)],
  },
  { q: "aide au aidant", kind: "typo", answers: carers },
  { q: "jardin de cocagnes", kind: "typo", answers: [demo("jardins-de-cocagne"), apriles(1519)] },
  { q: "bagagrie sans abri", kind: "typo", answers: [apriles(1381)] },
  { q: "consiergerie de quartier", kind: "typo", answers: conciergeries },
  { q: "reparation velo associatif", kind: "typo", answers: [demo("atelier-velo-participatif")] },
  { q: "maraichage bio insersion", kind: "typo", answers: [demo("jardins-de-cocagne"), apriles(1519)] },
  {
    q: "épiceire solidaire",
    kind: "typo",
    answers: [demo("epicerie-solidaire-andes"), apriles(1380), apriles(1491)],
  },
  { q: "covoitturage solidaire", kind: "typo", answers: [apriles(1597)] },
  {
    q: "garde d'enfant horraires décalés",
    kind: "typo",
    answers: [demo("freebulle"), apriles(1503), apriles(1456)],
  },
  { q: "repare café", kind: "typo", answers: [demo("repair-cafe")] },
  { q: "gaspillage alimentair hopital", kind: "typo", answers: [apriles(1633)] },
  { q: "restaurent handicap", kind: "typo", answers: inclusiveRestaurants },
];

const name: ResidentQuery[] = [
  { q: "vertuose", kind: "name", answers: [demo("vertuose")] },
  { q: "vertueuse", kind: "name", answers: [demo("vertuose")] },
  { q: "princess", kind: "name", answers: [demo("princess")] },
  { q: "princess institut de beauté", kind: "name", answers: [demo("princess")] },
  { q: "cafe joyeux", kind: "name", answers: [demo("cafe-joyeux")] },
  { q: "siel bleu", kind: "name", answers: [demo("siel-bleu")] },
  { q: "voisin malin", kind: "name", answers: [demo("voisinmalin"), apriles(1471)] },
  { q: "le reflet restaurant", kind: "name", answers: [demo("le-reflet"), apriles(1618)] },
  { q: "chez daddy", kind: "name", answers: [demo("chez-daddy")] },
  { q: "enercoop", kind: "name", answers: [demo("enercoop")] },
  { q: "wimoov", kind: "name", answers: [demo("wimoov")] },
  { q: "simon de cyrene", kind: "name", answers: [demo("simon-de-cyrene")] },
  { q: "tables d uzel", kind: "name", answers: [demo("tables-d-uzel")] },
  { q: "la cravate solidaire", kind: "name", answers: [apriles(1551)] },
  { q: "entourage seniors", kind: "name", answers: [apriles(1559)] },
  { q: "ages et vie", kind: "name", answers: [apriles(1372)] },
  { q: "accorderie", kind: "name", answers: [apriles(1468)] },
  { q: "trucotheque", kind: "name", answers: [demo("trucotheque")] },
  { q: "vet ethic", kind: "name", answers: [demo("vet-ethic")] },
  { q: "ma bouteille sappelle reviens", kind: "name", answers: [demo("ma-bouteille-s-appelle-reviens")] },
  { q: "les petites cantines", kind: "name", answers: [demo("petites-cantines")] },
  { q: "plateau urbain", kind: "name", answers: [demo("plateau-urbain")] },
  { q: "solicook", kind: "name", answers: [demo("a-l-essentiel-solicook")] },
  { q: "habited", kind: "name", answers: [apriles(1617)] },
  { q: "bistrot memoire alzheimer", kind: "name", answers: [apriles(1473)] },
];

const femininePlural: ResidentQuery[] = [
  {
    q: "handicapées",
    kind: "feminine-plural",
    answers: [
      ...inclusiveRestaurants,
      demo("simon-de-cyrene"),
      apriles(1448),
      apriles(1435),
      apriles(1375),
      apriles(1494),
    ],
  },
  {
    q: "restaurant qui embauche des personnes handicapées",
    kind: "feminine-plural",
    answers: inclusiveRestaurants,
  },
  { q: "mères isolées", kind: "feminine-plural", answers: [apriles(1398), apriles(1408)] },
  { q: "les aînées seules", kind: "feminine-plural", answers: lonelyElders },
  {
    q: "travailleuses handicapées",
    kind: "feminine-plural",
    answers: [
      demo("vertuose"),
      demo("tables-d-uzel"),
      apriles(1448),
      apriles(1375),
      demo("a-l-essentiel-solicook"),
    ],
  },
  { q: "jeunes mamans isolées", kind: "feminine-plural", answers: [apriles(1408), apriles(1398)] },
  { q: "femmes victimes de violences conjugales", kind: "feminine-plural", answers: [apriles(1407)] },
  {
    q: "personnes réfugiées",
    kind: "feminine-plural",
    answers: [apriles(1603), apriles(1572), apriles(1571)],
  },
  {
    q: "des habitantes qui veulent créer leur activité de couture",
    kind: "feminine-plural",
    answers: [demo("espace-couture-mutualise")],
  },
  { q: "les aidantes familiales épuisées", kind: "feminine-plural", answers: carers },
  {
    q: "épiceries coopératives",
    kind: "feminine-plural",
    answers: [apriles(1491), demo("groupement-achats"), demo("supermarche-cooperatif"), demo("grap")],
  },
  { q: "ressourceries", kind: "feminine-plural", answers: reuseShops },
  { q: "garages solidaires", kind: "feminine-plural", answers: [demo("garage-solidaire"), apriles(1433)] },
  { q: "conciergeries solidaires", kind: "feminine-plural", answers: conciergeries },
  {
    q: "jeunes autistes",
    kind: "feminine-plural",
    answers: [demo("osteria-inclusive"), demo("cafe-joyeux"), apriles(1617), apriles(1489)],
  },
  {
    q: "colocations seniors",
    kind: "feminine-plural",
    answers: [apriles(1368), apriles(1372), apriles(1507)],
  },
  { q: "aides à domicile en coopérative", kind: "feminine-plural", answers: [apriles(1439)] },
  { q: "chômeuses de longue durée", kind: "feminine-plural", answers: [demo("ebe-tzcld"), apriles(1538)] },
  { q: "personnes âgées isolées", kind: "feminine-plural", answers: lonelyElders },
];

export const residentsEvaluation: ResidentQuery[] = [...short, ...long, ...typo, ...name, ...femininePlural];
