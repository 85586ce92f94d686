import { fileURLToPath } from 'node:url';
import { startChildServer } from '../child-server.js';
import type { CapturedQuery } from './floor.js';
import { READY_PREFIX, type ContendersConfig } from './protocol.js';

/** The contenders' ports, and the Cypher our server sent per operation (one entry per round trip). */
export interface RunningContenders {
  ports: { ours: number; floor: number; peer: number };
  captured: Record<string, CapturedQuery[]>;
  stop(): Promise<void>;
}

/** Starts `serve.ts` in a child Node process and resolves once the three servers listen. */
export async function startContenders(config: ContendersConfig): Promise<RunningContenders> {
  const { ready, stop } = await startChildServer({
    entry: fileURLToPath(new URL('./serve.ts', import.meta.url)),
    configVariable: 'BENCH_CONTENDERS',
    config,
    readyPrefix: READY_PREFIX,
    name: "the contenders' process",
  });
  const { ports, captured } = JSON.parse(ready) as Omit<RunningContenders, 'stop'>;
  return { ports, captured, stop };
}
