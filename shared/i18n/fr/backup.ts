/** Backup and restore of the embedded database, from the command line (decision record 0135). */
export const backup = {
  backupUsage: `Usage : npm run essaim -- backup <fichier>

  Écrit dans <fichier> une copie complète de la base embarquée (dossier ESSAIM_DATA_DIR), compressée.
  Arrêtez d'abord l'application : la base embarquée ne s'ouvre que dans un processus à la fois.
  Avec DATABASE_URL (serveur PostgreSQL), utilisez pg_dump (voir le README).`,
  restoreUsage: `Usage : npm run essaim -- restore <fichier>

  Remplace la base embarquée (dossier ESSAIM_DATA_DIR) par la sauvegarde <fichier>. La base remplacée
  est gardée à côté (pgdata-avant-restauration-…), jamais effacée. L'application doit être arrêtée.
  Avec DATABASE_URL (serveur PostgreSQL), utilisez pg_restore (voir le README).`,
  backupDone: "Sauvegarde écrite dans {file} ({size} Mo). Restauration : npm run essaim -- restore {file}",
  restoreDone: "Base restaurée depuis {file} dans {dataDir}.",
  restoreKept:
    "L'ancienne base est gardée dans {previous} : supprimez ce dossier quand vous n'en avez plus besoin.",
  appRunning:
    "L'application Essaim tourne sur ce dossier de données (pid {pid}) : arrêtez-la (Ctrl+C dans son terminal, ou « kill {pid} »), lancez la commande, puis redémarrez-la avec npm start. Une sauvegarde prise pendant qu'elle écrit ne serait pas fiable.",
  serverDatabase:
    "DATABASE_URL est défini : la base est sur un serveur PostgreSQL. Sauvegardez-la avec pg_dump et restaurez-la avec pg_restore (commandes dans le README, section « Sauvegardes »).",
  noDatabase: "Aucune base embarquée dans {dataDir} : rien à sauvegarder. Vérifiez ESSAIM_DATA_DIR.",
  notABackup:
    "{file} n'est pas une sauvegarde Essaim (fichier produit par « npm run essaim -- backup »). Rien n'a été modifié.",
  unreadable: "Fichier illisible : {file}",
  exists: "{file} existe déjà : choisissez un autre nom de fichier, la commande n'écrase pas une sauvegarde.",
} as const;
