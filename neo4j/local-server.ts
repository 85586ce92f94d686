/**
 * The project's own Neo4j: provisioned from Maven Central on first use, run as a child JVM
 * bound to 127.0.0.1 with authentication on, and stopped together with this process.
 */
import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { classDataSharing } from './cds.js';
import { AuthFailedError } from './errors.js';
import { requireJava } from './java.js';
import { spawnLauncher, waitForReady, type Launcher } from './jvm.js';
import { ensurePassword } from './password.js';
import { assertPortFree } from './port.js';
import { guardChild } from './process-guard.js';
import { provisionNeo4j } from './provision.js';

export interface StartLocalNeo4jOptions {
  /** Bolt port on 127.0.0.1; 0 lets the server pick a free one. */
  readonly boltPort: number;
  /** Store and logs; kept across restarts. */
  readonly dataDir: string;
  /** Password of the `neo4j` user; defaults to `password` inside dataDir. */
  readonly passwordFile?: string;
  /** Maximum JVM heap, e.g. `1g` (default). */
  readonly heap?: string;
  /** Neo4j page cache, e.g. `256m` (default). */
  readonly pageCache?: string;
  /** How long the JVM may take to be ready, provisioning excluded (default START_TIMEOUT_MS). */
  readonly startTimeoutMs?: number;
  /** Receives progress lines; defaults to printing them on stderr. */
  readonly onProgress?: (line: string) => void;
}

export interface LocalNeo4j {
  readonly uri: string;
  readonly username: string;
  readonly password: string;
  /** Process id of the JVM (to watch it, or to kill it in an outage drill). */
  readonly pid: number | undefined;
  /** Settles with the JVM's exit code when it exits, whether stopped or not. */
  readonly exited: Promise<number | null>;
  /** Stops the JVM cleanly (closing the store); safe to call more than once. */
  stop(): Promise<void>;
}

const USERNAME = 'neo4j';
const STOP_TIMEOUT_MS = 30_000;
/**
 * A start takes about 10 s on an idle machine, but starts on two cores shared with seven other
 * JVMs were measured at 208 s to 440 s: a slow start is not a failed one.
 */
export const START_TIMEOUT_MS = 900_000;

/** Provisions if needed, starts the local Neo4j and resolves once Bolt accepts the password. */
export async function startLocalNeo4j(options: StartLocalNeo4jOptions): Promise<LocalNeo4j> {
  const onProgress = options.onProgress ?? ((line: string) => process.stderr.write(line + '\n'));
  const dataDir = path.resolve(options.dataDir);
  const passwordFile = path.resolve(options.passwordFile ?? path.join(dataDir, 'password'));

  const java = await requireJava();
  const { version, classpath, cdsDir } = await provisionNeo4j(onProgress);
  const cds = await classDataSharing(cdsDir, java.version);
  const password = await ensurePassword(passwordFile, dataDir);
  if (options.boltPort !== 0) await assertPortFree(options.boltPort);
  // The store is the graph itself: readable by its user only, whatever the umask made earlier.
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  await chmod(dataDir, 0o700);

  onProgress(`[neo4j] starting Neo4j ${version} (data in ${dataDir})…`);
  const started = Date.now();
  const launcher = spawnLauncher({
    java: java.command,
    classpath,
    dataDir,
    boltPort: options.boltPort,
    heap: options.heap ?? '1g',
    pageCache: options.pageCache ?? '256m',
    password,
    jvmFlags: cds.flags,
  });
  // Settled before stop() returns, so that a process exiting right after keeps the archive.
  const settled = launcher.exited.then((code) => cds.settle(code, launcher.cdsRejected())).catch(() => {});
  let unguard = () => {};
  const stop = async () => {
    unguard();
    await stopLauncher(launcher);
    await settled;
  };
  unguard = guardChild(launcher.child, stop);

  try {
    const port = await waitForReady(launcher, options.startTimeoutMs ?? START_TIMEOUT_MS);
    const uri = `bolt://127.0.0.1:${port}`;
    await confirmLogin(uri, password, passwordFile, dataDir);
    onProgress(`[neo4j] ready at ${uri} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    void launcher.exited.then((code) => {
      if (!stopping.has(launcher)) onProgress(`[neo4j] the local Neo4j exited (code ${code})`);
    });
    return { uri, username: USERNAME, password, pid: launcher.child.pid, exited: launcher.exited, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

const stopping = new WeakSet<Launcher>();

/** Closes the JVM's stdin, which makes it shut down; kills it if it hangs. */
async function stopLauncher(launcher: Launcher): Promise<void> {
  stopping.add(launcher);
  if (launcher.child.exitCode === null && launcher.child.signalCode === null) {
    launcher.child.stdin?.end();
  }
  const timer = setTimeout(() => launcher.child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await launcher.exited;
  clearTimeout(timer);
}

/** The ready line says Bolt listens; a real login proves the stored password is the right one. */
async function confirmLogin(uri: string, password: string, passwordFile: string, dataDir: string): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(USERNAME, password));
  try {
    // verifyAuthentication() resolves to false (not an error) when the password is refused.
    if (!(await driver.verifyAuthentication())) throw new AuthFailedError(passwordFile, dataDir, undefined);
    await driver.executeQuery('RETURN 1');
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('Neo.ClientError.Security.')) {
      throw new AuthFailedError(passwordFile, dataDir, error);
    }
    throw error;
  } finally {
    await driver.close();
  }
}
