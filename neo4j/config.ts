/**
 * Neo4j settings from the environment, read once at import so that every part of the
 * project sees the same values. With no NEO4J_URI, the project runs its own local Neo4j.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

export interface Neo4jConfig {
  /** An existing Neo4j to use instead of the local one (NEO4J_URI). */
  readonly uri?: string;
  readonly username: string;
  readonly password?: string;
  /** Database name; the server's default database when absent. */
  readonly database?: string;
  readonly local: LocalNeo4jConfig;
}

const uriSchemes = /^(bolt|neo4j)(\+s|\+ssc)?:\/\/\S+$/;
const memorySize = /^\d+[kmg]$/i;

/** Builds the configuration from an environment; throws Neo4jConfigError on a bad value. */
export function readNeo4jConfig(env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  const value = (name: string): string | undefined => {
    const raw = env[name]?.trim();
    return raw ? raw : undefined;
  };
  const uri = value('NEO4J_URI');
  if (uri !== undefined && !uriSchemes.test(uri)) {
    throw new Neo4jConfigError(`NEO4J_URI must look like bolt://host:7687 or neo4j+s://host, not '${uri}'.`);
  }
  const neo4jDir = path.join(repoRoot, '.neo4j');
  const local: LocalNeo4jConfig = Object.freeze({
    boltPort: parsePort('NEO4J_BOLT_PORT', value('NEO4J_BOLT_PORT') ?? '7687'),
    dataDir: path.resolve(value('NEO4J_DATA_DIR') ?? path.join(neo4jDir, 'data')),
    passwordFile: path.resolve(value('NEO4J_PASSWORD_FILE') ?? path.join(neo4jDir, 'password')),
    heap: parseMemory('NEO4J_HEAP', value('NEO4J_HEAP') ?? '1g'),
    pageCache: parseMemory('NEO4J_PAGE_CACHE', value('NEO4J_PAGE_CACHE') ?? '256m'),
  });
  return Object.freeze({
    uri,
    username: value('NEO4J_USERNAME') ?? 'neo4j',
    password: env.NEO4J_PASSWORD || undefined,
    database: value('NEO4J_DATABASE'),
    local,
  });
}

/** Validates a TCP port number (0 means: any free port). */
export function parsePort(name: string, raw: string): number {
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) {
    throw new Neo4jConfigError(`${name} must be a port number from 0 to 65535, not '${raw}'.`);
  }
  return port;
}

/** Validates a memory size such as `1g` or `512m`, as the JVM and Neo4j both accept. */
export function parseMemory(name: string, raw: string): string {
  if (!memorySize.test(raw)) {
    throw new Neo4jConfigError(`${name} must be a size such as 512m or 1g, not '${raw}'.`);
  }
  return raw.toLowerCase();
}

/** The configuration of this process, read once from its environment. */
export const neo4jConfig: Neo4jConfig = readNeo4jConfig();
