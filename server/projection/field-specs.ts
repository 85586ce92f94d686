/**
 * How each GraphQL field maps onto the graph. The projection compiler reads this table to turn a
 * selection set into one Cypher expression. Patterns name variables as `{this}` (the element being
 * projected), `{node}` and `{rel}` (the element each result is projected from) and any other
 * `{name}`; the compiler replaces them with fresh variables so nested patterns never clash.
 */
export type FieldSpec =
  /** A stored property; `enum` turns 'talks-round' into TALKS_ROUND. */
  | { kind: 'property'; property?: string; enum?: boolean }
  /** The quotes behind the element, each with its source article. */
  | { kind: 'evidence' }
  /** A relationship element's start or end node. */
  | { kind: 'endpoint'; which: 'start' | 'end'; target: string }
  /** Elements reached through a pattern, projected from its `{node}` or its `{rel}`. */
  | {
      kind: 'relation';
      target: string;
      list: boolean;
      pattern: string;
      element: 'node' | 'rel';
      where?: string;
      orderBy?: string;
    };

const prop = (property?: string): FieldSpec => ({ kind: 'property', ...(property && { property }) });
const enumProp = (property: string): FieldSpec => ({ kind: 'property', property, enum: true });
const evidence: FieldSpec = { kind: 'evidence' };
const evidenced = { evidence, sourceCount: prop() };
const named = { id: prop(), name: prop(), aliases: prop() };

/** Concrete types each abstract type can resolve to, with the Neo4j label that marks each. */
export const ABSTRACT_TYPES: Record<string, readonly string[]> = {
  Actor: ['Person', 'State', 'Organisation'],
  Node: ['Person', 'State', 'Organisation', 'Place', 'Meeting', 'Delegation', 'Source'],
};

/** The field table, per GraphQL object type. */
export const FIELD_SPECS: Record<string, Record<string, FieldSpec>> = {
  Source: {
    id: prop(),
    publisher: prop(),
    title: prop(),
    author: prop(),
    date: prop(),
    dateInferred: prop(),
  },
  Person: {
    ...named,
    ...evidenced,
    posts: {
      kind: 'relation',
      target: 'Post',
      list: true,
      element: 'rel',
      pattern: '({this})-[{rel}:HELD_POST]->({node})',
      orderBy: '{rel}.attested, {rel}.title',
    },
    delegations: {
      kind: 'relation',
      target: 'Membership',
      list: true,
      element: 'rel',
      pattern: '({this})-[{rel}:MEMBER_OF]->({node}:Delegation)-[:AT]->({meeting}:Meeting)',
      orderBy: '{meeting}.startDay, {meeting}.id',
    },
    actsFor: {
      kind: 'relation',
      target: 'Representation',
      list: true,
      element: 'rel',
      pattern: '({this})-[{rel}:ACTS_FOR]->({node})',
      orderBy: '{rel}.attested, {node}.name',
    },
  },
  State: { ...named, ...evidenced },
  Organisation: {
    ...named,
    ...evidenced,
    kind: enumProp('kind'),
    partOf: { kind: 'relation', target: 'Actor', list: false, element: 'node', pattern: '({this})-[:PART_OF]->({node})' },
  },
  Place: {
    ...named,
    ...evidenced,
    state: { kind: 'relation', target: 'State', list: false, element: 'node', pattern: '({this})-[:LOCATED_IN]->({node}:State)' },
  },
  Post: {
    title: prop(),
    from: prop(),
    until: prop(),
    attested: prop(),
    of: { kind: 'endpoint', which: 'end', target: 'Actor' },
    ...evidenced,
  },
  Representation: {
    role: prop(),
    attested: prop(),
    for: { kind: 'endpoint', which: 'end', target: 'Actor' },
    ...evidenced,
  },
  Meeting: {
    ...named,
    ...evidenced,
    kind: enumProp('kind'),
    start: prop(),
    end: prop(),
    place: { kind: 'relation', target: 'Place', list: false, element: 'node', pattern: '({this})-[:HELD_IN]->({node}:Place)' },
    follows: { kind: 'relation', target: 'Meeting', list: false, element: 'node', pattern: '({this})-[:FOLLOWS]->({node}:Meeting)' },
    hosts: {
      kind: 'relation',
      target: 'Host',
      list: true,
      element: 'rel',
      pattern: '({this})-[{rel}:HOSTED_BY]->({node})',
      orderBy: '{node}.name',
    },
    mediators: {
      kind: 'relation',
      target: 'Mediator',
      list: true,
      element: 'rel',
      pattern: '({this})-[{rel}:MEDIATED_BY]->({node})',
      orderBy: '{rel}.role, {node}.name',
    },
    delegations: {
      kind: 'relation',
      target: 'Delegation',
      list: true,
      element: 'node',
      pattern: '({this})<-[:AT]-({node}:Delegation)-[:REPRESENTS]->({party})',
      orderBy: '{party}.name, {node}.id',
    },
  },
  Host: { actor: { kind: 'endpoint', which: 'end', target: 'Actor' }, ...evidenced },
  Mediator: { actor: { kind: 'endpoint', which: 'end', target: 'Actor' }, role: enumProp('role'), ...evidenced },
  Delegation: {
    id: prop(),
    name: prop(),
    ...evidenced,
    meeting: { kind: 'relation', target: 'Meeting', list: false, element: 'node', pattern: '({this})-[:AT]->({node}:Meeting)' },
    represents: { kind: 'relation', target: 'Actor', list: false, element: 'node', pattern: '({this})-[:REPRESENTS]->({node})' },
    heads: {
      kind: 'relation',
      target: 'Membership',
      list: true,
      element: 'rel',
      pattern: '({this})<-[{rel}:MEMBER_OF]-({node}:Person)',
      where: "{rel}.role = 'head'",
      orderBy: '{node}.name',
    },
    members: {
      kind: 'relation',
      target: 'Membership',
      list: true,
      element: 'rel',
      pattern: '({this})<-[{rel}:MEMBER_OF]-({node}:Person)',
      orderBy: "CASE {rel}.role WHEN 'head' THEN 0 ELSE 1 END, {node}.name",
    },
  },
  Membership: {
    person: { kind: 'endpoint', which: 'start', target: 'Person' },
    delegation: { kind: 'endpoint', which: 'end', target: 'Delegation' },
    role: enumProp('role'),
    capacity: prop(),
    ...evidenced,
  },
};
