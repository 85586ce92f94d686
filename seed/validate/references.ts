import type { Dataset, Evidence } from '../model/schema.js';

/** The kinds of thing an id can name; one namespace covers them all. */
export type EntityKind =
  'source' | 'state' | 'organisation' | 'place' | 'person' | 'meeting' | 'delegation' | 'issue' | 'stance';

const ACTOR: readonly EntityKind[] = ['person', 'state', 'organisation'];

/** One reference from an entry to another id, with the kinds it may point at. */
export interface Reference {
  field: string;
  target: string;
  allowed: readonly EntityKind[];
}

function evidenceReferences(evidence: readonly Evidence[], prefix: string): Reference[] {
  return evidence.map((item, index) => ({
    field: `${prefix}evidence[${index}].source`,
    target: item.source,
    allowed: ['source'],
  }));
}

function optional(field: string, target: string | undefined, allowed: readonly EntityKind[]): Reference[] {
  return target === undefined ? [] : [{ field, target, allowed }];
}

/** Every reference each kind of entry makes, so checking them is one loop over a table. */
export const REFERENCES_OF: { [C in keyof Dataset]: (entry: Dataset[C][number]) => Reference[] } = {
  sources: () => [],
  states: (state) => evidenceReferences(state.evidence, ''),
  organisations: (organisation) => [
    ...optional('partOf', organisation.partOf, ['state', 'organisation']),
    ...evidenceReferences(organisation.evidence, ''),
  ],
  places: (place) => [...optional('in', place.in, ['state']), ...evidenceReferences(place.evidence, '')],
  people: (person) => [
    ...optional('nationality', person.nationality, ['state']),
    ...evidenceReferences(person.evidence, ''),
    ...person.posts.flatMap((post, index) => [
      { field: `posts[${index}].of`, target: post.of, allowed: ['state', 'organisation'] as const },
      ...evidenceReferences(post.evidence, `posts[${index}].`),
    ]),
    ...person.represents.flatMap((representation, index) => [
      { field: `represents[${index}].for`, target: representation.for, allowed: ACTOR },
      ...evidenceReferences(representation.evidence, `represents[${index}].`),
    ]),
    ...person.relations.flatMap((relation, index) => [
      { field: `relations[${index}].to`, target: relation.to, allowed: ['person'] as const },
      ...evidenceReferences(relation.evidence, `relations[${index}].`),
    ]),
  ],
  meetings: (meeting) => [
    ...optional('place', meeting.place, ['place']),
    ...optional('follows', meeting.follows, ['meeting']),
    ...evidenceReferences(meeting.evidence, ''),
    ...meeting.hosts.flatMap((host, index) => [
      { field: `hosts[${index}].actor`, target: host.actor, allowed: ACTOR },
      ...evidenceReferences(host.evidence, `hosts[${index}].`),
    ]),
    ...meeting.mediators.flatMap((mediator, index) => [
      { field: `mediators[${index}].actor`, target: mediator.actor, allowed: ACTOR },
      ...evidenceReferences(mediator.evidence, `mediators[${index}].`),
    ]),
    ...meeting.delegations.flatMap((delegation, index) => [
      { field: `delegations[${index}].represents`, target: delegation.represents, allowed: ACTOR },
      ...evidenceReferences(delegation.evidence, `delegations[${index}].`),
      ...delegation.members.flatMap((member, memberIndex) => [
        {
          field: `delegations[${index}].members[${memberIndex}].person`,
          target: member.person,
          allowed: ['person'] as const,
        },
        ...evidenceReferences(member.evidence, `delegations[${index}].members[${memberIndex}].`),
      ]),
    ]),
  ],
  issues: () => [],
  stances: (stance) => [
    { field: 'actor', target: stance.actor, allowed: ACTOR },
    { field: 'issue', target: stance.issue, allowed: ['issue'] },
    ...optional('voicedBy', stance.voicedBy, ['person']),
    ...optional('reportedBy', stance.reportedBy, ['organisation', 'person']),
    ...optional('meeting', stance.meeting, ['meeting']),
    ...evidenceReferences(stance.evidence, ''),
  ],
};

/** The kind of entity each collection's entries are. */
export const KIND_OF: { [C in keyof Dataset]: EntityKind } = {
  sources: 'source',
  states: 'state',
  organisations: 'organisation',
  places: 'place',
  people: 'person',
  meetings: 'meeting',
  issues: 'issue',
  stances: 'stance',
};
