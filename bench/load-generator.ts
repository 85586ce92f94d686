import autocannon from 'autocannon';

/** Latency percentiles (ms) and throughput of one run. */
export interface RunStats {
  requests: number;
  /** Requests per second over the run. */
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Non-2xx answers, socket errors and timeouts together. */
  errors: number;
}

export interface RunOptions {
  url: string;
  body: string;
  connections: number;
  durationS: number;
  /** Seconds of load before measuring, so JIT compilation and query planning are not measured. */
  warmupS?: number;
}

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

function fire(options: RunOptions, durationS: number, onLatency: (ms: number) => void): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: options.body,
        connections: options.connections,
        duration: durationS,
        timeout: 10,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => onLatency(responseTime));
  });
}

/**
 * One autocannon run of POST requests with a fixed body. Percentiles are computed from every
 * response time (autocannon's own summary has p97.5 but no p95).
 */
export async function runLoad(options: RunOptions): Promise<RunStats> {
  if (options.warmupS) await fire(options, options.warmupS, () => {});
  const latencies: number[] = [];
  const result = await fire(options, options.durationS, (ms) => latencies.push(ms));
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rps: latencies.length / options.durationS,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    errors: result.non2xx + result.errors + result.timeouts,
  };
}
