import { neo4jConfig } from '../neo4j/config.js';
import { DEFAULT_SESSION_SETTINGS } from './auth/session-settings.js';

function readPort(value: string | undefined): number {
  if (value === undefined || value === '') return 4000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number (0–65535), got ${JSON.stringify(value)}`);
  return port;
}

function readSessionHours(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_SESSION_SETTINGS.hours;
  const hours = Number(value);
  if (!(hours > 0 && hours <= 24 * 30))
    throw new Error(`SESSION_HOURS must be 0–720 hours, got ${JSON.stringify(value)}`);
  return hours;
}

/** The server's settings, read once from the environment: its HTTP port and the database's. */
export const serverConfig = Object.freeze({
  port: readPort(process.env['PORT']),
  neo4j: neo4jConfig,
  /** Sign-in sessions: how long one lasts, and whether its cookie is sent over HTTPS only. */
  session: Object.freeze({
    hours: readSessionHours(process.env['SESSION_HOURS']),
    secureCookie: process.env['SESSION_COOKIE_SECURE'] !== 'false' && DEFAULT_SESSION_SETTINGS.secureCookie,
  }),
});
