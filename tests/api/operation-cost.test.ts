import { isObjectType, isInterfaceType, parse } from 'graphql';
import { describe, expect, test } from 'vitest';
import { createDrawingOperation, createOperations } from '../../bench/operations.js';
import * as queries from '../../client/src/api/queries.js';
import type { Operation } from '../../client/src/api/request.js';
import { DEFAULT_SERVER_CONFIG } from '../../server/config.js';
import { FIELD_SIZES, estimateCost } from '../../server/operation-cost.js';
import { createSchema } from '../../server/schema.js';
import { readDocumentedExamples } from '../support/documented-examples.js';

const schema = createSchema();
const { maxCost } = DEFAULT_SERVER_CONFIG;

function clientOperations(): Operation<unknown, unknown>[] {
  return Object.values(queries).flatMap((value) =>
    'text' in value
      ? [value as Operation<unknown, unknown>]
      : Object.values(value as Record<string, Operation<unknown, unknown>>),
  );
}

/** The largest values the web client sends: full pages, the deepest neighbourhood, a few actors. */
const CLIENT_VARIABLES = {
  id: 'russia',
  text: 'zelensky',
  from: '2025',
  to: '2026',
  depth: 3,
  limit: 200,
  actors: ['russia', 'ukraine', 'united-states'],
  party: 'ukraine',
  before: 'a',
  after: 'b',
  keep: 'russia',
  merge: 'ukraine',
};

describe('the cost model', () => {
  test('every field it sizes is a field of the schema', () => {
    for (const key of Object.keys(FIELD_SIZES)) {
      const [typeName, fieldName] = key.split('.') as [string, string];
      const type = schema.getType(typeName);
      expect(isObjectType(type) || isInterfaceType(type), key).toBe(true);
      expect(
        (isObjectType(type) || isInterfaceType(type)) && type.getFields()[fieldName],
        `${key} is not in the schema`,
      ).toBeTruthy();
    }
  });

  test('a neighbourhood costs more the deeper it reaches, and a page the more items it asks', () => {
    const neighbourhood = (depth: number) =>
      estimateCost(schema, parse(`{ neighbourhood(id: "russia", depth: ${depth}) { nodes { id } } }`));
    expect(neighbourhood(1)).toBeLessThan(neighbourhood(2));
    expect(neighbourhood(2)).toBeLessThan(neighbourhood(3));
    const meetings = (limit: number) => estimateCost(schema, parse(`{ meetings(limit: ${limit}) { items { id } } }`));
    expect(meetings(200)).toBeGreaterThan(meetings(10) * 10);
  });

  test('the depth asked through a variable is priced the same as one written inline', () => {
    const byVariable = estimateCost(
      schema,
      parse('query ($depth: Int) { neighbourhood(id: "russia", depth: $depth) { nodes { id } } }'),
      undefined,
      { depth: 3 },
    );
    expect(byVariable).toBe(estimateCost(schema, parse('{ neighbourhood(id: "russia", depth: 3) { nodes { id } } }')));
  });

  // Queries are priced at their largest variables; a mutation's answer is one entry, whatever it is sent.
  test.each(
    clientOperations()
      .filter((operation) => operation.isQuery)
      .map((operation) => [operation.name, operation] as const),
  )("the web client's %s fits the default limit at its largest", (name, operation) => {
    expect(estimateCost(schema, parse(operation.text), name, CLIENT_VARIABLES)).toBeLessThanOrEqual(maxCost);
  });

  test("the benchmark's operations fit the default limit", () => {
    const targets = {
      meeting: 'm',
      person: 'p',
      actors: ['a', 'b', 'c', 'd', 'e'],
      searchText: 'zelensky',
      pathTo: 'q',
      document: 'd',
    };
    for (const { name, ours } of [...createOperations(targets), createDrawingOperation(targets)]) {
      expect(estimateCost(schema, parse(ours.query), undefined, ours.variables), name).toBeLessThanOrEqual(maxCost);
    }
  });

  test('every documented question fits the default limit', async () => {
    for (const example of await readDocumentedExamples('docs/queries.md')) {
      expect(estimateCost(schema, parse(example.query)), example.id).toBeLessThanOrEqual(maxCost);
    }
  });
});
