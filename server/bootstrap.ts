import type { Logger } from "pino";
import {
  CATALOGUE_REFERENCE_KEY,
  CATALOGUE_REFERENCE_VERSION,
  loadCatalogueReference,
} from "./catalogue/load-catalogue-reference";
import { getSystemState, setSystemState } from "./core/system-state";
import type { Database } from "./db/database";
import { migrateDatabase } from "./db/migrate";
import {
  AID_RATES_REFERENCE_KEY,
  AID_RATES_REFERENCE_VERSION,
  loadAidRates,
} from "./forecasts/load-aid-rates";
import { installJobQueue } from "./jobs/install-job-queue";
import { seedDemo } from "./seed/demo";
import { COG_YEAR, loadCog } from "./territories/load-cog";

export type PrepareOptions = { demo: boolean; log: Logger };

/**
 * Make a database ready to serve: migrations, then reference data (the COG) once per COG year,
 * then the demo once. Safe to run at every start.
 */
export async function prepareDatabase(database: Database, options: PrepareOptions) {
  const { log } = options;
  const started = Date.now();
  await migrateDatabase(database);
  await installJobQueue(database);
  log.info({ ms: Date.now() - started }, "database migrated");

  const cog = await getSystemState<{ year: number }>(database.db, "reference.cog");
  let cogLoaded = false;
  if (cog?.year !== COG_YEAR) {
    const t0 = Date.now();
    const count = await loadCog(database.db);
    await setSystemState(database.db, "reference.cog", { year: COG_YEAR, rows: count });
    cogLoaded = true;
    log.info({ rows: count, ms: Date.now() - t0, year: COG_YEAR }, "reference territories loaded");
  }

  // The catalogue's themes and first thesaurus: reference data, there even without the demo.
  const catalogueReference = await getSystemState<{ version: number }>(database.db, CATALOGUE_REFERENCE_KEY);
  if (catalogueReference?.version !== CATALOGUE_REFERENCE_VERSION) {
    const loaded = await loadCatalogueReference(database.db, { withThesaurus: !catalogueReference });
    await setSystemState(database.db, CATALOGUE_REFERENCE_KEY, {
      version: CATALOGUE_REFERENCE_VERSION,
      ...loaded,
    });
    log.info(loaded, "catalogue reference loaded");
  }

  // Aid per post (aide au poste IAE, entreprise adaptée): sourced reference rates for forecasts.
  const aidRates = await getSystemState<{ version: number }>(database.db, AID_RATES_REFERENCE_KEY);
  if (aidRates?.version !== AID_RATES_REFERENCE_VERSION) {
    const loaded = await loadAidRates(database.db);
    await setSystemState(database.db, AID_RATES_REFERENCE_KEY, {
      version: AID_RATES_REFERENCE_VERSION,
      ...loaded,
    });
    log.info(loaded, "aid-per-post rates loaded");
  }

  let demoLoaded = false;
  if (options.demo && !(await getSystemState(database.db, "demo"))) {
    const t0 = Date.now();
    await seedDemo(database.db);
    await setSystemState(database.db, "demo", { loadedAt: new Date().toISOString() });
    demoLoaded = true;
    log.info({ ms: Date.now() - t0 }, "demo loaded");
  }
  return { cogLoaded, demoLoaded };
}
