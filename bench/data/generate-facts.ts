import {
  ATTRIBUTIONS,
  FACT_STATUSES,
  MEDIATOR_ROLES,
  MEETING_KINDS,
  PLOVER_EVENT_TYPES,
  POSITIONS,
} from '../../seed/model/vocabulary.js';
import { date, properName, sentence, times, type Builder, type Entry } from './cluster-builder.js';
import { PER_CLUSTER, delegationIdOf } from './references.js';
import * as words from './vocabulary.js';

/** The people of one cluster, with their posts, representations and relations. */
export function generatePeople({ random, ref, evidence, id }: Builder): Entry[] {
  return times(PER_CLUSTER.people, (index) => ({
    id: id('person', index),
    name: `${random.pick(words.FIRST_NAMES)} ${properName(random)}${random.pick(words.SURNAME_ENDINGS)}`,
    aliases: random.chance(0.2) ? [properName(random)] : [],
    nationality: random.chance(0.92) ? ref('state') : undefined,
    evidence: evidence(),
    // 21 posts, 10 representations and 1 relation among 24 people in the curated graph.
    posts: times(random.chance(0.7) ? 1 + random.int(2) - (random.chance(0.2) ? 1 : 0) : 0, () => ({
      title: random.pick(words.POST_TITLES),
      of: random.chance(0.6) ? ref('state') : ref('organisation'),
      attested: date(random),
      evidence: evidence(),
    })),
    represents: times(random.chance(0.42) ? 1 : 0, () => ({
      for: random.chance(0.5) ? ref('person') : ref('state'),
      role: random.pick(words.REPRESENTATION_ROLES),
      attested: date(random),
      evidence: evidence(),
    })),
    relations: times(random.chance(0.04) ? 1 : 0, () => ({
      to: ref('person'),
      kind: random.pick(words.RELATION_KINDS),
      evidence: evidence(),
    })),
  }));
}

/** The meetings of one cluster, with their mediators and delegations. */
export function generateMeetings({ random, ref, evidence, id }: Builder): Entry[] {
  return times(PER_CLUSTER.meetings, (index) => {
    const meetingId = id('meeting', index);
    const start = date(random);
    const seated = new Set<string>();
    // 31 delegations with 20 members over 13 meetings; a person sits once per meeting.
    const delegations = times(random.chance(0.4) ? 3 : 2, (delegationIndex) => ({
      id: delegationIdOf(meetingId, delegationIndex),
      represents: ref('state'),
      evidence: evidence(),
      members: times(random.int(3), (memberIndex) => ({
        person: ref('person'),
        role: memberIndex === 0 ? 'head' : 'member',
        capacity: random.chance(0.6) ? random.pick(words.CAPACITIES) : undefined,
        evidence: evidence(),
      })).filter((member) => !seated.has(member.person) && seated.add(member.person)),
    }));
    return {
      id: meetingId,
      name: `${properName(random)} talks, round ${index + 1}`,
      aliases: [],
      kind: random.pick(MEETING_KINDS),
      start,
      end: start,
      place: random.chance(0.6) ? ref('place') : undefined,
      follows: index > 0 && random.chance(0.3) ? id('meeting', index - 1) : undefined,
      evidence: evidence(),
      mediators: times(random.chance(0.15) ? 1 : 0, () => ({
        actor: ref('person'),
        role: random.pick(MEDIATOR_ROLES),
        evidence: evidence(),
      })),
      delegations,
    };
  });
}

/** The stances of one cluster: hub states take most, as Russia and Ukraine do in the curated graph. */
export function generateStances({ random, ref, evidence, id }: Builder): Entry[] {
  return times(PER_CLUSTER.stances, (index) => {
    const roll = random.next();
    const actor = roll < 0.6 ? ref('state') : roll < 0.85 ? ref('person') : ref('organisation');
    const position = random.pick(POSITIONS);
    // About one claim in ten is someone else's word about the holder; one act in ten has a target.
    const claimant = random.chance(0.1) ? ref('state') : undefined;
    const target = random.chance(0.1) ? ref('state') : undefined;
    return {
      id: id('stance', index),
      actor,
      issue: ref('issue'),
      position,
      claimant: claimant === actor ? undefined : claimant,
      condition: position === 'conditional' ? { text: sentence(random, 8), issue: ref('issue') } : undefined,
      document: random.chance(0.05) ? ref('document') : undefined,
      event: target && random.pick(PLOVER_EVENT_TYPES),
      target,
      status: random.chance(0.2) ? random.pick(FACT_STATUSES) : undefined,
      date: date(random),
      voicedBy: random.chance(0.32) ? ref('person') : undefined,
      attribution: random.pick(ATTRIBUTIONS),
      reportedBy: random.chance(0.065) ? ref('organisation') : undefined,
      meeting: random.chance(0.35) ? ref('meeting') : undefined,
      summary: sentence(random, 12),
      evidence: evidence(),
    };
  });
}
