import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seedDatabase } from '../../seed/seed-database.js';
import { createApp, type App } from '../../server/app.js';
import { readDocumentedExamples, type DocumentedExample } from '../support/documented-examples.js';
import { postGraphQL } from '../support/graphql.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';

// The answers are JSON of unknown shape; each check reads what its example asks for.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = any;

const names = (items: { name: string }[]) => items.map((item) => item.name);

/** The essential answer of each example in docs/queries.md. */
const CHECKS: Record<string, (data: Data) => void> = {
  'v1-istanbul-heads': ({ meetings }) => {
    expect(meetings.items).toHaveLength(1);
    const [meeting] = meetings.items;
    expect(meeting.place.name).toBe('Istanbul');
    expect(meeting.mediators).toEqual([{ role: 'CHAIR', actor: { name: 'Hakan Fidan' } }]);
    // The delegations announced before the talks (status PLANNED) have no heads.
    const headed = meeting.delegations.filter((d: Data) => d.heads.length > 0);
    const heads = Object.fromEntries(
      headed.map((d: Data) => [d.represents.name, d.heads.map((h: Data) => [h.person.name, h.capacity])]),
    );
    expect(heads).toEqual({
      Russia: [['Vladimir Medinsky', 'Kremlin aide']],
      Ukraine: [['Rustem Umerov', 'Defence Minister']],
    });
  },
  'person-delegations': ({ person }) => {
    expect(
      person.delegations.map((d: Data) => [
        d.delegation.meeting.start,
        d.role,
        d.capacity,
        d.delegation.represents.name,
      ]),
    ).toEqual([
      ['2025-06-02', 'HEAD', 'Defence Minister', 'Ukraine'],
      ['2026-02-04', 'HEAD', "Secretary of Ukraine's National Security and Defence Council", 'Ukraine'],
    ]);
  },
  'state-represented': ({ actor }) => {
    const starts = actor.representedBy.map((d: Data) => d.meeting.start);
    expect(starts).toEqual([...starts].sort());
    const heads = actor.representedBy.flatMap((d: Data) => d.heads.map((h: Data) => h.person.name));
    expect(heads).toEqual(expect.arrayContaining(['Vladimir Putin', 'Vladimir Medinsky', 'Igor Kostyukov']));
  },
  'v3-umerov-posts': ({ person }) => {
    expect(person.posts.map((p: Data) => [p.title, p.of.name, p.attested])).toEqual([
      ['Defence Minister', 'Ukraine', '2025-06-02'],
      ['Secretary', 'National Security and Defence Council of Ukraine', '2026-02-04'],
    ]);
    const publishers = (post: Data) => new Set(post.evidence.map((e: Data) => e.source.publisher));
    expect(publishers(person.posts[0])).toEqual(new Set(['The Independent', 'walaw.press']));
    expect(publishers(person.posts[1])).toEqual(new Set(['The Independent']));
  },
  'posts-as-of': ({ person }) => {
    expect(person.december2025).toEqual([{ title: 'Defence Minister' }]);
    expect(person.february2026).toEqual([{ title: 'Secretary' }]);
    expect(person.may2025).toEqual([]);
  },
  'v4-nato-membership': ({ issue }) => {
    const side = (stand: string) =>
      new Set(issue.stances.filter((s: Data) => s.stand === stand).map((s: Data) => s.actor.name));
    expect([...side('FOR')]).toEqual(expect.arrayContaining(['Ukraine', 'NATO', 'Poland', 'Romania', 'Lithuania']));
    expect([...side('AGAINST')]).toEqual(expect.arrayContaining(['Russia', 'Vladimir Putin', 'Donald Trump']));
    for (const stance of issue.stances) {
      expect(stance.evidence.length).toBeGreaterThan(0);
      expect(stance.evidence[0].source.date).toMatch(/^\d{4}/);
    }
  },
  'stances-filtered': ({ stances }) => {
    expect(stances.total).toBe(stances.items.length);
    for (const item of stances.items) expect(item.date.startsWith('2026-02')).toBe(true);
    expect(stances.items).toContainEqual(
      expect.objectContaining({
        position: 'DEMANDS',
        issue: expect.objectContaining({ name: expect.stringMatching(/Donetsk/) }),
      }),
    );
  },
  'stances-as-of': ({ stances }) => {
    const issues = stances.items.map((s: Data) => s.issue.id);
    expect(new Set(issues).size).toBe(issues.length);
    expect(issues).toContain('ceasefire');
    for (const item of stances.items) expect(item.date <= '2025-06-30').toBe(true);
  },
  'compare-positions': ({ comparePositions }) => {
    expect(names(comparePositions.actors)).toEqual(['Russia', 'Ukraine', 'United States']);
    const nato = comparePositions.issues.find((i: Data) => i.issue.id === 'ukraine-nato-membership');
    expect(nato.conflicts).toContainEqual({ a: { name: 'Russia' }, b: { name: 'Ukraine' } });
    expect(nato.agreements).toEqual([]);
  },
  'sticking-points': ({ stickingPoints }) => {
    const donetsk = stickingPoints.find((p: Data) => /Donetsk/.test(p.issue.name));
    expect(donetsk.for).toEqual([{ actor: { name: 'Russia' }, position: 'DEMANDS' }]);
    expect(donetsk.against.map((s: Data) => s.actor.name)).toEqual(['Ukraine']);
  },
  'agreement-network': ({ agreementNetwork }) => {
    const link = (a: string, b: string) => agreementNetwork.links.find((l: Data) => l.a.id === a && l.b.id === b);
    expect(link('lithuania', 'poland')).toMatchObject({ congruence: 2, conflict: 0 });
    expect(link('donald-trump', 'poland').disagreeOn.map((i: Data) => i.name)).toContain(
      "Ukraine's membership of NATO",
    );
  },
  search: ({ search, misspelt, oldSpelling, accented }) => {
    expect(search[0]).toMatchObject({
      type: 'PERSON',
      matched: 'Zelenskyy',
      entity: { id: 'volodymyr-zelensky', name: 'Volodymyr Zelensky' },
    });
    expect(misspelt[0].entity.id).toBe('volodymyr-zelensky');
    expect(oldSpelling[0]).toMatchObject({ type: 'PLACE', matched: 'Kiev', entity: { id: 'kyiv' } });
    expect(accented[0].entity.id).toBe('volodymyr-zelensky');
  },
  'search-ranking': ({ witkoff, byMeaning, centred }) => {
    expect(witkoff[0]).toEqual({ type: 'PERSON', entity: { id: 'steve-witkoff', name: 'Steve Witkoff' } });
    expect(witkoff.map((hit: Data) => hit.entity.id)).toContain('witkoff-putin-meeting-2025-04');
    const types = witkoff.map((hit: Data) => hit.type);
    const groups = types.filter((type: string, index: number) => type !== types[index - 1]);
    expect(new Set(groups).size).toBe(groups.length);
    expect(byMeaning.map((hit: Data) => hit.entity.id)).toEqual(
      expect.arrayContaining(['return-of-deported-children', 'forcible-deportation-of-children-charge']),
    );
    expect(centred.nodes.find((n: Data) => n.distance === 0).id).toBe('steve-witkoff');
  },
  'v6-neighbourhood': ({ neighbourhood }) => {
    const byId = new Map(neighbourhood.nodes.map((n: Data) => [n.id, n]));
    expect(byId.get('volodymyr-zelensky')).toMatchObject({ distance: 0, type: 'PERSON' });
    expect(byId.get('ukraine')).toMatchObject({ distance: 1 });
    expect(Math.max(...neighbourhood.nodes.map((n: Data) => n.distance))).toBe(2);
    for (const edge of neighbourhood.edges) {
      expect(byId.has(edge.source) && byId.has(edge.target)).toBe(true);
      expect(edge.evidence.length).toBeGreaterThan(0);
    }
  },
  'v5-shortest-path': ({ shortestPath }) => {
    expect(shortestPath.nodes[0].id).toBe('igor-kostyukov');
    expect(shortestPath.nodes.at(-1).id).toBe('hakan-fidan');
    expect(shortestPath.edges).toHaveLength(shortestPath.nodes.length - 1);
    expect(shortestPath.edges.at(-1)).toMatchObject({ type: 'MEDIATED_BY', label: 'chair' });
    for (const edge of shortestPath.edges) expect(edge.evidence[0].quote.length).toBeGreaterThan(0);
  },
  timeline: ({ timeline }) => {
    const meetings = timeline.items.filter((i: Data) => i.__typename === 'Meeting').map((i: Data) => i.id);
    expect(meetings).toEqual(
      expect.arrayContaining(['istanbul-talks-2025-06-02', 'vilnius-leaders-meeting-2025-06-02']),
    );
    expect(timeline.total).toBe(timeline.items.length);
  },
  'roster-change': ({ rosterChange }) => {
    expect(rosterChange.changed).toEqual([
      {
        person: { name: 'Rustem Umerov' },
        before: { capacity: 'Defence Minister' },
        after: { capacity: "Secretary of Ukraine's National Security and Defence Council" },
      },
    ]);
  },
  corroboration: ({ meeting }) => {
    const russia = meeting.delegations.find((d: Data) => d.represents.name === 'Russia');
    expect(russia.heads[0]).toMatchObject({ person: { name: 'Vladimir Medinsky' }, sourceCount: 2 });
    expect(new Set(russia.heads[0].evidence.map((e: Data) => e.source.publisher))).toEqual(
      new Set(['The Independent', 'walaw.press']),
    );
  },
  'paging-and-nodes': ({ first, next, node }) => {
    expect(first.items).toHaveLength(3);
    expect(first.total).toBe(13);
    expect(next.items.map((i: Data) => i.id)).not.toContain(first.items[0].id);
    expect(node).toMatchObject({ id: 'hakan-fidan', __typename: 'Person', name: 'Hakan Fidan' });
  },
  'not-found': ({ node }) => {
    expect(node).toBeNull();
  },
  'claims-about-zelensky': ({ actor }) => {
    expect(actor.stances.map((s: Data) => s.issue.name)).toEqual(['A meeting at the level of leaders']);
    expect(actor.claimsAbout.map((c: Data) => [c.claimant.name, c.position, c.issue.name])).toEqual([
      ['Russia', 'CONDITIONAL', 'Ceasefire'],
      ['Russia', 'OPPOSES', 'A negotiated peace deal'],
    ]);
    expect(actor.claimsAbout[0].condition.text).toMatch(/own terms/);
    expect(actor.claimsAbout[0].evidence[0].quote).toMatch(/^Russia, for its part, has blamed Zelenskyy/);
  },
  'us-proposal': ({ document }) => {
    expect(document).toMatchObject({ kind: 'PROPOSAL', authors: [{ name: 'United States' }] });
    expect(names(document.addressees)).toEqual(['Russia', 'Ukraine']);
    expect(document.terms.map((t: Data) => [t.position, t.issue.name])).toEqual([
      ['PROPOSES', 'Territorial concessions by both sides'],
    ]);
    expect(document.events.map((e: Data) => [e.kind, e.by.name, names(e.to)])).toEqual([
      ['ISSUED', 'United States', ['Russia', 'Ukraine']],
    ]);
  },
  'abu-dhabi-end': ({ meeting }) => {
    expect(meeting).toMatchObject({ start: '2026-02-04', end: '2026-02-05', status: 'HELD', endStatus: 'SCHEDULED' });
  },
  'ukrainian-sources-condition': ({ actor }) => {
    expect(actor).toMatchObject({ kind: 'OFFICIALS', of: { name: 'Ukraine' } });
    expect(actor.stances).toHaveLength(1);
    expect(actor.stances[0].position).toBe('CONDITIONAL');
    expect(actor.stances[0].condition.text).toMatch(/genuine willingness to move forward/);
  },
  'confirmed-only': ({ all, held, notHeld, reported }) => {
    expect([all.total, held.total]).toEqual([13, 12]);
    expect(notHeld.items).toEqual([
      expect.objectContaining({ status: 'POSSIBLE', name: expect.stringMatching(/Macron/) }),
    ]);
    expect(reported.total).toBe(reported.items.length);
    for (const item of reported.items) expect(['REPORTED', 'INFERRED', 'PLANNED']).toContain(item.status);
    expect(reported.items.flatMap((item: Data) => names(item.statusBy))).toEqual(
      expect.arrayContaining(['TASS', 'Reuters']),
    );
  },
  groups: ({ groups }) => {
    expect(groups.items).toHaveLength(6);
    const bloc = groups.items.find((g: Data) => /Nordic/.test(g.name));
    expect(bloc.members.map((m: Data) => m.actor.name)).toEqual(['Lithuania', 'Poland', 'Romania']);
  },
  contacts: ({ contacts }) => {
    expect(contacts.items.map((c: Data) => c.kind).sort()).toEqual(['CONSULTATION', 'COORDINATION', 'TECHNICAL_TALKS']);
    const france = contacts.items.find((c: Data) => c.kind === 'TECHNICAL_TALKS');
    expect(names(france.parties)).toEqual(['France', 'Russia']);
  },
  events: ({ events }) => {
    expect(events.total).toBe(events.items.length);
    for (const item of events.items) expect(['THREATEN', 'REQUEST']).toContain(item.type);
    expect(events.items.map((e: Data) => [e.source.name, e.type, e.target.name])).toEqual(
      expect.arrayContaining([
        ['Donald Trump', 'THREATEN', 'Russia'],
        ['Influential Russian war bloggers', 'REQUEST', 'Russia'],
      ]),
    );
  },
};

/** Examples whose answer is an error, with the error they must give. */
const EXPECTED_ERRORS: Record<string, unknown[]> = {
  'not-found': [
    expect.objectContaining({
      message: 'Node `no-such-id` not found',
      path: ['node'],
      extensions: { code: 'NOT_FOUND' },
    }),
  ],
};

describe('docs/queries.md, executed against the seeded graph', async () => {
  const examples: DocumentedExample[] = await readDocumentedExamples('docs/queries.md');
  let driver: Driver;
  let app: App;
  let roundTrips = 0;

  beforeAll(async () => {
    driver = connectTestDriver();
    await seedDatabase({ driver, ...testDatabase(), data: 'seed/data', reset: true });
    app = createApp({ driver, ...testDatabase(), logErrors: false, onQuery: () => (roundTrips += 1) });
  });
  afterAll(() => driver.close());

  test('every example has a check, and every check an example', () => {
    expect(examples.map((example) => example.id).sort()).toEqual(Object.keys(CHECKS).sort());
  });

  test.each(examples.map((example) => [example.id, example]))('%s', async (_, example) => {
    roundTrips = 0;
    const response = await postGraphQL(app, example.query);
    expect(response.errors).toEqual(EXPECTED_ERRORS[example.id]);
    CHECKS[example.id]!(response.data);
    // One database round trip per root field, however deep the selection.
    const rootFields = Object.keys(response.data ?? {}).length;
    expect(roundTrips).toBe(rootFields);
  });
});
