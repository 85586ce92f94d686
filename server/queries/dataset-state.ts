import { SEED_RUN_LABEL } from '../../seed/graph/seed-run.js';
import type { Executor } from '../database/executor.js';

/** The dataset a database serves, and whether a seed is at work on it. */
export interface DatasetState {
  /** Null until a first seed has published a dataset. */
  dataset: { version: string; revision: number; facts: number } | null;
  seed: 'idle' | 'running' | 'interrupted';
  /** A running seed is about to commit a change of many rows: hold new reads (see PUBLISH_GATE). */
  publishing: boolean;
  /** What the running or interrupted seed was doing. */
  seedPhase: string | null;
}

// One read transaction: the dataset and the seed marker are seen at the same moment.
const READ_STATE = `OPTIONAL MATCH (info:DatasetInfo {id: 'dataset'})
  OPTIONAL MATCH (run:${SEED_RUN_LABEL} {id: 'seed'})
  RETURN info.version AS version, coalesce(info.revision, 0) AS revision, info.facts AS facts,
         run.phase AS phase, run.leaseUntil < datetime() AS expired, run.publishing = true AS publishing`;

/** Reads the dataset's version and revision and the state of seeding; `shared` as in `Executor.readUngated`. */
export async function readDatasetState(executor: Executor, { shared = false } = {}): Promise<DatasetState> {
  const [row] = await executor.readUngated<{
    version: string | null;
    revision: number;
    facts: number | null;
    phase: string | null;
    expired: boolean | null;
    publishing: boolean | null;
  }>(READ_STATE, {}, { shared });
  return {
    dataset: row?.version ? { version: row.version, revision: Number(row.revision), facts: Number(row.facts) } : null,
    seed: row?.expired === null || row?.expired === undefined ? 'idle' : row.expired ? 'interrupted' : 'running',
    seedPhase: row?.phase ?? null,
    publishing: row?.publishing === true && row.expired === false,
  };
}
