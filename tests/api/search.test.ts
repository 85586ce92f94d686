import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seedDatabase } from '../../seed/seed-database.js';
import { createApp, type App } from '../../server/app.js';
import { toMeaningQuery } from '../../server/queries/search.js';
import { postGraphQL } from '../support/graphql.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';

interface Hit {
  type: string;
  matched: string;
  entity: { id: string };
}

describe('search ranks what was typed: the person or place named, before what merely mentions it', () => {
  let driver: Driver;
  let app: App;

  beforeAll(async () => {
    driver = connectTestDriver();
    await seedDatabase({ driver, ...testDatabase(), data: 'seed/data', reset: true });
    app = createApp({ driver, ...testDatabase(), logErrors: false });
  });
  afterAll(() => driver?.close());

  const search = async (text: string): Promise<Hit[]> => {
    const response = await postGraphQL<{ search: Hit[] }>(
      app,
      `query ($text: String!) { search(text: $text) { type matched entity { id } } }`,
      { text },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.search;
  };

  test.each([
    ['Witkoff', 'steve-witkoff'],
    ['Putin', 'vladimir-putin'],
    ['putin', 'vladimir-putin'],
    ['Zelensky', 'volodymyr-zelensky'],
    ['Zelenskyy', 'volodymyr-zelensky'],
    ['Kiev', 'kyiv'],
    ['Steve Wit', 'steve-witkoff'],
  ])('"%s" finds %s first', async (text, id) => {
    const hits = await search(text);
    expect(hits[0]?.entity.id).toBe(id);
  });

  test('the person named ranks above the meeting whose name contains him', async () => {
    const ids = (await search('Witkoff')).map((hit) => hit.entity.id);
    expect(ids).toContain('witkoff-putin-meeting-2025-04');
    expect(ids.indexOf('steve-witkoff')).toBeLessThan(ids.indexOf('witkoff-putin-meeting-2025-04'));
  });

  test('hits come grouped by type, each type once, in the order of its best hit', async () => {
    for (const text of ['Witkoff', 'Putin', 'Istanbul', 'ceasefire']) {
      const types = (await search(text)).map((hit) => hit.type);
      const groups = types.filter((type, index) => type !== types[index - 1]);
      expect(new Set(groups).size, `${text}: ${types.join(', ')}`).toBe(groups.length);
    }
  });

  test('issues are found by what their stances and descriptions say, not only by their names', async () => {
    const ids = (await search('deported children')).map((hit) => hit.entity.id);
    expect(ids).toEqual(
      expect.arrayContaining(['return-of-deported-children', 'forcible-deportation-of-children-charge']),
    );
    // "forcibly removed" appears only in the description and a stance's words, not in a name.
    const removed = await search('forcibly removed');
    expect(removed.map((hit) => hit.entity.id)).toContain('forcible-deportation-of-children-charge');
  });

  test('a type filter keeps meaning hits to issues', async () => {
    const hits = await postGraphQL<{ search: Hit[] }>(
      app,
      `{ search(text: "deported children", types: [PERSON]) { type entity { id } } }`,
    );
    expect(hits.errors).toBeUndefined();
    expect(hits.data!.search.every((hit) => hit.type === 'PERSON')).toBe(true);
  });

  test('neighbourhood(name:) centres on the best actor', async () => {
    for (const [name, id] of [
      ['Witkoff', 'steve-witkoff'],
      ['Putin', 'vladimir-putin'],
      ['Zelenskyy', 'volodymyr-zelensky'],
    ]) {
      const response = await postGraphQL<{ neighbourhood: { nodes: { id: string; distance: number }[] } }>(
        app,
        `query ($name: String!) { neighbourhood(name: $name) { nodes { id distance } } }`,
        { name },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.neighbourhood.nodes.filter((n) => n.distance === 0).map((n) => n.id)).toEqual([id]);
    }
  });

  test('the meaning query stems any word of three letters or more, and the last as a prefix', () => {
    expect(toMeaningQuery('deported children')).toBe('deported OR children OR children*');
    expect(toMeaningQuery('of a')).toBeUndefined();
    expect(toMeaningQuery('NATO (AND)')).toBe('nato OR and');
  });
});
