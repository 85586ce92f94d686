import { describe, expect, test } from 'vitest';
import { countFacts, updateCitations, type Citation } from '../../client/src/views/article-citations.js';

const ARTICLE = 'wire-2026-11-30-talks';
const other = (entryId: string, start: number): Citation => ({
  entryId,
  collection: 'stances',
  path: null,
  quote: `quote of ${entryId}`,
  start,
  end: start + 10,
});

describe("the sources view's marks after an edit, from the server's answer", () => {
  test("an entry's quotes replace its old ones; standing paths skip retracted items; other articles are left out", () => {
    const evidence = (quote: string, source = ARTICLE) => [{ source, quote }];
    const body = {
      id: 'dmitry-peskov',
      evidence: evidence('Peskov said', 'elsewhere'),
      posts: [
        { title: 'old', evidence: evidence('old post'), retracted: { reason: 'wrong' } },
        {
          title: 'spokesman',
          evidence: [...evidence('elsewhere quote', 'elsewhere'), ...evidence('Kremlin spokesman')],
        },
      ],
    };
    const citations = updateCitations(
      [other('a-stance', 0), { ...other('dmitry-peskov', 50), path: 'posts[0]' }, other('z-stance', 80)],
      ARTICLE,
      {
        entry: { id: 'dmitry-peskov', collection: 'people', body },
        quotes: [
          { path: 'evidence[0]', source: 'elsewhere', start: 0, end: 11 },
          { path: 'posts[0].evidence[0]', source: ARTICLE, start: 20, end: 28 },
          { path: 'posts[1].evidence[1]', source: ARTICLE, start: 60, end: 77 },
        ],
      },
    );
    expect(citations).toEqual([
      other('a-stance', 0),
      {
        entryId: 'dmitry-peskov',
        collection: 'people',
        path: 'posts[0]',
        quote: 'Kremlin spokesman',
        start: 60,
        end: 77,
      },
      other('z-stance', 80),
    ]);
    expect(countFacts([...citations, { ...other('a-stance', 90) }])).toBe(3);
  });

  test('a retracted entry takes its marks away', () => {
    const body = { id: 'a-stance', retracted: { reason: 'misquoted' }, evidence: [{ source: ARTICLE, quote: 'x' }] };
    const answer = {
      entry: { id: 'a-stance', collection: 'stances', body },
      quotes: [{ path: 'evidence[0]', source: ARTICLE, start: 0, end: 10 }],
    };
    expect(updateCitations([other('a-stance', 0), other('b-stance', 5)], ARTICLE, answer)).toEqual([
      other('b-stance', 5),
    ]);
  });
});
