import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** A bench process running beside the bench: what it printed after its ready prefix, and how to stop it. */
export interface ChildServer {
  ready: string;
  stop(): Promise<void>;
}

export interface ChildServerOptions {
  /** The TypeScript file to run, as an absolute path. */
  entry: string;
  /** The environment variable that carries `config` as JSON. */
  configVariable: string;
  config: unknown;
  /** The start of the line the child prints once it listens; the rest of that line is `ready`. */
  readyPrefix: string;
  /** How errors name the child. */
  name: string;
}

/**
 * Starts a bench server in a child Node process, with this process's loader flags so TypeScript
 * runs as here, and resolves once it prints its ready line. Closing its stdin asks it to stop;
 * one that has not stopped ten seconds later is killed.
 */
export function startChildServer({
  entry,
  configVariable,
  config,
  readyPrefix,
  name,
}: ChildServerOptions): Promise<ChildServer> {
  const child = spawn(process.execPath, [...process.execArgv, entry], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, [configVariable]: JSON.stringify(config) },
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const stop = async () => {
    child.stdin?.end();
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    void exited.then((code) => reject(new Error(`${name} exited (code ${code}) before it was ready`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith(readyPrefix)) resolve({ ready: line.slice(readyPrefix.length), stop });
    });
  });
}
