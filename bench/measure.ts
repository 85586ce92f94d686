import os from 'node:os';
import { runLoad, type RunStats } from './load-generator.js';
import type { Operation } from './operations.js';
import type { RunningContenders } from './contenders/start-contenders.js';

export const CONTENDERS = ['ours', 'floor', 'peer'] as const;
export type Contender = (typeof CONTENDERS)[number];

/** One (scale, operation, concurrency, contender) measurement; `failure` when it could not answer. */
export interface LatencyRow extends Partial<RunStats> {
  scale: number;
  operation: string;
  concurrency: number;
  contender: Contender;
  /** Size of one answer, to compare what each contender sends. */
  responseBytes?: number;
  failure?: string;
  /** The machine's 1-minute load average right after the run (`uptime`). */
  load1?: number;
}

export interface MeasureOptions {
  scale: number;
  operations: readonly Operation[];
  contenders: RunningContenders;
  concurrencies: readonly number[];
  durationS: number;
  warmupS: number;
  log: (line: string) => void;
}

function requestOf(
  contender: Contender,
  operation: Operation,
  ports: RunningContenders['ports'],
): { url: string; body: string } {
  if (contender === 'floor')
    return { url: `http://127.0.0.1:${ports.floor}/floor`, body: JSON.stringify({ operation: operation.name }) };
  return { url: `http://127.0.0.1:${ports[contender]}/graphql`, body: JSON.stringify(operation[contender]) };
}

/** The contenders that can answer an operation: the peer only where its schema expresses it. */
function contendersOf(operation: Operation): Contender[] {
  return CONTENDERS.filter((contender) => contender !== 'peer' || operation.peer !== undefined);
}

/** Asks once and checks the answer, so a run never measures the speed of an error. */
async function probe(url: string, body: string): Promise<{ bytes: number } | { failure: string }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  if (!response.ok) return { failure: `HTTP ${response.status}: ${text.slice(0, 300)}` };
  if (text.startsWith('{') && (JSON.parse(text) as { errors?: unknown }).errors) return { failure: text.slice(0, 300) };
  return { bytes: Buffer.byteLength(text) };
}

/**
 * Every operation at every concurrency on every contender, contenders interleaved per
 * (operation, concurrency) so that a drift in machine load touches all three alike.
 */
export async function measureLatencies(options: MeasureOptions): Promise<LatencyRow[]> {
  // A fresh Neo4j plans and JIT-compiles each query on first use: warm every contender on every
  // operation first, or whichever is measured first would pay for the others.
  for (const operation of options.operations) {
    for (const contender of contendersOf(operation)) {
      const { url, body } = requestOf(contender, operation, options.contenders.ports);
      if ('bytes' in (await probe(url, body)))
        await runLoad({ url, body, connections: 8, durationS: options.warmupS * 2 });
    }
  }
  options.log('warmed up every contender on every operation');
  const rows: LatencyRow[] = [];
  for (const operation of options.operations) {
    for (const concurrency of options.concurrencies) {
      for (const contender of contendersOf(operation)) {
        const base = { scale: options.scale, operation: operation.name, concurrency, contender };
        const { url, body } = requestOf(contender, operation, options.contenders.ports);
        const probed = await probe(url, body);
        if ('failure' in probed) {
          options.log(`${operation.name} ×${concurrency} ${contender}: FAILED ${probed.failure}`);
          rows.push({ ...base, failure: probed.failure });
          continue;
        }
        const stats = await runLoad({
          url,
          body,
          connections: concurrency,
          durationS: options.durationS,
          warmupS: options.warmupS,
        });
        options.log(
          `${operation.name} ×${concurrency} ${contender}: p50 ${stats.p50.toFixed(1)} p95 ${stats.p95.toFixed(1)} p99 ${stats.p99.toFixed(1)} ms, ${stats.rps.toFixed(0)} req/s, ${stats.errors} errors`,
        );
        rows.push({ ...base, ...stats, responseBytes: probed.bytes, load1: os.loadavg()[0]! });
      }
    }
  }
  return rows;
}
