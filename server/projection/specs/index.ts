export type { Arguments, Bind, FieldSpec, RelationSpec } from './field-spec.js';
import type { FieldSpec } from './field-spec.js';
import {
  GROUP_MEMBER_SPECS,
  GROUP_SPECS,
  ORGANISATION_SPECS,
  PERSON_SPECS,
  POST_SPECS,
  REPRESENTATION_SPECS,
  STATE_SPECS,
} from './actors.js';
import { ACTOR_EVENT_SPECS, CONTACT_SPECS, DOCUMENT_EVENT_SPECS, DOCUMENT_SPECS } from './documents.js';
import {
  DELEGATION_SPECS,
  HOST_SPECS,
  MEDIATOR_SPECS,
  MEETING_SPECS,
  MEMBERSHIP_SPECS,
  PLACE_SPECS,
} from './meetings.js';
import { CONDITION_SPECS, ISSUE_SPECS, STANCE_SPECS } from './stances.js';
import { prop, type SpecsOf } from './field-spec.js';
import type { SourceResolvers } from '../../generated/resolver-types.js';

/** Concrete types each abstract type can resolve to; each is also the Neo4j label that marks it. */
export const ABSTRACT_TYPES: Record<string, readonly string[]> = {
  Actor: ['Person', 'State', 'Organisation', 'Group'],
  Node: [
    'Person',
    'State',
    'Organisation',
    'Group',
    'Place',
    'Meeting',
    'Delegation',
    'Issue',
    'Stance',
    'Document',
    'Contact',
    'Source',
  ],
  TimelineEvent: ['Meeting', 'Stance'],
};

const SOURCE_SPECS: SpecsOf<SourceResolvers> = {
  id: prop(),
  publisher: prop(),
  title: prop(),
  author: prop(),
  date: prop(),
  dateInferred: prop(),
  url: prop(),
  text: prop(),
};

/** The field table, per GraphQL object type the graph stores. */
export const FIELD_SPECS: Record<string, Record<string, FieldSpec>> = {
  Source: SOURCE_SPECS,
  Person: PERSON_SPECS,
  State: STATE_SPECS,
  Organisation: ORGANISATION_SPECS,
  Place: PLACE_SPECS,
  Post: POST_SPECS,
  Representation: REPRESENTATION_SPECS,
  Meeting: MEETING_SPECS,
  Host: HOST_SPECS,
  Mediator: MEDIATOR_SPECS,
  Delegation: DELEGATION_SPECS,
  Membership: MEMBERSHIP_SPECS,
  Issue: ISSUE_SPECS,
  Stance: STANCE_SPECS,
  Condition: CONDITION_SPECS,
  Group: GROUP_SPECS,
  GroupMember: GROUP_MEMBER_SPECS,
  Document: DOCUMENT_SPECS,
  DocumentEvent: DOCUMENT_EVENT_SPECS,
  Contact: CONTACT_SPECS,
  ActorEvent: ACTOR_EVENT_SPECS,
};
