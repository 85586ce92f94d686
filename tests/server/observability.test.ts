import { Writable } from 'node:stream';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../../server/app.js';
import { createLogger } from '../../server/observability/logger.js';

/** A logger whose JSON lines are kept, to read back. */
function captureLogs() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const logger = createLogger({ level: 'info', format: 'json', destination });
  return { logger, lines, records: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

// Nothing here needs data: `__typename` and rejected operations never reach the database.
describe('logs and metrics', () => {
  let driver: Driver;

  beforeAll(() => {
    driver = neo4j.driver('bolt://127.0.0.1:9', neo4j.auth.basic('neo4j', 'unused'), { connectionTimeout: 1000 });
  });
  afterAll(() => driver.close());

  test('never a password, token or cookie, wherever it sits in what is logged', () => {
    const { logger, lines } = captureLogs();
    logger.info({ password: 'hunter2', config: { password: 'hunter3' }, token: 'tok-1' }, 'settings');
    logger.info({ headers: { cookie: 'session=abc', authorization: 'Bearer xyz', accept: '*/*' } }, 'request');
    logger.info({ request: { headers: { cookie: 'session=def', 'set-cookie': 'a=b' } } }, 'nested');
    const text = lines.join('\n');
    for (const secret of ['hunter2', 'hunter3', 'tok-1', 'session=abc', 'Bearer xyz', 'session=def', 'a=b']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('[redacted]');
    expect(text).toContain('*/*');
  });

  test('one line per request: request id, operation, status, duration and error code', async () => {
    const { logger, records } = captureLogs();
    const app = createApp({ driver, logger, logErrors: false });
    const post = (body: object, headers: Record<string, string> = {}) =>
      app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
        body: JSON.stringify(body),
      });
    const ok = await post({ query: 'query Hello { __typename }' }, { 'x-request-id': 'req-42', cookie: 'secret=1' });
    expect(ok.headers.get('x-request-id')).toBe('req-42');
    await post({ query: 'subscription Change { __typename }' });
    await app.fetch('http://localhost/health/live');

    const requests = records().filter((record) => record['msg'] === 'request');
    expect(requests).toEqual([
      expect.objectContaining({ level: 'info', requestId: 'req-42', operation: 'Hello', status: 200 }),
      expect.objectContaining({
        requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        operation: 'Change',
        status: 400,
        errorCode: 'OPERATION_NOT_SUPPORTED',
      }),
    ]);
    expect(typeof requests[0]!['durationMs']).toBe('number');
    expect(JSON.stringify(requests)).not.toContain('secret=1');
  });

  test('/metrics counts requests per operation and status, and errors by code', async () => {
    const app = createApp({ driver, logErrors: false });
    const post = (query: string) =>
      app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
    await post('query Hello { __typename }');
    await post('query Hello { __typename }');
    await post('{ neighbourhood(id: "") { nodes { id } } }');
    const response = await app.fetch('http://localhost/metrics');
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toContain('graphql_requests_total{operation="Hello",status="200"} 2');
    expect(text).toContain('graphql_requests_total{operation="anonymous",status="200"} 1');
    expect(text).toContain('graphql_errors_total{code="BAD_USER_INPUT"} 1');
    expect(text).toMatch(/graphql_request_duration_seconds_count\{operation="Hello"\} 2/);
    expect(text).toContain('neo4j_sessions_in_use 0');
    expect(text).toContain('# TYPE dataset_loaded gauge');
  });

  test('CORS: no headers for an unlisted origin; a listed one is allowed, never a wildcard', async () => {
    const app = createApp({ driver, logErrors: false, corsOrigins: ['https://analysts.example'] });
    const preflight = (origin: string) =>
      app.fetch('http://localhost/graphql', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    const stranger = await preflight('https://evil.example');
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
    expect(stranger.headers.get('access-control-allow-credentials')).toBeNull();
    const friend = await preflight('https://analysts.example');
    expect(friend.headers.get('access-control-allow-origin')).toBe('https://analysts.example');
    const sameOriginOnly = await createApp({ driver, logErrors: false }).fetch('http://localhost/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'https://analysts.example', 'access-control-request-method': 'POST' },
    });
    expect(sameOriginOnly.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('GraphiQL and introspection can be turned off', async () => {
    const app = createApp({ driver, logErrors: false, graphiql: false, introspection: false });
    const page = await app.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('GraphiQL');
    const introspection = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
    });
    const body = (await introspection.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.message).toMatch(/introspection/i);
    expect(body.errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
