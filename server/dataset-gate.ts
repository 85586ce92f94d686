import { PUBLISH_GATE } from '../seed/graph/seed-run.js';
import type { Executor } from './database/executor.js';
import { datasetNotLoadedError } from './errors.js';
import { readDatasetState, type DatasetState } from './queries/dataset-state.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs before every read of the graph (the executor's `beforeRead`): fails with
 * DATASET_NOT_LOADED, rather than an empty graph posing as data, until a first seed has published
 * a dataset; and waits while a seed publishes a large change, so that no read meets the moment
 * Neo4j applies it (see PUBLISH_GATE). The state is read at most every `readerRecheckMs`, one
 * round trip shared by every request of the process; a request refused before it reads costs none.
 */
export function createDatasetGate(executor: Executor): () => Promise<void> {
  let cached: { state: Promise<DatasetState>; at: number } | undefined;
  const readState = () => {
    if (!cached || performance.now() - cached.at > PUBLISH_GATE.readerRecheckMs) {
      const state = readDatasetState(executor, { shared: true });
      cached = { state, at: performance.now() };
      // A failed read is not kept: the next request asks again.
      state.catch(() => (cached = undefined));
    }
    return cached.state;
  };
  return async () => {
    let state = await readState();
    while (state.publishing) {
      await sleep(PUBLISH_GATE.readerRecheckMs / 2);
      state = await readState();
    }
    if (!state.dataset) throw datasetNotLoadedError();
  };
}
