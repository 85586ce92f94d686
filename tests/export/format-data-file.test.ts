import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { canonicalEntry, entryRow } from '../../seed/graph/entries.js';
import { formatDataFile } from '../../seed/export/format-data-file.js';

const STANCE = {
  summary: 'A summary.',
  evidence: [{ quote: 'A quote.', source: 'an-article' }],
  date: '2025-06-02',
  id: 'a-stance',
  condition: { issue: 'an-issue', text: 'If so.' },
  target: ['ukraine'],
};

describe('the files’ one format', () => {
  test('puts keys, nested ones too, in the order of the schema', () => {
    const canonical = canonicalEntry('stances', STANCE) as Record<string, Record<string, unknown>>;
    expect(Object.keys(canonical)).toEqual(['id', 'date', 'summary', 'evidence', 'condition', 'target']);
    expect(Object.keys((canonical['evidence'] as unknown as object[])[0]!)).toEqual(['source', 'quote']);
    expect(Object.keys(canonical['condition']!)).toEqual(['text', 'issue']);
  });

  test('writes a file that reads back as the entries, quoting what YAML would read as a date', () => {
    const text = formatDataFile('stances', [STANCE, { ...STANCE, id: 'another' }]);
    expect(text).toBe(`stances:
  - id: a-stance
    date: "2025-06-02"
    summary: A summary.
    evidence:
      - source: an-article
        quote: A quote.
    condition:
      text: If so.
      issue: an-issue
    target:
      - ukraine

  - id: another
    date: "2025-06-02"
    summary: A summary.
    evidence:
      - source: an-article
        quote: A quote.
    condition:
      text: If so.
      issue: an-issue
    target:
      - ukraine
`);
    expect(load(text)).toEqual({ stances: [STANCE, { ...STANCE, id: 'another' }] });
    expect(formatDataFile('groups', [])).toBe('groups: []\n');
  });

  test('the mirror row keeps the entry as written, in that order, at its position', () => {
    expect(entryRow('stances', STANCE, 7)).toEqual({
      id: 'entry:stances:a-stance',
      props: {
        id: 'entry:stances:a-stance',
        collection: 'stances',
        entryId: 'a-stance',
        position: 7,
        body: JSON.stringify(canonicalEntry('stances', STANCE)),
      },
    });
  });
});
