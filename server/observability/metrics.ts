import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Seconds: from a trivial lookup (a few ms) to the request timeout. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The server's Prometheus metrics, in a registry of its own (one per app, so that tests building
 * several apps never share counts): requests, latency and errors per operation, Neo4j query time
 * and sessions in use, and the dataset the database holds.
 */
export interface Metrics {
  readonly registry: Registry;
  readonly requests: Counter<'operation' | 'status'>;
  readonly requestDuration: Histogram<'operation'>;
  readonly errors: Counter<'code'>;
  readonly queryDuration: Histogram<'outcome'>;
  readonly sessionsInUse: Gauge;
  readonly datasetLoaded: Gauge;
  readonly datasetInfo: Gauge<'version'>;
}

/** Creates the metrics; `processMetrics` adds Node's own (memory, event loop, CPU). */
export function createMetrics({ processMetrics = false }: { processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (processMetrics) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    requests: new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL requests answered, by operation name and HTTP status',
      labelNames: ['operation', 'status'],
      registers,
    }),
    requestDuration: new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'Time to answer a GraphQL request, by operation name',
      labelNames: ['operation'],
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    errors: new Counter({
      name: 'graphql_errors_total',
      help: 'Errors sent to clients, by extensions.code',
      labelNames: ['code'],
      registers,
    }),
    queryDuration: new Histogram({
      name: 'neo4j_query_duration_seconds',
      help: 'Time of one Neo4j round trip, by outcome (ok, unavailable, failed)',
      labelNames: ['outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    sessionsInUse: new Gauge({
      name: 'neo4j_sessions_in_use',
      help: 'Neo4j sessions open now, each holding a pooled connection',
      registers,
    }),
    datasetLoaded: new Gauge({
      name: 'dataset_loaded',
      help: '1 when the database held a dataset at the last readiness check, else 0',
      registers,
    }),
    datasetInfo: new Gauge({
      name: 'dataset_info',
      help: 'The dataset version the database held at the last readiness check (value 1)',
      labelNames: ['version'],
      registers,
    }),
  };
}

/** Operation names become label values: unnamed operations and odd names share one bucket each. */
export function toOperationLabel(name: string | undefined): string {
  if (!name) return 'anonymous';
  return /^\w{1,64}$/.test(name) ? name : 'invalid';
}
