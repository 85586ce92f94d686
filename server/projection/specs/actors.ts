import type {
  GroupMemberResolvers,
  GroupResolvers,
  OrganisationResolvers,
  PersonResolvers,
  PostResolvers,
  RepresentationResolvers,
  StateResolvers,
} from '../../generated/resolver-types.js';
import {
  allOf,
  asOfDay,
  enumProp,
  evidenced,
  fact,
  named,
  overlapsRange,
  prop,
  single,
  type FieldSpec,
  type RelationSpec,
  type SpecsOf,
} from './field-spec.js';
import { stancesOf } from './stances.js';

/** Stances linked to `{this}` through `pattern`, optionally only those whose other party is `argument`'s id. */
function claimsThrough(pattern: string, argument: string, otherParty: string): RelationSpec {
  return {
    kind: 'relation',
    target: 'Stance',
    list: true,
    element: 'node',
    pattern,
    orderBy: '{node}.startDay, {node}.id',
    filter: (args, bind) =>
      typeof args[argument] === 'string'
        ? `EXISTS { MATCH ${otherParty.replace('{id}', bind(args[argument]))} }`
        : undefined,
  };
}

/**
 * Fields every actor has: its positions, claims by and about it, and the delegations that acted for
 * it. The Actor interface has no resolver fields of its own, so a state's, less its officeholders, stand in.
 */
const actorFields: SpecsOf<Omit<StateResolvers, 'officeholders'>> = {
  ...named,
  ...evidenced,
  ...fact,
  stances: stancesOf('actor'),
  claims: claimsThrough(
    '({this})<-[:CLAIMED_BY]-({node}:Stance)',
    'about',
    '({node})<-[:SAID_TO_TAKE]-(:Actor {id: {id}})',
  ),
  claimsAbout: claimsThrough(
    '({this})-[:SAID_TO_TAKE]->({node}:Stance)',
    'by',
    '({node})-[:CLAIMED_BY]->(:Actor {id: {id}})',
  ),
  groups: {
    kind: 'relation',
    target: 'GroupMember',
    list: true,
    element: 'rel',
    pattern: '({this})-[{rel}:MEMBER_OF_GROUP]->({node}:Group)',
    orderBy: '{node}.name',
  },
  documents: {
    kind: 'relation',
    target: 'Document',
    list: true,
    element: 'node',
    pattern: '({this})-[:AUTHORED]->({node}:Document)',
    orderBy: '{node}.startDay, {node}.name',
  },
  contacts: {
    kind: 'relation',
    target: 'Contact',
    list: true,
    element: 'node',
    pattern: '({this})-[:PARTY_TO]->({node}:Contact)',
    orderBy: '{node}.startDay, {node}.id',
  },
  representedBy: {
    kind: 'relation',
    target: 'Delegation',
    list: true,
    element: 'node',
    pattern: '({this})<-[:REPRESENTS]-({node}:Delegation)',
    orderBy: '{node}.startDay, {node}.id',
    filter: (args, bind) => allOf(overlapsRange(args, bind, '{node}.startDay', '{node}.endDay')),
  },
};

const officeholders: FieldSpec = {
  kind: 'relation',
  target: 'Post',
  list: true,
  element: 'rel',
  pattern: '({this})<-[{rel}:HELD_POST]-({node}:Person)',
  orderBy: '{rel}.attestedDay, {node}.name',
};

export const PERSON_SPECS: SpecsOf<PersonResolvers> = {
  ...actorFields,
  posts: {
    kind: 'relation',
    target: 'Post',
    list: true,
    element: 'rel',
    pattern: '({this})-[{rel}:HELD_POST]->({node})',
    orderBy: '{rel}.attestedDay, {rel}.title',
    filter: (args, bind) => {
      const asOf = asOfDay(args, bind);
      if (!asOf) return undefined;
      // Held that day, and of several attestations of one post, the latest by that day (else the first).
      return `{rel}.startDay <= ${asOf} AND ({rel}.endDay IS NULL OR {rel}.endDay >= ${asOf})
        AND NOT EXISTS { MATCH ({this})-[{other}:HELD_POST]->() WHERE {other}.postKey = {rel}.postKey AND {other} <> {rel}
          AND CASE WHEN {rel}.attestedDay <= ${asOf}
                THEN {other}.attestedDay <= ${asOf} AND {other}.attestedDay > {rel}.attestedDay
                ELSE {other}.attestedDay < {rel}.attestedDay END }`;
    },
  },
  delegations: {
    kind: 'relation',
    target: 'Membership',
    list: true,
    element: 'rel',
    pattern: '({this})-[{rel}:MEMBER_OF]->({node}:Delegation)',
    orderBy: '{node}.startDay, {node}.id',
    filter: (args, bind) => {
      const asOf = asOfDay(args, bind);
      return asOf && `{rel}.startDay <= ${asOf}`;
    },
  },
  actsFor: {
    kind: 'relation',
    target: 'Representation',
    list: true,
    element: 'rel',
    pattern: '({this})-[{rel}:ACTS_FOR]->({node})',
    orderBy: '{rel}.startDay, {node}.name',
  },
  representatives: {
    kind: 'relation',
    target: 'Representation',
    list: true,
    element: 'rel',
    pattern: '({this})<-[{rel}:ACTS_FOR]-({node}:Person)',
    orderBy: '{rel}.startDay, {node}.name',
  },
  voiced: {
    kind: 'relation',
    target: 'Stance',
    list: true,
    element: 'node',
    pattern: '({this})<-[:VOICED_BY]-({node}:Stance)',
    orderBy: '{node}.startDay, {node}.id',
  },
  mediated: {
    kind: 'relation',
    target: 'Meeting',
    list: true,
    element: 'node',
    pattern: '({this})<-[:MEDIATED_BY]-({node}:Meeting)',
    orderBy: '{node}.startDay, {node}.id',
  },
};

export const STATE_SPECS: SpecsOf<StateResolvers> = { ...actorFields, officeholders };

export const ORGANISATION_SPECS: SpecsOf<OrganisationResolvers> = {
  ...actorFields,
  officeholders,
  kind: enumProp('kind'),
  partOf: { kind: 'relation', target: 'Actor', list: false, element: 'node', pattern: '({this})-[:PART_OF]->({node})' },
};

export const POST_SPECS: SpecsOf<PostResolvers> = {
  ...fact,
  title: prop(),
  from: prop(),
  until: prop(),
  attested: prop(),
  person: { kind: 'endpoint', which: 'start', target: 'Person' },
  of: { kind: 'endpoint', which: 'end', target: 'Actor' },
  ...evidenced,
};

export const REPRESENTATION_SPECS: SpecsOf<RepresentationResolvers> = {
  ...fact,
  role: prop(),
  attested: prop(),
  person: { kind: 'endpoint', which: 'start', target: 'Person' },
  for: { kind: 'endpoint', which: 'end', target: 'Actor' },
  ...evidenced,
};

export const GROUP_SPECS: SpecsOf<GroupResolvers> = {
  ...actorFields,
  kind: enumProp('kind'),
  description: prop(),
  of: single('State', '({this})-[:OFFICIALS_OF]->({node}:State)'),
  members: {
    kind: 'relation',
    target: 'GroupMember',
    list: true,
    element: 'rel',
    pattern: '({this})<-[{rel}:MEMBER_OF_GROUP]-({node})',
    orderBy: '{node}.name',
  },
};

export const GROUP_MEMBER_SPECS: SpecsOf<GroupMemberResolvers> = {
  actor: { kind: 'endpoint', which: 'start', target: 'Actor' },
  group: { kind: 'endpoint', which: 'end', target: 'Group' },
  ...evidenced,
  ...fact,
};
