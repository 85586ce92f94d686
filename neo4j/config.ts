/**
 * Neo4j settings from the environment, read once at import so that every part of the
 * project sees the same values. With no NEO4J_URI, the project runs its own local Neo4j.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ConfigError, defineSetting, portSchema, readSettings, type SettingsValues } from '../server/settings.js';
import { Neo4jConfigError } from './errors.js';

/** Root of the repository: the default data and password live under its `.neo4j/`. */
export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export interface LocalNeo4jConfig {
  /** Bolt port on 127.0.0.1; 0 picks a free one. */
  readonly boltPort: number;
  /** Where the store, transaction logs and Neo4j's own logs are kept across restarts. */
  readonly dataDir: string;
  /** Holds the generated password of the `neo4j` user. */
  readonly passwordFile: string;
  /** Maximum JVM heap, in the JVM's notation (`1g`, `512m`). */
  readonly heap: string;
  /** Neo4j page cache size, same notation. */
  readonly pageCache: string;
}

/** A memory size such as `1g` or `512m`, as the JVM and Neo4j both accept. */
const memorySchema = z
  .string()
  .regex(/^\d+[kmg]$/i, 'must be a size such as 512m or 1g')
  .transform((size) => size.toLowerCase());

export interface Neo4jConfig {
  /** An existing Neo4j to use instead of the local one (NEO4J_URI). */
  readonly uri?: string;
  readonly username: string;
  readonly password?: string;
  /** Database name; the server's default database when absent. */
  readonly database?: string;
  readonly local: LocalNeo4jConfig;
}

/** The Neo4j settings: one entry per environment variable (see `server/settings.ts`). */
export const NEO4J_SETTINGS = {
  uri: defineSetting({
    env: 'NEO4J_URI',
    schema: z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/\S+$/, 'must look like bolt://host:7687 or neo4j+s://host'),
    default: undefined,
    shownDefault: '_(unset: local Neo4j)_',
    meaning: 'an existing Neo4j (`bolt://`, `neo4j://`, `neo4j+s://`…)',
  }),
  username: defineSetting({ env: 'NEO4J_USERNAME', schema: z.string(), default: 'neo4j', meaning: 'its user' }),
  password: defineSetting({
    env: 'NEO4J_PASSWORD',
    schema: z.string(),
    default: undefined,
    shownDefault: '—',
    meaning: 'its password (unset: the server runs without authentication)',
  }),
  database: defineSetting({
    env: 'NEO4J_DATABASE',
    schema: z.string(),
    default: undefined,
    shownDefault: "the server's default",
    meaning: 'its database',
  }),
  boltPort: defineSetting({
    env: 'NEO4J_BOLT_PORT',
    schema: portSchema,
    default: '7687',
    meaning: 'Bolt port of the local Neo4j (on 127.0.0.1)',
  }),
  dataDir: defineSetting({
    env: 'NEO4J_DATA_DIR',
    schema: z.string().transform((dir) => path.resolve(repoRoot, dir)),
    default: '.neo4j/data',
    meaning: 'where the local Neo4j keeps its store (kept across restarts, private to its user)',
  }),
  passwordFile: defineSetting({
    env: 'NEO4J_PASSWORD_FILE',
    schema: z.string().transform((file) => path.resolve(repoRoot, file)),
    default: '.neo4j/password',
    meaning: "the local Neo4j's generated password",
  }),
  heap: defineSetting({
    env: 'NEO4J_HEAP',
    schema: memorySchema,
    default: '1g',
    meaning: "the local Neo4j's JVM heap",
  }),
  pageCache: defineSetting({
    env: 'NEO4J_PAGE_CACHE',
    schema: memorySchema,
    default: '256m',
    meaning: "the local Neo4j's page cache",
  }),
};

/** Builds the configuration from an environment; throws Neo4jConfigError naming each bad variable. */
export function readNeo4jConfig(env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  let values: SettingsValues<typeof NEO4J_SETTINGS>;
  try {
    values = readSettings(NEO4J_SETTINGS, env);
  } catch (error) {
    if (error instanceof ConfigError) throw new Neo4jConfigError(error.message);
    throw error;
  }
  const { uri, username, database, boltPort, dataDir, passwordFile, heap, pageCache } = values;
  // A password is taken as given, spaces and all; only an empty one means "none".
  const password = env.NEO4J_PASSWORD || undefined;
  return Object.freeze({
    uri,
    username,
    password,
    database,
    local: Object.freeze({ boltPort, dataDir, passwordFile, heap, pageCache }),
  });
}

/** The configuration of this process, read once from its environment. */
export const neo4jConfig: Neo4jConfig = readNeo4jConfig();
