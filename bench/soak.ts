import os from 'node:os';
import { runLoad, type RunStats } from './load-generator.js';
import type { Operation } from './operations.js';

/** The sustained-load check: many connections on one operation for a minute. */
export interface SoakResult extends RunStats {
  scale: number;
  operation: string;
  connections: number;
  durationS: number;
  load1: number;
}

/** Runs `operation` on our server with `connections` connections for `durationS` seconds. */
export async function runSoak(options: {
  port: number;
  scale: number;
  operation: Pick<Operation, 'name' | 'ours'>;
  connections: number;
  durationS: number;
}): Promise<SoakResult> {
  const stats = await runLoad({
    url: `http://127.0.0.1:${options.port}/graphql`,
    body: JSON.stringify(options.operation.ours),
    connections: options.connections,
    durationS: options.durationS,
    warmupS: 2,
  });
  return {
    ...stats,
    scale: options.scale,
    operation: options.operation.name,
    connections: options.connections,
    durationS: options.durationS,
    load1: os.loadavg()[0]!,
  };
}
