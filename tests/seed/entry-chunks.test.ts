import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { parseEntryChunk, splitEntryChunks } from '../../seed/incremental/entry-chunks.js';
import { DATA_FILES, type Collection } from '../../seed/model/schema.js';
import { loadDataset } from '../../seed/validate/validate-dataset.js';

describe('cutting a data file at its entries', () => {
  test('cuts every curated file into its entries, which parse alone as the whole file reads them', async () => {
    const dataset = await loadDataset('seed/data');
    for (const collection of Object.keys(DATA_FILES) as Collection[]) {
      const content = await readFile(`seed/data/${collection}.yaml`);
      const cut = splitEntryChunks(content, collection);
      expect(cut, collection).toBeDefined();
      expect(Buffer.concat([cut!.header, ...cut!.chunks]).equals(content)).toBe(true);
      const ids = cut!.chunks.map((chunk) => (parseEntryChunk(chunk)?.raw as { id: string }).id);
      expect(ids).toEqual(dataset[collection].map((entry) => entry.id));
    }
  });

  test('keeps comments and blank lines with the entry before them', () => {
    const text = '# a file\nissues:\n\n  - id: a\n    name: Ä\n  # about b\n\n  - id: b\n    name: B\n';
    const cut = splitEntryChunks(Buffer.from(text), 'issues');
    expect({ header: cut?.header.toString(), chunks: cut?.chunks.map(String) }).toEqual({
      header: '# a file\nissues:\n\n',
      chunks: ['  - id: a\n    name: Ä\n  # about b\n\n', '  - id: b\n    name: B\n'],
    });
  });

  test('leaves whole what it cannot cut safely: a flow list, another top-level key, another name', () => {
    const cut = (text: string) => splitEntryChunks(Buffer.from(text), 'issues');
    expect(cut('issues: []\n')).toBeUndefined();
    expect(cut('issues:\n  - id: a\nextra: 1\n')).toBeUndefined();
    expect(cut('places:\n  - id: a\n')).toBeUndefined();
  });

  test('an entry that does not stand alone is not parsed alone', () => {
    const parse = (text: string) => parseEntryChunk(Buffer.from(text));
    expect(parse('  - id: a\n    name: *elsewhere\n')).toBeUndefined();
    expect(parse('  - id: a\n   name: misindented\n')).toBeUndefined();
    expect(parse('  - id: a\n    name: Ä\n')).toEqual({ raw: { id: 'a', name: 'Ä' } });
  });
});
