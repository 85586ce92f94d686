import { neo4jConfig } from '../neo4j/config.js';

function readPort(value: string | undefined): number {
  if (value === undefined || value === '') return 4000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number (0–65535), got ${JSON.stringify(value)}`);
  return port;
}

/** The server's settings, read once from the environment: its HTTP port and the database's. */
export const serverConfig = Object.freeze({
  port: readPort(process.env['PORT']),
  neo4j: neo4jConfig,
});
