import { readFile } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp, type App } from '../../server/app.js';
import { addUser } from '../../server/auth/users.js';
import { Executor } from '../../server/database/executor.js';
import { CHANGE_LABEL } from '../../server/mutations/changes.js';
import { codes, post, signIn } from '../support/editor-client.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';
import { openEditDatabase } from '../support/edit-database.js';

const CITATIONS = `query ($source: ID!) { citations(source: $source) { entryId collection path quote start end } }`;
const USES = '{ sourceUses { source facts } }';

interface Citation {
  entryId: string;
  collection: string;
  path: string | null;
  quote: string;
  start: number;
  end: number;
}

describe('citations: which facts quote an article, and where', () => {
  let driver: Driver;
  let executor: Executor;
  let app: App;
  let text: string;

  const citations = async (source = 'fixture-article') => {
    const answer = await post<{ citations: Citation[] }>(app, CITATIONS, { source });
    expect(answer.errors).toBeUndefined();
    return answer.data!.citations;
  };

  beforeAll(async () => {
    driver = connectTestDriver();
    executor = await openEditDatabase(driver, 'tests/fixtures/minimal');
    app = createApp({ driver, ...testDatabase(), logErrors: false, session: { hours: 1, secureCookie: false } });
    text = await readFile('tests/fixtures/minimal/sources/fixture-article.txt', 'utf8');
  });
  afterAll(async () => {
    // The retraction below is not exported: leave no change that would stop the next seed.
    await executor.write((run) => run(`MATCH (c:${CHANGE_LABEL}) DETACH DELETE c`));
    await driver.close();
  });

  test('every quote of the article, in the order of its text, at the offsets where it stands', async () => {
    const found = await citations();
    for (const citation of found) expect(text.slice(citation.start, citation.end)).toBe(citation.quote);
    expect(found.map((c) => c.start)).toEqual([...found.map((c) => c.start)].sort((a, b) => a - b));
    // A person's own evidence, a post of theirs and their seat in a delegation: three facts, one sentence.
    expect(
      found
        .filter((c) => c.quote === 'Foreign Minister Rudolf Rassendyll led the delegation.')
        .map(({ entryId, collection, path }) => ({ entryId, collection, path })),
    ).toEqual([
      { entryId: 'fixtureville-talks', collection: 'meetings', path: 'delegations[0].members[0]' },
      { entryId: 'rudolf-rassendyll', collection: 'people', path: null },
      { entryId: 'rudolf-rassendyll', collection: 'people', path: 'posts[0]' },
    ]);
    expect(found.find((c) => c.collection === 'stances')).toMatchObject({
      entryId: 'ruritania-supports-border-treaty',
      quote: 'Rassendyll said Ruritania wants the treaty signed.',
    });
  });

  test('an unknown article is NOT_FOUND', async () => {
    const answer = await post(app, CITATIONS, { source: 'no-such-article' });
    expect(codes(answer)).toEqual(['NOT_FOUND']);
  });

  test('sourceUses counts the facts citing each article; a retracted fact leaves the count and the citations', async () => {
    const before = await citations();
    const uses = await post<{ sourceUses: { source: string; facts: number }[] }>(app, USES);
    // Every fact of the fixture quotes its one article: one use per citation.
    expect(uses.data!.sourceUses).toEqual([{ source: 'fixture-article', facts: before.length }]);

    await addUser(executor, 'cora', 'editor', 'citations password 1');
    const cookie = await signIn(app, 'cora', 'citations password 1');
    const entry = await post<{ entry: { version: string } }>(
      app,
      'query { entry(id: "rudolf-rassendyll") { version } }',
    );
    const retracted = await post(
      app,
      `mutation ($version: String!) { retractFact(id: "rudolf-rassendyll", path: "posts[0]", reason: "misread", version: $version) { entry { id } } }`,
      { version: entry.data!.entry.version },
      { cookie },
    );
    expect(retracted.errors).toBeUndefined();

    const after = await citations();
    expect(after).toEqual(before.filter((c) => c.path !== 'posts[0]'));
    const usesAfter = await post<{ sourceUses: { source: string; facts: number }[] }>(app, USES);
    expect(usesAfter.data!.sourceUses).toEqual([{ source: 'fixture-article', facts: before.length - 1 }]);
  });
});
