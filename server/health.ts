import type { Plugin } from 'graphql-yoga';
import type { Executor } from './database/executor.js';
import type { Metrics } from './observability/metrics.js';
import { readDatasetState, type DatasetState } from './queries/dataset-state.js';

/** The longest a health check waits for Neo4j: probes (a load balancer's, Kubernetes') give up soon after. */
export const HEALTH_TIMEOUT_MS = 1_000;

/** What the readiness check found: Neo4j down, or the dataset it serves and the state of seeding. */
export type Readiness = { neo4j: 'down' } | ({ neo4j: 'up' } & Omit<DatasetState, 'publishing'>);

/** Resolves with `fallback` if `promise` has not settled within `ms`. */
function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), ms)));
  return Promise.race([promise.catch(() => fallback), timeout]).finally(() => clearTimeout(timer));
}

/** Asks Neo4j for the dataset it holds and the state of seeding, within HEALTH_TIMEOUT_MS whatever Neo4j does. */
export async function checkReadiness(executor: Executor, timeoutMs = HEALTH_TIMEOUT_MS): Promise<Readiness> {
  const state = await within<DatasetState | 'down'>(readDatasetState(executor), timeoutMs, 'down');
  if (state === 'down') return { neo4j: 'down' };
  return { neo4j: 'up', dataset: state.dataset, seed: state.seed, seedPhase: state.seedPhase };
}

/**
 * Health endpoints for probes, each bounded in time:
 * - `/health/live`: the process serves HTTP (answered at once, nothing else checked);
 * - `/health/ready`: Neo4j answers and holds a dataset, so queries can be answered (503 if not);
 * - `/health`: the same, with the dataset (version, revision) and whether a seed is at work or was
 *   interrupted (either leaves a whole graph, so neither makes the server unready).
 */
export function useHealthChecks({ executor, metrics }: { executor: Executor; metrics?: Metrics }): Plugin {
  const check = async (): Promise<Readiness> => {
    const readiness = await checkReadiness(executor);
    const dataset = readiness.neo4j === 'up' ? readiness.dataset : null;
    metrics?.datasetLoaded.set(dataset === null ? 0 : 1);
    metrics?.datasetInfo.reset();
    if (dataset !== null) metrics?.datasetInfo.set({ version: dataset.version }, 1);
    return readiness;
  };
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const json = (body: unknown, ok: boolean) =>
        endResponse(fetchAPI.Response.json(body, { status: ok ? 200 : 503, headers: { 'cache-control': 'no-store' } }));
      switch (url.pathname) {
        case '/health/live':
          return json({ status: 'ok' }, true);
        case '/health/ready': {
          const readiness = await check();
          const ready = readiness.neo4j === 'up' && readiness.dataset !== null;
          const dataset = readiness.neo4j === 'up' ? (readiness.dataset?.version ?? null) : null;
          return json({ status: ready ? 'ready' : 'unavailable', neo4j: readiness.neo4j, dataset }, ready);
        }
        case '/health': {
          const readiness = await check();
          if (readiness.neo4j === 'down') return json({ status: 'degraded', neo4j: 'down' }, false);
          const loaded = readiness.dataset !== null;
          return json({ status: loaded ? 'ok' : 'no-dataset', ...readiness }, loaded);
        }
      }
    },
  };
}
