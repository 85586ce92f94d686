import type { Driver, Session } from 'neo4j-driver';
import { countFacts, type FactCount } from './model/count-facts.js';
import { BATCH_ROWS, clearLeftovers, TRANSACTION_ROWS } from './graph/staging.js';
import { ensureSchema } from './graph/ensure-schema.js';
import { stageAndPublish } from './graph/stage-and-publish.js';
import { writeFirstLoad } from './graph/write-first-load.js';
import { recordDataset } from './graph/dataset-info.js';
import { readGraphSummary, type GraphSummary } from './graph/graph-summary.js';
import { claimSeedRun, readSeedRun, DEFAULT_LEASE_S, SeedBusyError, type SeedRun } from './graph/seed-run.js';
import { toGraphRows } from './graph/to-graph-rows.js';
import { countEdits, markEditsDiscarded, readUnexportedEdits, UnexportedEditsError } from './graph/unexported-edits.js';
import type { GraphRows } from './graph/elements.js';
import type { Collection } from './model/schema.js';
import { applyDiff } from './diff/apply-diff.js';
import { computeDiff, type GraphDiff } from './diff/compute-diff.js';
import { withFactHashes } from './diff/fact-hash.js';
import { readGraphFacts } from './diff/read-graph-facts.js';
import { validateDataset } from './validate/validate-dataset.js';
import { computeSeedCodeVersion } from './incremental/code-version.js';
import { hashDataFiles } from './incremental/data-files.js';
import { planChanges, type SeedPlan } from './incremental/plan-changes.js';
import {
  isRecordCurrent,
  readKnownFiles,
  toFileRecords,
  writeFileStats,
  type FileRecords,
} from './incremental/seed-files.js';
import type { DatasetDetails } from './graph/dataset-info.js';
import { ENTRY_KIND, ENTRY_ROW_PREFIX } from './graph/entries.js';

/** A dataset validated and turned into rows, ready to write; preparing it touches no database. */
export interface PreparedSeed {
  version: string;
  facts: FactCount;
  rows: GraphRows;
  /** The files it was read from, for the graph's record of them (absent: rows made otherwise). */
  files?: FileRecords;
}

/** Validates the YAML files in `dataDir` (throwing SeedValidationError) and builds the rows to write. */
export async function prepareSeed(dataDir: string): Promise<PreparedSeed> {
  // Hashed first: a file changed during validation then differs from its record, and is read again next time.
  const files = await hashDataFiles(dataDir);
  const { dataset, entries } = await validateDataset(dataDir);
  const entryIds = (collection: Collection) => entries[collection].map((raw) => (raw as { id: string }).id);
  return {
    version: files.version,
    facts: countFacts(dataset),
    rows: withFactHashes(toGraphRows(dataset, entries)),
    files: toFileRecords(files, entryIds, await computeSeedCodeVersion()),
  };
}

export interface SeedOptions {
  driver: Driver;
  database?: string;
  /** The folder holding the YAML files, or a dataset already prepared from it. */
  data: string | PreparedSeed;
  /** Write the whole graph again, and retire every node of a seeded kind the files do not hold. */
  reset?: boolean;
  /** Rows per transaction: a difference up to this size is one transaction, a larger one is written in batches of it. */
  transactionRows?: number;
  /** How long the seed's lease runs without renewal (see seed-run.ts). */
  leaseS?: number;
  /** Overwrite edits made in the graph and not exported to the files yet, instead of refusing. */
  discardEdits?: boolean;
  /** Read and hash every file, trusting none by its unchanged size and modification time. */
  verifyFiles?: boolean;
  onProgress?: (message: string) => void;
}

/**
 * How a seed brought the graph in line with the files: nothing to write, one transaction, a first
 * load written in batches before any reader can see it, or a whole graph staged and published.
 */
export type SeedMethod = 'unchanged' | 'one transaction' | 'written in batches' | 'staged and published';

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
 * hash. Given a folder, it first compares the files with the record the graph keeps of the files it
 * was seeded from, and reads, checks and diffs only the entries whose text changed (see
 * `incremental/plan-changes.ts`); when that cannot settle it, it validates every file and compares
 * every fact. A difference of at most `transactionRows` rows is one transaction; a larger one is
 * written in batches before any reader can see a graph (a first load, see write-first-load.ts), or
 * staged beside the live graph and published in one transaction (see staging.ts). Either way
 * readers see the whole old graph or the whole new one, and a seed killed at any point leaves one
 * of them.
 */
export async function seedDatabase(options: SeedOptions): Promise<SeedResult> {
  const { data, reset = false, discardEdits = false, onProgress = () => {} } = options;
  const transactionRows = options.transactionRows ?? TRANSACTION_ROWS;
  if (typeof data === 'string' && !reset) {
    // Refused before any work: a full validation of a large dataset takes minutes.
    if (!discardEdits) await refuseUnexportedEdits(options);
    for (let attempt = 1; attempt <= PLAN_ATTEMPTS; attempt++) {
      const { files, plan } = await withSession(options, async (session) => {
        const known = await readKnownFiles(session);
        const files = await hashDataFiles(data, { ...(!options.verifyFiles && { known }) });
        const read = [...files.files.values()].filter((file) => file.content !== undefined).length;
        onProgress(
          `hashed ${read} of ${files.files.size} files, the others unchanged in size and times (dataset ${files.version})`,
        );
        return { files, plan: await planChanges({ session, files, known, transactionRows }) };
      });
      if (plan.kind === 'full') {
        onProgress(`comparing every entry: ${plan.reason}`);
        break;
      }
      onProgress(
        `read ${plan.entries.read} entries whose text changed: ${plan.entries.changed} changed (dataset ${files.version})`,
      );
      const result = await applyPlan(options, plan);
      if (result) return result;
      onProgress('the graph changed while this seed compared it: comparing again');
    }
  }
  const prepared = typeof data === 'string' ? await prepareSeed(data) : data;
  return seedPrepared(options, prepared);
}

/** How many times a seed compares again when the graph changed between its comparison and its claim. */
const PLAN_ATTEMPTS = 3;

function withSession<R>({ driver, database }: SeedOptions, work: (session: Session) => Promise<R>): Promise<R> {
  const session = driver.session({ ...(database && { database }) });
  return work(session).finally(() => session.close());
}

async function refuseUnexportedEdits(options: SeedOptions): Promise<void> {
  const unexported = await withSession(options, readUnexportedEdits);
  if (unexported.length > 0) throw new UnexportedEditsError(unexported.length);
}

/** The database as a seed holds it: a session, and the seed's claim. */
interface Claimed {
  session: Session;
  run: SeedRun;
}

/**
 * Claims the database for `work`: the schema, the seed's lease, the leftovers of an interrupted seed
 * cleared, and the refusal to overwrite edits not exported (or their discarding). Releases the claim
 * after, whatever happens.
 */
async function underClaim<R>(options: SeedOptions, work: (claimed: Claimed) => Promise<R>): Promise<R> {
  const { driver, database, leaseS = DEFAULT_LEASE_S, discardEdits = false, onProgress = () => {} } = options;
  const session = driver.session({ ...(database && { database }) });
  let run: SeedRun | undefined;
  try {
    // Only what the seed finds nodes by: a first load builds the rest after its data.
    await ensureSchema(session, 'seed');
    run = await claimSeedRun(driver, database, { phase: 'comparing', leaseS });
    if (run.interruptedPhase) onProgress(`taking over from a seed interrupted while ${run.interruptedPhase}`);
    await clearLeftovers(session, onProgress);
    // Checked under the seed's claim: the files are the truth only once the graph's edits are in them.
    const unexported = await readUnexportedEdits(session);
    if (unexported.length > 0 && !discardEdits) throw new UnexportedEditsError(unexported.length);
    if (unexported.length > 0) onProgress(`discarding ${countEdits(unexported.length)} not exported to the files`);
    const result = await work({ session, run });
    // Nothing written (the graph moved under a partial comparison): the edits stand until it is.
    if (result !== undefined) await markEditsDiscarded(session, unexported);
    await run.release();
    return result;
  } catch (error) {
    // What a failed seed leaves is invisible and cleared by the next one; release the claim so
    // that /health does not report a seed in progress until the lease runs out.
    await run?.release().catch(() => {});
    throw error;
  } finally {
    await session.close();
  }
}

/**
 * Writes a difference of changed entries in one transaction, if the graph is still at the revision
 * the plan was read at; returns undefined when it moved (the caller compares again).
 */
async function applyPlan(
  options: SeedOptions,
  plan: Extract<SeedPlan, { kind: 'changes' }>,
): Promise<SeedResult | undefined> {
  const { driver, database, onProgress = () => {} } = options;
  const { diff, details } = plan;
  const facts = { facts: details.facts, quotes: details.quotes };
  const written = await underClaim(options, async ({ session, run }) => {
    const before = await readRevision(session);
    if (before.revision !== plan.revision) return undefined;
    await ensureSchema(session);
    onProgress(`difference: ${diff.size} rows (${describeDiff(diff)})`);
    if (diff.size === 0 && before.version === details.version) {
      onProgress('the graph already holds these files: nothing to write');
      await session.executeWrite((tx) => writeFileStats(tx, details.files.stats ?? []));
      return { revision: before.revision, method: 'unchanged' as const };
    }
    const revision = await commitDifference(session, run, diff, details, onProgress);
    return { revision, method: 'one transaction' as const };
  });
  if (!written) return undefined;
  const summary = await readGraphSummary(driver, database);
  if (diff.size * 10 > summary.totalNodes + summary.totalRelationships) await replan(options);
  return { version: details.version, facts, ...written, changed: diff.size, summary };
}

/** Applies a difference and records the dataset in one transaction, behind the publish gate when it is more than one row. */
async function commitDifference(
  session: Session,
  run: SeedRun,
  diff: GraphDiff,
  details: DatasetDetails,
  onProgress: (message: string) => void,
): Promise<number> {
  await run.setPhase('applying');
  onProgress(`applying the difference in one transaction`);
  const commit = () =>
    session.executeWrite(async (tx) => {
      await applyDiff(tx, diff);
      return recordDataset(tx, details);
    });
  // One row is one record: readers see it whole without holding them (see PUBLISH_GATE). The
  // entries' mirrors are not counted: no query of the graph reads them, and one entry's mirror is
  // one record too. So a one-fact change (the fact and its entry) is applied as an edit through the
  // API is, without the gate's two seconds, which would be most of its time.
  const revision = countGraphRows(diff) > 1 ? await run.publish(commit) : await commit();
  onProgress(`applied: revision ${revision}`);
  return revision;
}

/** The rows of a difference that the API's queries of the graph read: all but the entries' mirrors. */
function countGraphRows(diff: GraphDiff): number {
  const mirrors =
    (diff.createNodes[ENTRY_KIND]?.length ?? 0) +
    (diff.updateNodes[ENTRY_KIND]?.length ?? 0) +
    diff.deleteNodes.filter((id) => id.startsWith(ENTRY_ROW_PREFIX)).length;
  return diff.size - mirrors;
}

/**
 * Index samples and cached plans describe the graph before a large change: a plan made for a few
 * dozen stances scans every stance of a large graph. Resample and replan then, not after every
 * small edit, which would cost more than the edit itself.
 */
async function replan(options: SeedOptions): Promise<void> {
  await withSession(options, (session) => session.run(`CALL db.prepareForReplanning(${REPLANNING_TIMEOUT_S})`));
}

/** The whole comparison: every fact of the prepared rows against every fact of the graph. */
async function seedPrepared(options: SeedOptions, prepared: PreparedSeed): Promise<SeedResult> {
  const { driver, database, reset = false, onProgress = () => {} } = options;
  const transactionRows = options.transactionRows ?? TRANSACTION_ROWS;
  const { version, facts, rows, files } = prepared;
  // A smaller budget for one transaction (a test's) makes smaller batches too.
  const batchRows = Math.min(transactionRows, BATCH_ROWS);
  onProgress(`validated ${facts.facts} facts with ${facts.quotes} quotes (dataset ${version})`);
  const openSession = () => driver.session({ ...(database && { database }) });
  const details = { version, facts: facts.facts, quotes: facts.quotes, ...(files && { files }) };
  const written = await underClaim(options, async ({ session, run }) => {
    const graph = await readGraphFacts(session);
    const diff = computeDiff(rows, graph);
    const before = await readRevision(session);
    onProgress(`difference: ${diff.size} rows (${describeDiff(diff)})`);
    const size = { changed: diff.size, graph: graph.nodes.size + graph.relationships.size };
    const firstLoad = before.version === null;
    if (firstLoad && !reset && graph.unmanaged === 0 && diff.size > transactionRows) {
      const revision = await writeFirstLoad({ openSession, session, run, diff, details, batchRows, onProgress });
      return { revision, method: 'written in batches' as const, ...size };
    }
    await ensureSchema(session);
    if (reset || graph.unmanaged > 0 || diff.size > transactionRows) {
      const revision = await stageAndPublish({
        openSession,
        session,
        run,
        rows,
        details,
        batchRows,
        firstLoad,
        onProgress,
      });
      return { revision, method: 'staged and published' as const, ...size };
    }
    // Recorded again when only the record of the files is stale: the next seed then reads less.
    if (diff.size > 0 || before.version !== version || (files && !(await isRecordCurrent(session, files)))) {
      const revision = await commitDifference(session, run, diff, details, onProgress);
      return { revision, method: 'one transaction' as const, ...size };
    }
    onProgress('the graph already holds these files: nothing to write');
    if (files) await session.executeWrite((tx) => writeFileStats(tx, files.records.flatMap(toFileStat)));
    return { revision: before.revision, method: 'unchanged' as const, ...size };
  });
  if (
    written.method === 'staged and published' ||
    written.method === 'written in batches' ||
    written.changed * 10 > written.graph
  )
    await replan(options);
  const { revision, method, changed } = written;
  return { version, facts, revision, changed, method, summary: await readGraphSummary(driver, database) };
}

const REPLANNING_TIMEOUT_S = 300;

function toFileStat({ name, hash, stat }: FileRecords['records'][number]) {
  return stat === null ? [] : [{ name, hash, stat }];
}

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
