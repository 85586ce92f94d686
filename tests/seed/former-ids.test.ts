import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../seed/validate/validate-dataset.js';
import { SeedValidationError, formatSeedIssue } from '../../seed/validate/seed-issue.js';
import { useFixtureCopy } from '../support/fixture-copy.js';

/** The problems a folder's dataset has, as printed, with the folder's path shortened to `<dir>`. */
async function problemsOf(dir: string): Promise<string[]> {
  const error = await loadDataset(dir).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SeedValidationError);
  return (error as SeedValidationError).issues.map(formatSeedIssue).map((line) => line.replaceAll(dir, '<dir>'));
}

describe('the former ids of merged entities in the files', () => {
  const fixture = useFixtureCopy('tests/fixtures/minimal', 'former-ids');
  const KEPT = '  - id: rudolf-rassendyll\n    name: Rudolf Rassendyll\n';

  test('an entry may keep the ids merged into it', async () => {
    await fixture.edit('people.yaml', KEPT, `${KEPT}    formerIds: [rassendyll]\n`);
    const dataset = await loadDataset(fixture.dir);
    expect(dataset.people[0]?.formerIds).toEqual(['rassendyll']);
    expect(dataset.people[1]?.formerIds).toEqual([]);
  });

  test('a former id is taken, and a reference to it names the id to use instead', async () => {
    await fixture.edit('people.yaml', KEPT, `${KEPT}    formerIds: [rassendyll, borduria]\n`);
    await fixture.edit('stances.yaml', 'voicedBy: rudolf-rassendyll', 'voicedBy: rassendyll');
    const problems = await problemsOf(fixture.dir);
    expect(problems).toContainEqual(expect.stringContaining('formerIds[1]: duplicate id "borduria"'));
    expect(problems).toContainEqual(
      expect.stringContaining(
        'voicedBy: "rassendyll" was merged into "rudolf-rassendyll": refer to "rudolf-rassendyll"',
      ),
    );
    expect(problems).toHaveLength(2);
  });
});
