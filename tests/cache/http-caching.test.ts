import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seedDatabase } from '../../seed/seed-database.js';
import { createApp, type App } from '../../server/app.js';
import { ResponseStore } from '../../server/cache/response-store.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';
import { writeWithRevision } from '../support/revised-write.js';

const QUERY = 'query Person($id: ID!) { person(id: $id) { name } }';

function getUrl(query: string, variables: Record<string, unknown>): string {
  const search = new URLSearchParams({ query, variables: JSON.stringify(variables) });
  return `http://localhost/graphql?${search}`;
}

describe('HTTP caching and the cache key', () => {
  let driver: Driver;
  let app: App;
  let store: ResponseStore;
  let roundTrips = 0;

  beforeAll(async () => {
    driver = connectTestDriver();
    await seedDatabase({ driver, ...testDatabase(), data: 'tests/fixtures/minimal', reset: true });
    store = new ResponseStore({ maxBytes: 2 ** 20 });
    app = createApp({
      driver,
      ...testDatabase(),
      logErrors: false,
      onQuery: () => (roundTrips += 1),
      // Sign-in is not part of this app: the test names the role in a header of its own.
      responseCache: { store, roleOf: ({ request }) => request.headers.get('x-test-role') ?? 'anonymous' },
    });
  });
  afterAll(() => driver.close());

  const get = (headers: Record<string, string> = {}, id = 'rudolf-rassendyll') =>
    app.fetch(getUrl(QUERY, { id }), { headers: { accept: 'application/graphql-response+json', ...headers } });
  /** A GET of a query this process has seen before: cached from here on, and tagged. */
  const getAgain = async (headers: Record<string, string> = {}, id = 'rudolf-rassendyll') => {
    await get(headers, id);
    return get(headers, id);
  };

  test('a first ask runs as without a cache: no revision read, nothing stored, no tag', async () => {
    const before = store.stats();
    roundTrips = 0;
    const response = await get({}, 'general-alcazar');
    const after = store.stats();

    expect(await response.json()).toEqual({ data: { person: { name: 'General Alcazar' } } });
    expect(response.headers.get('etag')).toBeNull();
    expect(roundTrips).toBe(1);
    expect(after.firstAsks - before.firstAsks).toBe(1);
    expect([after.hits + after.misses, after.entries]).toEqual([before.hits + before.misses, before.entries]);
  });

  test('a GET query asked again answers with a weak ETag and asks browsers to revalidate', async () => {
    const response = await getAgain();

    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toMatch(/^W\/"[\w-]+"$/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.json()).toEqual({ data: { person: { name: 'Rudolf Rassendyll' } } });
  });

  test('If-None-Match with the current tag gets 304 without a body, and without asking the graph', async () => {
    const tag = (await getAgain()).headers.get('etag')!;
    roundTrips = 0;
    const response = await get({ 'if-none-match': tag });

    expect(response.status).toBe(304);
    expect(response.headers.get('etag')).toBe(tag);
    expect(await response.text()).toBe('');
    expect(roundTrips).toBe(0);
  });

  test('after a write, the old tag gets the new answer under a new tag', async () => {
    const tag = (await getAgain()).headers.get('etag')!;
    await writeWithRevision(driver, () => ({
      query: 'MATCH (p:Person {id: $id}) SET p.name = $name',
      parameters: { id: 'rudolf-rassendyll', name: 'Rudolf Elphberg' },
    }));
    const response = await get({ 'if-none-match': tag });

    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).not.toBe(tag);
    expect(await response.json()).toEqual({ data: { person: { name: 'Rudolf Elphberg' } } });
  });

  test('a repeated query is answered from the cache, without a query to the graph', async () => {
    await getAgain();
    roundTrips = 0;
    const response = await get();

    expect(await response.json()).toEqual({ data: { person: { name: 'Rudolf Elphberg' } } });
    expect(roundTrips).toBe(0);
  });

  test('roles never share an entry', async () => {
    await getAgain({ 'x-test-role': 'anonymous' });
    roundTrips = 0;
    const editor = await getAgain({ 'x-test-role': 'editor' });
    const editorAgain = await get({ 'x-test-role': 'editor' });
    const anonymous = await get({ 'x-test-role': 'anonymous' });

    // The editor's first two asks both reach the graph; everything after is from the cache.
    expect(roundTrips).toBe(2);
    expect(editor.headers.get('etag')).not.toBe(anonymous.headers.get('etag'));
    expect(editorAgain.headers.get('etag')).toBe(editor.headers.get('etag'));
  });

  test('an error is neither cached nor tagged', async () => {
    const first = await getAgain({}, 'no-such-person');
    roundTrips = 0;
    const second = await get({}, 'no-such-person');

    expect(first.headers.get('etag')).toBeNull();
    expect(((await second.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      'NOT_FOUND',
    );
    expect(roundTrips).toBe(1);
  });

  test('POST answers are cached but carry no ETag', async () => {
    const post = () =>
      app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: QUERY, variables: { id: 'rudolf-rassendyll' } }),
      });
    await post();
    await post();
    roundTrips = 0;
    const response = await post();

    expect(response.headers.get('etag')).toBeNull();
    expect(roundTrips).toBe(0);
  });
});
