import type { Dataset, Evidence } from './schema.js';
import { findEvidence } from './evidenced-facts.js';

/** One evidenced fact: where it sits in the dataset and the quotes that state it. */
export interface EvidencedFact {
  where: string;
  evidence: readonly Evidence[];
}

/** Every evidenced statement: entities, posts, representations, hosts, delegations, members, stances, groups… */
export function listEvidencedFacts(dataset: Dataset): EvidencedFact[] {
  return (Object.entries(dataset) as [string, { id: string }[]][]).flatMap(([collection, entries]) =>
    entries.flatMap((entry) =>
      findEvidence(entry).map(({ prefix, evidence }) => ({
        where: `${collection} ${entry.id}${prefix && ` ${prefix.slice(0, -1)}`}`,
        evidence,
      })),
    ),
  );
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
