import { useReadinessCheck, type Plugin } from 'graphql-yoga';
import type { Executor } from './database/executor.js';
import { readDatasetState } from './queries/dataset-state.js';

/**
 * `/health`: 200 with `status: "ok"` while Neo4j answers and holds a dataset; 503 otherwise.
 * It names the dataset (version, revision) and says whether a seed is at work or was interrupted
 * (a seed in progress or interrupted leaves a whole graph, so it does not make the server unready).
 */
export function useHealth({ executor }: { executor: Executor }): Plugin {
  return useReadinessCheck({
    endpoint: '/health',
    check: async ({ fetchAPI }) => {
      if (!(await executor.isAvailable())) {
        return fetchAPI.Response.json({ status: 'degraded', neo4j: 'down' }, { status: 503 });
      }
      const state = await readDatasetState(executor).catch(() => null);
      if (!state) return fetchAPI.Response.json({ status: 'degraded', neo4j: 'down' }, { status: 503 });
      const status = state.dataset ? 'ok' : 'no-dataset';
      return fetchAPI.Response.json(
        { status, neo4j: 'up', dataset: state.dataset, seed: state.seed, seedPhase: state.seedPhase },
        { status: state.dataset ? 200 : 503 },
      );
    },
  });
}
