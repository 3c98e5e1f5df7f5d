import pino from "pino";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { prepareDatabase } from "../bootstrap";
import { systemClock } from "../core/clock";
import { loadConfig } from "../core/config";
import { openDatabase } from "../db/database";
import { createMailer } from "../mail/mailer";
import { sendDailyDigests } from "../tasks/daily-digest";
import type { CliOutput } from "./import-command";

export const digestUsage = fr.meetings.digest.cliUsage;

/**
 * `digest`: sends today's digest now, whatever the hour, to whoever has not had it today (the
 * per-day key makes it safe to run next to the app's hourly loop on a PostgreSQL server).
 */
export async function runDigestCommand(args: string[], output: CliOutput): Promise<number> {
  if (args.length) {
    output.err(digestUsage);
    return 2;
  }
  const config = loadConfig();
  const log = pino({ level: "warn" });
  const database = await openDatabase(config);
  try {
    await prepareDatabase(database, { demo: false, log });
    const count = await sendDailyDigests({
      db: database.db,
      clock: systemClock,
      config,
      mail: createMailer(config, log),
    });
    output.out(t(fr.meetings.digest.cliDone, { count }));
    return 0;
  } finally {
    await database.close();
  }
}
