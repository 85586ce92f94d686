import type { Dataset, Evidence } from './schema.js';

/** One evidenced fact: where it sits in the dataset and the quotes that state it. */
export interface EvidencedFact {
  where: string;
  evidence: readonly Evidence[];
}

/** Every evidenced statement: entities, posts, representations, hosts, delegations, members, stances… */
export function listEvidencedFacts(dataset: Dataset): EvidencedFact[] {
  const fact = (where: string, evidence: readonly Evidence[]): EvidencedFact => ({ where, evidence });
  return [
    ...dataset.states.map((state) => fact(`states ${state.id}`, state.evidence)),
    ...dataset.organisations.map((organisation) => fact(`organisations ${organisation.id}`, organisation.evidence)),
    ...dataset.places.map((place) => fact(`places ${place.id}`, place.evidence)),
    ...dataset.people.flatMap((person) => [
      fact(`people ${person.id}`, person.evidence),
      ...person.posts.map((post, index) => fact(`people ${person.id} posts[${index}]`, post.evidence)),
      ...person.represents.map((item, index) => fact(`people ${person.id} represents[${index}]`, item.evidence)),
      ...person.relations.map((item, index) => fact(`people ${person.id} relations[${index}]`, item.evidence)),
    ]),
    ...dataset.meetings.flatMap((meeting) => [
      fact(`meetings ${meeting.id}`, meeting.evidence),
      ...meeting.hosts.map((host, index) => fact(`meetings ${meeting.id} hosts[${index}]`, host.evidence)),
      ...meeting.mediators.map((item, index) => fact(`meetings ${meeting.id} mediators[${index}]`, item.evidence)),
      ...meeting.delegations.flatMap((delegation) => [
        fact(`delegation ${delegation.id}`, delegation.evidence),
        ...delegation.members.map((member) =>
          fact(`delegation ${delegation.id} member ${member.person}`, member.evidence),
        ),
      ]),
    ]),
    ...dataset.stances.map((stance) => fact(`stances ${stance.id}`, stance.evidence)),
  ];
}

/** How many facts (entries carrying their own evidence) and quotes the dataset holds. */
export interface FactCount {
  facts: number;
  quotes: number;
}

/** Counts the evidenced facts and their quotes. */
export function countFacts(dataset: Dataset): FactCount {
  const facts = listEvidencedFacts(dataset);
  return { facts: facts.length, quotes: facts.reduce((sum, item) => sum + item.evidence.length, 0) };
}
