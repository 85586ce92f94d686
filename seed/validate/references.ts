import type { Collection, Dataset } from '../model/schema.js';

/** The kinds of thing an id can name; one namespace covers them all. */
export type EntityKind =
  | 'source'
  | 'state'
  | 'organisation'
  | 'place'
  | 'person'
  | 'meeting'
  | 'delegation'
  | 'issue'
  | 'stance'
  | 'group'
  | 'document'
  | 'contact';

/** What can hold a position, be represented, speak or act: groups included. */
const ACTOR: readonly EntityKind[] = ['person', 'state', 'organisation', 'group'];

/** One reference from an entry to another id, with the kinds it may point at. */
export interface Reference {
  field: string;
  target: string;
  allowed: readonly EntityKind[];
}

function optional(field: string, target: string | undefined, allowed: readonly EntityKind[]): Reference[] {
  return target === undefined ? [] : [{ field, target, allowed }];
}

function each(field: string, targets: readonly string[], allowed: readonly EntityKind[]): Reference[] {
  return targets.map((target, index) => ({ field: `${field}[${index}]`, target, allowed }));
}

/** Who reported, denied or disputed a fact: always actors. */
function statusBy(prefix: string, fact: { statusBy: readonly string[] }): Reference[] {
  return each(`${prefix}statusBy`, fact.statusBy, ACTOR);
}

/**
 * Every reference each kind of entry makes besides evidence sources (found for every fact by
 * walking the entry, see validate-dataset.ts), so checking them is one loop over a table.
 */
export const REFERENCES_OF: { [C in keyof Dataset]: (entry: Dataset[C][number]) => Reference[] } = {
  sources: () => [],
  states: (state) => statusBy('', state),
  organisations: (organisation) => [
    ...optional('partOf', organisation.partOf, ['state', 'organisation']),
    ...statusBy('', organisation),
  ],
  places: (place) => [...optional('in', place.in, ['state']), ...statusBy('', place)],
  people: (person) => [
    ...optional('nationality', person.nationality, ['state']),
    ...statusBy('', person),
    ...person.posts.flatMap((post, index) => [
      { field: `posts[${index}].of`, target: post.of, allowed: ['state', 'organisation'] as const },
      ...statusBy(`posts[${index}].`, post),
    ]),
    ...person.represents.flatMap((representation, index) => [
      { field: `represents[${index}].for`, target: representation.for, allowed: ACTOR },
      ...statusBy(`represents[${index}].`, representation),
    ]),
    ...person.relations.flatMap((relation, index) => [
      { field: `relations[${index}].to`, target: relation.to, allowed: ['person'] as const },
      ...statusBy(`relations[${index}].`, relation),
    ]),
  ],
  meetings: (meeting) => [
    ...optional('place', meeting.place, ['place']),
    ...optional('follows', meeting.follows, ['meeting']),
    ...statusBy('', meeting),
    ...meeting.hosts.flatMap((host, index) => [
      { field: `hosts[${index}].actor`, target: host.actor, allowed: ACTOR },
      ...statusBy(`hosts[${index}].`, host),
    ]),
    ...meeting.mediators.flatMap((mediator, index) => [
      { field: `mediators[${index}].actor`, target: mediator.actor, allowed: ACTOR },
      ...statusBy(`mediators[${index}].`, mediator),
    ]),
    ...meeting.delegations.flatMap((delegation, index) => [
      { field: `delegations[${index}].represents`, target: delegation.represents, allowed: ACTOR },
      ...statusBy(`delegations[${index}].`, delegation),
      ...delegation.members.flatMap((member, memberIndex) => [
        {
          field: `delegations[${index}].members[${memberIndex}].person`,
          target: member.person,
          allowed: ['person'] as const,
        },
        ...statusBy(`delegations[${index}].members[${memberIndex}].`, member),
      ]),
    ]),
  ],
  issues: (issue) => statusBy('', issue),
  stances: (stance) => [
    { field: 'actor', target: stance.actor, allowed: ACTOR },
    { field: 'issue', target: stance.issue, allowed: ['issue'] },
    ...optional('voicedBy', stance.voicedBy, ['person']),
    ...optional('reportedBy', stance.reportedBy, ['organisation', 'person']),
    ...optional('meeting', stance.meeting, ['meeting']),
    ...optional('claimant', stance.claimant, ACTOR),
    ...optional('condition.issue', stance.condition?.issue, ['issue']),
    ...optional('document', stance.document, ['document']),
    ...(stance.target?.length === 1
      ? optional('target', stance.target[0], ACTOR)
      : each('target', stance.target ?? [], ACTOR)),
    ...statusBy('', stance),
  ],
  groups: (group) => [
    ...optional('of', group.of, ['state']),
    ...statusBy('', group),
    ...group.members.flatMap((member, index) => [
      { field: `members[${index}].actor`, target: member.actor, allowed: ACTOR },
      ...statusBy(`members[${index}].`, member),
    ]),
  ],
  documents: (document) => [
    ...each('authors', document.authors, ACTOR),
    ...each('addressees', document.addressees, ACTOR),
    ...statusBy('', document),
    ...document.events.flatMap((event, index) => [
      { field: `events[${index}].by`, target: event.by, allowed: ACTOR },
      ...each(`events[${index}].to`, event.to, ACTOR),
      ...optional(`events[${index}].meeting`, event.meeting, ['meeting']),
      ...statusBy(`events[${index}].`, event),
    ]),
  ],
  contacts: (contact) => [
    ...each('parties', contact.parties, ACTOR),
    ...optional('initiator', contact.initiator, ACTOR),
    ...statusBy('', contact),
  ],
};

/** The kind of entity each collection's entries are. */
export const KIND_OF: { [C in Collection]: EntityKind } = {
  sources: 'source',
  states: 'state',
  organisations: 'organisation',
  places: 'place',
  people: 'person',
  meetings: 'meeting',
  issues: 'issue',
  stances: 'stance',
  groups: 'group',
  documents: 'document',
  contacts: 'contact',
};

/** The collection that declares each kind (delegations are declared inside meetings). */
export function collectionOf(kind: EntityKind): Collection {
  if (kind === 'delegation') return 'meetings';
  return (Object.keys(KIND_OF) as Collection[]).find((collection) => KIND_OF[collection] === kind)!;
}
