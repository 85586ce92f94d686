import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seedDatabase } from '../../seed/seed-database.js';
import { createApp, type App } from '../../server/app.js';
import { postGraphQL } from '../support/graphql.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';

interface Evidence {
  quote: string;
  source: { id: string; publisher: string | null; title: string | null; date: string };
}

describe('the questions the first API answers, each in one request', () => {
  let driver: Driver;
  let app: App;
  const queries: string[] = [];

  beforeAll(async () => {
    driver = connectTestDriver();
    await seedDatabase({ driver, ...testDatabase(), data: 'seed/data', reset: true });
    app = createApp({ driver, ...testDatabase(), logErrors: false, onQuery: (query) => queries.push(query) });
  });
  afterAll(() => driver.close());

  test('V1: who headed each delegation at the Istanbul talks of 2 June 2025, and whom each represented', async () => {
    queries.length = 0;
    const response = await postGraphQL<{
      meetings: {
        items: {
          id: string;
          place: { name: string };
          mediators: { role: string; actor: { name: string } }[];
          delegations: {
            represents: { __typename: string; name: string };
            heads: { person: { name: string }; capacity: string | null; evidence: Evidence[] }[];
          }[];
        }[];
      };
    }>(
      app,
      `query V1 {
        meetings(from: "2025-06-02", to: "2025-06-02", kind: TALKS_ROUND) { items {
          id
          place { name }
          mediators { role actor { name } }
          delegations {
            represents { __typename name }
            heads { person { name } capacity evidence { quote source { id publisher title date } } }
          }
        } }
      }`,
    );
    expect(response.errors).toBeUndefined();
    const [meeting] = response.data!.meetings.items;
    expect(response.data!.meetings.items).toHaveLength(1);
    expect(meeting!.place.name).toBe('Istanbul');
    expect(meeting!.mediators).toContainEqual({ role: 'CHAIR', actor: { name: 'Hakan Fidan' } });
    // The delegations announced before the talks (status PLANNED) have no heads.
    const heads = Object.fromEntries(
      meeting!.delegations
        .filter((d) => d.heads.length > 0)
        .map((d) => [d.represents.name, d.heads.map((h) => h.person.name)]),
    );
    expect(heads).toEqual({ Russia: ['Vladimir Medinsky'], Ukraine: ['Rustem Umerov'] });
    for (const delegation of meeting!.delegations) {
      expect(delegation.represents.__typename).toBe('State');
      for (const head of delegation.heads) {
        expect(head.evidence.length).toBeGreaterThan(0);
        for (const item of head.evidence) expect(item.source.date).toMatch(/^\d{4}/);
      }
    }
    expect(queries).toHaveLength(1);
  });

  test('V3: the posts Rustem Umerov has held, with attested dates and evidence', async () => {
    queries.length = 0;
    const response = await postGraphQL<{
      person: {
        name: string;
        posts: { title: string; of: { name: string }; attested: string; evidence: Evidence[] }[];
      };
    }>(
      app,
      `query V3($id: ID!) {
        person(id: $id) {
          name
          posts { title of { name } attested evidence { quote source { id publisher title date } } }
        }
      }`,
      { id: 'rustem-umerov' },
    );
    expect(response.errors).toBeUndefined();
    const posts = response.data!.person.posts;
    expect(posts.map((post) => post.title)).toEqual(expect.arrayContaining(['Defence Minister']));
    expect(posts.some((post) => /National Security and Defence Council/.test(`${post.title} ${post.of.name}`))).toBe(
      true,
    );
    // Ordered by the attested date: the June 2025 post comes before the February 2026 one.
    expect(posts.map((post) => post.attested)).toEqual([...posts.map((post) => post.attested)].sort());
    expect(posts[0]!.attested.startsWith('2025-06')).toBe(true);
    expect(posts.at(-1)!.attested.startsWith('2026-02')).toBe(true);
    for (const post of posts) {
      expect(post.evidence.length).toBeGreaterThan(0);
      for (const item of post.evidence) expect(item.quote).toContain('Umerov');
    }
    expect(queries).toHaveLength(1);
  });

  test('aliases and fragments are honoured in the one projected query', async () => {
    const response = await postGraphQL<{ a: { n: string; m: { id: string }[] }; b: { id: string } }>(
      app,
      `query {
        a: person(id: "rustem-umerov") { n: name m: delegations { ...Seat } }
        b: node(id: "rustem-umerov") { id ... on Person { name } }
      }
      fragment Seat on Membership { id: role }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.a.n).toBe('Rustem Umerov');
    expect(response.data!.a.m.length).toBeGreaterThanOrEqual(2);
    expect(response.data!.b).toEqual({ id: 'rustem-umerov', name: 'Rustem Umerov' });
  });

  test('an unknown id is NOT_FOUND, named in the message', async () => {
    const response = await postGraphQL(app, '{ person(id: "no-such-person") { name } }');
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: 'Person `no-such-person` not found',
        extensions: expect.objectContaining({ code: 'NOT_FOUND' }),
      }),
    ]);
  });

  test('a malformed date is rejected before any query runs', async () => {
    queries.length = 0;
    const response = await postGraphQL(app, 'query($from: PartialDate) { meetings(from: $from) { total } }', {
      from: '2025-13',
    });
    expect(response.errors?.[0]?.message).toContain('not a date (YYYY, YYYY-MM or YYYY-MM-DD): "2025-13"');
    expect(queries).toHaveLength(0);
  });

  test('the dataset reports its version', async () => {
    const response = await postGraphQL<{ dataset: { version: string; facts: number; quotes: number } }>(
      app,
      '{ dataset { version facts quotes } }',
    );
    expect(response.data!.dataset.version).toMatch(/^[0-9a-f]{16}$/);
    expect(response.data!.dataset.quotes).toBeGreaterThanOrEqual(response.data!.dataset.facts);
  });
  test('stances filtered by issue and position alone: only those, and all of them', async () => {
    const response = await postGraphQL<{
      stances: { total: number; items: { position: string; issue: { id: string } }[] };
    }>(
      app,
      `{ stances(filter: { issues: ["ceasefire"], positions: [REJECTS, OPPOSES, CONDITIONAL] }, limit: 200) {
          total items { position issue { id } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const { total, items } = response.data!.stances;
    const { records } = await driver.executeQuery(
      `MATCH (:Actor)-[:TAKES]->(s:Stance)-[:ON]->(:Issue {id: 'ceasefire'})
       WHERE s.position IN ['rejects', 'opposes', 'conditional'] RETURN count(s) AS count`,
      {},
      testDatabase(),
    );
    expect(total).toBe(Number(records[0]!.get('count')));
    expect(total).toBeGreaterThan(0);
    expect(items).toHaveLength(total);
    for (const item of items) {
      expect(item.issue.id).toBe('ceasefire');
      expect(['REJECTS', 'OPPOSES', 'CONDITIONAL']).toContain(item.position);
    }
  });
});
