import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seedDatabase } from '../../seed/seed-database.js';
import { createApp, type App } from '../../server/app.js';
import { postGraphQL } from '../support/graphql.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';

interface DrawnGraph {
  nodes: { id: string; type: string; date: string | null }[];
  edges: { id: string; type: string; source: string; target: string; date: string | null }[];
}

const GRAPH_FIELDS = 'nodes { id type date } edges { id type source target date }';

describe('a drawn graph dates its delegations, seats and representation by their meeting, and says how each fact is given', () => {
  let driver: Driver;
  let app: App;

  beforeAll(async () => {
    driver = connectTestDriver();
    await seedDatabase({ driver, ...testDatabase(), data: 'seed/data', reset: true });
    app = createApp({ driver, ...testDatabase(), logErrors: false });
  });
  afterAll(() => driver?.close());

  const neighbourhood = async (args: string): Promise<DrawnGraph> => {
    const response = await postGraphQL<{ neighbourhood: DrawnGraph }>(
      app,
      `{ neighbourhood(${args}) { ${GRAPH_FIELDS} } }`,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.neighbourhood;
  };

  test('every drawn delegation and every edge touching one carries its meeting’s day', async () => {
    const graph = await neighbourhood('id: "rustem-umerov", depth: 2');
    const dateOf = new Map(graph.nodes.map((node) => [node.id, node.date]));
    const meetingOf = new Map(graph.edges.filter((edge) => edge.type === 'AT').map((e) => [e.source, e.target]));
    const delegations = graph.nodes.filter((node) => node.type === 'DELEGATION');
    expect(delegations.map((d) => d.id)).toEqual(
      expect.arrayContaining(['istanbul-talks-2025-06-02-ukraine', 'abu-dhabi-talks-2026-02-04-ukraine']),
    );
    for (const delegation of delegations) {
      const meeting = meetingOf.get(delegation.id);
      // A delegation two hops away is drawn without its meeting, but still with its day.
      expect(delegation.date, delegation.id).toEqual(meeting ? dateOf.get(meeting) : expect.any(String));
    }
    expect([...meetingOf.keys()]).toContain('istanbul-talks-2025-06-02-ukraine');
    expect(dateOf.get('istanbul-talks-2025-06-02-ukraine')).toBe('2025-06-02');
    expect(dateOf.get('abu-dhabi-talks-2026-02-04-ukraine')).toBe('2026-02-04');

    const delegationIds = new Set(delegations.map((d) => d.id));
    const touching = graph.edges.filter((edge) => delegationIds.has(edge.source) || delegationIds.has(edge.target));
    expect(new Set(touching.map((edge) => edge.type))).toEqual(new Set(['AT', 'REPRESENTS', 'MEMBER_OF']));
    for (const edge of touching) {
      const delegation = delegationIds.has(edge.source) ? edge.source : edge.target;
      expect(edge.date, edge.id).toBe(dateOf.get(delegation));
    }
  });

  test('a June delegation is not drawn in a range that ends in April', async () => {
    const graph = await neighbourhood('id: "rustem-umerov", depth: 2, to: "2025-04"');
    const delegations = graph.nodes.filter((node) => node.type === 'DELEGATION');
    expect(delegations.map((d) => d.id)).not.toContain('istanbul-talks-2025-06-02-ukraine');
    expect(delegations.every((d) => d.date! <= '2025-04')).toBe(true);
  });

  test('a path through a delegation dates it too', async () => {
    const response = await postGraphQL<{ shortestPath: DrawnGraph }>(
      app,
      `{ shortestPath(from: "istanbul-talks-2025-06-02-ukraine", to: "ukraine") { ${GRAPH_FIELDS} } }`,
    );
    expect(response.errors).toBeUndefined();
    const path = response.data!.shortestPath;
    expect(path.nodes.map((node) => [node.id, node.date])).toEqual([
      ['istanbul-talks-2025-06-02-ukraine', '2025-06-02'],
      ['ukraine', null],
    ]);
    expect(path.edges.map((edge) => [edge.type, edge.date])).toEqual([['REPRESENTS', '2025-06-02']]);
  });

  test('a planned seat is PLANNED, a stated one STATED, as the graph stores them', async () => {
    const response = await postGraphQL<{ neighbourhood: { edges: { id: string; status: string }[] } }>(
      app,
      '{ neighbourhood(id: "rustem-umerov", depth: 1) { edges { id status } } }',
    );
    expect(response.errors).toBeUndefined();
    const drawn = new Map(response.data!.neighbourhood.edges.map((edge) => [edge.id, edge.status]));
    const { records } = await driver.executeQuery(
      `MATCH (:Person {id: 'rustem-umerov'})-[r]-() RETURN r.key AS id, toUpper(coalesce(r.status, 'stated')) AS status`,
      {},
      testDatabase(),
    );
    const stored = new Map(records.map((record) => [record.get('id') as string, record.get('status') as string]));
    // The drawing also joins the neighbours to each other; the person's own facts are compared.
    expect(new Map([...stored.keys()].map((id) => [id, drawn.get(id)]))).toEqual(stored);
    expect(new Set(drawn.values())).toEqual(new Set(['STATED', 'PLANNED']));
  });

  test("a meeting's own links carry its status as a fact status: a held round's place and predecessor are STATED", async () => {
    // The drawing the web client opens with reaches meetings' places at depth 2; a meeting's word
    // ("held") is not a fact status, and once made the whole answer an error.
    const wide = await postGraphQL(app, '{ neighbourhood(id: "russia", depth: 2) { edges { status } } }');
    expect(wide.errors).toBeUndefined();
    const response = await postGraphQL<{ neighbourhood: { edges: { type: string; status: string }[] } }>(
      app,
      '{ neighbourhood(id: "istanbul-talks-2025-06-02", depth: 1) { edges { type status } } }',
    );
    expect(response.errors).toBeUndefined();
    const own = response.data!.neighbourhood.edges.filter((edge) => ['HELD_IN', 'FOLLOWS'].includes(edge.type));
    expect(own.map((edge) => edge.type).sort()).toEqual(['FOLLOWS', 'HELD_IN']);
    expect(own.map((edge) => edge.status)).toEqual(['STATED', 'STATED']);
  });
});
