import type { Driver, Session } from 'neo4j-driver';
import { countFacts, type FactCount } from './model/count-facts.js';
import { computeDatasetVersion } from './model/dataset-version.js';
import { clearLeftovers, TRANSACTION_ROWS } from './graph/staging.js';
import { ensureSchema } from './graph/ensure-schema.js';
import { stageAndPublish } from './graph/stage-and-publish.js';
import { recordDataset } from './graph/dataset-info.js';
import { readGraphSummary, type GraphSummary } from './graph/graph-summary.js';
import { claimSeedRun, readSeedRun, DEFAULT_LEASE_S, SeedBusyError, type SeedRun } from './graph/seed-run.js';
import { toGraphRows } from './graph/to-graph-rows.js';
import { countEdits, markEditsDiscarded, readUnexportedEdits, UnexportedEditsError } from './graph/unexported-edits.js';
import type { GraphRows } from './graph/elements.js';
import { applyDiff } from './diff/apply-diff.js';
import { computeDiff, type GraphDiff } from './diff/compute-diff.js';
import { withFactHashes } from './diff/fact-hash.js';
import { readGraphFacts } from './diff/read-graph-facts.js';
import { validateDataset } from './validate/validate-dataset.js';

/** A dataset validated and turned into rows, ready to write; preparing it touches no database. */
export interface PreparedSeed {
  version: string;
  facts: FactCount;
  rows: GraphRows;
}

/** Validates the YAML files in `dataDir` (throwing SeedValidationError) and builds the rows to write. */
export async function prepareSeed(dataDir: string): Promise<PreparedSeed> {
  const { dataset, entries } = await validateDataset(dataDir);
  return {
    version: await computeDatasetVersion(dataDir),
    facts: countFacts(dataset),
    rows: withFactHashes(toGraphRows(dataset, entries)),
  };
}

export interface SeedOptions {
  driver: Driver;
  database?: string;
  /** The folder holding the YAML files, or a dataset already prepared from it. */
  data: string | PreparedSeed;
  /** Write the whole graph again, and retire every node of a seeded kind the files do not hold. */
  reset?: boolean;
  /** Rows per transaction: a difference up to this size is one transaction, a larger one is staged. */
  transactionRows?: number;
  /** How long the seed's lease runs without renewal (see seed-run.ts). */
  leaseS?: number;
  /** Overwrite edits made in the graph and not exported to the files yet, instead of refusing. */
  discardEdits?: boolean;
  onProgress?: (message: string) => void;
}

/** How a seed brought the graph in line with the files. */
export type SeedMethod = 'unchanged' | 'one transaction' | 'staged and published';

export interface SeedResult {
  version: string;
  facts: FactCount;
  /** The graph's revision after the seed (unchanged when there was nothing to write). */
  revision: number;
  /** Rows that differed between the files and the graph. */
  changed: number;
  method: SeedMethod;
  summary: GraphSummary;
}

function describeDiff(diff: GraphDiff): string {
  const count = (groups: Partial<Record<string, unknown[]>>) =>
    Object.values(groups).reduce((sum, rows) => sum + (rows?.length ?? 0), 0);
  return (
    `${count(diff.createNodes)} nodes to add, ${count(diff.updateNodes)} to change, ${diff.deleteNodes.length} to remove; ` +
    `${count(diff.createRelationships)} relationships to write, ${diff.deleteRelationships.length} to remove`
  );
}

async function readRevision(session: Session): Promise<{ revision: number; version: string | null }> {
  const result = await session.executeRead((tx) =>
    tx.run(
      `OPTIONAL MATCH (info:DatasetInfo {id: 'dataset'}) RETURN info.revision AS revision, info.version AS version`,
    ),
  );
  const record = result.records[0];
  return {
    revision: Number(record?.get('revision') ?? 0),
    version: (record?.get('version') as string | null | undefined) ?? null,
  };
}

/**
 * Brings the graph in line with the files and writes only what differs, fact by fact, by content
 * hash. A difference of at most `transactionRows` rows is one transaction; a larger one is staged
 * beside the live graph and published in one transaction (see staging.ts). Either way readers see
 * the whole old graph or the whole new one, and a seed killed at any point leaves one of them.
 */
export async function seedDatabase({
  driver,
  database,
  data,
  reset = false,
  transactionRows = TRANSACTION_ROWS,
  leaseS = DEFAULT_LEASE_S,
  discardEdits = false,
  onProgress = () => {},
}: SeedOptions): Promise<SeedResult> {
  const { version, facts, rows } = typeof data === 'string' ? await prepareSeed(data) : data;
  onProgress(`validated ${facts.facts} facts with ${facts.quotes} quotes (dataset ${version})`);
  const openSession = () => driver.session({ ...(database && { database }) });
  const session = openSession();
  let run: SeedRun | undefined;
  try {
    await ensureSchema(session);
    run = await claimSeedRun(driver, database, { phase: 'comparing', leaseS });
    if (run.interruptedPhase) onProgress(`taking over from a seed interrupted while ${run.interruptedPhase}`);
    await clearLeftovers(session, onProgress);
    // Checked under the seed's claim: the files are the truth only once the graph's edits are in them.
    const unexported = await readUnexportedEdits(session);
    if (unexported.length > 0 && !discardEdits) throw new UnexportedEditsError(unexported.length);
    if (unexported.length > 0) onProgress(`discarding ${countEdits(unexported.length)} not exported to the files`);

    const graph = await readGraphFacts(session);
    const diff = computeDiff(rows, graph);
    const before = await readRevision(session);
    onProgress(`difference: ${diff.size} rows (${describeDiff(diff)})`);
    const details = { version, facts: facts.facts, quotes: facts.quotes };
    let method: SeedMethod;
    let revision = before.revision;
    if (reset || graph.unmanaged > 0 || diff.size > transactionRows) {
      method = 'staged and published';
      revision = await stageAndPublish({ openSession, session, run, rows, details, transactionRows, onProgress });
    } else if (diff.size > 0 || before.version !== version) {
      method = 'one transaction';
      await run.setPhase('applying');
      onProgress(`applying the difference in one transaction`);
      const commit = () =>
        session.executeWrite(async (tx) => {
          await applyDiff(tx, diff);
          return recordDataset(tx, details);
        });
      // One row is one record: readers see it whole without holding them (see PUBLISH_GATE).
      revision = diff.size > 1 ? await run.publish(commit) : await commit();
      onProgress(`applied: revision ${revision}`);
    } else {
      method = 'unchanged';
      onProgress('the graph already holds these files: nothing to write');
    }
    // Index samples and cached plans describe the graph before a large change: a plan made for a
    // few dozen stances scans every stance of a large graph. Resample and replan then, not after
    // every small edit, which would cost more than the edit itself.
    if (method === 'staged and published' || diff.size * 10 > graph.nodes.size + graph.relationships.size) {
      await session.run(`CALL db.prepareForReplanning(${REPLANNING_TIMEOUT_S})`);
    }
    await markEditsDiscarded(session, unexported);
    await run.release();
    return { version, facts, revision, changed: diff.size, method, summary: await readGraphSummary(driver, database) };
  } catch (error) {
    // What a failed seed leaves is invisible and cleared by the next one; release the claim so
    // that /health does not report a seed in progress until the lease runs out.
    await run?.release().catch(() => {});
    throw error;
  } finally {
    await session.close();
  }
}

const REPLANNING_TIMEOUT_S = 300;

/**
 * Deletes the invisible leftovers of a seed that was interrupted (its lease expired); leaves a
 * seed in progress alone. A no-op on a database at rest.
 */
export async function recoverInterruptedSeed(
  driver: Driver,
  database: string | undefined,
  onProgress: (message: string) => void,
): Promise<void> {
  const session = driver.session({ ...(database && { database }) });
  try {
    if ((await readSeedRun(session)).state === 'running') return;
    let run: SeedRun;
    try {
      run = await claimSeedRun(driver, database, { phase: 'recovering' });
    } catch (error) {
      // A seed started in between: its leftovers are its own to handle.
      if (error instanceof SeedBusyError) return;
      throw error;
    }
    try {
      if (run.interruptedPhase) onProgress(`cleaning up after a seed interrupted while ${run.interruptedPhase}`);
      await clearLeftovers(session, onProgress);
    } finally {
      await run.release();
    }
  } finally {
    await session.close();
  }
}

/** The dataset version a database holds, or null when it was never seeded. */
export async function readSeededVersion(driver: Driver, database?: string): Promise<string | null> {
  const session = driver.session({ ...(database && { database }), defaultAccessMode: 'READ' });
  try {
    return (await readRevision(session)).version;
  } finally {
    await session.close();
  }
}
