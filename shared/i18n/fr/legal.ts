/**
 * The legal and trust pages (decision record 0136). `{…}` parts come from the operator's
 * configuration (ESSAIM_LEGAL_*) or from the rules the app enforces; what the operator has not
 * said reads `notSet`, plainly.
 */
export const legal = {
  notSet: "non renseigné par l'exploitant de cette instance",
  footer: {
    notice: "Mentions légales",
    privacy: "Confidentialité",
    accessibility: "Accessibilité : non conforme",
    terms: "Conditions d'utilisation",
  },
  notice: {
    title: "Mentions légales",
    publisher: "Éditeur du service",
    director: "Directeur ou directrice de la publication",
    host: "Hébergeur",
    contact: "Contact",
    softwareTitle: "Logiciel",
    software:
      "Ce service fonctionne avec Essaim, logiciel libre publié sous licence GNU Affero General Public License, version 3 ou ultérieure (AGPL-3.0-or-later). Toute personne peut en obtenir, étudier et modifier le code source.",
    reuseTitle: "Réutilisation des contenus",
    reuse:
      "Les données publiées sur la page « Données ouvertes » sont réutilisables sous la Licence Ouverte 2.0. Les autres contenus appartiennent à leurs auteurs et à la Fabrique qui les publie.",
  },
  privacy: {
    title: "Politique de confidentialité",
    intro:
      "Cette page dit quelles données personnelles le service enregistre, pourquoi, combien de temps, qui peut les voir et comment exercer vos droits (règlement général sur la protection des données, RGPD).",
    controllerTitle: "Responsable du traitement",
    controller: "L'éditeur du service : {publisher}. Contact : {contact}.",
    collectedTitle: "Ce qui est enregistré, et pourquoi",
    collected: [
      "Comptes : nom, adresse e-mail, mot de passe (seulement son empreinte, jamais le mot de passe lui-même), Fabriques et rôles. Pour vous connecter et vous donner accès à ce que votre rôle ouvre.",
      "Signaux (besoins, idées, ressources) : leur contenu et, quand la personne qui dépose un signal les donne, son nom et ses coordonnées. Pour que la Fabrique puisse la recontacter et faire naître des projets.",
      "Projets, porteurs, réunions, acteurs et contacts : ce que l'équipe d'une Fabrique saisit pour accompagner un projet, dont les noms et coordonnées des personnes concernées.",
      "Journaux : qui a fait quoi et quand sur un projet ou un signal, pour garder la trace des décisions.",
      "Double authentification, si vous l'activez : la clé de votre application d'authentification, chiffrée, et l'empreinte de vos codes de secours (jamais les codes eux-mêmes). Pour vérifier le code demandé après le mot de passe.",
      "Appareils de connexion : l'empreinte d'un identifiant aléatoire gardé par votre navigateur, et le nom du navigateur lors d'une connexion depuis un nouvel appareil, inscrite au journal d'audit. Pour repérer une connexion inhabituelle à votre compte.",
      "Adresse IP : pour limiter les abus (tentatives de connexion, envois en nombre sur les formulaires publics), conservée le temps indiqué ci-dessous.",
    ],
    cookies:
      "Le service utilise un cookie de session (pour rester connecté), un cookie de protection des formulaires, un cookie d'appareil (un identifiant aléatoire, pour reconnaître un navigateur déjà utilisé pour se connecter) et, pendant une connexion avec double authentification, un cookie d'étape. Aucun cookie publicitaire ni de mesure d'audience.",
    retentionTitle: "Durées de conservation appliquées par le service",
    retentionIntro: "Ces durées sont celles que le logiciel applique lui-même :",
    retentionOther:
      "Les autres données sont gardées tant que la Fabrique les utilise pour accompagner les projets, ou jusqu'à l'effacement demandé par la personne concernée.",
    recipientsTitle: "Qui voit ces données",
    recipients: [
      "L'équipe de votre Fabrique (administrateurs et chargés de mission) voit les signaux, projets et contacts de sa Fabrique, jamais ceux d'une autre.",
      "L'animation du réseau voit les données de toutes les Fabriques, pour les accompagner.",
      "Un partenaire ne voit que les projets auxquels il est associé ; un porteur, son propre dossier.",
      "Le public ne voit que le catalogue publié et les données ouvertes, qui ne contiennent aucune donnée personnelle.",
      "L'hébergeur ({host}) stocke les données pour le compte de l'éditeur. Elles ne sont ni vendues ni cédées.",
    ],
    rightsTitle: "Vos droits",
    rights:
      "Vous pouvez accéder à vos données, les faire rectifier ou effacer, vous opposer à leur traitement, en demander la limitation ou la portabilité (articles 15 à 21 du RGPD). Écrivez au contact ci-dessus ; une réponse vous est due dans un délai d'un mois. Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL (www.cnil.fr).",
  },
  retention: {
    session: "Session de connexion : {days} jours, puis il faut se reconnecter.",
    apiToken: "Jeton d'accès à l'API : {defaultDays} jours par défaut, {maxDays} jours au plus.",
    invitation: "Lien d'invitation : valable {days} jours.",
    passwordReset: "Lien de réinitialisation du mot de passe : valable {minutes} minutes.",
    intakeAddress:
      "Adresse IP d'un envoi sur un formulaire public : effacée au bout de {minutes} minutes (au prochain envoi).",
    signInAttempts: "Compteur de tentatives de connexion par compte et par adresse IP : {minutes} minutes.",
    pendingSignIn:
      "Étape de connexion en attente du code de double authentification : {minutes} minutes, puis il faut recommencer.",
    deviceCookie: "Cookie d'appareil : {days} jours après la dernière connexion depuis ce navigateur.",
  },
  accessibility: {
    title: "Déclaration d'accessibilité",
    commitment:
      "{publisher} s'engage à rendre ce service accessible, conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005.",
    scope: "Cette déclaration s'applique au service Essaim publié à l'adresse {url}.",
    statusTitle: "État de conformité",
    status:
      "Ce service est non conforme avec le référentiel général d'amélioration de l'accessibilité (RGAA), version 4.1 : aucun audit RGAA n'a encore été réalisé.",
    testsTitle: "Ce qui est vérifié",
    tests:
      "Chaque version du logiciel est vérifiée automatiquement avec axe-core (critères WCAG 2.1 niveaux A et AA vérifiables par un outil), dans Chromium, sur les pages suivantes, avec et sans JavaScript selon les parcours. Un outil ne couvre qu'une partie des critères : ces tests ne remplacent pas un audit.",
    exceptionsTitle: "Contenus non accessibles connus",
    exceptions: [
      "Les cartes des territoires sont des images : les mêmes chiffres sont donnés dans un tableau sous chaque carte.",
      "Les études d'opportunité téléchargées en PDF ne sont pas balisées pour les lecteurs d'écran ; leur contenu est aussi consultable en page web.",
      "Les fichiers d'export (CSV, tableur) reprennent les données des pages, sans mise en forme accessible propre.",
    ],
    madeTitle: "Établissement de cette déclaration",
    made: "Déclaration établie le 7 décembre 2026. Technologies utilisées : HTML, CSS, JavaScript (les pages fonctionnent aussi sans JavaScript).",
    contactTitle: "Retour d'information et contact",
    contact:
      "Si vous n'arrivez pas à accéder à un contenu ou à un service, écrivez à {contact} pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme.",
    remedyTitle: "Voies de recours",
    remedy:
      "Si vous avez signalé un défaut d'accessibilité sans obtenir de réponse satisfaisante, vous pouvez saisir le Défenseur des droits : par le formulaire en ligne sur www.defenseurdesdroits.fr, auprès de son délégué dans votre région, ou par courrier (gratuit, sans timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.",
  },
  terms: {
    title: "Conditions d'utilisation",
    sections: [
      {
        title: "Objet",
        body: "Ce service aide les Fabriques à initiatives et leur réseau à repérer des besoins, idées et ressources, et à accompagner les projets qui en naissent. Ces conditions s'appliquent à toute personne qui l'utilise.",
      },
      {
        title: "Accès",
        body: "Le catalogue, les pages publiques des Fabriques et les données ouvertes sont accessibles à tous. Les autres pages demandent un compte, ouvert sur invitation d'une Fabrique ou du réseau. Votre compte est personnel : ne communiquez pas votre mot de passe.",
      },
      {
        title: "Vos engagements",
        body: "Vous saisissez des informations exactes et utiles à l'accompagnement des projets. Vous n'enregistrez pas de données sensibles (santé, opinions, origine…) qui ne seraient pas nécessaires. Quand vous enregistrez les coordonnées d'une personne, vous l'en informez et respectez ses demandes.",
      },
      {
        title: "Disponibilité et responsabilité",
        body: "L'éditeur fait de son mieux pour que le service soit disponible et les données sauvegardées, sans garantie de continuité. Les informations saisies engagent leurs auteurs.",
      },
      {
        title: "Évolution des conditions",
        body: "Ces conditions peuvent évoluer ; la version en vigueur est celle publiée sur cette page. Elles relèvent du droit français.",
      },
    ],
  },
} as const;
