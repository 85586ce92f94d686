import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { OPERATION_LIMITS } from '../../server/armor.js';
import { createApp, type App } from '../../server/app.js';
import { toLuceneQuery } from '../../server/queries/search.js';
import { postGraphQL } from '../support/graphql.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';

describe('limits on what one operation may ask', () => {
  let driver: Driver;
  let app: App;
  let roundTrips = 0;

  beforeAll(() => {
    driver = connectTestDriver();
    app = createApp({ driver, ...testDatabase(), logErrors: false, onQuery: () => (roundTrips += 1) });
  });
  afterAll(() => driver.close());

  async function rejected(query: string, variables: Record<string, unknown> = {}) {
    roundTrips = 0;
    const response = await postGraphQL(app, query, variables);
    expect(roundTrips).toBe(0);
    return response.errors ?? [];
  }

  test(`depth beyond ${OPERATION_LIMITS.maxDepth} is refused before any query runs`, async () => {
    const hop = (inner: string) =>
      `delegations { delegation { meeting { delegations { members { person { ${inner} } } } } } }`;
    const errors = await rejected(`{ person(id: "rustem-umerov") { ${hop(hop('name'))} } }`);
    expect(errors[0]).toMatchObject({
      message: expect.stringMatching(/depth limit of 12 exceeded/i),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  test(`more than ${OPERATION_LIMITS.maxAliases} aliases are refused`, async () => {
    const aliases = Array.from(
      { length: OPERATION_LIMITS.maxAliases + 1 },
      (_, index) => `a${index}: dataset { version }`,
    ).join(' ');
    const errors = await rejected(`{ ${aliases} }`);
    expect(errors[0]).toMatchObject({
      message: expect.stringMatching(/aliases limit of 15 exceeded/i),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  test('an operation too costly is refused', async () => {
    const wide =
      'stances { id date summary actor { id name aliases stances { id date issue { id name } } } issue { id name stances { id date actor { id name aliases } issue { id name } } } }';
    const fields = Array.from({ length: 15 }, (_, index) => `i${index}: issue(id: "ceasefire") { ${wide} }`).join(' ');
    const errors = await rejected(`{ ${fields} }`);
    expect(errors[0]).toMatchObject({
      message: expect.stringMatching(/cost limit/i),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  test('checks remembered for a document are remembered per set of variables', async () => {
    // One document, asked again with other variables: neither the cost nor the argument rules may
    // answer from what they worked out for the first set.
    const query = `query ($depth: Int!, $id: ID!) {
      ${Array.from({ length: 15 }, (_, index) => `n${index}: neighbourhood(id: $id, depth: $depth) { nodes { id } edges { id evidence { quote } } }`).join(' ')}
    }`;
    for (let round = 0; round < 2; round++) {
      // The cheap set passes the checks (what the database then answers is not the point here).
      const cheap = await postGraphQL(app, query, { depth: 1, id: 'russia' });
      expect((cheap.errors ?? []).map((error) => error.extensions?.code)).not.toContain('BAD_USER_INPUT');
      expect(await rejected(query, { depth: 3, id: 'russia' })).toEqual([
        expect.objectContaining({ message: expect.stringMatching(/cost limit/i) }),
      ]);
      expect(await rejected(query, { depth: 1, id: '' })).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
      ]);
    }
  });

  test('arguments out of range are BAD_USER_INPUT, naming the argument and the rule', async () => {
    const cases: [string, string][] = [
      ['{ neighbourhood(id: "ukraine", depth: 7) { nodes { id } } }', "'depth' must be 1–3, got 7"],
      ['{ meetings(limit: 1000) { total } }', "'limit' must be 1–200, got 1000"],
      ['{ meetings(from: "2026", to: "2025") { total } }', "'from' (2026) must not be after 'to' (2025)"],
      ['{ search(text: "   ") { score } }', "'text' must not be empty"],
      [
        '{ shortestPath(from: "ukraine", to: "ukraine") { nodes { id } } }',
        `'from' and 'to' must be different entities, got "ukraine" twice`,
      ],
      ['{ neighbourhood(id: "ukraine", name: "Ukraine") { nodes { id } } }', "give exactly one of 'id' and 'name'"],
      ['{ comparePositions(actors: []) { actors { id } } }', "'actors' must list at least one id"],
    ];
    for (const [query, message] of cases) {
      expect(await rejected(query)).toEqual([
        expect.objectContaining({ message, extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
      ]);
    }
  });

  test('field suggestions do not leak the schema', async () => {
    const errors = await rejected('{ person(id: "rustem-umerov") { nam } }');
    expect(errors[0]?.message).not.toContain('Did you mean');
  });

  test('search text is only ever words to Lucene: operators and syntax are neutralised', () => {
    expect(toLuceneQuery("x' OR 1=1")).toBe(
      "(x'^3 OR x'* OR x'~1) AND (or^3 OR or* OR or~1) AND (1=1^3 OR 1=1* OR 1=1~1)",
    );
    expect(toLuceneQuery('name:* AND (Zelensky~ ^9)')).toBe(
      '(name^3 OR name* OR name~1) AND (and^3 OR and* OR and~1) AND (zelensky^3 OR zelensky* OR zelensky~2) AND (9^3 OR 9* OR 9~1)',
    );
    expect(toLuceneQuery('*?')).toBeUndefined();
  });
});
