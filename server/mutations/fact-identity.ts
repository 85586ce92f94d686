import type { Collection, Evidence } from '../../seed/model/schema.js';

type Body = Record<string, unknown>;

/**
 * The lists of facts an entry holds, by path without indexes (`delegations.members`), and what
 * makes two of them one fact: the same endpoints and the same qualifier of the relationship the
 * seed writes for it (`seed/graph/kinds/`). Two facts of one identity would be one relationship,
 * so a merge that makes them meet folds them into one.
 */
const FACT_IDENTITY: Partial<Record<Collection, Record<string, (fact: Body) => string>>> = {
  people: {
    posts: (post) => `${String(post['of'])}|${String(post['title'])}@${String(post['attested'])}`,
    represents: (item) => `${String(item['for'])}|${String(item['role'])}@${String(item['attested'])}`,
    relations: (relation) => `${String(relation['to'])}|${String(relation['kind'])}`,
  },
  groups: { members: (member) => String(member['actor']) },
  meetings: {
    hosts: (host) => String(host['actor']),
    mediators: (mediator) => `${String(mediator['actor'])}|${String(mediator['role'])}`,
    'delegations.members': (member) => String(member['person']),
  },
};

/** The identity of the facts of one list of an entry of `collection`; undefined where none is known. */
export function factIdentity(collection: Collection, listPath: string): ((fact: Body) => string) | undefined {
  return FACT_IDENTITY[collection]?.[listPath];
}

/** A retracted fact is kept as a record, never folded into a standing one. */
export const stands = (fact: Body) => fact['retracted'] === undefined;

const sameEvidence = (a: Evidence, b: Evidence) => a.source === b.source && a.quote === b.quote;

/** Appends the evidence `into` lacks (in place); returns the indexes the added items took. */
export function addEvidence(into: Body, evidence: readonly Evidence[]): number[] {
  const list = Array.isArray(into['evidence']) ? [...(into['evidence'] as Evidence[])] : [];
  const added: number[] = [];
  for (const item of evidence) {
    if (list.some((present) => sameEvidence(present, item))) continue;
    added.push(list.length);
    list.push({ ...item });
  }
  into['evidence'] = list;
  return added;
}

/** Where `evidence` stands in a list of evidence; -1 when it is not there. */
export function indexOfEvidence(list: readonly Evidence[], evidence: Evidence): number {
  return list.findIndex((present) => sameEvidence(present, evidence));
}
