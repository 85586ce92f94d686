import type { Driver } from 'neo4j-driver';
import { countFacts, type FactCount } from './model/count-facts.js';
import { computeDatasetVersion } from './model/dataset-version.js';
import { countNodes, countRows, stageGraphRows } from './graph/write-graph.js';
import { discardStaged, finishInterruptedSeed, finishSwap, markSwap } from './graph/staging.js';
import { readGraphSummary, type GraphSummary } from './graph/graph-summary.js';
import { SCHEMA_STATEMENTS } from './graph/schema-statements.js';
import { toGraphRows } from './graph/to-graph-rows.js';
import type { GraphRows } from './graph/elements.js';
import { loadDataset } from './validate/validate-dataset.js';

/** A dataset validated and turned into rows, ready to write; preparing it touches no database. */
export interface PreparedSeed {
  version: string;
  facts: FactCount;
  rows: GraphRows;
}

/** Validates the YAML files in `dataDir` (throwing SeedValidationError) and builds the rows to write. */
export async function prepareSeed(dataDir: string): Promise<PreparedSeed> {
  const dataset = await loadDataset(dataDir);
  return { version: await computeDatasetVersion(dataDir), facts: countFacts(dataset), rows: toGraphRows(dataset) };
}

export interface SeedOptions {
  driver: Driver;
  database?: string;
  /** The folder holding the YAML files, or a dataset already prepared from it. */
  data: string | PreparedSeed;
  /** Empty the whole database, not only the graph an earlier seed wrote. */
  reset?: boolean;
  onProgress?: (message: string) => void;
}

export interface SeedResult {
  version: string;
  facts: FactCount;
  summary: GraphSummary;
}

/**
 * Validates the dataset, creates constraints and indexes, then replaces the seeded graph with it:
 * written in bounded batches into a staging area and swapped in (see staging.ts), so a seed that
 * fails leaves the database as it was, and one interrupted after its commit point is finished by
 * the next seed or server start.
 */
export async function seedDatabase({
  driver,
  database,
  data,
  reset = false,
  onProgress = () => {},
}: SeedOptions): Promise<SeedResult> {
  const { version, facts, rows } = typeof data === 'string' ? await prepareSeed(data) : data;
  const total = countRows(rows);
  onProgress(`validated ${facts.facts} facts with ${facts.quotes} quotes (dataset ${version})`);

  const session = driver.session({ ...(database && { database }) });
  try {
    // Schema operations cannot share a transaction with data writes; IF NOT EXISTS keeps them idempotent.
    for (const statement of SCHEMA_STATEMENTS) await session.executeWrite((tx) => tx.run(statement));
    await session.executeWrite((tx) => tx.run('CALL db.awaitIndexes(300)'));
    await finishInterruptedSeed(session, onProgress);
    onProgress(`constraints and indexes ready; staging ${total} nodes and relationships`);
    let written = 0;
    let lastReported = 0;
    try {
      await stageGraphRows(
        () => driver.session({ ...(database && { database }) }),
        rows,
        (count) => {
          written += count;
          if (written - lastReported >= 25_000 || written === total) {
            lastReported = written;
            onProgress(`staged ${written}/${total}`);
          }
        },
      );
      await markSwap(session, {
        stagedNodes: countNodes(rows),
        version,
        facts: facts.facts,
        quotes: facts.quotes,
        reset,
      });
    } catch (error) {
      // Best effort: if the database is gone, the next seed discards the staging area instead.
      await discardStaged(session).catch(() => {});
      throw error;
    }
    await finishSwap(session, reset, onProgress);
  } finally {
    await session.close();
  }
  return { version, facts, summary: await readGraphSummary(driver, database) };
}

/** Finishes or discards a seed that was interrupted (see staging.ts); a no-op on a database at rest. */
export async function recoverInterruptedSeed(
  driver: Driver,
  database: string | undefined,
  onProgress: (message: string) => void,
): Promise<void> {
  const session = driver.session({ ...(database && { database }) });
  try {
    await finishInterruptedSeed(session, onProgress);
  } finally {
    await session.close();
  }
}

/** The dataset version a database holds, or null when it was never seeded. */
export async function readSeededVersion(driver: Driver, database?: string): Promise<string | null> {
  const session = driver.session({ ...(database && { database }), defaultAccessMode: 'READ' });
  try {
    const result = await session.executeRead((tx) =>
      tx.run('MATCH (info:DatasetInfo {id: "dataset"}) RETURN info.version AS version'),
    );
    return (result.records[0]?.get('version') as string | undefined) ?? null;
  } finally {
    await session.close();
  }
}
