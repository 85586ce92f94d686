import type { Random } from './prng.js';

/**
 * How many of each thing one cluster holds: the curated graph's counts, so a dataset of N clusters
 * has N times its size and the same proportions.
 */
export const PER_CLUSTER = {
  sources: 5,
  states: 16,
  organisations: 18,
  places: 12,
  people: 24,
  meetings: 13,
  issues: 33,
  stances: 75,
  groups: 6,
  documents: 6,
  contacts: 3,
} as const;

export type Kind =
  | 'source'
  | 'state'
  | 'organisation'
  | 'place'
  | 'person'
  | 'meeting'
  | 'issue'
  | 'stance'
  | 'group'
  | 'document'
  | 'contact';

const COUNT_OF: Record<Kind, number> = {
  source: PER_CLUSTER.sources,
  state: PER_CLUSTER.states,
  organisation: PER_CLUSTER.organisations,
  place: PER_CLUSTER.places,
  person: PER_CLUSTER.people,
  meeting: PER_CLUSTER.meetings,
  issue: PER_CLUSTER.issues,
  stance: PER_CLUSTER.stances,
  group: PER_CLUSTER.groups,
  document: PER_CLUSTER.documents,
  contact: PER_CLUSTER.contacts,
};

/**
 * Most references stay inside their cluster (a conflict's actors mostly deal with each other);
 * some cross to another cluster, so the graph is one connected whole whose degrees stay those
 * of the curated graph at every scale.
 */
export const CROSS_CLUSTER_SHARE = 0.15;

/** The id of the `index`-th thing of a kind in a cluster. */
export function idOf(kind: Kind, cluster: number, index: number): string {
  return `c${cluster}-${kind}-${index}`;
}

/** The id of a delegation: its meeting's id and its place in the meeting. */
export function delegationIdOf(meetingId: string, index: number): string {
  return `${meetingId}-d${index}`;
}

/** Picks a thing of `kind` for an entry of `cluster`, skewed toward each cluster's first entries (its hubs). */
export function pickRef(random: Random, kind: Kind, cluster: number, clusters: number): string {
  const target = clusters > 1 && random.chance(CROSS_CLUSTER_SHARE) ? random.int(clusters) : cluster;
  return idOf(kind, target, random.skewed(COUNT_OF[kind]));
}
