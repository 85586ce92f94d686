export type { Arguments, Bind, FieldSpec, RelationSpec } from './field-spec.js';
import type { FieldSpec } from './field-spec.js';
import { ORGANISATION_SPECS, PERSON_SPECS, POST_SPECS, REPRESENTATION_SPECS, STATE_SPECS } from './actors.js';
import {
  DELEGATION_SPECS,
  HOST_SPECS,
  MEDIATOR_SPECS,
  MEETING_SPECS,
  MEMBERSHIP_SPECS,
  PLACE_SPECS,
} from './meetings.js';
import { ISSUE_SPECS, STANCE_SPECS } from './stances.js';
import { prop } from './field-spec.js';

/** Concrete types each abstract type can resolve to; each is also the Neo4j label that marks it. */
export const ABSTRACT_TYPES: Record<string, readonly string[]> = {
  Actor: ['Person', 'State', 'Organisation'],
  Node: ['Person', 'State', 'Organisation', 'Place', 'Meeting', 'Delegation', 'Issue', 'Stance', 'Source'],
  TimelineEvent: ['Meeting', 'Stance'],
};

/** The field table, per GraphQL object type the graph stores. */
export const FIELD_SPECS: Record<string, Record<string, FieldSpec>> = {
  Source: {
    id: prop(),
    publisher: prop(),
    title: prop(),
    author: prop(),
    date: prop(),
    dateInferred: prop(),
    url: prop(),
  },
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
};
