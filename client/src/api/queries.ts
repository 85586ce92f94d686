import { defineOperation } from './request.js';
import type * as Generated from './generated/operation-types.js';
import type { EntityDetail } from './types.js';

export * from './curation-operations.js';

// The named operations: the only GraphQL the client sends. Fragments keep the evidence shape in one place.
const EVIDENCE = `fragment Ev on Evidenced { sourceCount evidence { quote source { id publisher title date dateInferred url } } }`;
const STANCE = `fragment StanceFields on Stance {
  id position stand date summary ...Ev
  actor { __typename id name } issue { id name category } voicedBy { id name }
  claimant { id name } status statusBy { id name } note condition { text issue { id name category } }
}`;
const GRAPH = `fragment GraphFields on Graph {
  nodes { id type label distance date }
  edges { id type source target label date status ...Ev }
}`;

/** Names and aliases that match typed text (autocomplete). */
export const SEARCH = defineOperation<Generated.SearchQuery, Generated.SearchQueryVariables>(`
query Search($text: String!, $types: [EntityType!], $limit: Int) {
  search(text: $text, types: $types, limit: $limit) {
    type matched score
    entity { __typename id ... on Actor { name } ... on Place { name } ... on Meeting { name } ... on Issue { name } ... on Delegation { name } }
  }
}`);

/** Everything within `depth` hops of an entity. */
export const NEIGHBOURHOOD = defineOperation<Generated.NeighbourhoodQuery, Generated.NeighbourhoodQueryVariables>(`
query Neighbourhood($id: ID!, $depth: Int, $types: [EntityType!], $from: PartialDate, $to: PartialDate) {
  neighbourhood(id: $id, depth: $depth, types: $types, from: $from, to: $to) { ...GraphFields }
}
${GRAPH}
${EVIDENCE}`);

/** The shortest path between two entities, or null. */
export const SHORTEST_PATH = defineOperation<Generated.ShortestPathQuery, Generated.ShortestPathQueryVariables>(`
query ShortestPath($from: ID!, $to: ID!) {
  shortestPath(from: $from, to: $to) { ...GraphFields }
}
${GRAPH}
${EVIDENCE}`);

type DetailOperation = ReturnType<
  typeof defineOperation<{ node: EntityDetail | null }, { id: string; asOf?: string | null }>
>;

function defineDetail(selection: string, fragments: string): DetailOperation {
  const name = `${selection.match(/on (\w+)/)?.[1] ?? 'Entity'}Detail`;
  // GraphQL refuses a declared variable that is never used, so $asOf is declared only where read.
  const variables = selection.includes('$asOf') ? '$id: ID!, $asOf: PartialDate' : '$id: ID!';
  return defineOperation(`
query ${name}(${variables}) {
  node(id: $id) { __typename id ${selection} }
}
${fragments}
${EVIDENCE}`);
}

// A lighter stance for lists in the panel: the graph's per-operation cost limit counts every field.
const STANCE_LINE = `fragment StanceLine on Stance {
  id position date status note ...Ev actor { __typename id name } issue { id name } voicedBy { id name }
  claimant { id name } condition { text }
}`;
// Others' claims about an actor, and its claims about others, beside its own positions: lighter
// than StanceLine (no voice, fewer source details), so a person's panel stays within the cost limit.
const CLAIM_LINE = `fragment ClaimLine on Stance {
  id position date status note sourceCount evidence { quote source { id publisher date } } actor { id name } issue { id name }
  claimant { id name } condition { text }
}`;
const CLAIMS = `claimsAbout { ...ClaimLine } claims { ...ClaimLine }`;
const OFFICEHOLDERS = `officeholders { title attested person { id name } ...Ev }`;

// One query per kind of entity: a single query with every type's fields would cost more than the
// server's per-operation limit allows (graphql-armor's cost), and most of it would select nothing.
/**
 * The details panel's query for each entity type, as of a day when given. A document's events are
 * drawn but are no `Node` the API finds by id: the panel shows what the drawing carries for them.
 */
export const ENTITY_DETAIL: Record<Exclude<Generated.EntityType, 'DOCUMENT_EVENT'>, DetailOperation> = {
  PERSON: defineDetail(
    `... on Person {
      name aliases ...Ev
      posts(asOf: $asOf) { title of { id name } from until attested ...Ev }
      delegations(asOf: $asOf) { role capacity ...Ev delegation { name meeting { id name start } } }
      stances(asOf: $asOf) { ...StanceLine }
      ${CLAIMS}
    }`,
    `${STANCE_LINE}
${CLAIM_LINE}`,
  ),
  STATE: defineDetail(
    `... on State { name aliases ...Ev ${OFFICEHOLDERS} stances(asOf: $asOf) { ...StanceLine } ${CLAIMS} }`,
    `${STANCE_LINE}
${CLAIM_LINE}`,
  ),
  ORGANISATION: defineDetail(
    `... on Organisation { name aliases orgKind: kind ...Ev ${OFFICEHOLDERS} stances(asOf: $asOf) { ...StanceLine } ${CLAIMS} }`,
    `${STANCE_LINE}
${CLAIM_LINE}`,
  ),
  GROUP: defineDetail(
    `... on Group {
      name aliases groupKind: kind description status note ...Ev
      members { actor { id name } status ...Ev }
      stances(asOf: $asOf) { ...StanceLine } ${CLAIMS}
    }`,
    `${STANCE_LINE}
${CLAIM_LINE}`,
  ),
  DOCUMENT: defineDetail(
    `... on Document {
      name aliases documentKind: kind date description status statusBy { id name } note ...Ev
      authors { id name } addressees { id name }
      terms { ...StanceLine }
      events { kind date by { id name } to { id name } status statusBy { id name } note ...Ev }
    }`,
    STANCE_LINE,
  ),
  CONTACT: defineDetail(
    `... on Contact { name contactKind: kind date summary status note ...Ev parties { id name } }`,
    '',
  ),
  ISSUE: defineDetail(`... on Issue { name aliases description stances(asOf: $asOf) { ...StanceLine } }`, STANCE_LINE),
  STANCE: defineDetail(`... on Stance { ...StanceFields }`, STANCE),
  PLACE: defineDetail(`... on Place { name aliases ...Ev }`, ''),
  MEETING: defineDetail(
    `... on Meeting { name aliases meetingKind: kind meetingStatus: status endStatus note start ...Ev }`,
    '',
  ),
  DELEGATION: defineDetail(`... on Delegation { name ...Ev }`, ''),
};

/** Meetings in date order, for the timeline. */
export const MEETINGS = defineOperation<Generated.MeetingsQuery, Generated.MeetingsQueryVariables>(`
query Meetings($from: PartialDate, $to: PartialDate, $limit: Int, $offset: Int) {
  meetings(from: $from, to: $to, limit: $limit, offset: $offset) { total items { id name kind start end place { name } } }
}`);

/** One meeting with its delegations, members, hosts and mediators. */
export const MEETING = defineOperation<Generated.MeetingQuery, Generated.MeetingQueryVariables>(`
query Meeting($id: ID!) {
  meeting(id: $id) {
    id name kind start end ...Ev
    place { id name }
    hosts { actor { __typename id name } ...Ev }
    mediators { role actor { __typename id name } ...Ev }
    delegations {
      id name ...Ev
      represents { __typename id name }
      members { role capacity person { id name } ...Ev }
    }
  }
}
${EVIDENCE}`);

/** Stances in a range or as of a day, for the positions view. */
export const STANCES = defineOperation<Generated.StancesQuery, Generated.StancesQueryVariables>(`
query Stances($filter: StanceFilter, $limit: Int, $offset: Int) {
  stances(filter: $filter, limit: $limit, offset: $offset) { total items { ...StanceFields } }
}
${STANCE}
${EVIDENCE}`);

/** Each actor's latest position per issue: the table of the positions view. */
export const COMPARE_POSITIONS = defineOperation<
  Generated.ComparePositionsQuery,
  Generated.ComparePositionsQueryVariables
>(`
query ComparePositions($actors: [ID!]!, $from: PartialDate, $to: PartialDate, $asOf: PartialDate) {
  comparePositions(actors: $actors, from: $from, to: $to, asOf: $asOf) {
    issues { issue { id name } positions { actor { id name } stance { position date } } }
  }
}`);

/** Issues on which parties to the same talks stand opposed. */
export const STICKING_POINTS = defineOperation<Generated.StickingPointsQuery, Generated.StickingPointsQueryVariables>(`
query StickingPoints($from: PartialDate, $to: PartialDate) {
  stickingPoints(from: $from, to: $to) { issue { id name } meeting { id name start } }
}`);

/** Pairs of actors and how many issues they agree and disagree on: the matrix orders its rows by it. */
export const AGREEMENT_NETWORK = defineOperation<
  Generated.AgreementNetworkQuery,
  Generated.AgreementNetworkQueryVariables
>(`
query AgreementNetwork($from: PartialDate, $to: PartialDate) {
  agreementNetwork(from: $from, to: $to) { links { a { id } b { id } congruence conflict } }
}`);

/** The dates of the data, for the as-of slider and its playback. */
export const TIMELINE_DATES = defineOperation<Generated.TimelineDatesQuery, Generated.TimelineDatesQueryVariables>(`
query TimelineDates($limit: Int, $offset: Int) {
  timeline(limit: $limit, offset: $offset) { total items { ... on Meeting { start } ... on Stance { date } } }
}`);

/** The loaded dataset's version, recorded in shared links. */
export const DATASET = defineOperation<Generated.DatasetQuery, Generated.DatasetQueryVariables>(`
query Dataset { dataset { version facts quotes } }`);

/** The start page: the dataset's size and sources, and the talks rounds with the heads of each delegation. */
export const START_PAGE = defineOperation<Generated.StartPageQuery, Generated.StartPageQueryVariables>(`
query StartPage {
  dataset { facts quotes }
  meetings(limit: 1) { total }
  people: actors(types: [PERSON], limit: 1) { total }
  issues(limit: 1) { total }
  sources { id publisher }
  talks: meetings(kind: TALKS_ROUND, limit: 20) {
    items { id name start place { name } delegations { represents { id name } heads { person { id name } } } }
  }
}`);
