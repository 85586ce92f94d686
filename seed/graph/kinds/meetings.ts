import { firstDayOf, lastDayOf } from '../../model/dates.js';
import type { Meeting } from '../../model/schema.js';
import { factProperties, link, liveFacts, named, node, type Row, type RowContext } from '../rows.js';

/**
 * The rows of a meeting: its node, place, previous round, hosts, mediators, and each delegation
 * as a node with its party and members. A meeting's status has its own words (held, scheduled…),
 * so it overrides the fact default.
 */
export function meetingRows(meeting: Meeting, context: RowContext): Row[] {
  const end = meeting.end ?? meeting.start;
  const days = { startDay: firstDayOf(meeting.start), endDay: lastDayOf(end) };
  return [
    node('Meeting', meeting.id, undefined, {
      ...named(meeting.name, meeting.aliases),
      kind: meeting.kind,
      start: meeting.start,
      end: meeting.end ?? null,
      // Day bounds make partial dates comparable in range queries.
      ...days,
      ...factProperties(meeting),
      endStatus: meeting.end === undefined ? null : (meeting.endStatus ?? 'attested'),
    }),
    ...link('HELD_IN', meeting.id, meeting.place, meeting),
    ...link('FOLLOWS', meeting.id, meeting.follows, meeting),
    ...liveFacts(meeting.hosts).flatMap((host) => link('HOSTED_BY', meeting.id, host.actor, host)),
    ...liveFacts(meeting.mediators).flatMap((mediator) =>
      link('MEDIATED_BY', meeting.id, mediator.actor, mediator, {
        props: { role: mediator.role },
        qualifier: mediator.role,
      }),
    ),
    ...liveFacts(meeting.delegations).flatMap((delegation) => [
      node('Delegation', delegation.id, delegation, {
        name: `${context.nameOf(delegation.represents)} delegation, ${meeting.name}`,
        // A delegation exists for its meeting's days; copied so date filters need no hop.
        ...days,
      }),
      ...link('AT', delegation.id, meeting.id, delegation),
      ...link('REPRESENTS', delegation.id, delegation.represents, delegation),
      ...liveFacts(delegation.members).flatMap((member) =>
        link('MEMBER_OF', member.person, delegation.id, member, {
          props: { startDay: days.startDay, role: member.role, capacity: member.capacity ?? null },
        }),
      ),
    ]),
  ];
}
