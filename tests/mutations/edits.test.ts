import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { computeDiff } from '../../seed/diff/compute-diff.js';
import { withFactHashes } from '../../seed/diff/fact-hash.js';
import { readGraphFacts } from '../../seed/diff/read-graph-facts.js';
import { toGraphRows } from '../../seed/graph/to-graph-rows.js';
import { DATA_FILES, type Collection, type Dataset } from '../../seed/model/schema.js';
import type { RawEntries } from '../../seed/validate/validate-dataset.js';
import { parseEntry } from '../../seed/validate/validate-entry.js';
import { createApp, type App } from '../../server/app.js';
import { addUser } from '../../server/auth/users.js';
import { Executor } from '../../server/database/executor.js';
import { CHANGE_LABEL } from '../../server/mutations/changes.js';
import { codes, dataOf, post, signIn } from '../support/editor-client.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';
import { openEditDatabase } from '../support/edit-database.js';

const PASSWORD = 'editor password 1';
const NEW_TEXT = `Border talks resume

Ruritania and Borduria met again on Tuesday. The Bordurian envoy said Borduria
opposes the treaty in its present form.
`;

const ENTRY_FIELDS = 'entry { collection id version position body retracted }';
const CHANGE_FIELDS = 'change { id at by action collection entryId path comment before after }';
const ANSWER_FIELDS = `${ENTRY_FIELDS} ${CHANGE_FIELDS} quotes { path source start end }`;

const PUT_SOURCE = `mutation ($entry: SourceInput!, $text: String, $key: String) {
  putSource(entry: $entry, text: $text, comment: "today's article", idempotencyKey: $key) { ${ANSWER_FIELDS} } }`;
const PUT_STANCE = `mutation ($entry: StanceInput!, $version: String, $comment: String, $key: String) {
  putStance(entry: $entry, version: $version, comment: $comment, idempotencyKey: $key) { ${ANSWER_FIELDS} } }`;
const RETRACT = `mutation ($id: ID!, $path: String, $reason: String!, $version: String!) {
  retractFact(id: $id, path: $path, reason: $reason, version: $version, comment: "withdrawn") { ${ANSWER_FIELDS} } }`;
const ADD_ALIAS = `mutation ($id: ID!, $alias: String!, $version: String!) {
  addAlias(id: $id, alias: $alias, version: $version) { ${ENTRY_FIELDS} } }`;
const ENTRY = `query ($id: ID!) { entry(id: $id) { version body retracted } }`;
const HISTORY = `query ($id: ID!) { history(id: $id) { by action comment at path before after } }`;
const READ_STANCE = `query ($id: ID!) { node(id: $id) { id ... on Stance { summary position } } }`;
const REVISION = '{ dataset { revision } }';

interface EditAnswer {
  entry: {
    collection: string;
    id: string;
    version: string;
    position: number;
    body: Record<string, unknown>;
    retracted: boolean;
  };
  change: { id: string; at: string; by: string; action: string; before: unknown; after: unknown };
  quotes: { path: string; source: string; start: number; end: number }[];
}

const NEW_SOURCE = {
  id: 'border-talks-resume',
  publisher: 'Fixture Press',
  title: 'Border talks resume',
  date: '2025-07-01',
  dateInferred: false,
  url: 'https://example.org/border-talks-resume',
};

const QUOTE = 'The Bordurian envoy said Borduria opposes the treaty in its present form.';
const NEW_STANCE = {
  id: 'borduria-opposes-border-treaty',
  actor: 'borduria',
  issue: 'border-treaty',
  position: 'opposes',
  date: '2025-07',
  attribution: 'public-remarks',
  summary: 'Borduria opposes the treaty.',
  evidence: [{ source: 'border-talks-resume', quote: QUOTE }],
};

describe('editing the graph through GraphQL', () => {
  let driver: Driver;
  let executor: Executor;
  let app: App;
  let cookie: string;

  const revision = async () => dataOf<{ revision: number }>(await post(app, REVISION), 'dataset').revision;
  const changeCount = async () => {
    const [row] = await executor.read<{ count: number }>(`MATCH (c:${CHANGE_LABEL}) RETURN count(c) AS count`);
    return row!.count;
  };

  beforeAll(async () => {
    driver = connectTestDriver();
    executor = await openEditDatabase(driver, 'tests/fixtures/minimal');
    await addUser(executor, 'eddie', 'editor', PASSWORD);
    app = createApp({ driver, ...testDatabase(), logErrors: false, session: { hours: 1, secureCookie: false } });
    cookie = await signIn(app, 'eddie', PASSWORD);
  });
  afterAll(async () => {
    // The edits are not exported: leave no changes that would stop the next seed.
    await executor.write((run) => run(`MATCH (c:${CHANGE_LABEL}) DETACH DELETE c`));
    await driver.close();
  });

  test('an editor adds an article, records a fact from it, corrects it and retracts it; history shows each step', async () => {
    const source = dataOf<EditAnswer>(
      await post(app, PUT_SOURCE, { entry: NEW_SOURCE, text: NEW_TEXT }, { cookie }),
      'putSource',
    );
    expect(source.entry).toMatchObject({ collection: 'sources', id: NEW_SOURCE.id, retracted: false });
    expect(source.entry.body).toEqual({ ...NEW_SOURCE, file: 'border-talks-resume.txt', publisher: 'Fixture Press' });

    // A read before the fact exists, so that the response cache holds an answer the edit must replace.
    expect(codes(await post(app, READ_STANCE, { id: NEW_STANCE.id }))).toEqual(['NOT_FOUND']);

    const added = dataOf<EditAnswer>(
      await post(app, PUT_STANCE, { entry: NEW_STANCE, comment: 'from today' }, { cookie }),
      'putStance',
    );
    expect(added.change).toMatchObject({ by: 'eddie', action: 'ADD', before: null });
    expect(added.entry.body).toEqual(NEW_STANCE);
    const start = NEW_TEXT.indexOf('The Bordurian envoy');
    expect(added.quotes).toEqual([
      { path: 'evidence[0]', source: NEW_SOURCE.id, start, end: NEW_TEXT.indexOf('form.') + 'form.'.length },
    ]);
    expect(dataOf(await post(app, READ_STANCE, { id: NEW_STANCE.id }), 'node')).toEqual({
      id: NEW_STANCE.id,
      summary: 'Borduria opposes the treaty.',
      position: 'OPPOSES',
    });

    const corrected = dataOf<EditAnswer>(
      await post(
        app,
        PUT_STANCE,
        { entry: { ...NEW_STANCE, summary: 'Borduria opposes the treaty as drafted.' }, version: added.entry.version },
        { cookie },
      ),
      'putStance',
    );
    expect(corrected.entry.version).not.toBe(added.entry.version);
    expect(dataOf(await post(app, READ_STANCE, { id: NEW_STANCE.id }), 'node')).toMatchObject({
      summary: 'Borduria opposes the treaty as drafted.',
    });

    const retracted = dataOf<EditAnswer>(
      await post(
        app,
        RETRACT,
        { id: NEW_STANCE.id, reason: 'misread the envoy', version: corrected.entry.version },
        { cookie },
      ),
      'retractFact',
    );
    expect(retracted.entry.retracted).toBe(true);
    // Hidden from the graph, readable on request.
    expect(codes(await post(app, READ_STANCE, { id: NEW_STANCE.id }))).toEqual(['NOT_FOUND']);
    const stored = dataOf<{ body: Record<string, unknown> }>(await post(app, ENTRY, { id: NEW_STANCE.id }), 'entry');
    expect(stored.body['retracted']).toMatchObject({ reason: 'misread the envoy', by: 'eddie' });

    const history = dataOf<{ by: string; action: string; comment: string | null; at: string }[]>(
      await post(app, HISTORY, { id: NEW_STANCE.id }),
      'history',
    );
    expect(history.map(({ by, action, comment }) => [by, action, comment])).toEqual([
      ['eddie', 'ADD', 'from today'],
      ['eddie', 'EDIT', null],
      ['eddie', 'RETRACT', 'withdrawn'],
    ]);
    for (const { at } of history) expect(Date.parse(at)).toBeGreaterThan(Date.now() - 10 * 60_000);
  });

  test('an anonymous edit is UNAUTHENTICATED, one without the CSRF header is refused; neither writes', async () => {
    const before = { revision: await revision(), changes: await changeCount() };
    const stance = {
      ...NEW_STANCE,
      id: 'anonymous-stance',
      evidence: [{ source: 'fixture-article', quote: 'Borduria sent a delegation.' }],
    };
    expect(codes(await post(app, PUT_STANCE, { entry: stance }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await post(app, PUT_STANCE, { entry: stance }, { cookie, csrf: false }))).toEqual([
      'CSRF_HEADER_MISSING',
    ]);
    expect({ revision: await revision(), changes: await changeCount() }).toEqual(before);
  });

  test('an edit against an old version gets CONFLICT with the current one', async () => {
    const { version } = dataOf<{ version: string }>(await post(app, ENTRY, { id: 'ruritania' }), 'entry');
    const aliased = dataOf<{ entry: { version: string; body: { aliases: string[] } } }>(
      await post(app, ADD_ALIAS, { id: 'ruritania', alias: 'Kingdom of Ruritania', version }, { cookie }),
      'addAlias',
    );
    expect(aliased.entry.body.aliases).toEqual(['Strelsau', 'Kingdom of Ruritania']);
    const stale = await post(app, ADD_ALIAS, { id: 'ruritania', alias: 'Ruritanian Kingdom', version }, { cookie });
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors![0]!.extensions!['current']).toEqual({
      version: aliased.entry.version,
      entry: aliased.entry.body,
    });
    // The graph serves the alias the first edit added.
    const read = await post(app, '{ node(id: "ruritania") { ... on State { aliases } } }');
    expect(read.data).toEqual({ node: { aliases: ['Strelsau', 'Kingdom of Ruritania'] } });
  });

  test('a retried request with the same idempotency key is answered again without writing', async () => {
    const stance = {
      ...NEW_STANCE,
      id: 'borduria-delegation-stance',
      summary: 'Borduria takes part.',
      position: 'supports',
      evidence: [{ source: 'fixture-article', quote: 'Borduria sent a delegation.' }],
    };
    const first = dataOf<EditAnswer>(
      await post(app, PUT_STANCE, { entry: stance, key: 'retry-1' }, { cookie }),
      'putStance',
    );
    const changes = await changeCount();
    const current = await revision();
    const again = dataOf<EditAnswer>(
      await post(app, PUT_STANCE, { entry: stance, key: 'retry-1' }, { cookie }),
      'putStance',
    );
    expect(again).toEqual(first);
    expect({ changes: await changeCount(), revision: await revision() }).toEqual({ changes, revision: current });
    const reused = await post(app, PUT_STANCE, { entry: { ...stance, summary: 'Other.' }, key: 'retry-1' }, { cookie });
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
  });

  test('a quote not in its article is BAD_USER_INPUT naming the field, and the graph is unchanged', async () => {
    const before = { revision: await revision(), changes: await changeCount() };
    const stance = {
      ...NEW_STANCE,
      id: 'misquoted-stance',
      evidence: [
        { source: 'fixture-article', quote: 'Borduria sent a delegation.' },
        { source: 'fixture-article', quote: 'Borduria walked out of the talks.' },
      ],
    };
    const answer = await post(app, PUT_STANCE, { entry: stance }, { cookie });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'evidence[1].quote' });
    expect(answer.errors?.[0]?.message).toContain(
      'evidence[1].quote: not found in article fixture-article.txt (fixture-article): "Borduria walked out of the talks."',
    );
    const unknown = await post(
      app,
      PUT_STANCE,
      { entry: { ...stance, id: 'other', actor: 'syldavia', evidence: [stance.evidence[0]] } },
      { cookie },
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actor' });
    expect(codes(await post(app, READ_STANCE, { id: 'misquoted-stance' }))).toEqual(['NOT_FOUND']);
    expect({ revision: await revision(), changes: await changeCount() }).toEqual(before);
  });

  test('an entity other facts refer to cannot be retracted; a nested fact can', async () => {
    const { version } = dataOf<{ version: string }>(await post(app, ENTRY, { id: 'borduria' }), 'entry');
    const refused = await post(app, RETRACT, { id: 'borduria', reason: 'duplicate', version }, { cookie });
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors?.[0]?.message).toMatch(/other facts still refer to/);
    expect(dataOf(await post(app, '{ node(id: "borduria") { id } }'), 'node')).toEqual({ id: 'borduria' });

    const POSTS = '{ person(id: "rudolf-rassendyll") { posts { title } } }';
    expect(dataOf(await post(app, POSTS), 'person')).toEqual({ posts: [{ title: 'Foreign Minister' }] });
    const person = dataOf<{ version: string }>(await post(app, ENTRY, { id: 'rudolf-rassendyll' }), 'entry');
    const retracted = dataOf<EditAnswer>(
      await post(
        app,
        RETRACT,
        { id: 'rudolf-rassendyll', path: 'posts[0]', reason: 'not in the article', version: person.version },
        { cookie },
      ),
      'retractFact',
    );
    expect(retracted.entry.retracted).toBe(false);
    expect((retracted.entry.body['posts'] as { retracted?: unknown }[])[0]?.retracted).toMatchObject({
      reason: 'not in the article',
    });
    expect(dataOf(await post(app, POSTS), 'person')).toEqual({ posts: [] });
    const wrongPath = await post(
      app,
      RETRACT,
      { id: 'rudolf-rassendyll', path: 'posts[5]', reason: 'typo', version: retracted.entry.version },
      { cookie },
    );
    expect(wrongPath.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'path' });
  });

  test('renaming an entity rewrites the names derived from it', async () => {
    const { version, body } = dataOf<{ version: string; body: Record<string, unknown> }>(
      await post(app, ENTRY, { id: 'border-treaty' }),
      'entry',
    );
    const PUT_ISSUE = `mutation ($entry: IssueInput!, $version: String) {
      putIssue(entry: $entry, version: $version) { entry { version } } }`;
    dataOf(await post(app, PUT_ISSUE, { entry: { ...body, name: 'Border accord' }, version }, { cookie }), 'putIssue');
    const [stance] = await executor.read<{ name: string }>(
      `MATCH (s:Stance {id: 'ruritania-supports-border-treaty'}) RETURN s.name AS name`,
    );
    expect(stance?.name).toBe('Ruritania supports: Border accord');
  });

  test('after every edit, the graph is what a seed of its own entries would write', async () => {
    const entries = await executor.read<{ collection: Collection; body: string }>(
      'MATCH (e:Entry) RETURN e.collection AS collection, e.body AS body ORDER BY e.position',
    );
    const texts = new Map(
      (await executor.read<{ id: string; text: string }>('MATCH (s:Source) RETURN s.id AS id, s.text AS text')).map(
        ({ id, text }) => [id, text],
      ),
    );
    const collections = Object.keys(DATA_FILES) as Collection[];
    const raw = Object.fromEntries(collections.map((collection) => [collection, []])) as unknown as RawEntries;
    const dataset = Object.fromEntries(collections.map((collection) => [collection, []])) as unknown as Record<
      Collection,
      unknown[]
    >;
    for (const { collection, body } of entries) {
      const entry = JSON.parse(body) as Record<string, unknown>;
      raw[collection].push(entry);
      const { value } = parseEntry(collection, entry);
      expect(value).toBeDefined();
      dataset[collection].push(collection === 'sources' ? { ...value, text: texts.get(String(entry['id'])) } : value);
    }
    const rows = withFactHashes(toGraphRows(dataset as unknown as Dataset, raw));
    const session = driver.session(testDatabase());
    try {
      const diff = computeDiff(rows, await readGraphFacts(session));
      expect(diff.size).toBe(0);
    } finally {
      await session.close();
    }
  });
});
