import { z } from 'zod';
import { NEO4J_SETTINGS, neo4jConfig } from '../neo4j/config.js';
import { DEFAULT_RESPONSE_CACHE_MB } from './cache/response-store.js';
import { booleanSchema, defineSetting, integerSchema, listSchema, portSchema, readSettings } from './settings.js';
import { DEFAULT_SESSION_SETTINGS, type SessionSettings } from './auth/session-settings.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** An origin as browsers send it: scheme, host and port, nothing after. */
const originSchema = z
  .string()
  .regex(/^https?:\/\/[^/\s]+$/, 'must list origins such as https://example.org (scheme, host, port; no path)');

/**
 * The server's settings: one entry per environment variable. Adding a setting is one entry here
 * (and its row in the README's table, which a test checks against this table).
 */
export const SERVER_SETTINGS = {
  nodeEnv: defineSetting({
    env: 'NODE_ENV',
    schema: z.enum(['development', 'production', 'test'], { error: 'must be development, production or test' }),
    default: 'development',
    meaning: '`production` turns GraphiQL and introspection off by default and logs JSON',
  }),
  host: defineSetting({
    env: 'HOST',
    schema: z.string(),
    default: '127.0.0.1',
    meaning: 'address the API listens on (`0.0.0.0` for every interface)',
  }),
  port: defineSetting({ env: 'PORT', schema: portSchema, default: '4000', meaning: 'HTTP port of the API' }),
  corsOrigins: defineSetting({
    env: 'CORS_ORIGINS',
    schema: listSchema(originSchema),
    default: '',
    shownDefault: '_(none: same origin only)_',
    meaning: 'comma-separated origins whose pages may call the API from a browser',
  }),
  graphiql: defineSetting({
    env: 'GRAPHIQL',
    schema: booleanSchema,
    default: undefined,
    shownDefault: '`true`, `false` in production',
    meaning: 'serve GraphiQL at `/graphql` to browsers',
  }),
  introspection: defineSetting({
    env: 'INTROSPECTION',
    schema: booleanSchema,
    default: undefined,
    shownDefault: '`true`, `false` in production',
    meaning: 'answer introspection queries (`__schema`, `__type`)',
  }),
  arbitraryOperations: defineSetting({
    env: 'ARBITRARY_OPERATIONS',
    schema: booleanSchema,
    default: undefined,
    shownDefault: '`true`, `false` in production',
    meaning: "accept any query (a public API); `false`: only the web client's operations, sent by id",
  }),
  serveClient: defineSetting({
    env: 'SERVE_CLIENT',
    schema: booleanSchema,
    default: 'true',
    meaning: 'serve the web client at `/` (built first by `npm start` when missing)',
  }),
  logLevel: defineSetting({
    env: 'LOG_LEVEL',
    schema: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }),
    default: 'info',
    meaning: 'least severe log level written',
  }),
  logFormat: defineSetting({
    env: 'LOG_FORMAT',
    schema: z.enum(['json', 'pretty'], { error: 'must be json or pretty' }),
    default: undefined,
    shownDefault: '`pretty`, `json` in production',
    meaning: 'one JSON object per line, or readable lines',
  }),
  maxCost: defineSetting({
    env: 'MAX_OPERATION_COST',
    schema: integerSchema(1, 1_000_000),
    // Twice the costliest web-client operation (a depth-3 neighbourhood, about 9,900), above the
    // costliest question the tests ask (about 11,300), below two depth-3 neighbourhoods with
    // their evidence and far below the fifteen aliased ones of the probe (about 36,000).
    default: '20000',
    meaning: 'the most one operation may cost: about one unit per value returned (`server/operation-cost.ts`)',
  }),
  shutdownTimeoutMs: defineSetting({
    env: 'SHUTDOWN_TIMEOUT_MS',
    schema: integerSchema(0, 600_000),
    default: '10000',
    meaning: 'how long requests in flight may finish after SIGTERM',
  }),
  responseCacheMb: defineSetting({
    env: 'RESPONSE_CACHE_MB',
    schema: integerSchema(0, 65_536),
    default: String(DEFAULT_RESPONSE_CACHE_MB),
    meaning: 'memory for cached answers, in megabytes (`0`: no cache; `docs/api.md`)',
  }),
  sessionHours: defineSetting({
    env: 'SESSION_HOURS',
    schema: integerSchema(1, 24 * 30),
    default: String(DEFAULT_SESSION_SETTINGS.hours),
    meaning: 'how long an editor stays signed in',
  }),
  sessionCookieSecure: defineSetting({
    env: 'SESSION_COOKIE_SECURE',
    schema: booleanSchema,
    default: String(DEFAULT_SESSION_SETTINGS.secureCookie),
    meaning: 'send the session cookie over HTTPS only (`false` only for plain-HTTP hosts other than localhost)',
  }),
};

/** Every setting of the project, server and Neo4j, in the README's order. */
export const ALL_SETTINGS = { ...SERVER_SETTINGS, ...NEO4J_SETTINGS };

/** The server's configuration, resolved: defaults that depend on NODE_ENV are settled here. */
export interface ServerConfig {
  readonly production: boolean;
  readonly host: string;
  readonly port: number;
  readonly corsOrigins: readonly string[];
  readonly graphiql: boolean;
  readonly introspection: boolean;
  /** Run operations sent as text; false: only the web client's, sent by id (`server/trusted-documents.ts`). */
  readonly arbitraryOperations: boolean;
  readonly serveClient: boolean;
  readonly log: { readonly level: (typeof LOG_LEVELS)[number]; readonly format: 'json' | 'pretty' };
  readonly maxCost: number;
  readonly shutdownTimeoutMs: number;
  /** Bytes the response cache may hold; 0 turns it off. */
  readonly responseCacheBytes: number;
  /** Sign-in sessions: how long one lasts, and whether its cookie is sent over HTTPS only. */
  readonly session: SessionSettings;
}

/** Reads and validates the server's settings; throws ConfigError naming each bad variable. */
export function readServerConfig(env: Readonly<Record<string, string | undefined>> = process.env): ServerConfig {
  const values = readSettings(SERVER_SETTINGS, env);
  const production = values.nodeEnv === 'production';
  return Object.freeze({
    production,
    host: values.host,
    port: values.port,
    corsOrigins: Object.freeze(values.corsOrigins),
    graphiql: values.graphiql ?? !production,
    introspection: values.introspection ?? !production,
    arbitraryOperations: values.arbitraryOperations ?? !production,
    serveClient: values.serveClient,
    log: Object.freeze({ level: values.logLevel, format: values.logFormat ?? (production ? 'json' : 'pretty') }),
    maxCost: values.maxCost,
    shutdownTimeoutMs: values.shutdownTimeoutMs,
    responseCacheBytes: values.responseCacheMb * 2 ** 20,
    session: Object.freeze({ hours: values.sessionHours, secureCookie: values.sessionCookieSecure }),
  });
}

/** The defaults, as a server started with no settings gets them (tests build apps from these). */
export const DEFAULT_SERVER_CONFIG: ServerConfig = readServerConfig({});

/** Settings of this process: the server's and the database's, read once. */
export function readConfig(): { server: ServerConfig; neo4j: typeof neo4jConfig } {
  return { server: readServerConfig(), neo4j: neo4jConfig };
}
