import type { Driver } from 'neo4j-driver';
import { toLuceneQuery } from '../server/queries/search.js';

/** A GraphQL request as sent over HTTP. */
export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

/**
 * One benchmarked question, as our API asks it and as the peer (@neo4j/graphql) asks it; without
 * `peer` when the peer's type definitions cannot express it (claims, documents, events).
 */
export interface Operation {
  name: string;
  ours: GraphQLRequest;
  peer?: GraphQLRequest;
}

/** The ids the operations ask about at one scale, chosen from the loaded data so every contender answers the same question. */
export interface OperationTargets {
  meeting: string;
  person: string;
  actors: string[];
  searchText: string;
  pathTo: string;
  document: string;
}

const one = async <T>(
  driver: Driver,
  database: string | undefined,
  query: string,
  parameters: Record<string, unknown> = {},
): Promise<T> => {
  const { records } = await driver.executeQuery(query, parameters, { ...(database && { database }) });
  if (!records[0]) throw new Error(`bench: no target found by ${query}`);
  return records[0].get(0) as T;
};

/**
 * The busiest meeting, person and states of the first cluster (present at every scale), and a
 * person of the last cluster for the path, so the path crosses the whole generated graph.
 */
export async function pickTargets(
  driver: Driver,
  database: string | undefined,
  scale: number,
): Promise<OperationTargets> {
  const meeting = await one<string>(
    driver,
    database,
    `MATCH (m:Meeting) WHERE m.id STARTS WITH 'c0-'
    WITH m ORDER BY COUNT { (m)<-[:AT]-(:Delegation)<-[:MEMBER_OF]-() } DESC, m.id LIMIT 1 RETURN m.id`,
  );
  const person = await one<{ id: string; name: string }>(
    driver,
    database,
    `MATCH (p:Person) WHERE p.id STARTS WITH 'c0-'
    WITH p ORDER BY COUNT { (p)--() } DESC, p.id LIMIT 1 RETURN p { .id, .name }`,
  );
  const actors = await one<string[]>(
    driver,
    database,
    `MATCH (s:State) WHERE s.id STARTS WITH 'c0-'
    WITH s ORDER BY COUNT { (s)-[:TAKES]->() } DESC, s.id LIMIT 3 RETURN collect(s.id)`,
  );
  const pathTo = await one<string>(
    driver,
    database,
    `MATCH (b:Person) WHERE b.id STARTS WITH $cluster AND b.id <> $from
    MATCH p = shortestPath((a:Person {id: $from})-[*..8]-(b)) WITH b, p ORDER BY length(p) DESC, b.id LIMIT 1 RETURN b.id`,
    { cluster: `c${scale - 1}-`, from: person.id },
  );
  const document = await one<string>(
    driver,
    database,
    `MATCH (d:Document) WHERE d.id STARTS WITH 'c0-'
    WITH d ORDER BY COUNT { (d)--() } DESC, d.id LIMIT 1 RETURN d.id`,
  );
  return {
    meeting,
    person: person.id,
    actors,
    searchText: person.name.split(' ').at(-1) ?? person.name,
    pathTo,
    document,
  };
}

const EVIDENCE = 'evidence { quote source { publisher date } }';
const PEER_EVIDENCE = 'evidenceQuotes evidenceSources';
const ACTOR_NAME = '... on Person { name } ... on State { name } ... on Organisation { name }';

// What the web client asks to draw a graph: the nodes, and every edge with its evidence.
const DRAWING = `nodes { id type label distance date } edges { id type source target label date sourceCount ${EVIDENCE} }`;
// What the peer can answer for a neighbourhood or a path: its @cypher fields return the nodes only.
const NODES = 'nodes { id type label }';

/**
 * The client's own drawing query for the busiest person's depth-2 neighbourhood: the sustained
 * load runs it, the heavier of the two neighbourhood questions. The peer cannot express it.
 */
export function createDrawingOperation(targets: OperationTargets): Pick<Operation, 'name' | 'ours'> {
  return {
    name: 'neighbourhood drawing',
    ours: {
      query: `query ($id: ID!) { neighbourhood(id: $id, depth: 2) { ${DRAWING} } }`,
      variables: { id: targets.person },
    },
  };
}

/** The operations of the benchmark, for the chosen targets: each contender answers the same question. */
export function createOperations(targets: OperationTargets): Operation[] {
  return [
    {
      name: 'meeting',
      ours: {
        query: `query ($id: ID!) { meeting(id: $id) { id name start place { name } mediators { role actor { name } } ${EVIDENCE}
        delegations { id represents { name } ${EVIDENCE} heads { person { id name } capacity ${EVIDENCE} } members { person { id name } role capacity ${EVIDENCE} } } } }`,
        variables: { id: targets.meeting },
      },
      peer: {
        query: `query ($id: ID!) { meetings(where: { id: { eq: $id } }) { id name start place { name } ${PEER_EVIDENCE}
        mediatorsConnection { edges { properties { role } node { ${ACTOR_NAME} } } }
        delegations { id ${PEER_EVIDENCE} represents { ${ACTOR_NAME} }
          heads: membersConnection(where: { edge: { role: { eq: "head" } } }) { edges { properties { capacity ${PEER_EVIDENCE} } node { id name } } }
          membersConnection { edges { properties { role capacity ${PEER_EVIDENCE} } node { id name } } } } } }`,
        variables: { id: targets.meeting },
      },
    },
    {
      name: 'person',
      ours: {
        query: `query ($id: ID!) { person(id: $id) { id name posts { title of { name } attested ${EVIDENCE} }
        delegations { role capacity delegation { meeting { name start } represents { name } } ${EVIDENCE} }
        stances { issue { name } position date ${EVIDENCE} } } }`,
        variables: { id: targets.person },
      },
      peer: {
        query: `query ($id: ID!) { people(where: { id: { eq: $id } }) { id name
        postsConnection { edges { properties { title attested ${PEER_EVIDENCE} } node { ... on State { name } ... on Organisation { name } } } }
        delegationsConnection { edges { properties { role capacity ${PEER_EVIDENCE} } node { meeting { name start } represents { ${ACTOR_NAME} } } } }
        stances { position date ${PEER_EVIDENCE} issue { name } } } }`,
        variables: { id: targets.person },
      },
    },
    {
      name: 'compare',
      ours: {
        query: `query ($actors: [ID!]!) { comparePositions(actors: $actors) { actors { name } issues { issue { id name }
        positions { actor { name } stance { position date } } agreements { a { name } b { name } } conflicts { a { name } b { name } } } } }`,
        variables: { actors: targets.actors },
      },
      // The peer cannot pick each actor's latest stance per issue or pair them up; it returns the stances to compare.
      peer: {
        query: `query ($actors: [ID!]!) { states(where: { id: { in: $actors } }) { id name stances { id position stand date issue { id name } } } }`,
        variables: { actors: targets.actors },
      },
    },
    {
      name: 'search',
      ours: {
        query: `query ($text: String!) { search(text: $text) { type matched score entity { id ... on Person { name } } } }`,
        variables: { text: targets.searchText },
      },
      // The same Lucene query our server builds, on the same index (the peer's search is per type).
      peer: {
        query: `query ($phrase: String!) { searchPeople(phrase: $phrase, first: 10) { edges { score node { id name } } } }`,
        variables: { phrase: toLuceneQuery(targets.searchText) },
      },
    },
    {
      name: 'neighbourhood',
      ours: {
        query: `query ($id: ID!) { neighbourhood(id: $id, depth: 2) { ${NODES} } }`,
        variables: { id: targets.person },
      },
      peer: {
        query: `query ($id: ID!) { neighbourhood(id: $id) { __typename id name } }`,
        variables: { id: targets.person },
      },
    },
    {
      name: 'path',
      ours: {
        query: `query ($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { ${NODES} } }`,
        variables: { from: targets.person, to: targets.pathTo },
      },
      peer: {
        query: `query ($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { __typename id name } }`,
        variables: { from: targets.person, to: targets.pathTo },
      },
    },
    {
      name: 'claims',
      ours: {
        query: `query ($id: ID!) { actor(id: $id) { name stances { position issue { name } status }
        claims { position actor { name } issue { name } } claimsAbout { position claimant { name } issue { name } condition { text } ${EVIDENCE} } } }`,
        variables: { id: targets.actors[0] },
      },
    },
    {
      name: 'document',
      ours: {
        query: `query ($id: ID!) { document(id: $id) { name kind authors { name } addressees { name }
        terms { position issue { name } } events { kind date by { name } to { name } ${EVIDENCE} } ${EVIDENCE} } }`,
        variables: { id: targets.document },
      },
    },
    {
      name: 'events',
      ours: {
        query: `query ($from: PartialDate, $to: PartialDate) { events(from: $from, to: $to, limit: 50) { total
        items { date type source { name } target { name } factId ${EVIDENCE} } } }`,
        variables: { from: '2025-06', to: '2025-06' },
      },
    },
  ];
}
