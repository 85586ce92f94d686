import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seedDatabase } from '../../seed/seed-database.js';
import { createApp, type App } from '../../server/app.js';
import { postGraphQL } from '../support/graphql.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';

/** Claims, conditions, status, documents, groups, contacts and events, on the claims fixture. */
describe('who says what about whom', () => {
  let driver: Driver;
  let app: App;
  const queries: string[] = [];

  beforeAll(async () => {
    driver = connectTestDriver();
    await seedDatabase({ driver, ...testDatabase(), data: 'tests/fixtures/claims', reset: true });
    app = createApp({ driver, ...testDatabase(), logErrors: false, onQuery: (query) => queries.push(query) });
  });
  afterAll(() => driver.close());

  /** Runs one operation, expecting no errors and one database round trip per root field. */
  async function ask<T>(query: string, rootFields = 1): Promise<T> {
    queries.length = 0;
    const response = await postGraphQL<T>(app, query);
    expect(response.errors).toBeUndefined();
    expect(queries).toHaveLength(rootFields);
    return response.data!;
  }

  test("an accusation is a claim about its holder, never among the holder's own positions", async () => {
    const data = await ask<Record<string, unknown>>(`{
      actor(id: "rudolf-rassendyll") {
        stances { id }
        claimsAbout(by: "borduria") { id claimant { name } position condition { text issue { id } } event targets { id } }
      }
    }`);
    expect(data).toEqual({
      actor: {
        stances: [],
        claimsAbout: [
          {
            id: 'rudolf-rassendyll-conditional-border-treaty',
            claimant: { name: 'Borduria' },
            position: 'CONDITIONAL',
            condition: { text: 'only on his own terms', issue: null },
            event: 'ACCUSE',
            targets: [{ id: 'rudolf-rassendyll' }],
          },
        ],
      },
    });
  });

  test('what an actor says about others, optionally about one of them', async () => {
    const data = await ask<{ actor: { all: unknown[]; aboutOther: unknown[] } }>(`{
      actor(id: "borduria") { all: claims { id actor { id } } aboutOther: claims(about: "ruritania") { id } }
    }`);
    expect(data.actor).toEqual({
      all: [{ id: 'rudolf-rassendyll-conditional-border-treaty', actor: { id: 'rudolf-rassendyll' } }],
      aboutOther: [],
    });
  });

  test('a condition links its issue, and a reported position names who reported it', async () => {
    const data = await ask<Record<string, unknown>>(`{
      actor(id: "ruritanian-sources") {
        __typename
        ... on Group { kind of { id } }
        stances { condition { text issue { id } } status statusBy { id } }
      }
    }`);
    expect(data).toEqual({
      actor: {
        __typename: 'Group',
        kind: 'OFFICIALS',
        of: { id: 'ruritania' },
        stances: [
          {
            condition: { text: 'if Borduria withdraws its troops', issue: { id: 'troop-withdrawal' } },
            status: 'REPORTED',
            statusBy: [{ id: 'ruritanian-sources' }],
          },
        ],
      },
    });
  });

  test('a document: its author, addressees, terms and what happened to it, in one request', async () => {
    const data = await ask<Record<string, unknown>>(`{
      document(id: "ruritania-draft-treaty") {
        kind authors { id } addressees { id }
        terms { id position issue { id } }
        events { kind by { id } to { id } meeting { id } event status statusBy { id } }
      }
    }`);
    expect(data).toEqual({
      document: {
        kind: 'DRAFT',
        authors: [{ id: 'ruritania' }],
        addressees: [{ id: 'borduria' }, { id: 'fixture-league' }],
        terms: [{ id: 'ruritania-proposes-river-border', position: 'PROPOSES', issue: { id: 'border-treaty' } }],
        events: [
          {
            kind: 'HANDED_OVER',
            by: { id: 'ruritania' },
            to: [{ id: 'borduria' }, { id: 'fixture-league' }],
            meeting: { id: 'fixtureville-talks' },
            event: 'COOPERATE',
            status: 'STATED',
            statusBy: [],
          },
          {
            kind: 'RECEIVED',
            by: { id: 'borduria' },
            to: [],
            meeting: null,
            event: null,
            status: 'DENIED',
            statusBy: [{ id: 'borduria' }],
          },
        ],
      },
    });
  });

  test('an unknown document fails with NOT_FOUND', async () => {
    const response = await postGraphQL(app, '{ document(id: "no-such-document") { id } }');
    expect(response.errors?.map((error) => [error.message, error.extensions?.code])).toEqual([
      ['Document `no-such-document` not found', 'NOT_FOUND'],
    ]);
  });

  test("a meeting's end that was only announced, and its curator's note", async () => {
    const data = await ask<Record<string, unknown>>(`{
      meeting(id: "fixtureville-talks") { end status endStatus note documents { kind } }
    }`);
    expect(data).toEqual({
      meeting: {
        end: '2025-06-05',
        status: 'HELD',
        endStatus: 'SCHEDULED',
        note: 'The second day was only announced.',
        documents: [{ kind: 'HANDED_OVER' }],
      },
    });
  });

  test('groups with their members, and contacts outside meetings', async () => {
    const data = await ask<Record<string, unknown>>(
      `{
        groups { total items { id members { actor { id } } } }
        contacts(actor: "borduria", from: "2025-06", to: "2025-06") { total items { name kind parties { id } initiator { id } event } }
      }`,
      2,
    );
    expect(data).toEqual({
      groups: {
        total: 2,
        items: [
          { id: 'fixture-league', members: [{ actor: { id: 'ruritania' } }] },
          { id: 'ruritanian-sources', members: [] },
        ],
      },
      contacts: {
        total: 1,
        items: [
          {
            name: 'Ruritania–Borduria consultation',
            kind: 'CONSULTATION',
            parties: [{ id: 'borduria' }, { id: 'ruritania' }],
            initiator: { id: 'ruritania' },
            event: 'CONSULT',
          },
        ],
      },
    });
  });

  test('status filters: confirmed facts only, and claims by a claimant', async () => {
    const data = await ask<{ confirmed: { items: { id: string }[] }; claimed: { items: unknown[] } }>(
      `{
        confirmed: stances(filter: { confirmedOnly: true }) { items { id } }
        claimed: stances(filter: { claimedBy: ["borduria"] }) { items { id actor { id } claimant { id } } }
      }`,
      2,
    );
    expect(data.confirmed.items.map((item) => item.id)).toEqual([
      'fixture-league-supports-border-treaty',
      'ruritania-proposes-river-border',
      'ruritania-supports-border-treaty',
    ]);
    expect(data.claimed.items).toEqual([
      {
        id: 'rudolf-rassendyll-conditional-border-treaty',
        actor: { id: 'rudolf-rassendyll' },
        claimant: { id: 'borduria' },
      },
    ]);
  });

  test("every claim, whoever made it, apart from the holders' own word; a claimant narrows it", async () => {
    const data = await ask<{
      claims: { items: unknown[] };
      own: { items: { id: string }[] };
      none: { items: unknown[] };
    }>(
      `{
        claims: stances(filter: { claims: true }) { items { id actor { id } claimant { id } } }
        own: stances { items { id } }
        none: stances(filter: { claims: true, claimedBy: ["ruritania"] }) { items { id } }
      }`,
      3,
    );
    expect(data.claims.items).toEqual([
      {
        id: 'rudolf-rassendyll-conditional-border-treaty',
        actor: { id: 'rudolf-rassendyll' },
        claimant: { id: 'borduria' },
      },
    ]);
    expect(data.own.items.map((item) => item.id)).not.toContain('rudolf-rassendyll-conditional-border-treaty');
    expect(data.none.items).toEqual([]);
  });

  test('who did what to whom, in PLOVER event types, by date', async () => {
    const data = await ask<{ events: { total: number; items: unknown[] } }>(`{
      events(types: [ACCUSE, COOPERATE]) { total items { date source { id } type target { id } factId factType evidence { source { id } } } }
    }`);
    expect(data.events).toEqual({
      total: 3,
      items: [
        {
          date: '2025-06-02',
          source: { id: 'borduria' },
          type: 'ACCUSE',
          target: { id: 'rudolf-rassendyll' },
          factId: 'rudolf-rassendyll-conditional-border-treaty',
          factType: 'STANCE',
          evidence: [{ source: { id: 'fixture-article' } }],
        },
        ...['borduria', 'fixture-league'].map((target) => ({
          date: '2025-06-02',
          source: { id: 'ruritania' },
          type: 'COOPERATE',
          target: { id: target },
          factId: 'ruritania-draft-treaty-event-0',
          factType: 'DOCUMENT_EVENT',
          evidence: [{ source: { id: 'fixture-article' } }],
        })),
      ],
    });
  });

  test('events download as JSON and as CSV, in the same order', async () => {
    const json = await app.fetch('http://localhost/export/events.json?from=2025-06-02');
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const rows = (await json.json()) as Record<string, unknown>[];
    // The contact is dated to the month only, so it overlaps the day asked from.
    expect(rows.map((row) => [row['sourceActorId'], row['eventType'], row['targetActorId']])).toEqual([
      ['ruritania', 'CONSULT', 'borduria'],
      ['borduria', 'ACCUSE', 'rudolf-rassendyll'],
      ['fixture-league', 'SUPPORT', 'ruritania'],
      ['ruritania', 'COOPERATE', 'borduria'],
      ['ruritania', 'COOPERATE', 'fixture-league'],
    ]);
    expect(rows[1]).toEqual({
      date: '2025-06-02',
      sourceActorId: 'borduria',
      sourceActor: 'Borduria',
      eventType: 'ACCUSE',
      targetActorId: 'rudolf-rassendyll',
      targetActor: 'Rudolf Rassendyll',
      quote: 'Borduria, for its part, has accused Rassendyll of wanting a treaty only on his own terms.',
      articleId: 'fixture-article',
      article: 'Talks held in Fixtureville',
      status: 'stated',
      factId: 'rudolf-rassendyll-conditional-border-treaty',
    });
    const csv = await app.fetch('http://localhost/export/events.csv?from=2025-06-02');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await csv.text()).trimEnd().split('\n');
    expect(lines[0]).toBe(
      'date,sourceActorId,sourceActor,eventType,targetActorId,targetActor,quote,articleId,article,status,factId',
    );
    // A quote holding a comma is quoted, as RFC 4180 requires.
    expect(lines[2]).toBe(
      '2025-06-02,borduria,Borduria,ACCUSE,rudolf-rassendyll,Rudolf Rassendyll,"Borduria, for its part, has accused Rassendyll of wanting a treaty only on his own terms.",fixture-article,Talks held in Fixtureville,stated,rudolf-rassendyll-conditional-border-treaty',
    );
    expect(lines).toHaveLength(1 + rows.length);
  });

  test('the export refuses a bad date and an unknown format with a code', async () => {
    const badDate = await app.fetch('http://localhost/export/events.csv?to=2025-13');
    expect(badDate.status).toBe(400);
    expect(await badDate.json()).toEqual({
      errors: [
        {
          message: `'to' is not a date (YYYY, YYYY-MM or YYYY-MM-DD): "2025-13"`,
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
    const unknown = await app.fetch('http://localhost/export/events.xml');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      'NOT_FOUND',
    );
  });

  test('sources keep their text and address; issues their evidence and keywords; search finds keywords', async () => {
    const data = await ask<Record<string, unknown>>(
      `{
        sources { url text }
        issue(id: "border-treaty") { keywords evidence { quote } status }
        search(text: "river border") { type entity { id } }
      }`,
      3,
    );
    expect(data).toEqual({
      sources: [
        { url: 'https://fixture.example/talks', text: expect.stringContaining('Talks were held in Fixtureville.') },
      ],
      issue: {
        keywords: ['river border'],
        evidence: [{ quote: 'Rassendyll said Ruritania wants the treaty signed.' }],
        status: 'STATED',
      },
      search: [{ type: 'ISSUE', entity: { id: 'border-treaty' } }],
    });
  });
});
