import { parse } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { seedDatabase } from '../../seed/seed-database.js';
import { createApp, type App } from '../../server/app.js';
import { hasNestedAliases } from '../../server/execution.js';
import { ProjectionCompiler } from '../../server/projection/compile-projection.js';
import { postGraphQL } from '../support/graphql.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';

describe('compiled execution: the projection compiled once per document, graphql-jit below the root', () => {
  let driver: Driver;
  let app: App;
  const queries: { query: string; parameters: Record<string, unknown> }[] = [];

  beforeAll(async () => {
    driver = connectTestDriver();
    await seedDatabase({ driver, ...testDatabase(), data: 'seed/data', reset: true });
    app = createApp({
      driver,
      ...testDatabase(),
      logErrors: false,
      onQuery: (query, parameters) => queries.push({ query, parameters }),
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    queries.length = 0;
  });
  afterAll(() => driver.close());

  test('the same document about another id reuses the compiled Cypher', async () => {
    const project = vi.spyOn(ProjectionCompiler.prototype, 'project');
    const document = 'query ($id: ID!) { person(id: $id) { name posts { title of { name } } } }';
    const first = await postGraphQL<{ person: { name: string } }>(app, document, { id: 'rustem-umerov' });
    const compiles = project.mock.calls.length;
    const second = await postGraphQL<{ person: { name: string } }>(app, document, { id: 'vladimir-medinsky' });

    expect(first.data?.person.name).toBe('Rustem Umerov');
    expect(second.data?.person.name).toBe('Vladimir Medinsky');
    expect(compiles).toBeGreaterThan(0);
    expect(project.mock.calls.length).toBe(compiles);
    expect(queries[1]?.query).toBe(queries[0]?.query);
    expect(queries.map((query) => query.parameters['id'])).toEqual(['rustem-umerov', 'vladimir-medinsky']);
  });

  test('a variable used below the root field compiles anew for each value', async () => {
    const document = 'query ($asOf: PartialDate) { person(id: "rustem-umerov") { posts(asOf: $asOf) { title } } }';
    const titles = async (asOf: string) =>
      (await postGraphQL<{ person: { posts: { title: string }[] } }>(app, document, { asOf })).data?.person.posts.map(
        (post) => post.title,
      );

    expect(await titles('2025-12')).toEqual(['Defence Minister']);
    expect(await titles('2026-02')).toEqual(['Secretary']);
    expect(await titles('2025-12')).toEqual(['Defence Minister']);
  });

  test('a field aliased below the root reads its own value (graphql-js with response keys)', async () => {
    const response = await postGraphQL<{
      person: { now: { title: string }[]; before: { title: string }[]; n: string };
    }>(
      app,
      '{ person(id: "rustem-umerov") { n: name now: posts(asOf: "2026-02") { title } before: posts(asOf: "2025-12") { title } } }',
    );
    expect(response.data).toEqual({
      person: { n: 'Rustem Umerov', now: [{ title: 'Secretary' }], before: [{ title: 'Defence Minister' }] },
    });
  });

  test('errors keep their code and their place in the document, and carry no stack trace', async () => {
    const response = await postGraphQL(
      app,
      'query ($id: ID!) {\r\n  dataset { version }\n  person(id: $id) { name }\n}',
      {
        id: 'no-such-person',
      },
    );
    expect(response.errors).toEqual([
      {
        message: 'Person `no-such-person` not found',
        locations: [{ line: 3, column: 3 }],
        path: ['person'],
        extensions: { code: 'NOT_FOUND' },
      },
    ]);
  });

  test.each([
    ['{ person(id: "x") { name } }', false],
    ['{ a: person(id: "x") { name } b: meeting(id: "y") { id } }', false],
    ['{ ... on Query { a: person(id: "x") { name } } }', false],
    ['{ person(id: "x") { n: name } }', true],
    ['{ person(id: "x") { posts { ... on Post { t: title } } } }', true],
    ['{ person(id: "x") { ...F } } fragment F on Person { n: name }', true],
  ])('hasNestedAliases(%s) is %s', (source, expected) => {
    expect(hasNestedAliases(parse(source))).toBe(expected);
  });
});
