import {
  CONTACT_KINDS,
  DOCUMENT_EVENT_KINDS,
  DOCUMENT_KINDS,
  GROUP_KINDS,
  PLOVER_EVENT_TYPES,
} from '../../seed/model/vocabulary.js';
import { date, properName, sentence, times, type Builder, type Entry } from './cluster-builder.js';
import { PER_CLUSTER } from './references.js';

/** The groups of one cluster: blocs of states with a few known members. */
export function generateGroups({ random, ref, evidence, id }: Builder): Entry[] {
  return times(PER_CLUSTER.groups, (index) => {
    const members = [...new Set(times(1 + random.int(3), () => ref('state')))];
    return {
      id: id('group', index),
      name: `${properName(random)} group`,
      aliases: [],
      kind: random.pick(GROUP_KINDS),
      description: sentence(random, 10),
      members: members.map((actor) => ({ actor, evidence: evidence() })),
      evidence: evidence(),
    };
  });
}

/** The documents of one cluster, each issued by its author to one or two states. */
export function generateDocuments({ random, ref, evidence, id }: Builder): Entry[] {
  return times(PER_CLUSTER.documents, (index) => {
    const author = ref('state');
    const addressees = [...new Set(times(1 + random.int(2), () => ref('state')))];
    return {
      id: id('document', index),
      name: `${properName(random)} ${random.pick(DOCUMENT_KINDS)}`,
      aliases: [],
      kind: random.pick(DOCUMENT_KINDS),
      date: date(random),
      authors: [author],
      addressees,
      evidence: evidence(),
      events: times(random.int(3), () => ({
        kind: random.pick(DOCUMENT_EVENT_KINDS),
        date: date(random),
        by: author,
        to: addressees,
        event: random.chance(0.5) ? random.pick(PLOVER_EVENT_TYPES) : undefined,
        evidence: evidence(),
      })),
    };
  });
}

/** Contacts outside meetings between two states of one cluster. */
export function generateContacts({ random, evidence, id }: Builder): Entry[] {
  return times(PER_CLUSTER.contacts, (index) => {
    // A hub state and another of the same cluster: always two distinct parties.
    const parties = [id('state', 0), id('state', 1 + random.int(PER_CLUSTER.states - 1))];
    return {
      id: id('contact', index),
      kind: random.pick(CONTACT_KINDS),
      parties,
      initiator: parties[0],
      date: date(random),
      summary: sentence(random, 10),
      event: random.chance(0.7) ? random.pick(PLOVER_EVENT_TYPES) : undefined,
      evidence: evidence(),
    };
  });
}
