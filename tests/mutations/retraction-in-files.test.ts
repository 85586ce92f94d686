import { describe, expect, test } from 'vitest';
import { toGraphRows } from '../../seed/graph/to-graph-rows.js';
import { SeedValidationError, formatSeedIssue } from '../../seed/validate/seed-issue.js';
import { validateDataset } from '../../seed/validate/validate-dataset.js';
import { useFixtureCopy } from '../support/fixture-copy.js';

const MINIMAL = 'tests/fixtures/minimal';
const RETRACTION = '\n    retracted: { reason: not in the article, by: eddie, at: "2026-11-30T10:00:00Z" }';

describe('retracted facts in the data files', () => {
  const fixture = useFixtureCopy(MINIMAL, 'retraction-fixture');
  const edit = fixture.edit;

  test('a retracted fact stays in its entry and becomes no row', async () => {
    await edit(
      'people.yaml',
      '        attested: "2025-06-02"',
      `        attested: "2025-06-02"${RETRACTION.replaceAll('\n    ', '\n        ')}`,
    );
    await edit(
      'stances.yaml',
      '    summary: Ruritania wants the border treaty signed.',
      `    summary: Ruritania wants the border treaty signed.${RETRACTION}`,
    );
    const { dataset, entries } = await validateDataset(fixture.dir);
    expect(dataset.people[0]?.posts[0]?.retracted).toEqual({
      reason: 'not in the article',
      by: 'eddie',
      at: '2026-11-30T10:00:00Z',
    });
    const rows = toGraphRows(dataset, entries);
    expect(rows.relationships.HELD_POST).toEqual([]);
    expect(rows.nodes.Stance).toEqual([]);
    expect(rows.relationships.TAKES).toEqual([]);
    // The entries stay mirrored, retraction and all, so they come back with an export.
    expect(
      rows.nodes.Entry.find((row) => row.id === 'entry:stances:ruritania-supports-border-treaty')?.props['body'],
    ).toContain('"retracted":{"reason":"not in the article"');
  });

  test('nothing may refer to a retracted entry, and a retraction needs its reason, user and time', async () => {
    await edit('states.yaml', '    name: Borduria', `    name: Borduria${RETRACTION}`);
    await edit(
      'issues.yaml',
      '    category: territory',
      '    category: territory\n    retracted: { reason: "", by: eddie, at: yesterday }',
    );
    const error = await validateDataset(fixture.dir).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(SeedValidationError);
    const messages = (error as SeedValidationError).issues
      .map(formatSeedIssue)
      .map((line) => line.replaceAll(fixture.dir, '<dir>'));
    expect(messages).toEqual([
      '<dir>/issues.yaml: issues[0] (border-treaty) retracted.reason: must not be empty',
      '<dir>/issues.yaml: issues[0] (border-treaty) retracted.at: not an ISO date-time: "yesterday"',
      '<dir>/places.yaml: places[0] (fixtureville) in: "borduria" was retracted: refer to a fact that stands',
      '<dir>/meetings.yaml: meetings[0] (fixtureville-talks) delegations[1].represents: "borduria" was retracted: refer to a fact that stands',
    ]);
  });
});
