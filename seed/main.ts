import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR } from './data-dir.js';
import { formatRowCounts, formatSeedSummary } from './format-summary.js';
import { prepareSeed, seedDatabase } from './seed-database.js';
import { SeedValidationError } from './validate/seed-issue.js';

/**
 * `npm run seed [-- --reset] [-- --data DIR]`: validates the dataset and loads it into Neo4j.
 * `npm run validate [-- --data DIR]` (`--check`): validates only, without Neo4j.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      reset: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      data: { type: 'string', default: DEFAULT_DATA_DIR },
    },
  });
  const log = (message: string) => console.log(`[seed] ${message}`);
  // Validate before touching Neo4j: invalid data should fail fast and start nothing.
  const prepared = await prepareSeed(values.data);
  if (values.check) {
    console.log(formatRowCounts(prepared));
    return;
  }
  // Imported here: a bad setting then ends in the one-line message below, not a stack trace.
  const { openNeo4j } = await import('../neo4j/connect.js');
  const neo4j = await openNeo4j({ onProgress: (line) => console.log(line) });
  try {
    const result = await seedDatabase({
      driver: neo4j.driver,
      ...(neo4j.database && { database: neo4j.database }),
      data: prepared,
      reset: values.reset,
      onProgress: log,
    });
    console.log(formatSeedSummary(result));
  } finally {
    await neo4j.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof SeedValidationError) {
    console.error(`seed: the data is invalid, nothing was written (${error.issues.length} problems):`);
    console.error(error.message.split('\n').slice(1).join('\n'));
  } else {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(`seed: failed, nothing was written: ${reason}`);
  }
  process.exitCode = 1;
});
