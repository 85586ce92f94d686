import type { Plugin } from 'graphql-yoga';
import type { Executor } from './database/executor.js';
import type { Metrics } from './observability/metrics.js';
import { readDatasetInfo } from './queries/entities.js';

/** The longest a health check waits for Neo4j: probes (a load balancer's, Kubernetes') give up soon after. */
export const HEALTH_TIMEOUT_MS = 1_000;

/** What the readiness check found. */
export interface Readiness {
  neo4j: 'up' | 'down';
  /** The dataset version the database holds, or null when it holds none (or did not answer). */
  dataset: string | null;
}

/** Resolves with `fallback` if `promise` has not settled within `ms`. */
function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), ms)));
  return Promise.race([promise.catch(() => fallback), timeout]).finally(() => clearTimeout(timer));
}

/** Asks Neo4j for the dataset it holds, within HEALTH_TIMEOUT_MS whatever Neo4j does. */
export async function checkReadiness(executor: Executor, timeoutMs = HEALTH_TIMEOUT_MS): Promise<Readiness> {
  const info = await within<Awaited<ReturnType<typeof readDatasetInfo>> | 'down'>(
    readDatasetInfo(executor),
    timeoutMs,
    'down',
  );
  if (info === 'down') return { neo4j: 'down', dataset: null };
  return { neo4j: 'up', dataset: info?.version ?? null };
}

/**
 * Health endpoints for probes, each bounded in time:
 * - `/health/live`: the process serves HTTP (answered at once, nothing else checked);
 * - `/health/ready`: Neo4j answers and holds a dataset, so queries can be answered (503 if not);
 * - `/health`: whether Neo4j answers, as before readiness existed (kept for existing probes).
 */
export function useHealthChecks({ executor, metrics }: { executor: Executor; metrics?: Metrics }): Plugin {
  const check = async (): Promise<Readiness> => {
    const readiness = await checkReadiness(executor);
    metrics?.datasetLoaded.set(readiness.dataset === null ? 0 : 1);
    metrics?.datasetInfo.reset();
    if (readiness.dataset !== null) metrics?.datasetInfo.set({ version: readiness.dataset }, 1);
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
          const { neo4j, dataset } = await check();
          const ready = neo4j === 'up' && dataset !== null;
          return json({ status: ready ? 'ready' : 'unavailable', neo4j, dataset }, ready);
        }
        case '/health': {
          const { neo4j } = await check();
          return json({ status: neo4j === 'up' ? 'ok' : 'degraded', neo4j }, neo4j === 'up');
        }
      }
    },
  };
}
