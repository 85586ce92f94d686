import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { listEvidencedFacts } from '../../seed/model/count-facts.js';
import type { Dataset } from '../../seed/model/schema.js';
import { loadDataset } from '../../seed/validate/validate-dataset.js';

/** The articles the dataset was curated from, beside the repository (CI provides them). */
const SOURCES_DIR = path.resolve('..', 'shared', 'sources');

describe('the curated dataset against its articles', () => {
  let dataset: Dataset;
  const articles = new Map<string, string>();

  beforeAll(async () => {
    dataset = await loadDataset('seed/data');
    for (const source of dataset.sources) {
      articles.set(source.id, await readFile(path.join(SOURCES_DIR, source.file), 'utf8'));
    }
  });

  test('cites all five articles', () => {
    expect(dataset.sources).toHaveLength(5);
    const cited = new Set(listEvidencedFacts(dataset).flatMap((fact) => fact.evidence.map((item) => item.source)));
    expect([...cited].sort()).toEqual(dataset.sources.map((source) => source.id).sort());
  });

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
