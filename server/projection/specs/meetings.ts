import { enumProp, evidenced, named, prop, type FieldSpec, single } from './field-spec.js';

export const MEETING_SPECS: Record<string, FieldSpec> = {
  ...named,
  ...evidenced,
  kind: enumProp('kind'),
  start: prop(),
  end: prop(),
  place: single('Place', '({this})-[:HELD_IN]->({node}:Place)'),
  follows: single('Meeting', '({this})-[:FOLLOWS]->({node}:Meeting)'),
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
  stances: {
    kind: 'relation',
    target: 'Stance',
    list: true,
    element: 'node',
    pattern: '({this})<-[:VOICED_AT]-({node}:Stance)',
    orderBy: '{node}.startDay, {node}.id',
  },
};

export const HOST_SPECS: Record<string, FieldSpec> = {
  actor: { kind: 'endpoint', which: 'end', target: 'Actor' },
  ...evidenced,
};

export const MEDIATOR_SPECS: Record<string, FieldSpec> = {
  actor: { kind: 'endpoint', which: 'end', target: 'Actor' },
  role: enumProp('role'),
  ...evidenced,
};

export const DELEGATION_SPECS: Record<string, FieldSpec> = {
  id: prop(),
  name: prop(),
  ...evidenced,
  meeting: single('Meeting', '({this})-[:AT]->({node}:Meeting)'),
  represents: single('Actor', '({this})-[:REPRESENTS]->({node})'),
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
};

export const MEMBERSHIP_SPECS: Record<string, FieldSpec> = {
  person: { kind: 'endpoint', which: 'start', target: 'Person' },
  delegation: { kind: 'endpoint', which: 'end', target: 'Delegation' },
  role: enumProp('role'),
  capacity: prop(),
  ...evidenced,
};

export const PLACE_SPECS: Record<string, FieldSpec> = {
  ...named,
  ...evidenced,
  state: single('State', '({this})-[:LOCATED_IN]->({node}:State)'),
};
