import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { inject } from 'vitest';
import { repoRoot } from '../../neo4j/config.js';

/** `npm run seed` as a child process on the suite's Neo4j, and how it ended. */
export interface SeedChild {
  /** Every line it printed so far. */
  lines: string[];
  /** Resolves once it has exited: its exit code, or the signal that killed it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  process: ChildProcess;
}

/**
 * Starts `seed/main.ts` with `args` against the suite's Neo4j. With `killAt`, the child is killed
 * (SIGKILL, as a crash or an operator would) as soon as it prints a line matching it.
 */
export function spawnSeed(args: string[], { killAt }: { killAt?: RegExp } = {}): SeedChild {
  const { uri, username, password, database } = inject('neo4j');
  // Node itself with tsx's loader, not the tsx command: that runs the seed in a grandchild,
  // which a SIGKILL of its parent would leave running.
  const child = spawn(process.execPath, ['--import', 'tsx', 'seed/main.ts', ...args], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NEO4J_URI: uri,
      NEO4J_USERNAME: username,
      NEO4J_PASSWORD: password ?? '',
      ...(database && { NEO4J_DATABASE: database }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const collect = (line: string) => {
    lines.push(line);
    if (killAt?.test(line)) child.kill('SIGKILL');
  };
  createInterface({ input: child.stdout! }).on('line', collect);
  createInterface({ input: child.stderr! }).on('line', collect);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { lines, exited, process: child };
}
