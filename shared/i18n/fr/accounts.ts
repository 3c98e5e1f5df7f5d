export const accounts = {
  fields: {
    email: "Adresse e-mail",
    password: "Mot de passe",
    passwordConfirmation: "Confirmation du mot de passe",
    newPassword: "Nouveau mot de passe",
    currentPassword: "Mot de passe actuel",
    name: "Nom",
    passwordHelp:
      "Au moins 10 caractères, difficile à deviner : par exemple quatre mots sans rapport entre eux.",
  },
  /** Why a password is easy to guess, by the strength estimator's warning (zxcvbn). */
  passwordWeakness: {
    straightRow: "il suit une rangée du clavier.",
    keyPattern: "il suit un motif du clavier.",
    simpleRepeat: "il répète un même caractère (« aaa »).",
    extendedRepeat: "il répète une même suite de caractères (« abcabc »).",
    sequences: "il suit une suite simple (« abcd », « 1234 »).",
    recentYears: "il contient une année récente.",
    dates: "il contient une date.",
    topTen: "il fait partie des mots de passe les plus utilisés.",
    topHundred: "il fait partie des mots de passe très utilisés.",
    common: "il fait partie des mots de passe courants.",
    similarToCommon: "il ressemble à un mot de passe courant.",
    wordByItself: "un mot seul se devine vite.",
    namesByThemselves: "un nom ou un prénom seul se devine vite.",
    commonNames: "les noms et prénoms courants se devinent vite.",
    userInputs: "il reprend votre nom, votre adresse e-mail ou le nom de votre Fabrique.",
    pwned: "il figure dans des fuites de mots de passe connues.",
    other: "il est fait de mots, de chiffres ou de motifs trop prévisibles.",
  },
  validation: {
    emailInvalid: "Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.",
    emailRequired: "Saisissez votre adresse e-mail.",
    passwordRequired: "Saisissez votre mot de passe.",
    passwordTooShort: "Le mot de passe doit contenir au moins 10 caractères.",
    passwordTooLong: "Le mot de passe doit contenir au plus 200 caractères.",
    passwordMismatch: "Les deux mots de passe ne sont pas identiques.",
    /** `{why}` is one of `passwordWeakness`; the advice follows. */
    passwordWeak:
      "Ce mot de passe est trop facile à deviner : {why} Choisissez-en un plus long, par exemple quatre mots sans rapport entre eux (« cheval pile agrafe correct »).",
    currentPasswordWrong: "Le mot de passe actuel est incorrect.",
    nameRequired: "Saisissez votre nom.",
    nameTooLong: "Le nom doit contenir au plus 120 caractères.",
    tokenNameRequired: "Donnez un nom au jeton, par exemple « Tableur de suivi ».",
    tokenNameTooLong: "Le nom du jeton doit contenir au plus 80 caractères.",
    tokenDaysRange: "La durée de validité doit être comprise entre 1 et 365 jours.",
    roleInvalid: "Choisissez un rôle.",
    fabriqueRequired: "Choisissez la Fabrique concernée.",
    fabriqueNotExpected: "Une invitation d'animateur·rice réseau ne concerne pas une Fabrique.",
    initiativeNotYet:
      "Les invitations limitées à un projet seront possibles quand les projets existeront dans Essaim.",
    revokeConfirmRequired: "Cochez la case pour confirmer la révocation.",
  },
  signIn: {
    title: "Connexion",
    intro: "Connectez-vous avec l'adresse e-mail de votre compte Essaim.",
    submit: "Se connecter",
    forgotten: "Mot de passe oublié ?",
    disabled: "Ce compte est désactivé. Contactez l'administrateur·rice de votre Fabrique.",
  },
  limits: {
    signIn:
      "Trop de tentatives de connexion pour ce compte ou depuis cette adresse. Réessayez dans {minutes} min, ou choisissez « Mot de passe oublié ? ».",
    reset:
      "Trop de demandes de réinitialisation pour ce compte ou depuis cette adresse. Réessayez dans {minutes} min ; le dernier lien envoyé reste valable une heure.",
  },
  signOut: {
    title: "Déconnexion",
    intro: "Vous allez fermer votre session sur cet appareil.",
    submit: "Se déconnecter",
    notSignedIn: "Vous n'êtes pas connecté·e.",
    signInLink: "Se connecter",
  },
  /** Sign-in through an OpenID Connect provider; `{provider}` is its configured name (ProConnect). */
  oidc: {
    button: "S'identifier avec {provider}",
    or: "ou avec votre mot de passe Essaim",
    refusedTitle: "Connexion avec {provider} impossible",
    backToSignIn: "Revenir à la page de connexion",
    refusals: {
      disabled:
        "Le compte Essaim de cette adresse est désactivé. Contactez l'administrateur·rice de votre Fabrique.",
      "email-missing":
        "{provider} n'a pas transmis d'adresse e-mail : Essaim ne peut pas savoir à quel compte vous relier.",
      "email-unverified":
        "{provider} n'indique pas que l'adresse {email} a été vérifiée : Essaim ne relie un compte qu'à une adresse vérifiée.",
      "no-account":
        "Aucun compte Essaim ni aucune invitation en cours pour l'adresse {email}. Demandez à votre Fabrique de vous inviter avec cette adresse, puis revenez vous connecter.",
      "other-identity":
        "Le compte Essaim de l'adresse {email} est déjà relié à une autre identité {provider}. Connectez-vous avec celle-ci, ou avec votre mot de passe.",
    },
    expired:
      "La connexion avec {provider} a expiré ou a déjà été utilisée. Recommencez depuis la page de connexion.",
    providerError: "{provider} a refusé ou interrompu la connexion. Recommencez depuis la page de connexion.",
    unavailable:
      "{provider} ne répond pas pour le moment. Réessayez dans quelques minutes, ou connectez-vous avec votre mot de passe.",
  },
  /** TOTP second factor (decision record 0131). */
  totp: {
    codeWrong:
      "Ce code n'est pas valable. Saisissez les 6 chiffres affichés par votre application d'authentification, ou un code de secours (« abcde-fghjk »).",
    limited: "Trop de codes incorrects pour ce compte. Réessayez dans {minutes} min.",
    codeRequired:
      "Saisissez le code à 6 chiffres affiché par votre application d'authentification, ou un code de secours (« abcde-fghjk »).",
    enrolmentRequired:
      "Le réseau exige la double authentification pour votre rôle : activez-la sur la page « Sécurité du compte » avant de créer un jeton.",
    /** The second step of sign-in, at /connexion/code. */
    step: {
      title: "Code de vérification",
      intro:
        "Votre mot de passe est correct. Saisissez maintenant le code à 6 chiffres affiché par votre application d'authentification.",
      code: "Code de vérification",
      codeHint:
        "6 chiffres, ou un code de secours de la forme « abcde-fghjk » si vous n'avez plus votre téléphone.",
      submit: "Vérifier le code",
      expired:
        "Cette étape de connexion a expiré (10 minutes) ou n'existe pas. Saisissez de nouveau votre adresse e-mail et votre mot de passe.",
      restart: "Recommencer la connexion",
      recoveryUsed:
        "Vous vous êtes connecté·e avec un code de secours : il ne servira plus. Il vous en reste {count}.",
    },
    /** The account's security page, /compte/securite. */
    page: {
      title: "Sécurité du compte",
      accountLink: "Double authentification et codes de secours",
      intro:
        "La double authentification demande, après le mot de passe, un code à 6 chiffres qui change toutes les 30 secondes, affiché par une application d'authentification sur votre téléphone (par exemple FreeOTP, Aegis, Google Authenticator ou l'application de votre gestionnaire de mots de passe).",
      statusOn: "La double authentification est activée depuis le {date}.",
      statusOff: "La double authentification n'est pas activée.",
      required:
        "Le réseau exige la double authentification pour votre rôle. Activez-la pour continuer à utiliser Essaim.",
      federationCounted:
        "Votre connexion par {provider} a été vérifiée par un second facteur chez le fournisseur : elle suffit pour cette session.",
      startTitle: "Activer la double authentification",
      startIntro: "Première étape : préparez votre application d'authentification.",
      start: "Commencer",
      scanTitle: "Ajouter Essaim à votre application",
      scanIntro:
        "Scannez ce QR code avec votre application d'authentification. Si vous ne pouvez pas le scanner, saisissez la clé ci-dessous dans l'application (type « basé sur le temps », 6 chiffres, 30 secondes).",
      qrAlt: "QR code à scanner avec votre application d'authentification, pour le compte {email}",
      secret: "Clé à saisir dans l'application",
      confirmTitle: "Confirmer avec un premier code",
      confirm: "Activer",
      code: "Code affiché par l'application",
      codeHint: "6 chiffres.",
      enabled:
        "La double authentification est activée. Notez ou imprimez ces codes de secours maintenant : ils ne seront plus affichés.",
      recoveryTitle: "Codes de secours",
      recoveryIntro:
        "Chaque code de secours remplace une fois le code de l'application, si vous perdez votre téléphone. Gardez-les en lieu sûr, hors de ce téléphone.",
      recoveryLeft: "Il vous reste {count} code(s) de secours sur 10.",
      regenerateTitle: "Renouveler les codes de secours",
      regenerateIntro:
        "Les anciens codes cessent de fonctionner ; dix nouveaux codes sont affichés une seule fois. Saisissez un code de votre application pour confirmer.",
      regenerate: "Renouveler les codes de secours",
      regenerated:
        "Voici vos dix nouveaux codes de secours. Les anciens ne fonctionnent plus. Notez-les maintenant : ils ne seront plus affichés.",
      disableTitle: "Désactiver la double authentification",
      disableIntro:
        "Saisissez votre mot de passe et un code de l'application (ou un code de secours). Les codes de secours seront supprimés.",
      disableIntroNoPassword:
        "Saisissez un code de l'application (ou un code de secours). Les codes de secours seront supprimés.",
      disableRequired:
        "Le réseau exige la double authentification pour votre rôle : si vous la désactivez, il faudra l'activer de nouveau (avec un nouveau téléphone, par exemple) avant de continuer.",
      disable: "Désactiver",
      disabled: "La double authentification est désactivée.",
      continue: "Continuer vers le tableau de bord",
    },
    /** The network setting, on /reseau. */
    requirement: {
      title: "Double authentification",
      intro:
        "Exiger la double authentification des animateur·rices du réseau et des administrateur·rices des Fabriques. Une personne concernée qui ne l'a pas encore activée est conduite à la page « Sécurité du compte » après sa connexion et ne peut rien faire d'autre avant de l'avoir activée.",
      label: "Exiger la double authentification pour l'animation du réseau et les administrateur·rices",
      submit: "Enregistrer",
      on: "La double authentification est désormais exigée pour l'animation du réseau et les administrateur·rices.",
      off: "La double authentification n'est plus exigée.",
      federationNote:
        "Une connexion par le fournisseur d'identité (ProConnect) compte comme double authentification seulement quand le fournisseur déclare avoir vérifié un second facteur.",
    },
  },
  passwordForgotten: {
    title: "Mot de passe oublié",
    intro:
      "Indiquez l'adresse e-mail de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.",
    submit: "Recevoir le lien",
    sent: "Si un compte existe pour cette adresse, un courriel contenant un lien de réinitialisation vient de lui être envoyé. Le lien est valable une heure.",
    backToSignIn: "Retour à la connexion",
    mailSubject: "Essaim : choisir un nouveau mot de passe",
    mailText:
      "Bonjour {name},\n\nVous avez demandé à choisir un nouveau mot de passe pour votre compte Essaim.\n\nOuvrez ce lien pour le faire (il est valable une heure et ne sert qu'une fois) :\n{link}\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce courriel : votre mot de passe actuel reste valable.\n\nL'équipe Essaim",
  },
  passwordReset: {
    title: "Choisir un nouveau mot de passe",
    intro: "Choisissez le nouveau mot de passe de votre compte {email}.",
    consequence:
      "Toutes vos sessions ouvertes seront fermées et vos jetons d'accès à l'API révoqués : quelqu'un qui connaissait l'ancien mot de passe n'aura plus accès à votre compte.",
    submit: "Enregistrer le mot de passe",
    invalidTitle: "Lien invalide",
    invalidBody:
      "Ce lien n'est plus valide : il a expiré ou a déjà été utilisé. Vous pouvez demander un nouveau lien.",
    askAgain: "Demander un nouveau lien",
  },
  invitation: {
    mailSubject: "Essaim : invitation à rejoindre {scope}",
    mailText:
      "Bonjour,\n\n{inviter} vous invite à rejoindre {scope} sur Essaim en tant que {role}.\n\nOuvrez ce lien pour accepter l'invitation (il est valable jusqu'au {expiresAt}) :\n{link}\n\nSi vous ne vous attendiez pas à cette invitation, ignorez ce courriel.\n\nL'équipe Essaim",
    networkScope: "le réseau",
    fabriqueScope: "la Fabrique {fabrique}",
    alreadyMember: "Cette personne fait déjà partie de l'équipe avec ce périmètre.",
    alreadyAnimator: "Cette personne est déjà animateur·rice réseau.",
    alreadyClosed: "Cette invitation a déjà été acceptée ou révoquée.",
    pageTitle: "Invitation",
    summary: "{inviter} vous invite à rejoindre {scope} en tant que {role}.",
    summaryNoInviter: "Vous êtes invité·e à rejoindre {scope} en tant que {role}.",
    forEmail: "Invitation adressée à {email}.",
    validUntil: "Elle est valable jusqu'au {date}.",
    newAccountIntro: "Créez votre compte pour accepter l'invitation.",
    existingAccountIntro: "Vous avez déjà un compte Essaim : saisissez votre mot de passe pour accepter.",
    createAndAccept: "Créer mon compte et accepter",
    accept: "Accepter l'invitation",
    wrongPassword: "Mot de passe incorrect.",
    checkPassword: "Le mot de passe saisi ne correspond pas à votre compte Essaim.",
    invalidTitle: "Invitation invalide",
    invalidBody:
      "Ce lien d'invitation n'est plus valide : il a expiré, a été révoqué ou a déjà été utilisé. Demandez à la personne qui vous a invité·e de vous envoyer une nouvelle invitation.",
    signedInAsOther:
      "Vous êtes connecté·e avec un autre compte ({email}). Accepter cette invitation vous connectera avec le compte invité.",
    disabledAccount: "Le compte associé à cette adresse est désactivé.",
    status: {
      pending: "en attente",
      accepted: "acceptée",
      revoked: "révoquée",
      expired: "expirée",
    },
  },
  account: {
    title: "Mon compte",
    profile: "Profil",
    roles: "Rôles",
    noRoles: "Aucun rôle pour le moment.",
    roleIn: "{role} — {fabrique}",
    roleInInitiative: "{role} — {fabrique} (un projet)",
    passwordTitle: "Changer de mot de passe",
    passwordSubmit: "Changer le mot de passe",
    passwordChanged:
      "Votre mot de passe a été changé. Vos autres sessions ont été fermées et vos jetons d'accès à l'API révoqués.",
    tokensTitle: "Jetons d'accès à l'API",
    tokensIntro:
      "Un jeton permet à un outil (tableur, script) d'utiliser l'API d'Essaim avec vos droits. Ne le partagez pas.",
    tokensEmpty: "Vous n'avez encore créé aucun jeton.",
    tokensEmptyHelp: "Les jetons que vous créerez apparaîtront ici, avec leur date d'expiration.",
    tokenName: "Nom du jeton",
    tokenNameHelp: "Pour vous souvenir de son usage, par exemple « Tableur de suivi ».",
    tokenDays: "Durée de validité (jours)",
    tokenDaysHelp: "Entre 1 et 365 jours.",
    tokenCreate: "Créer le jeton",
    tokenCreated:
      "Jeton « {name} » créé. Copiez-le maintenant : il ne sera plus affiché. Utilisez-le dans l'en-tête Authorization: Bearer <jeton>.",
    tokenRevoked: "Le jeton a été révoqué : il ne permet plus d'accéder à l'API.",
    tokenCreateTitle: "Créer un jeton",
    tokenValue: "Votre nouveau jeton",
    tokenColumns: {
      name: "Nom",
      prefix: "Début du jeton",
      createdAt: "Créé le",
      expiresAt: "Expire le",
      lastUsedAt: "Dernière utilisation",
      status: "État",
      actions: "Actions",
    },
    tokenNeverUsed: "jamais",
    tokenActive: "actif",
    tokenExpired: "expiré",
    tokenRevokedStatus: "révoqué le {date}",
    tokenRevoke: "Révoquer",
    tokenRevokeConfirm: "Je confirme la révocation du jeton « {name} »",
    tokenRevokeLegend: "Révoquer le jeton « {name} »",
  },
  api: {
    invalidCredentials: "Adresse e-mail ou mot de passe incorrect.",
    tooManyAttempts: "Trop de tentatives de connexion. Réessayez dans une minute.",
    defaultTokenName: "Jeton API",
  },
  outbox: {
    title: "Courriels envoyés par Essaim",
    intro:
      "Chaque courriel (invitation, lien de mot de passe…) passe par cette boîte d'envoi. Sans serveur SMTP configuré, les courriels sont conservés ici : ouvrez-en un pour transmettre son lien vous-même.",
    noSmtp:
      "Aucun serveur SMTP n'est configuré : les courriels ne partent pas, ils sont conservés ci-dessous.",
    empty: "Aucun courriel pour le moment.",
    emptyHelp: "Les invitations et les liens de réinitialisation de mot de passe apparaîtront ici.",
    count: "{count} courriel(s)",
    columns: {
      createdAt: "Date",
      to: "Destinataire",
      subject: "Objet",
      purpose: "Motif",
      status: "État",
    },
    status: {
      pending: "en attente",
      sent: "envoyé",
      failed: "échec",
      kept: "conservé — pas de SMTP",
    },
    purposes: {
      invitation: "invitation",
      password_reset: "mot de passe oublié",
    } as Record<string, string>,
    detailTitle: "Courriel à {to}",
    backToList: "Retour à la liste des courriels",
    sentAt: "Envoyé le",
    attempts: "Tentatives d'envoi",
    lastError: "Dernière erreur",
    text: "Texte du courriel",
  },
} as const;
