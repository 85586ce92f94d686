import type { ElementDefinition } from 'cytoscape';
import type { EntityType, MeetingDetail, Named } from '../api/types.js';

const TYPE_OF: Record<string, EntityType> = { Person: 'PERSON', State: 'STATE', Organisation: 'ORGANISATION' };

function actorNode(actor: Named, extra: { label?: string; classes?: string } = {}): ElementDefinition {
  const type = TYPE_OF[actor.__typename ?? ''] ?? 'STATE';
  return {
    group: 'nodes',
    data: { id: actor.id, entityId: actor.id, type, label: extra.label ?? actor.name, distance: 1 },
    classes: extra.classes ?? '',
  };
}

/**
 * A meeting as compound elements: each delegation a box holding its members (heads marked, with
 * their capacity), linked to the party it represented; mediators, hosts and place around the meeting.
 */
export function meetingToElements(meeting: MeetingDetail): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  const seen = new Set<string>();
  const add = (element: ElementDefinition) => {
    const id = element.data.id!;
    if (!seen.has(id)) elements.push(element);
    seen.add(id);
  };
  const when = meeting.end && meeting.end !== meeting.start ? `${meeting.start} – ${meeting.end}` : meeting.start;
  add({
    group: 'nodes',
    data: {
      id: meeting.id,
      entityId: meeting.id,
      type: 'MEETING',
      label: `${meeting.name}\n${when}`,
      distance: 0,
      date: meeting.start,
    },
  });
  for (const delegation of meeting.delegations) {
    const heads = delegation.members.filter((m) => m.role === 'HEAD').map((m) => m.person.name);
    const caption = `${delegation.represents.name} delegation${heads.length ? ` — led by ${heads.join(', ')}` : ''}`;
    add({
      group: 'nodes',
      data: {
        id: delegation.id,
        entityId: delegation.id,
        type: 'DELEGATION',
        label: caption,
        distance: 1,
        date: meeting.start,
      },
    });
    for (const member of delegation.members) {
      const isHead = member.role === 'HEAD';
      const role = [isHead ? 'head' : null, member.capacity].filter(Boolean).join(' · ');
      add({
        group: 'nodes',
        data: {
          id: `${delegation.id}/${member.person.id}`,
          entityId: member.person.id,
          parent: delegation.id,
          type: 'PERSON',
          label: `${isHead ? '★ ' : ''}${member.person.name}${role ? `\n(${role})` : ''}`,
          distance: 2,
          evidence: member.evidence,
          sourceCount: member.sourceCount,
        },
        classes: isHead ? 'head' : '',
      });
    }
    add(actorNode(delegation.represents));
    add(
      edge(
        `${delegation.id}>represents`,
        delegation.id,
        delegation.represents.id,
        'REPRESENTS',
        'represents',
        delegation,
      ),
    );
    add(edge(`${delegation.id}>at`, delegation.id, meeting.id, 'AT', 'at', delegation));
  }
  for (const mediator of meeting.mediators) {
    const role = mediator.role.toLowerCase();
    add(actorNode(mediator.actor, { label: `${mediator.actor.name}\n(${role})`, classes: 'mediator' }));
    add(
      edge(`${meeting.id}>${role}>${mediator.actor.id}`, meeting.id, mediator.actor.id, 'MEDIATED_BY', role, mediator),
    );
  }
  for (const host of meeting.hosts) {
    add(actorNode(host.actor, { label: `${host.actor.name}\n(host)`, classes: 'host' }));
    add(edge(`${meeting.id}>host>${host.actor.id}`, meeting.id, host.actor.id, 'HOSTED_BY', 'host', host));
  }
  if (meeting.place) {
    add({
      group: 'nodes',
      data: { id: meeting.place.id, entityId: meeting.place.id, type: 'PLACE', label: meeting.place.name, distance: 1 },
    });
    add(edge(`${meeting.id}>held-in`, meeting.id, meeting.place.id, 'HELD_IN', 'held in', meeting));
  }
  return elements;
}

function edge(
  id: string,
  source: string,
  target: string,
  type: string,
  label: string,
  fact: { evidence: unknown; sourceCount: number },
): ElementDefinition {
  return {
    group: 'edges',
    data: { id, source, target, type, label, evidence: fact.evidence, sourceCount: fact.sourceCount },
  };
}
