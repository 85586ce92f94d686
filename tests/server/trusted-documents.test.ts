import type { Driver } from 'neo4j-driver';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { listOperations, toManifest } from '../../client/build/persisted-operations.js';
import { toDocumentId } from '../../client/src/api/document-id.js';
import * as queries from '../../client/src/api/queries.js';
import { DATASET } from '../../client/src/api/queries.js';
import { request } from '../../client/src/api/request.js';
import { seedDatabase } from '../../seed/seed-database.js';
import { createApp, type App } from '../../server/app.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';

const ACCEPT = { accept: 'application/graphql-response+json' };
const manifest = toManifest(listOperations(queries));

/** A GET request for the Dataset operation, by its id or by its text. */
function datasetUrl(by: { id: string } | { text: string }): string {
  const params = new URLSearchParams({ operationName: 'Dataset' });
  if ('id' in by) params.set('extensions', JSON.stringify({ persistedQuery: { version: 1, sha256Hash: by.id } }));
  else params.set('query', by.text);
  return `http://localhost/graphql?${params}`;
}

describe('trusted documents: the web client’s operations, persisted by id', () => {
  let driver: Driver;
  let version: string;
  const appWith = (allowArbitrary: boolean, known = manifest): App =>
    createApp({ driver, ...testDatabase(), logErrors: false, trustedDocuments: { manifest: known, allowArbitrary } });

  beforeAll(async () => {
    driver = connectTestDriver();
    version = (await seedDatabase({ driver, ...testDatabase(), data: 'tests/fixtures/minimal', reset: true })).version;
  });
  afterAll(() => driver.close());
  afterEach(() => vi.unstubAllGlobals());

  test('the manifest holds every operation of the client, each under the SHA-256 of its text', () => {
    const operations = listOperations(queries);
    expect(Object.keys(manifest)).toHaveLength(new Set(operations.map((operation) => operation.text)).size);
    expect(manifest[DATASET.id]).toBe(DATASET.text);
    expect(toDocumentId('{ __typename }')).toBe('7f56e67dd21ab3f30d1ff8b7bed08893f0a0db86449836189b361dd1e56ddb4b');
  });

  test('with only trusted operations, a known id is answered, with an ETag that revalidates to 304', async () => {
    const app = appWith(false);
    // Asked once first: the response cache tags a query from its second ask.
    await app.fetch(datasetUrl({ id: DATASET.id }), { headers: ACCEPT });
    const response = await app.fetch(datasetUrl({ id: DATASET.id }), { headers: ACCEPT });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { dataset: { version } } });
    const tag = response.headers.get('etag');
    expect(tag).toMatch(/^W\//);
    const again = await app.fetch(datasetUrl({ id: DATASET.id }), { headers: { ...ACCEPT, 'if-none-match': tag! } });
    expect(again.status).toBe(304);
  });

  test('with only trusted operations, a query sent as text is refused with 400 and PERSISTED_QUERY_ONLY', async () => {
    const response = await appWith(false).fetch(datasetUrl({ text: DATASET.text }), { headers: ACCEPT });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [
        {
          message:
            "This server runs only the web client's operations, sent by id (extensions.persistedQuery.sha256Hash)",
          extensions: { code: 'PERSISTED_QUERY_ONLY' },
        },
      ],
    });
  });

  test('an unknown id is refused with 400 and PERSISTED_QUERY_NOT_FOUND, in either mode', async () => {
    for (const allowArbitrary of [false, true]) {
      const response = await appWith(allowArbitrary).fetch(datasetUrl({ id: toDocumentId('{ __typename }') }), {
        headers: ACCEPT,
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        errors: [
          {
            message: 'Unknown operation id: this server knows only the operations of the web client it was built with',
            extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
          },
        ],
      });
    }
  });

  test('a request with neither a query nor an id is a bad request', async () => {
    const response = await appWith(true).fetch('http://localhost/graphql?operationName=Dataset', { headers: ACCEPT });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });

  test('where arbitrary operations are allowed (a public API), text and ids are both answered', async () => {
    const app = appWith(true);
    for (const url of [datasetUrl({ text: 'query Dataset { dataset { version } }' }), datasetUrl({ id: DATASET.id })]) {
      const response = await app.fetch(url, { headers: ACCEPT });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ data: { dataset: { version } } });
    }
  });

  test('the client sends the id, and sends the text only to a server that lacks the id and takes text', async () => {
    const sent: URL[] = [];
    const serveWith = (app: App) =>
      vi.stubGlobal('fetch', (url: string, init?: RequestInit) => {
        sent.push(new URL(url, 'http://localhost'));
        return app.fetch(new URL(url, 'http://localhost'), init ?? {});
      });

    serveWith(appWith(false));
    await expect(request(DATASET, {})).resolves.toMatchObject({ dataset: { version } });
    expect(sent.map((url) => url.searchParams.has('query'))).toEqual([false]);

    sent.length = 0;
    serveWith(appWith(true, {}));
    await expect(request(DATASET, {})).resolves.toMatchObject({ dataset: { version } });
    expect(sent.map((url) => url.searchParams.has('query'))).toEqual([false, true]);

    sent.length = 0;
    serveWith(appWith(false, {}));
    await expect(request(DATASET, {})).rejects.toMatchObject({ code: 'PERSISTED_QUERY_ONLY', status: 400 });
  });
});
