import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { parseEntryChunk, splitEntryChunks } from '../../seed/incremental/entry-chunks.js';
import { DATA_FILES, type Collection } from '../../seed/model/schema.js';
import { loadDataset } from '../../seed/validate/validate-dataset.js';

describe('cutting a data file at its entries', () => {
  test('cuts every curated file into its entries, which parse alone as the whole file reads them', async () => {
    const dataset = await loadDataset('seed/data');
    for (const collection of Object.keys(DATA_FILES) as Collection[]) {
      const text = await readFile(`seed/data/${collection}.yaml`, 'utf8');
      const cut = splitEntryChunks(text, collection);
      expect(cut, collection).toBeDefined();
      expect(cut!.header + cut!.chunks.join('')).toBe(text);
      const ids = cut!.chunks.map((chunk) => (parseEntryChunk(chunk)?.raw as { id: string }).id);
      expect(ids).toEqual(dataset[collection].map((entry) => entry.id));
    }
  });

  test('keeps comments and blank lines with the entry before them', () => {
    const text = '# a file\nissues:\n\n  - id: a\n    name: A\n  # about b\n\n  - id: b\n    name: B\n';
    expect(splitEntryChunks(text, 'issues')).toEqual({
      header: '# a file\nissues:\n\n',
      chunks: ['  - id: a\n    name: A\n  # about b\n\n', '  - id: b\n    name: B\n'],
    });
  });

  test('leaves whole what it cannot cut safely: a flow list, another top-level key, another name', () => {
    expect(splitEntryChunks('issues: []\n', 'issues')).toBeUndefined();
    expect(splitEntryChunks('issues:\n  - id: a\nextra: 1\n', 'issues')).toBeUndefined();
    expect(splitEntryChunks('places:\n  - id: a\n', 'issues')).toBeUndefined();
  });

  test('an entry that does not stand alone is not parsed alone', () => {
    expect(parseEntryChunk('  - id: a\n    name: *elsewhere\n')).toBeUndefined();
    expect(parseEntryChunk('  - id: a\n   name: misindented\n')).toBeUndefined();
    expect(parseEntryChunk('  - id: a\n    name: A\n')).toEqual({ raw: { id: 'a', name: 'A' } });
  });
});
