import { allOf, asOfDay, enumProp, evidenced, named, overlapsRange, prop, type FieldSpec } from './field-spec.js';
import { stancesOf } from './stances.js';

/** Fields every actor has: its positions and the delegations that acted for it. */
const actorFields: Record<string, FieldSpec> = {
  ...named,
  ...evidenced,
  stances: stancesOf('actor'),
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

export const PERSON_SPECS: Record<string, FieldSpec> = {
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

export const STATE_SPECS: Record<string, FieldSpec> = { ...actorFields, officeholders };

export const ORGANISATION_SPECS: Record<string, FieldSpec> = {
  ...actorFields,
  officeholders,
  kind: enumProp('kind'),
  partOf: { kind: 'relation', target: 'Actor', list: false, element: 'node', pattern: '({this})-[:PART_OF]->({node})' },
};

export const POST_SPECS: Record<string, FieldSpec> = {
  title: prop(),
  from: prop(),
  until: prop(),
  attested: prop(),
  person: { kind: 'endpoint', which: 'start', target: 'Person' },
  of: { kind: 'endpoint', which: 'end', target: 'Actor' },
  ...evidenced,
};

export const REPRESENTATION_SPECS: Record<string, FieldSpec> = {
  role: prop(),
  attested: prop(),
  person: { kind: 'endpoint', which: 'start', target: 'Person' },
  for: { kind: 'endpoint', which: 'end', target: 'Actor' },
  ...evidenced,
};
