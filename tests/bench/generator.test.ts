import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateDataset } from '../../bench/data/generate-dataset.js';
import { countFacts } from '../../seed/model/count-facts.js';
import type { Dataset } from '../../seed/model/schema.js';
import { loadDataset } from '../../seed/validate/validate-dataset.js';

/** How many of each kind of entry a dataset holds. */
function countEntries(dataset: Dataset): Record<string, number> {
  return Object.fromEntries(Object.entries(dataset).map(([kind, entries]) => [kind, (entries as unknown[]).length]));
}

/** The hash of every file of a folder and its subfolders, by path. */
async function hashFiles(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
  const entries = await Promise.all(
    names.map(async (name) => [
      name,
      createHash('sha256')
        .update(await readFile(path.join(dir, name)))
        .digest('hex'),
    ]),
  );
  return Object.fromEntries(entries);
}

describe('the synthetic data generator', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'bench-generator-'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  test('writes the same files for the same seed, and other files for another seed', async () => {
    await generateDataset({ dir: path.join(root, 'a'), scale: 3, seed: 7 });
    await generateDataset({ dir: path.join(root, 'b'), scale: 3, seed: 7 });
    await generateDataset({ dir: path.join(root, 'c'), scale: 3, seed: 8 });
    const a = await hashFiles(path.join(root, 'a'));
    expect(Object.keys(a)).toEqual([
      'contacts.yaml',
      'documents.yaml',
      'groups.yaml',
      'issues.yaml',
      'meetings.yaml',
      'organisations.yaml',
      'people.yaml',
      'places.yaml',
      'sources.yaml',
      'sources/synthetic-article.txt',
      'stances.yaml',
      'states.yaml',
    ]);
    expect(await hashFiles(path.join(root, 'b'))).toEqual(a);
    expect(await hashFiles(path.join(root, 'c'))).not.toEqual(a);
  });

  test('writes a 1× dataset that the seed validates, with the curated graph’s proportions', async () => {
    const dir = path.join(root, 'one');
    await generateDataset({ dir, scale: 1 });
    const dataset = await loadDataset(dir);
    // The curated dataset itself is the reference: a cluster has its counts, not a copy of them.
    expect(countEntries(dataset)).toEqual(countEntries(await loadDataset('seed/data')));
    const delegations = dataset.meetings.reduce((sum, meeting) => sum + meeting.delegations.length, 0);
    expect(delegations).toBeGreaterThanOrEqual(26);
    expect(delegations).toBeLessThanOrEqual(36);
    const { facts, quotes } = countFacts(dataset);
    // The curated dataset holds 306 facts with 399 quotes.
    expect(facts).toBeGreaterThanOrEqual(270);
    expect(facts).toBeLessThanOrEqual(350);
    expect(quotes / facts).toBeCloseTo(1.3, 0);
  });

  test('scales linearly: a 10× dataset validates and holds ten times the entries', async () => {
    const dir = path.join(root, 'ten');
    await generateDataset({ dir, scale: 10 });
    const dataset = await loadDataset(dir);
    expect(dataset.people).toHaveLength(240);
    expect(dataset.stances).toHaveLength(750);
    // Some references cross clusters, so the clusters form one graph.
    expect(dataset.stances.some((stance) => !stance.actor.startsWith(stance.id.split('-')[0]! + '-'))).toBe(true);
  });
});
