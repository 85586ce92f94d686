import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { withFactHashes } from '../../seed/diff/fact-hash.js';
import type { GraphRows } from '../../seed/graph/elements.js';
import { readGraphSummary } from '../../seed/graph/graph-summary.js';
import { prepareSeed, seedDatabase, type PreparedSeed } from '../../seed/seed-database.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';

/** The prepared dataset with `edit` applied to a copy of its rows, hashed again as a seed would. */
function edited(prepared: PreparedSeed, version: string, edit: (rows: GraphRows) => void): PreparedSeed {
  const rows = structuredClone(prepared.rows);
  edit(rows);
  return { ...prepared, version, rows: withFactHashes(rows) };
}

// A busy machine stretches every transaction; the staged path here runs a dozen of them.
describe('a seed writes only what differs from the graph', { timeout: 120_000 }, () => {
  let driver: Driver;
  let curated: PreparedSeed;
  const seed = (data: PreparedSeed) => seedDatabase({ driver, ...testDatabase(), data });
  const readStance = async (id: string) => {
    const { records } = await driver.executeQuery(
      'MATCH (s:Stance {id: $id}) OPTIONAL MATCH (s)-[:VOICED_AT]->(m) RETURN s.summary AS summary, m.id AS meeting',
      { id },
      testDatabase(),
    );
    return records[0]?.toObject();
  };

  beforeAll(async () => {
    driver = connectTestDriver();
    curated = await prepareSeed('seed/data');
    await seedDatabase({ driver, ...testDatabase(), data: curated, reset: true });
  });
  afterAll(() => driver.close());

  test('the same files again write nothing and leave the revision alone', async () => {
    const before = await readGraphSummary(driver, testDatabase().database);
    const again = await seed(curated);
    expect({ method: again.method, changed: again.changed }).toEqual({ method: 'unchanged', changed: 0 });
    expect(again.summary).toEqual(before);
    expect((await seed(curated)).revision).toBe(again.revision);
  });

  test('one changed fact is one row, in one transaction, and advances the revision by one', async () => {
    const { revision } = await seed(curated);
    const stance = curated.rows.nodes.Stance[0]!;
    const changed = edited(curated, 'one-fact', (rows) => {
      rows.nodes.Stance[0]!.props['summary'] = 'A corrected summary.';
    });
    const result = await seed(changed);
    expect({ method: result.method, changed: result.changed, revision: result.revision }).toEqual({
      method: 'one transaction',
      changed: 1,
      revision: revision + 1,
    });
    expect((await readStance(stance.id))?.['summary']).toBe('A corrected summary.');
    // And back: the graph is the curated one again.
    expect((await seed(curated)).changed).toBe(1);
    expect((await readStance(stance.id))?.['summary']).toBe(stance.props['summary']);
  });

  test('facts added, moved and removed are added, moved and removed', async () => {
    const before = await readGraphSummary(driver, testDatabase().database);
    const voicedAt = curated.rows.relationships.VOICED_AT[0]!;
    const otherMeeting = curated.rows.nodes.Meeting.find((meeting) => meeting.id !== voicedAt.to)!;
    const changed = edited(curated, 'three-facts', (rows) => {
      rows.nodes.Issue.push({ id: 'new-issue', props: { id: 'new-issue', name: 'A new issue', aliases: [] } });
      // The same key with another endpoint: what a corrected meeting reference looks like.
      rows.relationships.VOICED_AT[0] = { ...voicedAt, to: otherMeeting.id };
      rows.relationships.MEMBER_OF.pop();
    });
    const result = await seed(changed);
    expect(result.method).toBe('one transaction');
    expect(result.changed).toBe(4);
    expect(result.summary.nodes['Issue']).toBe(before.nodes['Issue']! + 1);
    expect(result.summary.relationships['MEMBER_OF']).toBe(before.relationships['MEMBER_OF']! - 1);
    expect((await readStance(voicedAt.from))?.['meeting']).toBe(otherMeeting.id);

    const back = await seed(curated);
    expect(back.summary).toEqual(before);
  });

  test('a difference larger than one transaction is staged and published whole', async () => {
    const before = await readGraphSummary(driver, testDatabase().database);
    const changed = edited(curated, 'many-facts', (rows) => {
      for (const stance of rows.nodes.Stance) stance.props['summary'] = `${String(stance.props['summary'])} (revised)`;
    });
    const result = await seedDatabase({ driver, ...testDatabase(), data: changed, transactionRows: 50 });
    expect(result.method).toBe('staged and published');
    expect(result.changed).toBe(curated.rows.nodes.Stance.length);
    expect(result.summary).toEqual(before);
    const stance = curated.rows.nodes.Stance[1]!;
    expect((await readStance(stance.id))?.['summary']).toBe(`${String(stance.props['summary'])} (revised)`);
    expect((await seed(curated)).summary).toEqual(before);
  });
});
