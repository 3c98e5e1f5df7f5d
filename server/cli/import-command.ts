import { readFileSync } from "node:fs";
import path from "node:path";
import pino from "pino";
import { prepareDatabase } from "../bootstrap";
import { systemClock } from "../core/clock";
import { loadConfig } from "../core/config";
import { openDatabase } from "../db/database";
import { formatImportReport, type ImportKind } from "../territories/import-report";
import { importKinds, runImport } from "../territories/import-territory-file";

export const importUsage = `Usage : npm run essaim -- import <boundaries|qpv|pvd> <fichier> [--partiel]

  boundaries  contours GeoJSON (WGS84) des régions, départements ou EPCI (insee_reg, insee_dep, siren_epci)
  qpv         liste des quartiers prioritaires au format ANCT (CSV ou GeoJSON : code_qp, lib_qp, insee_com, siren_epci)
  pvd         liste Petites villes de demain (CSV : insee_com)
  --partiel   importer les lignes valides même si d'autres sont rejetées

Un import est complet ou n'écrit rien ; le relancer met les données à jour. Sur la base embarquée,
arrêtez d'abord l'application : deux processus ne peuvent pas ouvrir le même dossier de données.`;

export type CliOutput = { out: (text: string) => void; err: (text: string) => void };

/**
 * `import <kind> <file>`: open the database the app would open (DATABASE_URL, or the embedded one
 * in ESSAIM_DATA_DIR, which refuses to open while the app holds it), prepare it, run the import
 * and print the report. Returns the process exit code: 0 written, 1 refused or failed, 2 usage.
 */
export async function runImportCommand(args: string[], output: CliOutput): Promise<number> {
  const allowRejected = args.includes("--partiel");
  const [kind, file] = args.filter((a) => !a.startsWith("--"));
  if (!kind || !file || !(importKinds as readonly string[]).includes(kind)) {
    output.err(importUsage);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    output.err(`Fichier illisible : ${file}`);
    return 1;
  }
  const config = loadConfig();
  // Throws DataDirLockedError (with a French message) while the app runs on the same directory.
  const database = await openDatabase(config);
  try {
    await prepareDatabase(database, { demo: false, log: pino({ level: "warn" }) });
    const report = await runImport({ db: database.db, clock: systemClock }, kind as ImportKind, text, {
      source: path.basename(file),
      allowRejected,
    });
    output.out(formatImportReport(report));
    return report.written ? 0 : 1;
  } finally {
    await database.close();
  }
}
