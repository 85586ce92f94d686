import { cp, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { computeDiff } from '../../seed/diff/compute-diff.js';
import { readGraphFacts } from '../../seed/diff/read-graph-facts.js';
import { readGraphSummary } from '../../seed/graph/graph-summary.js';
import { prepareSeed, seedDatabase, type SeedResult } from '../../seed/seed-database.js';
import { SeedValidationError } from '../../seed/validate/seed-issue.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';

const CURATED = 'seed/data';
const FIRST_STANCE = 'russia-demands-ukrainian-withdrawal-from-donetsk-2026-02-04';

// A seed given the folder reads only the entries whose text changed since the graph's last seed;
// every test checks the graph against what the whole comparison of the same files would write.
describe('a seed reads, checks and writes only the entries that changed', { timeout: 180_000 }, () => {
  let driver: Driver;
  let dir: string;
  const seed = async (options: { transactionRows?: number; verifyFiles?: boolean } = {}) => {
    const progress: string[] = [];
    const result = await seedDatabase({
      driver,
      ...testDatabase(),
      data: dir,
      ...options,
      onProgress: (message) => progress.push(message),
    });
    return { result, progress };
  };
  const edit = async (file: string, from: string, to: string) => {
    const target = path.join(dir, file);
    const content = await readFile(target, 'utf8');
    expect(content).toContain(from);
    await writeFile(target, content.replace(from, to));
  };
  /**
   * Sets the modification time of every file the seed reads an hour back, past the window in which a
   * stat is not trusted; returns how many there are.
   */
  const age = async () => {
    const hourAgo = new Date(Date.now() - 3_600_000);
    const names = (await readdir(dir, { recursive: true })).filter(
      (name) => name.endsWith('.yaml') || name.startsWith(`sources${path.sep}`),
    );
    for (const name of names) await utimes(path.join(dir, name), hourAgo, hourAgo);
    return names.length;
  };
  const restore = (file: string) => cp(path.join(CURATED, file), path.join(dir, file));
  const readDataset = async () => {
    const { records } = await driver.executeQuery(
      `MATCH (info:DatasetInfo {id: 'dataset'}) RETURN info.version AS version, info.revision AS revision,
         info.facts AS facts, info.quotes AS quotes`,
      {},
      testDatabase(),
    );
    const record = records[0]!;
    return {
      version: record.get('version') as string,
      revision: Number(record.get('revision')),
      facts: Number(record.get('facts')),
      quotes: Number(record.get('quotes')),
    };
  };
  /** The graph is what the whole comparison of the files would leave: no fact differs, the counts agree. */
  const expectSameAsWholeComparison = async () => {
    const prepared = await prepareSeed(dir);
    const session = driver.session(testDatabase());
    const graph = await readGraphFacts(session).finally(() => session.close());
    expect(computeDiff(prepared.rows, graph).size).toBe(0);
    expect(await readDataset()).toMatchObject({ version: prepared.version, ...prepared.facts });
  };
  const expectPartial = ({ progress }: { progress: string[] }) =>
    expect(progress.filter((line) => line.startsWith('comparing every entry'))).toEqual([]);

  beforeAll(async () => {
    driver = connectTestDriver();
    dir = await mkdtemp(path.join(tmpdir(), 'changed-entries-'));
    await cp(CURATED, dir, { recursive: true });
    await seedDatabase({ driver, ...testDatabase(), data: dir, reset: true });
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await driver.close();
  });

  test('the same files read no entry and write nothing', async () => {
    const before = await readDataset();
    const again = await seed();
    expectPartial(again);
    expect(again.progress).toContain(`read 0 entries whose text changed: 0 changed (dataset ${before.version})`);
    expect({ method: again.result.method, changed: again.result.changed, revision: again.result.revision }).toEqual({
      method: 'unchanged',
      changed: 0,
      revision: before.revision,
    });
  });

  test('an untouched file is trusted by its size and times and not read; --verify reads every file', async () => {
    const count = await age();
    // Every stat changed: every file is read once, its content is the recorded one, its new stat recorded.
    const restated = await seed();
    expect(restated.progress).toContain(
      `hashed ${count} of ${count} files, the others unchanged in size and times (dataset ${restated.result.version})`,
    );
    expect(restated.result.method).toBe('unchanged');
    const again = await seed();
    expectPartial(again);
    expect(again.progress[0]).toMatch(new RegExp(`^hashed 0 of ${count} files`));
    expect(pick(again.result)).toEqual(pick(restated.result));
    const verified = await seed({ verifyFiles: true });
    expect(verified.progress[0]).toMatch(new RegExp(`^hashed ${count} of ${count} files`));
    expect(pick(verified.result)).toEqual(pick(restated.result));
  });

  test('a file edited in place to the same size, with a new modification time, is read again', async () => {
    const count = await age();
    await seed();
    const before = await readDataset();
    await edit('stances.yaml', 'forfeiting the territory.\n', 'forfeiting the Territory.\n');
    // Its new time is also an hour old: only the stat's change, not its recency, sends the seed to read it.
    const minuteLater = new Date(Date.now() - 3_540_000);
    await utimes(path.join(dir, 'stances.yaml'), minuteLater, minuteLater);
    const changed = await seed();
    expectPartial(changed);
    expect(changed.progress).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^hashed 1 of ${count} files`)),
        expect.stringMatching(/^read 1 entries whose text changed: 1 changed/),
      ]),
    );
    expect(pick(changed.result)).toEqual({ method: 'one transaction', changed: 2, revision: before.revision + 1 });
    await expectSameAsWholeComparison();
    await restore('stances.yaml');
    expect(pick((await seed()).result)).toMatchObject({ method: 'one transaction', changed: 2 });
  });

  test('one changed fact reads one entry and writes two rows: the fact and its entry', async () => {
    const before = await readDataset();
    await edit('stances.yaml', 'forfeiting the territory.\n', 'forfeiting the territory. Corrected.\n');
    const changed = await seed();
    expectPartial(changed);
    expect(changed.progress).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^read 1 entries whose text changed: 1 changed/),
        'difference: 2 rows (0 nodes to add, 2 to change, 0 to remove; 0 relationships to write, 0 to remove)',
      ]),
    );
    expect(pick(changed.result)).toEqual({ method: 'one transaction', changed: 2, revision: before.revision + 1 });
    const { records } = await driver.executeQuery(
      'MATCH (s:Stance {id: $id}) RETURN s.summary AS summary',
      { id: FIRST_STANCE },
      testDatabase(),
    );
    expect(records[0]?.get('summary')).toMatch(/Corrected\.$/);
    await expectSameAsWholeComparison();

    await restore('stances.yaml');
    expect(pick((await seed()).result)).toMatchObject({ method: 'one transaction', changed: 2 });
    await expectSameAsWholeComparison();
  });

  test('a changed entry whose reference breaks is refused with its file, entry and field, and nothing is written', async () => {
    const before = { dataset: await readDataset(), summary: await readGraphSummary(driver, testDatabase().database) };
    await edit('stances.yaml', 'issue: ukrainian-withdrawal-from-donetsk\n', 'issue: no-such-issue\n');
    const error = await seed().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as SeedValidationError).message).toContain(
      `${dir}/stances.yaml: stances[0] (${FIRST_STANCE}) issue: unknown id "no-such-issue" (expected an issue)`,
    );
    expect(await readDataset()).toEqual(before.dataset);
    expect(await readGraphSummary(driver, testDatabase().database)).toEqual(before.summary);
    await restore('stances.yaml');
    expect((await seed()).result.method).toBe('unchanged');
  });

  test('an added entry is added: its node, its relationships and its mirror', async () => {
    const added = [
      '',
      '  - id: russia-opposes-ukrainian-withdrawal-from-donetsk-test',
      '    actor: russia',
      '    issue: ukrainian-withdrawal-from-donetsk',
      '    position: opposes',
      '    date: "2026-02-04"',
      '    attribution: reported',
      '    summary: An entry added for a test.',
      '    evidence:',
      '      - source: independent-2026-02-04-abu-dhabi-talks',
      '        quote: Moscow wants Kyiv to pull its troops out of the embattled Donetsk region',
      '',
    ].join('\n');
    await writeFile(
      path.join(dir, 'stances.yaml'),
      `${await readFile(path.join(dir, 'stances.yaml'), 'utf8')}${added}`,
    );
    const result = await seed();
    expectPartial(result);
    // The stance, TAKES and ON, and its entry.
    expect(pick(result.result)).toMatchObject({ method: 'one transaction', changed: 4 });
    await expectSameAsWholeComparison();
    await restore('stances.yaml');
  });

  test('a file removed and an entry renamed go through the whole comparison, and land as a whole seed would', async () => {
    await rm(path.join(dir, 'contacts.yaml'));
    const removed = await seed();
    expect(removed.progress).toEqual(
      expect.arrayContaining([expect.stringMatching(/^comparing every entry: entries were removed/)]),
    );
    expect(removed.result.summary.nodes['Contact']).toBeUndefined();
    await expectSameAsWholeComparison();

    await restore('contacts.yaml');
    await edit('stances.yaml', `id: ${FIRST_STANCE}\n`, 'id: russia-demands-withdrawal-renamed\n');
    const renamed = await seed();
    expect(renamed.progress).toEqual(expect.arrayContaining([expect.stringMatching(/^comparing every entry: /)]));
    expect(renamed.result.summary.nodes['Contact']).toBeGreaterThan(0);
    await expectSameAsWholeComparison();

    await restore('stances.yaml');
    await seed();
    await expectSameAsWholeComparison();
  });

  test('an article whose text changed has every quote checked again', async () => {
    const [article] = (await readFile(path.join(dir, 'sources.yaml'), 'utf8')).match(/(?<=file: ).*\.txt/) ?? [];
    const file = path.join(dir, 'sources', article!);
    const text = await readFile(file, 'utf8');
    await writeFile(file, `${text}\nA line added.\n`);
    const changed = await seed();
    expect(changed.progress).toEqual(
      expect.arrayContaining([expect.stringMatching(/^comparing every entry: the text sources\/.* changed/)]),
    );
    await expectSameAsWholeComparison();
    await writeFile(file, text);
    await seed();
  });
});

function pick({ method, changed, revision }: SeedResult) {
  return { method, changed, revision };
}
