import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../seed/data-dir.js';
import { listEvidencedFacts } from '../../seed/model/count-facts.js';
import type { Dataset } from '../../seed/model/schema.js';
import { SOURCE_TEXTS_DIR } from '../../seed/validate/quotes.js';
import { loadDataset } from '../../seed/validate/validate-dataset.js';

/** The articles' full texts, which are part of the dataset. */
const SOURCES_DIR = path.join(DEFAULT_DATA_DIR, SOURCE_TEXTS_DIR);

describe('the curated dataset against its articles', () => {
  let dataset: Dataset;
  const articles = new Map<string, string>();

  beforeAll(async () => {
    dataset = await loadDataset(DEFAULT_DATA_DIR);
    for (const source of dataset.sources) {
      articles.set(source.id, await readFile(path.join(SOURCES_DIR, source.file), 'utf8'));
    }
  });

  test('cites all five articles', () => {
    expect(dataset.sources).toHaveLength(5);
    const cited = new Set(listEvidencedFacts(dataset).flatMap((fact) => fact.evidence.map((item) => item.source)));
    expect([...cited].sort()).toEqual(dataset.sources.map((source) => source.id).sort());
  });

  // Stricter than the seed's check, which forgives differences in spacing: the curated quotes are exact.
  test('every quote is a verbatim substring of the article it cites', () => {
    const misquoted = listEvidencedFacts(dataset).flatMap((fact) =>
      fact.evidence
        .filter((item) => !articles.get(item.source)?.includes(item.quote))
        .map((item) => `${fact.where}: not in ${item.source}: ${JSON.stringify(item.quote)}`),
    );
    expect(misquoted).toEqual([]);
  });

  test('quotes are one or two sentences, not whole paragraphs', () => {
    const long = listEvidencedFacts(dataset).flatMap((fact) =>
      fact.evidence
        .filter((item) => item.quote.length > 600)
        .map((item) => `${fact.where}: ${item.quote.length} characters`),
    );
    expect(long).toEqual([]);
  });
});
