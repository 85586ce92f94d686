/**
 * Starts the Java launcher and follows its output: the ready line gives the Bolt port, and
 * the last lines are kept so that a failed start can say why.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { ServerExitedError, StartTimeoutError } from './errors.js';
import { LAUNCHER_CLASS } from './provision.js';

const READY = /^LOCAL_NEO4J_READY bolt:\/\/[^:]+:(\d+)$/;
const TAIL_LINES = 40;

export interface LauncherOptions {
  readonly java: string;
  readonly classpath: string;
  readonly dataDir: string;
  readonly boltPort: number;
  readonly heap: string;
  readonly pageCache: string;
  readonly password: string;
  /** More JVM flags, e.g. for class-data sharing. */
  readonly jvmFlags?: readonly string[];
}

export interface Launcher {
  readonly child: ChildProcess;
  /** The last lines the JVM printed, stdout and stderr together. */
  tail(): string;
  /** Settles with the exit code once the JVM has exited. */
  readonly exited: Promise<number | null>;
  /** Resolves with the Bolt port when the JVM prints its ready line. */
  readonly ready: Promise<number>;
  /** True once the JVM has said it could not use its class-data archive. */
  cdsRejected(): boolean;
}

/** Spawns the JVM with bounded memory; its stdin stays open as the lifeline that stops it. */
export function spawnLauncher(options: LauncherOptions): Launcher {
  const args = [
    // The whole heap from the start, as Neo4j's own scripts set it: no collections spent growing it.
    `-Xms${options.heap}`,
    `-Xmx${options.heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    // Inline a method already compiled only when its code is under 1,000 bytes (2,500 by default on
    // x86): C2 spent nearly as much CPU compiling Neo4j's write path as the writes themselves. A 1000x
    // first load used 117 CPU seconds of the JVM against 145-149 and took 64 s against 79-80; reads
    // side by side answered as fast, for as much CPU or less (docs/writes.md).
    '-XX:InlineSmallCode=1000',
    // The JVM options Neo4j's own server scripts set for Netty and the page cache.
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dfile.encoding=UTF-8',
    ...(options.jvmFlags ?? []),
    '-cp',
    options.classpath,
    LAUNCHER_CLASS,
    `--data-dir=${options.dataDir}`,
    `--bolt-port=${options.boltPort}`,
    `--page-cache=${options.pageCache}`,
  ];
  // Through a shell only to set umask 077: every file Neo4j writes (store, logs) is then its
  // user's alone; `exec` makes the JVM take the shell's place, so the pid and pipes are the JVM's.
  const child = spawn('/bin/sh', ['-c', 'umask 077 && exec "$0" "$@"', options.java, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
    // The password goes by environment so that it never shows in the process list.
    env: { ...process.env, LOCAL_NEO4J_PASSWORD: options.password },
  });
  const lines: string[] = [];
  const keep = (line: string) => {
    // Java stack frames would crowd out the lines that say what went wrong.
    if (/^\s+(at |\.\.\. \d+ more)/.test(line)) return;
    lines.push(line);
    if (lines.length > TAIL_LINES) lines.shift();
  };
  let cdsRejected = false;
  let onReady: (port: number) => void = () => {};
  const ready = new Promise<number>((resolve) => (onReady = resolve));
  // One reader per stream, kept to the end: a paused pipe would block the JVM once full.
  createInterface({ input: child.stdout! }).on('line', (line) => {
    keep(line);
    if (line.includes('[warning][cds')) cdsRejected = true;
    const port = READY.exec(line)?.[1];
    if (port) onReady(Number(port));
  });
  createInterface({ input: child.stderr! }).on('line', keep);
  // Writing to stdin of a JVM that has already exited must not crash Node.
  child.stdin!.on('error', () => {});
  const exited = new Promise<number | null>((resolve) => {
    child.once('close', (code, signal) => resolve(code ?? (signal ? null : 0)));
    child.once('error', (error) => {
      keep(`${error}`);
      resolve(null);
    });
  });
  return { child, exited, ready, tail: () => lines.join('\n'), cdsRejected: () => cdsRejected };
}

/** Resolves with the Bolt port once the JVM is ready; rejects if it exits or stalls first. */
export function waitForReady(launcher: Launcher, timeoutMs: number): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StartTimeoutError(timeoutMs, launcher.tail())), timeoutMs);
  });
  const exit = launcher.exited.then((code) => {
    throw new ServerExitedError(code, launcher.tail(), explain(launcher.tail()));
  });
  exit.catch(() => {}); // only matters while racing below
  return Promise.race([launcher.ready, exit, timeout]).finally(() => clearTimeout(timer));
}

/** Names the usual causes of an early exit, which Neo4j reports only inside stack traces. */
function explain(tail: string): string {
  if (/FileLockException|locked by another process/i.test(tail)) {
    return 'another Neo4j is already using this data directory';
  }
  if (/BindException|Address already in use/i.test(tail)) return 'the Bolt port is already in use';
  if (/UnsupportedClassVersionError/.test(tail)) return 'the Java version is too old';
  return '';
}
