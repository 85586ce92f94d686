import type { Driver } from 'neo4j-driver';
import { DEFAULT_DATA_DIR } from '../seed/data-dir.js';
import { computeDatasetVersion } from '../seed/model/dataset-version.js';
import { readSeededVersion, recoverInterruptedSeed, seedDatabase } from '../seed/seed-database.js';
import { formatSeedSummary } from '../seed/format-summary.js';
import { SeedBusyError } from '../seed/graph/seed-run.js';

/**
 * Seeds a database that holds no dataset yet, so `npm start` serves the graph on first run.
 * A database seeded from other files is left alone, with a hint: reseeding is the user's call.
 * A seed interrupted earlier is finished or discarded first, so the server never serves half of one.
 */
export async function ensureSeeded(
  driver: Driver,
  database: string | undefined,
  log: (message: string) => void,
): Promise<void> {
  await recoverInterruptedSeed(driver, database, log);
  const seeded = await readSeededVersion(driver, database);
  if (seeded === null) {
    log('the database holds no dataset yet: seeding it');
    try {
      const result = await seedDatabase({
        driver,
        ...(database && { database }),
        data: DEFAULT_DATA_DIR,
        onProgress: log,
      });
      log(formatSeedSummary(result).split('\n')[0] ?? '');
    } catch (error) {
      // Another process is seeding: serve DATASET_NOT_LOADED until it publishes.
      if (!(error instanceof SeedBusyError)) throw error;
      log(error.message);
    }
    return;
  }
  const current = await computeDatasetVersion(DEFAULT_DATA_DIR);
  if (seeded !== current) {
    log(
      `the database holds dataset ${seeded} but seed/data is ${current}: run \`npm run seed\` to load the current files`,
    );
  }
}
