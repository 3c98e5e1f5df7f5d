/**
 * The catalogue search's evaluation set: needs written the way a programme officer describes
 * them (never the model's name), with the models that answer them. Answers are external ids of
 * the demo catalogue (`essaim-demo:…`) or of the Apriles sheets imported for the benchmark
 * (`apriles:<sobi2Id>`). A query succeeds at k when one of its answers ranks in the first k.
 *
 * The kinds tag the query mix: full sentences, 2–4 keywords, no accents, typos.
 */
export type EvaluationQuery = {
  q: string;
  kind: "sentence" | "keywords" | "no-accents" | "typo";
  answers: string[];
};

const demo = (id: string) => `essaim-demo:${id}`;
const apriles = (id: number) => `apriles:${id}`;

export const catalogueEvaluation: EvaluationQuery[] = [
  {
    q: "Dans notre commune rurale le dernier commerce a fermé, les personnes âgées n'ont plus où faire leurs courses",
    kind: "sentence",
    answers: [demo("epicerie-itinerante"), demo("epissure"), demo("cafe-epicerie-rural")],
  },
  { q: "epicerie itinerante pour les villages", kind: "no-accents", answers: [demo("epicerie-itinerante")] },
  {
    q: "un camion qui passe dans les hameaux pour vendre des produits du quotidien",
    kind: "sentence",
    answers: [demo("epicerie-itinerante")],
  },
  {
    q: "beaucoup de seniors vivent seuls dans le quartier et ne sortent plus de chez eux",
    kind: "sentence",
    answers: [demo("chez-daddy"), apriles(1559), apriles(1462), apriles(1466), apriles(1599)],
  },
  {
    q: "personnes âgées isolées",
    kind: "keywords",
    answers: [demo("chez-daddy"), apriles(1559), apriles(1462), apriles(1466), apriles(1599)],
  },
  {
    q: "les demandeurs d'emploi n'ont pas de voiture et ne peuvent pas se rendre au travail",
    kind: "sentence",
    answers: [
      demo("plateforme-mobilite-haute-garonne"),
      demo("wimoov"),
      demo("garage-solidaire"),
      apriles(1597),
    ],
  },
  {
    q: "faire réparer sa voiture à petit prix quand on touche le RSA",
    kind: "sentence",
    answers: [demo("garage-solidaire"), apriles(1433)],
  },
  { q: "garage solidere", kind: "typo", answers: [demo("garage-solidaire"), apriles(1433)] },
  {
    q: "obtenir le permis de conduire malgré des difficultés avec l'écrit",
    kind: "sentence",
    answers: [demo("auto-ecole-sociale"), apriles(1596), apriles(1585)],
  },
  {
    q: "resourcerie pour les encombrants",
    kind: "typo",
    answers: [demo("ressourcerie"), apriles(1482)],
  },
  {
    q: "donner une seconde vie aux objets jetés en créant des emplois d'insertion",
    kind: "sentence",
    answers: [demo("ressourcerie"), demo("envie"), apriles(1498), apriles(1482)],
  },
  {
    q: "remettre en état les frigos et machines à laver usagés pour les revendre moins cher",
    kind: "sentence",
    answers: [demo("envie")],
  },
  {
    q: "un restaurant qui emploie des personnes handicapées",
    kind: "sentence",
    answers: [
      demo("vertuose"),
      demo("le-reflet"),
      demo("cafe-joyeux"),
      demo("tables-d-uzel"),
      demo("a-l-essentiel-solicook"),
      demo("osteria-inclusive"),
      apriles(1618),
    ],
  },
  {
    q: "serveurs trisomiques",
    kind: "keywords",
    answers: [demo("le-reflet"), demo("cafe-joyeux"), apriles(1618)],
  },
  {
    q: "travailleurs d'ESAT restauration",
    kind: "keywords",
    answers: [demo("tables-d-uzel"), demo("vertuose"), demo("a-l-essentiel-solicook")],
  },
  {
    q: "premier emploi pour de jeunes adultes autistes",
    kind: "sentence",
    answers: [demo("osteria-inclusive"), demo("cafe-joyeux"), apriles(1617)],
  },
  {
    q: "cuisiner et manger ensemble entre voisins pour recréer du lien",
    kind: "sentence",
    answers: [demo("petites-cantines"), demo("cantine-solidaire")],
  },
  {
    q: "des familles aux petits budgets qui n'arrivent pas à se nourrir correctement",
    kind: "sentence",
    answers: [demo("epicerie-solidaire-andes"), apriles(1380), apriles(1460), apriles(1491)],
  },
  {
    q: "aide alimentaire rurale",
    kind: "keywords",
    answers: [demo("epicerie-solidaire-andes"), apriles(1380)],
  },
  {
    q: "chomeurs de longue duree",
    kind: "no-accents",
    answers: [demo("ebe-tzcld"), apriles(1538)],
  },
  {
    q: "embaucher en CDI les personnes privées d'emploi depuis des années",
    kind: "sentence",
    answers: [demo("ebe-tzcld")],
  },
  {
    q: "légumes bio cultivés par des salariés en insertion",
    kind: "sentence",
    answers: [demo("jardins-de-cocagne"), apriles(1519)],
  },
  {
    q: "maraichage insertion",
    kind: "no-accents",
    answers: [demo("jardins-de-cocagne"), apriles(1519)],
  },
  {
    q: "un lieu dans le quartier prioritaire pour déposer le pain, récupérer un colis, emprunter une perceuse",
    kind: "sentence",
    answers: [demo("conciergerie-solidaire-alsace"), demo("conciergerie-blosne")],
  },
  {
    q: "services aux salariés des entreprises rendus par des personnes en insertion",
    kind: "sentence",
    answers: [demo("conciergerie-solidaire-bordeaux"), demo("conciergerie-solidaire-51")],
  },
  {
    q: "des femmes du quartier savent coudre mais sont loin de l'emploi",
    kind: "sentence",
    answers: [demo("espace-couture-mutualise")],
  },
  {
    q: "biodechets compost velo",
    kind: "no-accents",
    answers: [demo("composterie-velo"), demo("vers-de-tours")],
  },
  {
    q: "collecter les restes alimentaires des restaurants",
    kind: "sentence",
    answers: [demo("composterie-velo"), demo("vers-de-tours")],
  },
  { q: "consigne bouteilles verre", kind: "keywords", answers: [demo("ma-bouteille-s-appelle-reviens")] },
  {
    q: "réemploi des matériaux du bâtiment",
    kind: "keywords",
    answers: [demo("rebois"), demo("reserve-des-materiaux")],
  },
  {
    q: "faire vivre ensemble des personnes handicapées et des personnes valides dans une même maison",
    kind: "sentence",
    answers: [demo("simon-de-cyrene")],
  },
  {
    q: "loger des étudiants chez des personnes âgées",
    kind: "sentence",
    answers: [demo("pierre-angulaire"), apriles(1436), apriles(1398), apriles(1634)],
  },
  {
    q: "colocation pour personnes agees",
    kind: "no-accents",
    answers: [apriles(1368), demo("simon-de-cyrene"), apriles(1372), apriles(1505)],
  },
  {
    q: "plus de médecin dans le village, les habitants renoncent à se soigner",
    kind: "sentence",
    answers: [demo("centre-sante-rural")],
  },
  {
    q: "éviter les chutes et garder l'autonomie des aînés par l'exercice physique",
    kind: "sentence",
    answers: [demo("siel-bleu"), apriles(1508)],
  },
  {
    q: "pas assez de places en crèche et des parents aux horaires décalés",
    kind: "sentence",
    answers: [demo("freebulle"), apriles(1503), apriles(1456), apriles(1540)],
  },
  {
    q: "faire garder ses enfants pour pouvoir chercher un emploi",
    kind: "sentence",
    answers: [apriles(1540), apriles(1503), demo("freebulle")],
  },
  {
    q: "soutenir les aidants familiaux épuisés",
    kind: "sentence",
    answers: [apriles(1518), apriles(1535), apriles(1382), apriles(1444)],
  },
  {
    q: "malades d'Alzheimer et leurs proches",
    kind: "keywords",
    answers: [apriles(1473), apriles(1427), apriles(1518)],
  },
  {
    q: "des bâtiments vides que l'on pourrait prêter à des associations",
    kind: "sentence",
    answers: [demo("plateau-urbain")],
  },
  {
    q: "les habitants des quartiers ne connaissent pas leurs droits et ne vont pas vers les services publics",
    kind: "sentence",
    answers: [demo("voisinmalin"), apriles(1471)],
  },
  {
    q: "patients qui ne parlent pas français à l'hôpital",
    kind: "sentence",
    answers: [demo("trait-d-union")],
  },
  {
    q: "vetements recycles boutique",
    kind: "no-accents",
    answers: [apriles(1461), demo("vet-ethic")],
  },
  {
    q: "mutualiser la comptabilité et la logistique entre épiceries bio",
    kind: "sentence",
    answers: [demo("grap")],
  },
  { q: "electricite renouvelable cooperative", kind: "no-accents", answers: [demo("enercoop")] },
  {
    q: "accompagner les lycéens de milieux modestes vers les études supérieures",
    kind: "sentence",
    answers: [demo("article-1")],
  },
  {
    q: "prêter une tenue correcte aux chômeurs pour leurs entretiens d'embauche",
    kind: "sentence",
    answers: [apriles(1551)],
  },
  {
    q: "repas non servis à l'hôpital, gaspillage alimentaire",
    kind: "keywords",
    answers: [apriles(1633)],
  },
  {
    q: "pas de transports en commun, des bénévoles conduisent les habitants",
    kind: "sentence",
    answers: [apriles(1597)],
  },
  {
    q: "initier les retraités à l'informatique",
    kind: "sentence",
    answers: [apriles(1635)],
  },
  {
    q: "entretien et nettoyage du quartier confiés à ses habitants",
    kind: "sentence",
    answers: [demo("regie-de-quartier"), apriles(1539)],
  },
  {
    q: "reinsertion des sans abri",
    kind: "no-accents",
    answers: [apriles(1553), apriles(1381)],
  },
  {
    q: "conciergerie solidaire entreprise",
    kind: "keywords",
    answers: [demo("conciergerie-solidaire-bordeaux"), demo("conciergerie-solidaire-51")],
  },
  {
    q: "epicrie solidare",
    kind: "typo",
    answers: [demo("epicerie-solidaire-andes"), apriles(1380), apriles(1491)],
  },
  {
    q: "tranport solidaire en milieu rural",
    kind: "typo",
    answers: [apriles(1597)],
  },
  {
    q: "materiel medical reconditionne",
    kind: "no-accents",
    answers: [apriles(1629)],
  },
];
