import { firstDayOf } from '../../model/dates.js';
import { computePostIntervals } from '../../model/post-intervals.js';
import type { Group, Organisation, Person, Place, State } from '../../model/schema.js';
import { link, liveFacts, named, node, type Row } from '../rows.js';

/** The rows of a state: one node. */
export function stateRows(state: State): Row[] {
  return [node('State', state.id, state, named(state.name, state.aliases))];
}

/** The rows of an organisation: its node and the state or organisation it is part of. */
export function organisationRows(organisation: Organisation): Row[] {
  return [
    node('Organisation', organisation.id, organisation, {
      ...named(organisation.name, organisation.aliases),
      kind: organisation.kind,
    }),
    ...link('PART_OF', organisation.id, organisation.partOf, organisation),
  ];
}

/** The rows of a place: its node and the state it lies in. */
export function placeRows(place: Place): Row[] {
  return [
    node('Place', place.id, place, named(place.name, place.aliases)),
    ...link('LOCATED_IN', place.id, place.in, place),
  ];
}

/** The rows of a person: the node, nationality, posts held, whom they act for, and kin. */
export function personRows(person: Person): Row[] {
  // A retracted post neither shows nor bounds the intervals of the others.
  const posts = liveFacts(person.posts);
  const intervals = computePostIntervals({ ...person, posts });
  return [
    node('Person', person.id, person, named(person.name, person.aliases)),
    ...link('NATIONAL_OF', person.id, person.nationality, person),
    ...posts.flatMap((post, index) =>
      link('HELD_POST', person.id, post.of, post, {
        props: {
          title: post.title,
          from: post.from ?? null,
          until: post.until ?? null,
          attested: post.attested,
          attestedDay: firstDayOf(post.attested),
          ...intervals[index]!,
        },
        qualifier: `${post.title}@${post.attested}`,
      }),
    ),
    ...liveFacts(person.represents).flatMap((representation) =>
      link('ACTS_FOR', person.id, representation.for, representation, {
        props: {
          role: representation.role,
          attested: representation.attested,
          startDay: firstDayOf(representation.attested),
        },
        qualifier: `${representation.role}@${representation.attested}`,
      }),
    ),
    ...liveFacts(person.relations).flatMap((relation) =>
      link('RELATED_TO', person.id, relation.to, relation, {
        props: { kind: relation.kind },
        qualifier: relation.kind,
      }),
    ),
  ];
}

/** The rows of a group: an actor node, its known members, and the state whose officials it stands for. */
export function groupRows(group: Group): Row[] {
  return [
    node('Group', group.id, group, {
      ...named(group.name, group.aliases),
      kind: group.kind,
      description: group.description,
    }),
    ...link('OFFICIALS_OF', group.id, group.of, group),
    ...liveFacts(group.members).flatMap((member) => link('MEMBER_OF_GROUP', member.actor, group.id, member)),
  ];
}
