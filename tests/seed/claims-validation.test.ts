import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../seed/validate/validate-dataset.js';
import { SeedValidationError, formatSeedIssue } from '../../seed/validate/seed-issue.js';
import { useFixtureCopy } from '../support/fixture-copy.js';

const CLAIMS = 'tests/fixtures/claims';

/** The problems a folder's dataset has, as printed, with the folder's path shortened to `<dir>`. */
async function problemsOf(dir: string): Promise<{ messages: string[]; error: SeedValidationError }> {
  const error = await loadDataset(dir).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SeedValidationError);
  const validation = error as SeedValidationError;
  return {
    messages: validation.issues.map(formatSeedIssue).map((line) => line.replaceAll(dir, '<dir>')),
    error: validation,
  };
}

describe('validating claims, conditions, groups, documents and contacts', () => {
  const fixture = useFixtureCopy(CLAIMS, 'claims-fixture');
  const edit = fixture.edit;

  test('accepts the fixture, with every new kind and status defaults', async () => {
    const dataset = await loadDataset(CLAIMS);
    expect(dataset.groups.map((group) => group.id)).toEqual(['fixture-league', 'ruritanian-sources']);
    expect(dataset.documents[0]?.events.map((event) => [event.kind, event.status])).toEqual([
      ['handed-over', 'stated'],
      ['received', 'denied'],
    ]);
    expect(dataset.contacts).toHaveLength(1);
    expect(dataset.meetings[0]).toMatchObject({ status: 'held', endStatus: 'scheduled' });
    // A single target and a list of targets both become a list.
    expect(dataset.stances.map((stance) => stance.target)).toEqual([
      undefined,
      ['rudolf-rassendyll'],
      undefined,
      undefined,
      ['ruritania'],
    ]);
    expect(dataset.sources[0]?.text).toContain('Talks were held in Fixtureville.');
  });

  test('reports each broken rule with its file, entry and field', async () => {
    await edit('stances.yaml', 'condition: { text: only on his own terms }', 'claimant: rudolf-rassendyll');
    await edit('stances.yaml', '    claimant: borduria\n', '');
    await edit('stances.yaml', 'position: proposes\n', 'position: proposes\n    condition: { text: if asked }\n');
    await edit('stances.yaml', 'event: SUPPORT\n    target: [ruritania]', 'event: SUPPORT');
    await edit(
      'stances.yaml',
      'quote: The draft proposes a border along the river.',
      'quote: The draft proposes a border along the sea.',
    );
    await edit('groups.yaml', 'name: Fixture League', 'name: "Fixture\\tLeague"');
    await edit('groups.yaml', '      - actor: ruritania', '      - actor: syldavia');
    await edit('documents.yaml', 'authors: [ruritania]', 'authors: [ruritania, syldavia]');
    await edit('documents.yaml', '        to: [borduria, fixture-league]\n', '');
    await edit('contacts.yaml', 'initiator: ruritania', 'initiator: fixture-league');
    const { messages } = await problemsOf(fixture.dir);
    expect(messages).toEqual([
      '<dir>/groups.yaml: groups[0] (fixture-league) name: contains a control character: "Fixture\\tLeague"',
      // The group's name is invalid, so its entry is not parsed and its references are not checked.
      '<dir>/documents.yaml: documents[0] (ruritania-draft-treaty) authors[1]: unknown id "syldavia" (expected a person or a state or an organisation or a group)',
      '<dir>/stances.yaml: stances[1] (rudolf-rassendyll-conditional-border-treaty) condition: is required when the position is conditional: say on what condition',
      '<dir>/stances.yaml: stances[1] (rudolf-rassendyll-conditional-border-treaty) claimant: is the holder "rudolf-rassendyll" itself: leave claimant out for an actor\'s own word',
      '<dir>/stances.yaml: stances[3] (ruritania-proposes-river-border) condition: only a conditional position has a condition, this one proposes',
      '<dir>/stances.yaml: stances[4] (fixture-league-supports-border-treaty) target: is required with event SUPPORT: whom is the act directed at?',
      '<dir>/documents.yaml: documents[0] (ruritania-draft-treaty) events[0].to: is required with event COOPERATE: to whom was the act directed?',
      '<dir>/contacts.yaml: contacts[0] (ruritania-borduria-consultation-2025-06) initiator: "fixture-league" is not one of the parties',
      '<dir>/stances.yaml: stances[3] (ruritania-proposes-river-border) evidence[0].quote: not found in article fixture-article.txt (fixture-article): "The draft proposes a border along the sea."',
    ]);
  });

  test('a missing article text is reported on its source, not on every quote', async () => {
    await rm(path.join(fixture.dir, 'sources', 'fixture-article.txt'));
    const { messages } = await problemsOf(fixture.dir);
    expect(messages).toEqual([
      "<dir>/sources.yaml: sources[0] (fixture-article) file: the article's text is missing: <dir>/sources/fixture-article.txt",
    ]);
  });

  test('a syntax error in one file does not turn every reference to its ids into a problem', async () => {
    await edit('states.yaml', '  - id: borduria', '  - id: borduria\n   name: misindented');
    const { messages } = await problemsOf(fixture.dir);
    expect(messages).toEqual([
      expect.stringMatching(/^<dir>\/states\.yaml: not valid YAML: .*\(line \d+, column \d+\)$/),
    ]);
  });

  test('prints the first fifty problems and counts the rest', async () => {
    const stances = Array.from(
      { length: 60 },
      (_, index) => `  - { id: s-${index}, actor: ruritania, issue: no-such-issue, position: supports, date: "2025",
      attribution: reported, summary: A stance., evidence: [{ source: fixture-article, quote: Ruritania sent a delegation. }] }`,
    );
    await writeFile(path.join(fixture.dir, 'stances.yaml'), `stances:\n${stances.join('\n')}\n`);
    const { error } = await problemsOf(fixture.dir);
    expect(error.issues).toHaveLength(60);
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('60 problems in the seed data:');
    expect(lines).toHaveLength(1 + 50 + 1);
    expect(lines.at(-1)).toBe('... and 10 more problems');
  });
});
