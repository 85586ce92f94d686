import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readGraphFacts } from '../../seed/diff/read-graph-facts.js';
import { exportDataset } from '../../seed/export/export-dataset.js';
import { seedDatabase } from '../../seed/seed-database.js';
import { createApp, type App } from '../../server/app.js';
import { addUser } from '../../server/auth/users.js';
import { Executor } from '../../server/database/executor.js';
import { CHANGE_LABEL } from '../../server/mutations/changes.js';
import { codes, dataOf, post, signIn } from '../support/editor-client.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';
import { openEditDatabase } from '../support/edit-database.js';

const FIXTURE = 'tests/fixtures/duplicates';
const PASSWORD = 'editor password 1';

const PLAN_FIELDS = `keep { id version } merge { id version } result aliasesAdded formerIdsAdded
  factsMoved { from to combined } rewritten { collection id fields }
  conflicts { entryId field message blocking } shifted`;
const PREVIEW = `query ($keep: ID!, $merge: ID!) { mergePreview(keep: $keep, merge: $merge) { ${PLAN_FIELDS} } }`;
const MERGE = `mutation ($keep: ID!, $merge: ID!, $keepVersion: String!, $mergeVersion: String!, $key: String) {
  mergeEntities(keep: $keep, merge: $merge, keepVersion: $keepVersion, mergeVersion: $mergeVersion,
    comment: "one man", idempotencyKey: $key) {
    entry { id version body } changes { action collection entryId before after comment } plan { ${PLAN_FIELDS} } } }`;

interface Plan {
  keep: { id: string; version: string };
  merge: { id: string; version: string };
  result: Record<string, unknown>;
  aliasesAdded: string[];
  formerIdsAdded: string[];
  factsMoved: { from: string; to: string; combined: boolean }[];
  rewritten: { collection: string; id: string; fields: string[] }[];
  conflicts: { entryId: string; field: string | null; message: string; blocking: boolean }[];
  shifted: number;
}

/** Every file of a data folder (articles included), by name. */
async function readFiles(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const name of await readdir(dir, { recursive: true })) {
    if (!/\.(yaml|txt)$/.test(name)) continue;
    files.set(name, await readFile(path.join(dir, name), 'utf8'));
  }
  return files;
}

/** The lines that differ between two exports, file by file, as `file -line` and `file +line`. */
function changedLines(before: Map<string, string>, after: Map<string, string>): string[] {
  const lines: string[] = [];
  for (const name of new Set([...before.keys(), ...after.keys()])) {
    const old = (before.get(name) ?? '').split('\n');
    const now = (after.get(name) ?? '').split('\n');
    lines.push(...old.filter((line) => !now.includes(line)).map((line) => `${name} -${line}`));
    lines.push(...now.filter((line) => !old.includes(line)).map((line) => `${name} +${line}`));
  }
  return lines;
}

describe('merging two entities that turn out to be one', () => {
  let driver: Driver;
  let executor: Executor;
  let app: App;
  let editor: string;
  let reader: string;
  let scratch: string;

  const preview = async (keep: string, merge: string) =>
    dataOf<Plan>(await post(app, PREVIEW, { keep, merge }), 'mergePreview');
  /** What a failed merge must leave as it was: every fact's hash, the revision and the audit trail. */
  const snapshot = async () => {
    const session = driver.session(testDatabase());
    try {
      const facts = await readGraphFacts(session);
      const [state] = await executor.read<{ revision: number; changes: number }>(
        `MATCH (info:DatasetInfo) OPTIONAL MATCH (c:${CHANGE_LABEL}) RETURN info.revision AS revision, count(c) AS changes`,
      );
      return { nodes: [...facts.nodes].sort(), relationships: [...facts.relationships.keys()].sort(), state };
    } finally {
      await session.close();
    }
  };

  beforeAll(async () => {
    driver = connectTestDriver();
    executor = await openEditDatabase(driver, FIXTURE);
    await addUser(executor, 'eddie', 'editor', PASSWORD);
    await addUser(executor, 'rita', 'reader', PASSWORD);
    app = createApp({ driver, ...testDatabase(), logErrors: false, session: { hours: 1, secureCookie: false } });
    editor = await signIn(app, 'eddie', PASSWORD);
    reader = await signIn(app, 'rita', PASSWORD);
    scratch = await mkdtemp(path.join(tmpdir(), 'merge-test-'));
  });
  afterAll(async () => {
    // Leave no unexported changes that would stop the next seed.
    await executor.write((run) => run(`MATCH (c:${CHANGE_LABEL}) DETACH DELETE c`));
    await driver.close();
    await rm(scratch, { recursive: true, force: true });
  });

  test('the preview lists the aliases, former ids, facts and referring entries that would move', async () => {
    const plan = await preview('rudolf-rassendyll', 'rassendyll');
    expect(plan.aliasesAdded).toEqual(['Rassendyll', 'R. Rassendyll']);
    expect(plan.formerIdsAdded).toEqual(['rassendyll']);
    expect(plan.factsMoved).toEqual([
      { from: 'evidence[0]', to: 'evidence[1]', combined: false },
      // The same post as the kept one's: its evidence joins it rather than making a second post.
      { from: 'posts[0]', to: 'posts[0]', combined: true },
      { from: 'represents[0]', to: 'represents[0]', combined: false },
    ]);
    expect(plan.rewritten).toEqual([
      { collection: 'places', id: 'fixtureville', fields: ['statusBy[0]'] },
      { collection: 'stances', id: 'ruritania-supports-border-treaty', fields: ['voicedBy'] },
    ]);
    expect(plan.conflicts).toEqual([]);
    expect(plan.shifted).toBe(2);
    expect(plan.result).toMatchObject({
      id: 'rudolf-rassendyll',
      aliases: ['Rudolf', 'Rassendyll', 'R. Rassendyll'],
      formerIds: ['rassendyll'],
    });
    const [post0] = plan.result['posts'] as { evidence: { quote: string }[] }[];
    expect(post0!.evidence.map(({ quote }) => quote)).toEqual([
      'Foreign Minister Rudolf Rassendyll led the delegation.',
      'the Ruritanian Foreign Ministry said.',
    ]);
  });

  test('an anonymous merge is UNAUTHENTICATED, a reader FORBIDDEN; neither writes', async () => {
    const before = await snapshot();
    const { keep, merge } = await preview('rudolf-rassendyll', 'rassendyll');
    const variables = { keep: keep.id, merge: merge.id, keepVersion: keep.version, mergeVersion: merge.version };
    expect(codes(await post(app, MERGE, variables))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await post(app, MERGE, variables, { cookie: reader }))).toEqual(['FORBIDDEN']);
    expect(await snapshot()).toEqual(before);
  });

  test('a merge refused or made against a stale version leaves the graph as it was', async () => {
    const before = await snapshot();
    const { keep, merge } = await preview('rudolf-rassendyll', 'rassendyll');
    const ask = (variables: Record<string, unknown>) =>
      post(
        app,
        MERGE,
        { keep: keep.id, merge: merge.id, keepVersion: keep.version, mergeVersion: merge.version, ...variables },
        { cookie: editor },
      );
    const stale = await ask({ mergeVersion: keep.version });
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors![0]!.extensions!['current']).toMatchObject({ version: merge.version });
    const itself = await ask({ merge: keep.id, mergeVersion: keep.version });
    expect(itself.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'merge' });
    const kinds = await ask({ merge: 'borduria' });
    expect(kinds.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'merge' });
    expect(kinds.errors?.[0]?.message).toContain("names a state and 'keep' a person");
    const stance = await ask({ keep: 'ruritania-supports-border-treaty' });
    expect(stance.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'keep' });
    expect(codes(await ask({ merge: 'no-such-person' }))).toEqual(['NOT_FOUND']);

    // Alcazar's relation to the general would become the general's relation to himself.
    const blocked = await preview('general-alcazar', 'alcazar');
    expect(blocked.conflicts).toEqual([
      {
        entryId: 'general-alcazar',
        field: 'relations[0].to',
        message: expect.stringContaining('would refer to "general-alcazar" itself') as unknown,
        blocking: true,
      },
    ]);
    const refused = await post(
      app,
      MERGE,
      {
        keep: 'general-alcazar',
        merge: 'alcazar',
        keepVersion: blocked.keep.version,
        mergeVersion: blocked.merge.version,
      },
      { cookie: editor },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'merge',
      problems: [{ entryId: 'general-alcazar', field: 'relations[0].to' }],
    });
    expect(await snapshot()).toEqual(before);
  }, 90_000);

  test('the merge does what its preview said, in one change per entry, and replays by its key', async () => {
    await exportDataset({ driver, ...testDatabase(), dataDir: path.join(scratch, 'before') });
    const planned = await preview('rudolf-rassendyll', 'rassendyll');
    const variables = {
      keep: 'rudolf-rassendyll',
      merge: 'rassendyll',
      keepVersion: planned.keep.version,
      mergeVersion: planned.merge.version,
      key: 'merge-1',
    };
    const merged = dataOf<{
      entry: { id: string; version: string; body: Record<string, unknown> };
      changes: { action: string; collection: string; entryId: string; after: unknown; comment: string }[];
      plan: Plan;
    }>(await post(app, MERGE, variables, { cookie: editor }), 'mergeEntities');
    expect(merged.plan).toEqual(planned);
    expect(merged.entry.body).toEqual(planned.result);
    expect(merged.changes.map(({ action, entryId, comment }) => [action, entryId, comment])).toEqual([
      ['MERGE', 'rudolf-rassendyll', 'one man'],
      ['MERGE', 'rassendyll', 'one man'],
      ['MERGE', 'fixtureville', 'one man'],
      ['MERGE', 'ruritania-supports-border-treaty', 'one man'],
    ]);
    expect(merged.changes[1]!.after).toBeNull();
    // A retry with the same key is answered again, without a second merge.
    expect(dataOf(await post(app, MERGE, variables, { cookie: editor }), 'mergeEntities')).toEqual(merged);
  }, 90_000);

  test('the old id answers for the kept entity in every read by id', async () => {
    const ask = async <T>(query: string, field: string, id: string) => dataOf<T>(await post(app, query, { id }), field);
    for (const id of ['rassendyll', 'rudolf-rassendyll']) {
      const person = await ask<{ id: string; aliases: string[]; posts: { evidence: unknown[] }[] }>(
        'query ($id: ID!) { person(id: $id) { id aliases posts { evidence { quote } } } }',
        'person',
        id,
      );
      expect(person).toMatchObject({ id: 'rudolf-rassendyll', aliases: ['Rudolf', 'Rassendyll', 'R. Rassendyll'] });
      expect(person.posts.map(({ evidence }) => evidence.length)).toEqual([2]);
      expect(await ask('query ($id: ID!) { node(id: $id) { id } }', 'node', id)).toEqual({ id: 'rudolf-rassendyll' });
      expect(await ask('query ($id: ID!) { actor(id: $id) { id } }', 'actor', id)).toEqual({ id: 'rudolf-rassendyll' });
      const graph = await ask<{ nodes: { id: string; distance: number }[] }>(
        'query ($id: ID!) { neighbourhood(id: $id) { nodes { id distance } } }',
        'neighbourhood',
        id,
      );
      expect(graph.nodes.find(({ distance }) => distance === 0)?.id).toBe('rudolf-rassendyll');
      const path = await ask<{ nodes: { id: string }[] }>(
        'query ($id: ID!) { shortestPath(from: $id, to: "ruritania") { nodes { id } } }',
        'shortestPath',
        id,
      );
      expect(path.nodes.map((node) => node.id)).toContain('rudolf-rassendyll');
      const compared = await ask<{ actors: { id: string }[] }>(
        'query ($id: ID!) { comparePositions(actors: [$id, "ruritania"]) { actors { id } } }',
        'comparePositions',
        id,
      );
      expect(compared.actors).toEqual([{ id: 'rudolf-rassendyll' }, { id: 'ruritania' }]);
      const entry = await ask<{ id: string; body: { formerIds: string[] } }>(
        'query ($id: ID!) { entry(id: $id) { id body } }',
        'entry',
        id,
      );
      expect(entry).toMatchObject({ id: 'rudolf-rassendyll', body: { formerIds: ['rassendyll'] } });
      const history = await ask<{ action: string; entryId: string }[]>(
        'query ($id: ID!) { history(id: $id) { action entryId } }',
        'history',
        id,
      );
      expect(history).toEqual([
        { action: 'MERGE', entryId: 'rassendyll' },
        { action: 'MERGE', entryId: 'rudolf-rassendyll' },
      ]);
    }
    // The stance voiced by the merged person is now voiced by the kept one.
    const stance = await ask<{ body: { voicedBy: string } }>(
      'query ($id: ID!) { entry(id: $id) { body } }',
      'entry',
      'ruritania-supports-border-treaty',
    );
    expect(stance.body.voicedBy).toBe('rudolf-rassendyll');
    // The old id is taken: nothing may be added under it, nor refer to it.
    const again = await preview('rudolf-rassendyll', 'general-alcazar');
    expect(again.keep.id).toBe('rudolf-rassendyll');
    const reused = await post(app, PREVIEW, { keep: 'rassendyll', merge: 'general-alcazar' });
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'keep' });
  }, 120_000);

  test('the export shows exactly the merge, and seeding it writes nothing', async () => {
    const after = path.join(scratch, 'after');
    await exportDataset({ driver, ...testDatabase(), dataDir: after });
    const lines = changedLines(await readFiles(path.join(scratch, 'before')), await readFiles(after));
    expect(lines.filter((line) => !line.startsWith('people.yaml '))).toEqual([
      'places.yaml -      - rassendyll',
      'places.yaml +      - rudolf-rassendyll',
      'stances.yaml -    voicedBy: rassendyll',
      'stances.yaml +    voicedBy: rudolf-rassendyll',
    ]);
    expect(lines).toContain('people.yaml -  - id: rassendyll');
    expect(lines).toContain('people.yaml +    formerIds:');
    // The seed records the files' version; no fact, node or relationship is written.
    expect((await seedDatabase({ driver, ...testDatabase(), data: after })).changed).toBe(0);
  }, 90_000);
});
