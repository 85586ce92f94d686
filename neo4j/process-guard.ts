/**
 * Ties running local servers to the life of this Node process: they are stopped on SIGINT,
 * SIGTERM and exit. (If Node dies by SIGKILL, the launcher sees its stdin close and stops.)
 */
import type { ChildProcess } from 'node:child_process';
import { isMainThread } from 'node:worker_threads';

interface Guarded {
  readonly child: ChildProcess;
  readonly stop: () => Promise<void>;
}

const guarded = new Set<Guarded>();
const signals = ['SIGINT', 'SIGTERM'] as const;

/** Registers a server to stop with this process; returns the function that unregisters it. */
export function guardChild(child: ChildProcess, stop: () => Promise<void>): () => void {
  const entry = { child, stop };
  if (guarded.size === 0) install();
  guarded.add(entry);
  return () => {
    if (guarded.delete(entry) && guarded.size === 0) uninstall();
  };
}

function install(): void {
  process.on('exit', onExit);
  // Signals reach only the main thread; a worker's process object does not get them.
  if (isMainThread) for (const signal of signals) process.on(signal, onSignal);
}

function uninstall(): void {
  process.off('exit', onExit);
  if (isMainThread) for (const signal of signals) process.off(signal, onSignal);
}

/** At exit nothing can be awaited: SIGTERM runs the launcher's shutdown hook, which closes the store. */
function onExit(): void {
  for (const { child } of guarded) if (child.exitCode === null) child.kill('SIGTERM');
}

let leftToApp = false;

/**
 * Leaves SIGINT and SIGTERM to the app, which stops the servers in its own order (the server:
 * after the requests in flight). Should it exit first, the exit handler above still stops them.
 */
export function leaveSignalsToApp(): void {
  leftToApp = true;
}

/** Stops all servers cleanly, then exits as the signal would have, unless the app handles it. */
async function onSignal(signal: NodeJS.Signals): Promise<void> {
  if (leftToApp) return;
  const ownHandlerOnly = process.listenerCount(signal) === 1;
  await Promise.allSettled([...guarded].map(({ stop }) => stop()));
  if (ownHandlerOnly) process.exit(signal === 'SIGINT' ? 130 : 143);
}
