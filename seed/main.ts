import { parseCli } from '../tools/cli.js';
import { DEFAULT_DATA_DIR } from './data-dir.js';
import { formatRowCounts, formatSeedSummary } from './format-summary.js';
import { prepareSeed, seedDatabase } from './seed-database.js';
import { SeedValidationError } from './validate/seed-issue.js';

/**
 * `npm run seed [-- --reset] [-- --verify] [-- --data DIR] [-- --transaction-rows N] [-- --lease-seconds S] [-- --discard-edits]`:
 * validates the dataset (the entries that changed, when the graph records the files it holds) and
 * writes into Neo4j what differs from the graph; refuses while the graph holds edits not exported
 * to the files, unless told to discard them.
 * `npm run validate [-- --data DIR]` (`--check`): validates only, without Neo4j.
 */
async function main(): Promise<void> {
  const values = parseCli({
    command: 'npm run seed --',
    summary: 'Validates the dataset and loads it into Neo4j (NEO4J_URI, or the local Neo4j).',
    options: {
      reset: {
        type: 'boolean',
        default: false,
        description: 'write the whole graph again, dropping nodes of its kinds that the files do not hold',
      },
      'discard-edits': {
        type: 'boolean',
        default: false,
        description: 'overwrite edits made through the API that were not exported to the files (npm run export)',
      },
      verify: {
        type: 'boolean',
        default: false,
        description: 'read and hash every file, trusting none by its unchanged size and modification time',
      },
      check: { type: 'boolean', default: false, description: 'validate only, without Neo4j (as npm run validate)' },
      data: {
        type: 'string',
        default: DEFAULT_DATA_DIR,
        value: 'DIR',
        description: 'the folder of YAML files to load',
      },
      'transaction-rows': {
        type: 'string',
        value: 'N',
        description:
          'the largest difference applied in one transaction; larger ones are written in batches of at most this size',
      },
      'lease-seconds': {
        type: 'string',
        value: 'S',
        description: 'how long a seed may go silent before another may take over and clean up after it',
      },
    },
  });
  const transactionRows = readPositive('--transaction-rows', values['transaction-rows']);
  const leaseS = readPositive('--lease-seconds', values['lease-seconds']);
  const log = (message: string) => console.log(`[seed] ${message}`);
  if (values.check) {
    console.log(formatRowCounts(await prepareSeed(values.data)));
    return;
  }
  // Imported here: a bad setting then ends in the one-line message below, not a stack trace.
  const { openNeo4j } = await import('../neo4j/connect.js');
  const neo4j = await openNeo4j({ onProgress: (line) => console.log(line) });
  try {
    const result = await seedDatabase({
      driver: neo4j.driver,
      ...(neo4j.database && { database: neo4j.database }),
      // The folder, not a prepared dataset: the seed validates only the entries that changed when
      // the graph records the files it holds, and every file, before writing anything, otherwise.
      data: values.data,
      reset: values.reset,
      discardEdits: values['discard-edits'],
      verifyFiles: values.verify,
      ...(transactionRows && { transactionRows }),
      ...(leaseS && { leaseS }),
      onProgress: log,
    });
    console.log(formatSeedSummary(result));
  } finally {
    await neo4j.close();
  }
}

function readPositive(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new Error(`${option} must be a whole number above 0, got "${value}"`);
  return number;
}

main().catch((error: unknown) => {
  if (error instanceof SeedValidationError) {
    console.error(`seed: the data is invalid, nothing was written (${error.issues.length} problems):`);
    console.error(error.message.split('\n').slice(1).join('\n'));
  } else {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(`seed: failed: ${reason}`);
  }
  process.exitCode = 1;
});
