import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../seed/data-dir.js';
import { seedDatabase } from '../../seed/seed-database.js';
import { createApp, type App } from '../../server/app.js';
import { postGraphQL, type GraphQLResponse } from '../support/graphql.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';

/**
 * The thirteen facts of the curated dataset that a fact-by-fact reading against the articles found
 * wrong or overstated, each asked of the seeded graph through the API as a reader would; and the
 * four questions the claims model exists to answer, each in one request.
 */

interface Ref {
  id: string;
}
interface StanceView {
  id: string;
  actor: Ref;
  claimant: Ref | null;
  issue: Ref;
  position: string;
  date: string;
  status: string;
  note: string | null;
  meeting: { id: string; place: { name: string } | null } | null;
  voicedBy: Ref | null;
  condition: { text: string; issue: Ref | null } | null;
  document: Ref | null;
  event: string | null;
  targets: Ref[];
  evidence: { quote: string; source: Ref }[];
}

const STANCE_FIELDS = `
  id actor { id } claimant { id } issue { id } position date status note
  meeting { id place { name } } voicedBy { id } condition { text issue { id } } document { id }
  event targets { id } evidence { quote source { id } }`;

const ids = (items: readonly Ref[]) => items.map((item) => item.id);

describe('the curated dataset, seeded, through the API', () => {
  let driver: Driver;
  let app: App;
  const queries: string[] = [];

  beforeAll(async () => {
    driver = connectTestDriver();
    await seedDatabase({ driver, ...testDatabase(), data: DEFAULT_DATA_DIR, reset: true });
    app = createApp({ driver, ...testDatabase(), logErrors: false, onQuery: (query) => queries.push(query) });
  });
  afterAll(() => driver.close());

  /** One stance by id, through the `node` root field. */
  async function fetchStance(id: string): Promise<StanceView> {
    const response = await postGraphQL<{ node: StanceView }>(
      app,
      `query($id: ID!) { node(id: $id) { ... on Stance { ${STANCE_FIELDS} } } }`,
      { id },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.node;
  }

  /** The stances of some actors on some issues, through the `stances` root field. */
  async function fetchStances(filter: Record<string, unknown>): Promise<StanceView[]> {
    const response = await postGraphQL<{ stances: { items: StanceView[]; total: number } }>(
      app,
      `query($filter: StanceFilter) { stances(filter: $filter, limit: 200) { total items { ${STANCE_FIELDS} } } }`,
      { filter },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.stances.items).toHaveLength(response.data!.stances.total);
    return response.data!.stances.items;
  }

  function expectNotFound(response: GraphQLResponse) {
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
  }

  describe('the thirteen corrected facts', () => {
    test('1. the European Commission demands no ceasefire: it says Putin could end the war and shows no sign of wanting to', async () => {
      expectNotFound(await postGraphQL(app, '{ node(id: "european-commission-demands-ceasefire-2026-02-04") { id } }'));
      const own = await fetchStances({ actors: ['european-commission'], issues: ['ceasefire'] });
      expect(own).toEqual([]);
      const claims = await fetchStances({ claimedBy: ['european-commission'] });
      const aboutPutin = claims.find((stance) => stance.actor.id === 'vladimir-putin');
      expect(aboutPutin).toMatchObject({ claimant: { id: 'european-commission' }, event: 'ACCUSE' });
      expect(aboutPutin!.issue.id).not.toBe('ceasefire');
      expect(aboutPutin!.evidence.map((item) => item.quote).join(' ')).toContain('“end this war right now”');
    });

    test('2. Kellogg confirming American involvement states no US position: the US delegation is only planned', async () => {
      expectNotFound(
        await postGraphQL(app, '{ node(id: "united-states-supports-direct-russia-ukraine-talks-2025-06-02") { id } }'),
      );
      expect(await fetchStances({ actors: ['united-states'], issues: ['direct-russia-ukraine-talks'] })).toEqual([]);
      const response = await postGraphQL<{
        meeting: { delegations: { represents: Ref; status: string; statusBy: Ref[]; evidence: { quote: string }[] }[] };
      }>(
        app,
        `{ meeting(id: "istanbul-talks-2025-06-02") {
          delegations { represents { id } status statusBy { id } evidence { quote } } } }`,
      );
      expect(response.errors).toBeUndefined();
      const american = response.data!.meeting.delegations.find((d) => d.represents.id === 'united-states');
      expect(american).toMatchObject({ status: 'PLANNED', statusBy: [{ id: 'keith-kellogg' }] });
      expect(american!.evidence[0]!.quote).toContain('confirmed American involvement');
    });

    test("3. Russia's accusation about Zelensky is Russia's claim, not Zelensky's own stance", async () => {
      const stance = await fetchStance('volodymyr-zelensky-conditional-ceasefire-2025-04');
      expect(stance).toMatchObject({
        actor: { id: 'volodymyr-zelensky' },
        claimant: { id: 'russia' },
        position: 'CONDITIONAL',
        event: 'ACCUSE',
        targets: [{ id: 'volodymyr-zelensky' }],
      });
      expect(stance.condition!.text).toMatch(/own terms/);
      const response = await postGraphQL<{ person: { stances: Ref[] } }>(
        app,
        '{ person(id: "volodymyr-zelensky") { stances { id } } }',
      );
      expect(response.errors).toBeUndefined();
      expect(ids(response.data!.person.stances)).not.toContain(stance.id);
    });

    test('4. Zelensky spoke of the prisoner exchange in Vilnius, not at the Istanbul talks', async () => {
      const stance = await fetchStance('ukraine-supports-prisoner-exchange-2025-06-02');
      expect(stance.meeting).toEqual({ id: 'vilnius-leaders-meeting-2025-06-02', place: { name: 'Vilnius' } });
    });

    test('5. Peskov warned as Kremlin spokesman, not at the Abu Dhabi talks', async () => {
      const stance = await fetchStance('russia-conditional-ceasefire-2026-02-04');
      expect(stance.meeting).toBeNull();
      expect(stance.voicedBy).toEqual({ id: 'dmitry-peskov' });
      expect(stance.condition!.text).toContain('“decisions”');
      const response = await postGraphQL<{ meeting: { stances: Ref[] } }>(
        app,
        '{ meeting(id: "abu-dhabi-talks-2026-02-04") { stances { id } } }',
      );
      expect(ids(response.data!.meeting.stances)).not.toContain(stance.id);
    });

    test('6. Putin proposed direct talks and rejected ceasefire calls before the first round, not on 2 June', async () => {
      for (const old of [
        'vladimir-putin-rejects-ceasefire-2025-06-02',
        'vladimir-putin-proposes-direct-russia-ukraine-talks-2025-06-02',
      ]) {
        expectNotFound(await postGraphQL(app, 'query($id: ID!) { node(id: $id) { id } }', { id: old }));
      }
      const stances = await fetchStances({
        actors: ['vladimir-putin'],
        issues: ['ceasefire', 'direct-russia-ukraine-talks'],
      });
      expect(stances.map((stance) => [stance.issue.id, stance.position]).sort()).toEqual([
        ['ceasefire', 'REJECTS'],
        ['direct-russia-ukraine-talks', 'PROPOSES'],
      ]);
      for (const stance of stances) {
        expect(stance.date).not.toBe('2025-06-02');
        expect(stance.meeting).toBeNull();
        expect(stance.note).toContain('16 May 2025');
      }
      const rejection = stances.find((stance) => stance.position === 'REJECTS')!;
      expect(ids(rejection.targets).sort()).toEqual(['europe', 'ukraine']);
    });

    test('7. Vance describes what the US proposal entails: the US proposes territorial concessions, it does not demand them', async () => {
      const stances = await fetchStances({ actors: ['united-states'], issues: ['territorial-concessions'] });
      expect(stances.map((stance) => stance.position)).toEqual(['PROPOSES']);
      expect(stances[0]!.document).toEqual({ id: 'united-states-peace-proposal-2025-04' });
    });

    test("8. Ukraine's rejection of withdrawing from Donetsk is marked as the curator's inference", async () => {
      const stance = await fetchStance('ukraine-rejects-ukrainian-withdrawal-from-donetsk-2026-02-04');
      expect(stance.status).toBe('INFERRED');
      expect(stance.note).toContain('frozen at the current frontlines');
      const confirmed = await fetchStances({
        actors: ['ukraine'],
        issues: ['ukrainian-withdrawal-from-donetsk'],
        confirmedOnly: true,
      });
      expect(confirmed).toEqual([]);
    });

    test("9. Russia received Ukraine's draft memorandum before the talks, not at them", async () => {
      const response = await postGraphQL<{
        node: StanceView & {
          document: Ref & { events: { kind: string; by: Ref; meeting: Ref | null; note: string | null }[] };
        };
      }>(
        app,
        `{ node(id: "ukraine-proposes-peace-deal-2025-06-02") { ... on Stance {
          meeting { id } document { id events { kind by { id } meeting { id } note } } } } }`,
      );
      expect(response.errors).toBeUndefined();
      const stance = response.data!.node;
      expect(stance.meeting).toBeNull();
      expect(stance.document.events).toEqual([
        expect.objectContaining({ kind: 'RECEIVED', by: { id: 'russia' }, meeting: null }),
      ]);
      expect(stance.document.events[0]!.note).toMatch(/before the talks/i);
    });

    test("10. Zelensky's ceasefire priority is quoted from his own words; the earlier call of Ukraine and Europe is its own fact", async () => {
      const stance = await fetchStance('ukraine-supports-ceasefire-2025-06-02');
      expect(stance.evidence.length).toBeGreaterThan(0);
      for (const item of stance.evidence) {
        expect(item.quote).toContain('Zelenskyy');
        expect(item.quote).not.toContain('Ukraine and Europe');
      }
      const calls = await fetchStances({
        actors: ['ukraine', 'europe'],
        issues: ['ceasefire'],
        positions: ['DEMANDS'],
      });
      expect(ids(calls.map((call) => call.actor)).sort()).toEqual(['europe', 'ukraine']);
      for (const call of calls) expect(call.evidence[0]!.quote).toContain('ceasefire calls from Ukraine and Europe');
    });

    test("11. Putin's post of President on 4 February 2026 is attested only by quotes that name the post", async () => {
      const response = await postGraphQL<{
        person: { posts: { title: string; attested: string; evidence: { quote: string }[] }[] };
      }>(app, '{ person(id: "vladimir-putin") { posts { title attested evidence { quote } } } }');
      expect(response.errors).toBeUndefined();
      const post = response.data!.person.posts.find((item) => item.attested === '2026-02-04');
      expect(post?.title).toBe('President');
      expect(post!.evidence.length).toBeGreaterThan(0);
      for (const item of post!.evidence) expect(item.quote).toMatch(/president/i);
    });

    test('12. the end of the Abu Dhabi talks was only scheduled when the article was written', async () => {
      const response = await postGraphQL<{ meeting: { status: string; end: string; endStatus: string } }>(
        app,
        '{ meeting(id: "abu-dhabi-talks-2026-02-04") { status end endStatus } }',
      );
      expect(response.data!.meeting).toEqual({ status: 'HELD', end: '2026-02-05', endStatus: 'SCHEDULED' });
    });

    test("13. the Commission's spokesperson keeps the article's spelling, and the usual one finds her", async () => {
      const response = await postGraphQL<{
        person: { name: string; aliases: string[]; note: string | null };
        search: { entity: Ref }[];
      }>(
        app,
        `{ person(id: "anitta-hopper") { name aliases note }
         search(text: "Anitta Hipper", types: [PERSON], limit: 1) { entity { id } } }`,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.person.name).toBe('Anitta Hopper');
      expect(response.data!.person.aliases).toContain('Anitta Hipper');
      expect(response.data!.person.note).toContain('Hipper');
      expect(response.data!.search).toEqual([{ entity: { id: 'anitta-hopper' } }]);
    });
  });

  describe('the questions of claims, documents, status and conditions, each in one request', () => {
    test("what Russia says about Zelensky's positions, and which of his positions are his own words", async () => {
      queries.length = 0;
      const response = await postGraphQL<{
        person: {
          own: { id: string; claimant: Ref | null; issue: { name: string } }[];
          saidByRussia: { id: string; claimant: Ref; summary: string; evidence: { quote: string }[] }[];
        };
      }>(
        app,
        `{ person(id: "volodymyr-zelensky") {
          own: stances { id claimant { id } issue { name } }
          saidByRussia: claimsAbout(by: "russia") { id claimant { id } summary evidence { quote } }
        } }`,
      );
      expect(response.errors).toBeUndefined();
      const { own, saidByRussia } = response.data!.person;
      expect(ids(saidByRussia).sort()).toEqual([
        'volodymyr-zelensky-conditional-ceasefire-2025-04',
        'volodymyr-zelensky-opposes-peace-deal-2025-04',
      ]);
      for (const claim of saidByRussia) {
        expect(claim.claimant.id).toBe('russia');
        expect(claim.evidence[0]!.quote).toMatch(/^Russia,? (for its part, )?has (blamed|accused)/);
      }
      expect(own.length).toBeGreaterThan(0);
      for (const stance of own) expect(stance.claimant).toBeNull();
      expect(ids(own).filter((id) => ids(saidByRussia).includes(id))).toEqual([]);
      expect(queries).toHaveLength(1);
    });

    test('what the US proposal Vance described contained, and to whom it was issued', async () => {
      queries.length = 0;
      const response = await postGraphQL<{
        document: {
          authors: Ref[];
          addressees: Ref[];
          events: { kind: string; by: Ref; to: Ref[]; event: string | null }[];
          terms: { actor: Ref; issue: Ref; position: string }[];
        };
      }>(
        app,
        `{ document(id: "united-states-peace-proposal-2025-04") {
          authors { id } addressees { id }
          events { kind by { id } to { id } event }
          terms { actor { id } issue { id } position }
        } }`,
      );
      expect(response.errors).toBeUndefined();
      const document = response.data!.document;
      expect(ids(document.authors)).toEqual(['united-states']);
      expect(ids(document.addressees).sort()).toEqual(['russia', 'ukraine']);
      const issued = document.events.find((event) => event.kind === 'ISSUED');
      expect(issued?.by).toEqual({ id: 'united-states' });
      expect(ids(issued!.to).sort()).toEqual(['russia', 'ukraine']);
      expect(document.terms).toContainEqual({
        actor: { id: 'united-states' },
        issue: { id: 'territorial-concessions' },
        position: 'PROPOSES',
      });
      expect(queries).toHaveLength(1);
    });

    test('whether the end of the Abu Dhabi talks is attested or only scheduled', async () => {
      queries.length = 0;
      const response = await postGraphQL<{
        meeting: { end: string; endStatus: string; evidence: { quote: string }[] };
      }>(app, '{ meeting(id: "abu-dhabi-talks-2026-02-04") { end endStatus evidence { quote } } }');
      expect(response.errors).toBeUndefined();
      expect(response.data!.meeting.endStatus).toBe('SCHEDULED');
      expect(response.data!.meeting.evidence.map((item) => item.quote).join(' ')).toContain(
        'set to continue on Thursday',
      );
      expect(queries).toHaveLength(1);
    });

    test('on what condition Ukrainian sources are ready to make compromises', async () => {
      queries.length = 0;
      const response = await postGraphQL<{
        issue: {
          stances: {
            actor: { __typename: string; id: string; kind?: string; of?: Ref | null };
            position: string;
            condition: { text: string } | null;
          }[];
        };
      }>(
        app,
        `{ issue(id: "ukrainian-compromises") {
          stances { actor { __typename id ... on Group { kind of { id } } } position condition { text } }
        } }`,
      );
      expect(response.errors).toBeUndefined();
      const [stance, ...others] = response.data!.issue.stances;
      expect(others).toEqual([]);
      expect(stance).toMatchObject({
        actor: { __typename: 'Group', id: 'ukrainian-sources', kind: 'OFFICIALS', of: { id: 'ukraine' } },
        position: 'CONDITIONAL',
      });
      expect(stance!.condition!.text).toContain('genuine willingness to move forward');
      expect(queries).toHaveLength(1);
    });
  });
});
