import type { Driver } from 'neo4j-driver';
import { advanceRevision, type GraphRevision } from '../../seed/graph/dataset-info.js';
import { testDatabase } from './neo4j.js';

/**
 * A write as every mutation makes one: a change and the graph's next revision in one transaction.
 * `change` receives that revision, so a test can write it into the data and read it back.
 */
export async function writeWithRevision(
  driver: Driver,
  change: (revision: GraphRevision) => { query: string; parameters?: Record<string, unknown> },
): Promise<GraphRevision> {
  const session = driver.session(testDatabase());
  try {
    return await session.executeWrite(async (tx) => {
      const revision = await advanceRevision(tx);
      const { query, parameters = {} } = change(revision);
      await tx.run(query, parameters);
      return revision;
    });
  } finally {
    await session.close();
  }
}
