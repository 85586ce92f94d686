import { pino, type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger } from 'pino';

/**
 * Paths whose values never reach a log line, wherever they appear in a logged object: credentials
 * of Neo4j and of clients (headers, cookies, tokens).
 */
export const REDACTED_PATHS = [
  'password',
  '*.password',
  'token',
  '*.token',
  'authorization',
  '*.authorization',
  'cookie',
  '*.cookie',
  '*["set-cookie"]',
  '*.headers.authorization',
  '*.headers.cookie',
  '*.headers["set-cookie"]',
  '*.headers["x-api-key"]',
  'env.NEO4J_PASSWORD',
];

export interface LoggerOptions {
  level: string;
  format: 'json' | 'pretty';
  /** Where lines go; standard output by default (tests pass a stream to read them back). */
  destination?: DestinationStream;
}

/** The server's logger: pino, one JSON object per line or readable lines, credentials redacted. */
export function createLogger({ level, format, destination }: LoggerOptions): Logger {
  const options = {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    // Level names, not numbers: what operators grep and log shippers map.
    formatters: { level: (label: string) => ({ level: label }) },
  };
  if (format === 'pretty') {
    // In-process (no worker thread), so that a line is written before the process may exit.
    return pino(options, pretty({ sync: true, destination: destination ?? 1, ignore: 'pid,hostname' }));
  }
  return destination ? pino(options, destination) : pino(options);
}

/** A logger that writes nothing: the default of apps built in tests. */
export const silentLogger: Logger = pino({ level: 'silent' });
