/**
 * The one way the project opens Neo4j: the server named by NEO4J_URI when set, otherwise
 * the project's own local server, started on demand with the configured defaults.
 */
import { readFile } from 'node:fs/promises';
import neo4j, { type AuthToken, type Config, type Driver } from 'neo4j-driver';
import { neo4jConfig, type Neo4jConfig } from './config.js';
import { ConnectFailedError } from './errors.js';
import { startLocalNeo4j, type LocalNeo4j } from './local-server.js';
import { superviseLocalNeo4j } from './supervise.js';

export interface Neo4jConnection {
  readonly driver: Driver;
  /** Database to pass to sessions and queries; undefined means the server's default. */
  readonly database?: string;
  readonly target: 'remote' | 'local';
  /** Closes the driver, then stops the local server if this connection started it. */
  close(): Promise<void>;
}

export interface OpenNeo4jOptions {
  /** Receives provisioning and startup progress of a local server. */
  readonly onProgress?: (line: string) => void;
  /** Settings to use instead of the environment's (for tests). */
  readonly config?: Neo4jConfig;
  /** Restart a local Neo4j this call starts whenever it dies (the server does; one-off scripts need not). */
  readonly supervise?: boolean;
}

/**
 * Plain numbers (the graph's counts are far below 2^53), and failing fast: a request made while
 * Neo4j is down should answer DATABASE_UNAVAILABLE in seconds, not after the default 30 s of retries.
 */
export const DRIVER_CONFIG: Config = {
  disableLosslessIntegers: true,
  connectionTimeout: 5_000,
  connectionAcquisitionTimeout: 10_000,
  maxTransactionRetryTime: 3_000,
};

/**
 * The project's own local Neo4j, if another process of the project already runs it: the port
 * answers Bolt and the stored password logs in. Anything else on the port is left to
 * startLocalNeo4j, which reports the port as taken.
 */
async function joinRunningLocalNeo4j(config: Neo4jConfig): Promise<{ uri: string; auth: AuthToken } | undefined> {
  if (config.local.boltPort === 0) return undefined;
  const password = (await readFile(config.local.passwordFile, 'utf8').catch(() => '')).trim();
  if (!password) return undefined;
  const uri = `bolt://127.0.0.1:${config.local.boltPort}`;
  const auth = neo4j.auth.basic('neo4j', password);
  const probe = neo4j.driver(uri, auth, { ...DRIVER_CONFIG, connectionTimeout: 1_000, maxConnectionPoolSize: 1 });
  try {
    await probe.verifyConnectivity();
    return { uri, auth };
  } catch {
    return undefined;
  } finally {
    await probe.close();
  }
}

/** Connects to NEO4J_URI, or starts the local Neo4j; verifies connectivity before resolving. */
export async function openNeo4j(options: OpenNeo4jOptions = {}): Promise<Neo4jConnection> {
  const config = options.config ?? neo4jConfig;
  let local: Pick<LocalNeo4j, 'stop'> | undefined;
  let uri: string;
  let auth: AuthToken;
  if (config.uri) {
    uri = config.uri;
    // Without NEO4J_PASSWORD the server is taken to run with authentication disabled.
    auth =
      config.password === undefined
        ? { scheme: 'none', principal: '', credentials: '' }
        : neo4j.auth.basic(config.username, config.password);
  } else {
    const running = await joinRunningLocalNeo4j(config);
    if (running) {
      // `npm start` in one terminal, `npm run seed` in another: share its server, never stop it.
      options.onProgress?.(`[neo4j] using the local Neo4j already running at ${running.uri}`);
      ({ uri, auth } = running);
    } else {
      const startOptions = { ...config.local, onProgress: options.onProgress };
      const started = options.supervise ? await superviseLocalNeo4j(startOptions) : await startLocalNeo4j(startOptions);
      local = started;
      uri = started.uri;
      auth = neo4j.auth.basic(started.username, started.password);
    }
  }

  const driver = neo4j.driver(uri, auth, DRIVER_CONFIG);
  const close = async () => {
    try {
      await driver.close();
    } finally {
      await local?.stop();
    }
  };
  try {
    await driver.verifyConnectivity(config.database ? { database: config.database } : {});
  } catch (error) {
    await close();
    throw local ? error : new ConnectFailedError(uri, error);
  }
  return { driver, database: config.database, target: local ? 'local' : 'remote', close };
}
