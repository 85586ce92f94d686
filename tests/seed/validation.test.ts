import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readGraphSummary } from '../../seed/graph/graph-summary.js';
import { seedDatabase } from '../../seed/seed-database.js';
import { loadDataset } from '../../seed/validate/validate-dataset.js';
import { SeedValidationError, formatSeedIssue } from '../../seed/validate/seed-issue.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';

const MINIMAL = 'tests/fixtures/minimal';
const BROKEN = 'tests/fixtures/broken';

async function validationMessages(dataDir: string): Promise<string[]> {
  const error = await loadDataset(dataDir).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SeedValidationError);
  return (error as SeedValidationError).issues.map(formatSeedIssue);
}

describe('validating the data files', () => {
  test('reports every problem at once, naming the file, the entry and the field', async () => {
    expect(await validationMessages(BROKEN)).toEqual([
      'tests/fixtures/broken/organisations.yaml: organisations[0] (ruritanian-foreign-ministry) name: is required',
      'tests/fixtures/broken/people.yaml: people[0] (rudolf-rassendyll) posts[0].from: not a date (YYYY, YYYY-MM or YYYY-MM-DD): "2025-13-01"',
      'tests/fixtures/broken/meetings.yaml: meetings[1] (fixtureville-tea) kind: unknown value "tea-party"; expected one of: talks-round, bilateral-meeting, multilateral-meeting, phone-call, summit, visit',
      'tests/fixtures/broken/issues.yaml: issues[0] (border-treaty): unknown field "colour"',
      'tests/fixtures/broken/states.yaml: states[1] (ruritania): duplicate id "ruritania", already used by a state at tests/fixtures/broken/states.yaml: states[0]',
      'tests/fixtures/broken/places.yaml: places[0] (fixtureville) in: "ruritanian-foreign-ministry" is an organisation, expected a state',
      'tests/fixtures/broken/meetings.yaml: meetings[0] (fixtureville-talks) delegations[1].represents: unknown id "borduria" (expected a person or a state or an organisation or a group)',
      'tests/fixtures/broken/stances.yaml: stances[0] (ruritania-supports-border-treaty) issue: unknown id "no-such-issue" (expected an issue)',
      'tests/fixtures/broken/meetings.yaml: meetings[0] (fixtureville-talks) delegations[1].members[0].person: "rudolf-rassendyll" sits in both "fixtureville-talks-ruritania" and "fixtureville-talks-borduria"',
    ]);
  });

  test('accepts the minimal fixture and the curated dataset', async () => {
    await expect(loadDataset(MINIMAL)).resolves.toMatchObject({
      people: [{ id: 'rudolf-rassendyll' }, { id: 'general-alcazar' }],
    });
    await expect(loadDataset('seed/data')).resolves.toBeDefined();
  });

  describe('file-level problems', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'seed-fixture-'));
      await cp(MINIMAL, dir, { recursive: true });
      await writeFile(path.join(dir, 'issues.yaml'), 'issues:\n  - id: a\n   name: misindented\n');
      await writeFile(path.join(dir, 'places.yaml'), 'locations: []\n');
      await rm(path.join(dir, 'stances.yaml'));
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    test('a syntax error, a wrong top-level key and a missing file each name their file', async () => {
      // The directory lies outside the working directory, so messages name it by its full path.
      const messages = (await validationMessages(dir)).map((message) => message.replaceAll(dir, '<dir>'));
      // The places file could not be read: references to its ids are unknown, not reported as dangling.
      expect(messages).toEqual([
        "<dir>/places.yaml: must hold a top-level list named 'places'",
        expect.stringMatching(/^<dir>\/issues\.yaml: not valid YAML: /),
        '<dir>/stances.yaml: file is missing',
      ]);
    });
  });
});

describe('a seed that fails writes nothing', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = connectTestDriver();
    await seedDatabase({ driver, ...testDatabase(), data: MINIMAL, reset: true });
  });
  afterAll(() => driver.close());

  test('invalid data leaves the database as it was', async () => {
    const before = await readGraphSummary(driver, testDatabase().database);
    await expect(seedDatabase({ driver, ...testDatabase(), data: BROKEN, reset: true })).rejects.toThrow(
      SeedValidationError,
    );
    expect(await readGraphSummary(driver, testDatabase().database)).toEqual(before);
    expect(before.nodes['Person']).toBe(2);
  });

  test('a write that fails half-way rolls back the whole load, reset included', async () => {
    const before = await readGraphSummary(driver, testDatabase().database);
    const { prepareSeed } = await import('../../seed/seed-database.js');
    const prepared = await prepareSeed('seed/data');
    // Neo4j refuses a map as a property value: the last relationship batch fails after everything else was written.
    const lastBatch = prepared.rows.relationships.VOICED_AT;
    lastBatch.push({ ...lastBatch[0]!, key: 'poison', props: { key: 'poison', nested: { not: 'allowed' } as never } });
    await expect(seedDatabase({ driver, ...testDatabase(), data: prepared, reset: true })).rejects.toThrow();
    expect(await readGraphSummary(driver, testDatabase().database)).toEqual(before);
  });
});
