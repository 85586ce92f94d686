import { neo4jConfig } from '../neo4j/config.js';
import { DEFAULT_RESPONSE_CACHE_MB } from './cache/response-store.js';

function readPort(value: string | undefined): number {
  if (value === undefined || value === '') return 4000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number (0–65535), got ${JSON.stringify(value)}`);
  return port;
}

function readCacheBytes(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_RESPONSE_CACHE_MB * 2 ** 20;
  const megabytes = Number(value);
  if (!Number.isFinite(megabytes) || megabytes < 0)
    throw new Error(
      `RESPONSE_CACHE_MB must be a number of megabytes (0 turns the cache off), got ${JSON.stringify(value)}`,
    );
  return Math.floor(megabytes * 2 ** 20);
}

/** The server's settings, read once from the environment: its HTTP port and the database's. */
export const serverConfig = Object.freeze({
  port: readPort(process.env['PORT']),
  neo4j: neo4jConfig,
  /** Bytes the response cache may hold (RESPONSE_CACHE_MB); 0 turns it off. */
  responseCacheBytes: readCacheBytes(process.env['RESPONSE_CACHE_MB']),
});
