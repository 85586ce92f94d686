import { parseCli } from '../cli.js';
import { DEFAULT_DATA_DIR } from '../../seed/data-dir.js';
import { exportDataset } from '../../seed/export/export-dataset.js';

/**
 * `npm run export [-- --data-dir DIR]`: writes the graph, edits included, back to the data files,
 * so `git diff` shows the edits made through the API; then `npm run seed` may run again.
 */
async function main(): Promise<void> {
  const values = parseCli({
    command: 'npm run export --',
    summary:
      'Writes the graph (NEO4J_URI, or the local Neo4j), edits included, back to the data files in their one format.',
    options: {
      'data-dir': { type: 'string', default: DEFAULT_DATA_DIR, value: 'DIR', description: 'the folder to write' },
    },
  });
  const log = (message: string) => console.log(`[export] ${message}`);
  // Imported here: a bad setting then ends in the one-line message below, not a stack trace.
  const { openNeo4j } = await import('../../neo4j/connect.js');
  const neo4j = await openNeo4j({ onProgress: (line) => console.log(line) });
  try {
    const result = await exportDataset({
      driver: neo4j.driver,
      ...(neo4j.database && { database: neo4j.database }),
      dataDir: values['data-dir'],
      onProgress: log,
    });
    const entries = Object.values(result.entries).reduce((sum, count) => sum + count, 0);
    log(`wrote ${entries} entries and ${result.texts} article texts to ${values['data-dir']}`);
  } finally {
    await neo4j.close();
  }
}

main().catch((error: unknown) => {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.error(`export: failed: ${reason}`);
  process.exitCode = 1;
});
