import { request } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp, type App } from '../../server/app.js';
import { MAX_REQUEST_BODY_BYTES } from '../../server/request-body-limit.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';
import { serveOnLoopback, type LoopbackServer } from '../support/serve.js';

// Answered without the database: the limit is about the transport, not the graph.
const QUERY = JSON.stringify({ query: '{ __typename }' });
const ANSWER = { data: { __typename: 'Query' } };
/** Valid JSON one byte over the limit: only its size is wrong. */
const OVERSIZED = JSON.stringify({ query: '{ __typename }', padding: '' }).replace(
  '""',
  `"${'x'.repeat(MAX_REQUEST_BODY_BYTES)}"`,
);
const HEADERS = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

/** Sends `chunks` without a Content-Length, as a streaming client does, and reads the answer. */
function postChunked(url: string, chunks: string[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: 'POST', headers: HEADERS }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (text: string) => (body += text));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    // The server may answer and close before the last chunk; the answer is what is tested.
    outgoing.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' ? undefined : reject(error)));
    for (const chunk of chunks) outgoing.write(chunk);
    outgoing.end();
  });
}

describe('the request body limit', () => {
  let driver: Driver;
  let app: App;
  let server: LoopbackServer;
  let url: string;

  beforeAll(async () => {
    driver = connectTestDriver();
    app = createApp({ driver, ...testDatabase(), logErrors: false });
    server = await serveOnLoopback(app);
    url = `${server.origin}/graphql`;
  });
  afterAll(async () => {
    await server.close();
    await driver.close();
  });

  test('a body that declares its length is answered', async () => {
    const response = await fetch(url, { method: 'POST', headers: HEADERS, body: QUERY });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(ANSWER);
  });

  test('a declared length over the limit is refused with 413', async () => {
    const response = await fetch(url, { method: 'POST', headers: HEADERS, body: OVERSIZED });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({
      message: `Request body larger than ${MAX_REQUEST_BODY_BYTES} bytes`,
      extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' },
    });
  });

  test('a chunked body within the limit is read whole and answered', async () => {
    const half = Math.floor(QUERY.length / 2);
    const response = await postChunked(url, [QUERY.slice(0, half), QUERY.slice(half)]);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual(ANSWER);
  });

  test('a chunked body is cut off with 413 once it passes the limit', async () => {
    const chunkSize = 64 * 1024;
    const chunks = Array.from({ length: Math.ceil(OVERSIZED.length / chunkSize) }, (_, index) =>
      OVERSIZED.slice(index * chunkSize, (index + 1) * chunkSize),
    );
    const response = await postChunked(url, chunks);
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({ errors: [{ extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } }] });
  });

  test('a Content-Length that is not one whole number is a BAD_REQUEST', async () => {
    // Node's HTTP parser already refuses such a header on the wire; in process, the plugin must.
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { ...HEADERS, 'content-length': '12, 12' },
      body: QUERY,
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
  });
});
