import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateDataset } from '../../bench/data/generate-dataset.js';
import { prepareSeed, seedDatabase } from '../../seed/seed-database.js';
import { createApp } from '../../server/app.js';
import { toCypherValues, type QueryParameters } from '../../server/database/executor.js';
import { postGraphQL } from '../support/graphql.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';

/** Two sizes of synthetic data: a plan that reads the whole graph does four times the work at the second. */
const SCALES = [10, 40] as const;

/** Operators that read every node of a label or index: an id lookup must never need one. */
const SCANS = [
  'AllNodesScan',
  'NodeByLabelScan',
  'NodeIndexScan',
  'DirectedRelationshipTypeScan',
  'UndirectedRelationshipTypeScan',
  'DirectedRelationshipIndexScan',
  'UndirectedRelationshipIndexScan',
];

interface PlanNode {
  operatorType: string;
  dbHits: number;
  children: PlanNode[];
}

interface Profile {
  dbHits: number;
  operators: string[];
}

const flatten = (plan: PlanNode): PlanNode[] => [plan, ...plan.children.flatMap(flatten)];

/** The requests whose plans are pinned, for targets picked from the first cluster (present at every scale). */
async function createRequests(
  driver: Driver,
): Promise<Record<string, { query: string; variables: Record<string, unknown> }>> {
  const { records } = await driver.executeQuery(
    `MATCH (s:State) WHERE s.id STARTS WITH 'c0-'
     WITH s ORDER BY COUNT { (s)-[:TAKES]->() } DESC, s.id LIMIT 3
     WITH collect(s.id) AS states
     MATCH (p:Person) WHERE p.id STARTS WITH 'c0-'
     WITH states, p ORDER BY COUNT { (p)--() } DESC, p.id LIMIT 1
     MATCH (party:Actor)<-[:REPRESENTS]-(:Delegation)-[:AT]->(m:Meeting) WHERE party.id STARTS WITH 'c0-'
     // In id order: collected as found, the meetings came in the order their relationships were
     // written, which two writers at once leave to chance, so each scale could pin another meeting.
     WITH states, p, party, m ORDER BY m.id
     WITH states, p, party, collect(DISTINCT m.id) AS meetings WHERE size(meetings) >= 2
     RETURN states, p.id AS person, p.name AS personName, party.id AS party, meetings[0..2] AS meetings ORDER BY party.id LIMIT 1`,
    {},
    testDatabase(),
  );
  const { states, person, personName, party, meetings } = records[0]!.toObject() as {
    states: string[];
    person: string;
    personName: string;
    party: string;
    meetings: string[];
  };
  return {
    comparePositions: {
      query: `query ($actors: [ID!]!) { comparePositions(actors: $actors) { actors { name } issues { issue { name } positions { actor { name } stance { position date } } } } }`,
      variables: { actors: states },
    },
    comparePositionsAsOf: {
      query: `query ($actors: [ID!]!) { comparePositions(actors: $actors, asOf: "2025-06") { issues { issue { name } positions { stance { position } } } } }`,
      variables: { actors: states },
    },
    actor: { query: `query ($id: ID!) { actor(id: $id) { name } }`, variables: { id: states[0] } },
    stancesOfActors: {
      query: `query ($actors: [ID!]) { stances(filter: { actors: $actors }, limit: 10) { total items { position actor { name } issue { name } } } }`,
      variables: { actors: states },
    },
    stickingPointsOfMeeting: {
      query: `query ($meeting: ID!) { stickingPoints(meeting: $meeting) { issue { name } for { position } against { position } } }`,
      variables: { meeting: meetings[0] },
    },
    rosterChange: {
      query: `query ($party: ID!, $before: ID!, $after: ID!) { rosterChange(party: $party, before: $before, after: $after) { joined { role } left { role } } }`,
      variables: { party, before: meetings[0], after: meetings[1] },
    },
    neighbourhood: {
      query: `query ($id: ID!) { neighbourhood(id: $id, depth: 2) { nodes { id distance } edges { id source target evidence { quote source { publisher date } } } } }`,
      variables: { id: person },
    },
    search: {
      query: `query ($text: String!) { search(text: $text) { type matched entity { id } } }`,
      variables: { text: personName },
    },
    neighbourhoodByName: {
      query: `query ($name: String!) { neighbourhood(name: $name) { nodes { id distance } } }`,
      variables: { name: personName },
    },
    claimsByAndAboutActor: {
      query: `query ($id: ID!) { actor(id: $id) { stances { id } claims { id actor { name } } claimsAbout { id claimant { name } condition { text issue { name } } status } } }`,
      variables: { id: states[0] },
    },
    // Every stance, in date order: the total counts them all, the page must not sort them all.
    stancesPage: {
      query: `query ($offset: Int) { stances(limit: 20, offset: $offset) { total items { id summary actor { name } } } }`,
      variables: { offset: 10 },
    },
    stancesClaimedBy: {
      query: `query ($actors: [ID!]) { stances(filter: { claimedBy: $actors }, limit: 10) { total items { id actor { name } } } }`,
      variables: { actors: states },
    },
    document: {
      query: `query ($id: ID!) { document(id: $id) { name authors { name } addressees { name } terms { position issue { name } } events { kind by { name } to { name } } } }`,
      variables: { id: 'c0-document-0' },
    },
    contactsOfActor: {
      query: `query ($actor: ID!) { contacts(actor: $actor) { total items { kind parties { name } } } }`,
      variables: { actor: states[0] },
    },
    eventsInRange: {
      query: `{ events(from: "2025-06", to: "2025-06", limit: 10) { total items { date type source { name } target { name } } } }`,
      variables: {},
    },
  };
}

describe('query plans stay bounded by the answer, not by the size of the graph', () => {
  let driver: Driver;
  let dataDir: string;
  /** Profile of each request's Cypher, per scale. */
  const profiles = new Map<number, Record<string, Profile>>();

  beforeAll(async () => {
    driver = connectTestDriver();
    dataDir = await mkdtemp(path.join(tmpdir(), 'query-plans-'));
    for (const scale of SCALES) {
      const dir = path.join(dataDir, String(scale));
      await generateDataset({ dir, scale });
      await seedDatabase({ driver, ...testDatabase(), data: await prepareSeed(dir), reset: true });
      const captured: { query: string; parameters: QueryParameters }[] = [];
      const app = createApp({
        driver,
        ...testDatabase(),
        logErrors: false,
        onQuery: (query, parameters) => captured.push({ query, parameters }),
      });
      const byRequest: Record<string, Profile> = {};
      for (const [name, request] of Object.entries(await createRequests(driver))) {
        captured.length = 0;
        const response = await postGraphQL(app, request.query, request.variables);
        expect(response.errors, name).toBeUndefined();
        expect(captured, name).toHaveLength(1);
        const { query, parameters } = captured[0]!;
        const session = driver.session({ defaultAccessMode: neo4j.session.READ, ...testDatabase() });
        try {
          const result = await session.executeRead((tx) => tx.run(`PROFILE ${query}`, toCypherValues(parameters)));
          const operators = flatten(result.summary.profile as unknown as PlanNode);
          byRequest[name] = {
            dbHits: operators.reduce((sum, operator) => sum + operator.dbHits, 0),
            operators: operators.map((operator) => operator.operatorType.replace(/@.*/, '')),
          };
        } finally {
          await session.close();
        }
      }
      profiles.set(scale, byRequest);
    }
  });
  afterAll(async () => {
    await driver?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const names = [
    'comparePositions',
    'comparePositionsAsOf',
    'actor',
    'stancesOfActors',
    'stickingPointsOfMeeting',
    'rosterChange',
    'neighbourhood',
    'claimsByAndAboutActor',
    'stancesClaimedBy',
    'document',
    'contactsOfActor',
  ];
  /** Requests over a date range: their answer grows with the data, so only how they start is pinned. */
  const ranged = ['eventsInRange'];

  // Search starts from its full-text indexes; how many names resemble the one typed grows with the
  // data (misspellings are matched on purpose), so only its plan is pinned, not its work.
  test.each([...names, ...ranged, 'search', 'neighbourhoodByName'])(
    '%s finds its starting nodes by index, never by scanning a label',
    (name) => {
      for (const scale of SCALES) {
        const scans = profiles.get(scale)![name]!.operators.filter((operator) => SCANS.includes(operator));
        expect(scans, `${name} at ${scale}×`).toEqual([]);
      }
    },
  );

  test.each(names)('%s does about the same work on four times the data', (name) => {
    const [small, large] = SCALES.map((scale) => profiles.get(scale)![name]!.dbHits) as [number, number];
    // The first cluster's answer grows a little with the references other clusters make to it.
    expect(large, `${name}: ${small} db hits at ${SCALES[0]}×, ${large} at ${SCALES[1]}×`).toBeLessThanOrEqual(
      small * 1.5 + 100,
    );
  });

  test('a page of every stance reads its first rows in date order from the index, not every stance sorted', () => {
    for (const scale of SCALES) {
      const { operators } = profiles.get(scale)!['stancesPage']!;
      expect(operators, `at ${scale}×`).toEqual(expect.arrayContaining(['NodeIndexScan', 'PartialSort']));
      expect(operators, `at ${scale}×`).not.toContain('Sort');
    }
  });

  test('comparePositions reads each chosen actor’s stances once (no stance compared against every other)', () => {
    const { dbHits, operators } = profiles.get(SCALES[1])!['comparePositions']!;
    expect(operators).not.toContain('Expand(Into)');
    expect(dbHits).toBeLessThan(1000);
  });
});
