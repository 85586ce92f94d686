import type {
  ActorEventResolvers,
  ContactResolvers,
  DocumentEventResolvers,
  DocumentResolvers,
} from '../../generated/resolver-types.js';
import { enumProp, evidenced, fact, named, prop, single, type RelationSpec, type SpecsOf } from './field-spec.js';

/** Actors reached through `pattern`, by name. */
function actorsThrough(pattern: string): RelationSpec {
  return { kind: 'relation', target: 'Actor', list: true, element: 'node', pattern, orderBy: '{node}.name' };
}

export const DOCUMENT_SPECS: SpecsOf<DocumentResolvers> = {
  ...named,
  ...evidenced,
  ...fact,
  kind: enumProp('kind'),
  date: prop(),
  description: prop(),
  authors: actorsThrough('({this})<-[:AUTHORED]-({node})'),
  addressees: actorsThrough('({this})-[:ADDRESSED_TO]->({node})'),
  events: {
    kind: 'relation',
    target: 'DocumentEvent',
    list: true,
    element: 'node',
    pattern: '({this})<-[:HAPPENED_TO]-({node}:DocumentEvent)',
    orderBy: '{node}.startDay, {node}.id',
  },
  terms: {
    kind: 'relation',
    target: 'Stance',
    list: true,
    element: 'node',
    pattern: '({this})<-[:TERM_OF]-({node}:Stance)-[:ON]->({issue})',
    orderBy: '{issue}.name, {node}.id',
  },
};

export const DOCUMENT_EVENT_SPECS: SpecsOf<DocumentEventResolvers> = {
  ...evidenced,
  ...fact,
  kind: enumProp('kind'),
  date: prop(),
  // Stored as PLOVER writes them, upper case: no conversion.
  event: prop(),
  document: single('Document', '({this})-[:HAPPENED_TO]->({node}:Document)'),
  by: single('Actor', '({this})-[:DONE_BY]->({node})'),
  to: actorsThrough('({this})-[:DIRECTED_TO]->({node})'),
  meeting: single('Meeting', '({this})-[:DURING]->({node}:Meeting)'),
};

export const CONTACT_SPECS: SpecsOf<ContactResolvers> = {
  id: prop(),
  name: prop(),
  ...evidenced,
  ...fact,
  kind: enumProp('kind'),
  date: prop(),
  summary: prop(),
  event: prop(),
  parties: actorsThrough('({this})<-[:PARTY_TO]-({node})'),
  initiator: single('Actor', '({this})<-[:INITIATED]-({node})'),
};

/** An ACTED_TOWARD relationship: its start is the source actor, its end the target. */
export const ACTOR_EVENT_SPECS: SpecsOf<ActorEventResolvers> = {
  id: prop('key'),
  date: prop(),
  type: prop('event'),
  factId: prop('fact'),
  factType: enumProp('factKind'),
  source: { kind: 'endpoint', which: 'start', target: 'Actor' },
  target: { kind: 'endpoint', which: 'end', target: 'Actor' },
  ...evidenced,
  ...fact,
};
