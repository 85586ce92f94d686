import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { CapturedQuery } from './floor.js';
import { READY_PREFIX, type ContendersConfig } from './protocol.js';

/** The contenders' ports, and the Cypher our server sent per operation (one entry per round trip). */
export interface RunningContenders {
  ports: { ours: number; floor: number; peer: number };
  captured: Record<string, CapturedQuery[]>;
  stop(): Promise<void>;
}

/**
 * Starts `serve.ts` in a child Node process (with the same loader flags, so TypeScript runs as
 * here) and resolves once the three servers listen.
 */
export function startContenders(config: ContendersConfig): Promise<RunningContenders> {
  const entry = fileURLToPath(new URL('./serve.ts', import.meta.url));
  const child = spawn(process.execPath, [...process.execArgv, entry], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, BENCH_CONTENDERS: JSON.stringify(config) },
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const stop = async () => {
    child.stdin?.end();
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    void exited.then((code) => reject(new Error(`the contenders' process exited (code ${code}) before it was ready`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith(READY_PREFIX)) return;
      const { ports, captured } = JSON.parse(line.slice(READY_PREFIX.length)) as Omit<RunningContenders, 'stop'>;
      resolve({ ports, captured, stop });
    });
  });
}
