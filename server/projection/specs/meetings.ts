import type {
  DelegationResolvers,
  HostResolvers,
  MediatorResolvers,
  MeetingResolvers,
  MembershipResolvers,
  PlaceResolvers,
} from '../../generated/resolver-types.js';
import { enumProp, evidenced, fact, named, prop, single, type SpecsOf } from './field-spec.js';

export const MEETING_SPECS: SpecsOf<MeetingResolvers> = {
  ...named,
  ...evidenced,
  // A meeting's status has its own words (held, scheduled…), stored in the same property.
  ...fact,
  endStatus: enumProp('endStatus'),
  kind: enumProp('kind'),
  start: prop(),
  end: prop(),
  documents: {
    kind: 'relation',
    target: 'DocumentEvent',
    list: true,
    element: 'node',
    pattern: '({this})<-[:DURING]-({node}:DocumentEvent)',
    orderBy: '{node}.startDay, {node}.id',
  },
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

export const HOST_SPECS: SpecsOf<HostResolvers> = {
  ...fact,
  actor: { kind: 'endpoint', which: 'end', target: 'Actor' },
  ...evidenced,
};

export const MEDIATOR_SPECS: SpecsOf<MediatorResolvers> = {
  ...fact,
  actor: { kind: 'endpoint', which: 'end', target: 'Actor' },
  role: enumProp('role'),
  ...evidenced,
};

export const DELEGATION_SPECS: SpecsOf<DelegationResolvers> = {
  ...fact,
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

export const MEMBERSHIP_SPECS: SpecsOf<MembershipResolvers> = {
  ...fact,
  person: { kind: 'endpoint', which: 'start', target: 'Person' },
  delegation: { kind: 'endpoint', which: 'end', target: 'Delegation' },
  role: enumProp('role'),
  capacity: prop(),
  ...evidenced,
};

export const PLACE_SPECS: SpecsOf<PlaceResolvers> = {
  ...fact,
  ...named,
  ...evidenced,
  state: single('State', '({this})-[:LOCATED_IN]->({node}:State)'),
};
