import type { Driver } from 'neo4j-driver';
import { countFacts, type FactCount } from './model/count-facts.js';
import { computeDatasetVersion } from './model/dataset-version.js';
import { countRows, writeGraphRows } from './graph/write-graph.js';
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
  /** Empty the database first, inside the same transaction as the load. */
  reset?: boolean;
  onProgress?: (message: string) => void;
}

export interface SeedResult {
  version: string;
  facts: FactCount;
  summary: GraphSummary;
}

/**
 * Validates the dataset, creates constraints and indexes, then writes the whole graph in one
 * transaction: if anything fails, Neo4j rolls back and the database stays as it was.
 */
export async function seedDatabase({ driver, database, data, reset = false, onProgress = () => {} }: SeedOptions): Promise<SeedResult> {
  const { version, facts, rows } = typeof data === 'string' ? await prepareSeed(data) : data;
  const total = countRows(rows);
  onProgress(`validated ${facts.facts} facts with ${facts.quotes} quotes (dataset ${version})`);

  const session = driver.session({ ...(database && { database }) });
  try {
    // Schema operations cannot share a transaction with data writes; IF NOT EXISTS keeps them idempotent.
    for (const statement of SCHEMA_STATEMENTS) await session.executeWrite((tx) => tx.run(statement));
    await session.executeWrite((tx) => tx.run('CALL db.awaitIndexes(300)'));
    onProgress(`constraints and indexes ready; writing ${total} nodes and relationships${reset ? ' after emptying the database' : ''}`);
    let written = 0;
    let lastReported = 0;
    await session.executeWrite(async (tx) => {
      written = 0;
      if (reset) await tx.run('MATCH (n) DETACH DELETE n');
      await writeGraphRows(tx, rows, (count) => {
        written += count;
        if (written - lastReported >= 10_000 || written === total) {
          lastReported = written;
          onProgress(`written ${written}/${total}`);
        }
      });
      await tx.run(
        'MERGE (info:DatasetInfo {id: "dataset"}) SET info.version = $version, info.facts = $facts, info.quotes = $quotes',
        { version, facts: facts.facts, quotes: facts.quotes },
      );
    });
  } finally {
    await session.close();
  }
  return { version, facts, summary: await readGraphSummary(driver, database) };
}

/** The dataset version a database holds, or null when it was never seeded. */
export async function readSeededVersion(driver: Driver, database?: string): Promise<string | null> {
  const session = driver.session({ ...(database && { database }), defaultAccessMode: 'READ' });
  try {
    const result = await session.executeRead((tx) => tx.run('MATCH (info:DatasetInfo {id: "dataset"}) RETURN info.version AS version'));
    return (result.records[0]?.get('version') as string | undefined) ?? null;
  } finally {
    await session.close();
  }
}
