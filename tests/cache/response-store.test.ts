import { describe, expect, test } from 'vitest';
import { measureEntry, ResponseStore } from '../../server/cache/response-store.js';

describe('the response store: a least-recently-used store bounded in bytes', () => {
  test('a flood of 100,000 distinct answers stays within the byte limit, keeping the latest', () => {
    const maxBytes = 4 * 2 ** 20;
    const store = new ResponseStore({ maxBytes });
    const body = JSON.stringify({ data: { person: { name: 'x'.repeat(400) } } });
    for (let index = 0; index < 100_000; index++) store.set(`query ${index}`, { revision: 'r.1', body });

    const { entries, bytes } = store.stats();
    expect(bytes).toBeLessThanOrEqual(maxBytes);
    expect(entries).toBe(Math.floor(maxBytes / measureEntry('query 99999', { revision: 'r.1', body })));
    expect(store.get('query 99999', 'r.1')?.body).toBe(body);
    expect(store.get('query 0', 'r.1')).toBeUndefined();
  });

  test('an answer of another revision is a miss, and is dropped', () => {
    const store = new ResponseStore({ maxBytes: 2 ** 20 });
    store.set('q', { revision: 'r.1', body: '{"data":{}}' });

    expect(store.get('q', 'r.2')).toBeUndefined();
    expect(store.get('q', 'r.1')).toBeUndefined();
    expect(store.stats()).toMatchObject({ hits: 0, misses: 2, entries: 0 });
  });

  test('one answer larger than a quarter of the store is not kept', () => {
    const store = new ResponseStore({ maxBytes: 2 ** 20 });
    store.set('small', { revision: 'r.1', body: 'x'.repeat(1_000) });
    store.set('huge', { revision: 'r.1', body: 'x'.repeat(2 ** 18) });

    expect(store.get('huge', 'r.1')).toBeUndefined();
    expect(store.get('small', 'r.1')).toBeDefined();
  });

  test('a store of 0 bytes keeps nothing', () => {
    const store = new ResponseStore({ maxBytes: 0 });
    store.set('q', { revision: 'r.1', body: '{}' });

    expect(store.get('q', 'r.1')).toBeUndefined();
  });

  test('a key is admitted on its second ask, and a store of 0 bytes admits none', () => {
    const store = new ResponseStore({ maxBytes: 2 ** 20 });
    const off = new ResponseStore({ maxBytes: 0 });

    expect([store.admit('q'), store.admit('q'), store.admit('other')]).toEqual([false, true, false]);
    expect([off.admit('q'), off.admit('q')]).toEqual([false, false]);
    expect(store.stats().firstAsks).toBe(2);
  });

  test('a flood of keys asked once is remembered within a bound: one key per KiB of the store', () => {
    const store = new ResponseStore({ maxBytes: 2 ** 20 });
    for (let index = 0; index < 100_000; index++) store.admit(`query ${index}`);

    // The last 1,024 keys are remembered, the first ones forgotten.
    expect(store.admit('query 99999')).toBe(true);
    expect(store.admit('query 0')).toBe(false);
    expect(store.stats().entries).toBe(0);
  });
});
