import type { Collection, Evidence } from '../../seed/model/schema.js';
import { listReferences, parseEntry } from '../../seed/validate/validate-entry.js';
import { addEvidence, factIdentity, stands } from './fact-identity.js';

type Body = Record<string, unknown>;

/** One step of a reference's field: `posts[0]`, `actor`, `target`. */
const STEP = /^([A-Za-z]+)(?:\[(\d+)\])?$/;

/** A fact that came to name the same entity as another of its list, and was folded into it. */
export interface FoldedFact {
  /** The fact folded, as the entry held it: `delegations[0].members[1]`. */
  field: string;
  /** The fact it was folded into, which now carries the evidence of both. */
  into: string;
  /** The fields the two stated differently, with the value kept: `role "head", not "member"`. */
  differences: string[];
}

/** The entry with its references to one id pointing to another, and the fields that changed. */
export interface RewrittenEntry {
  body: Body;
  fields: string[];
  folded: FoldedFact[];
}

/** A list of facts (objects) in which a reference was rewritten, and which of its items were. */
interface TouchedList {
  list: Body[];
  /** The list's field, with indexes: `delegations[0].members`. */
  path: string;
  /** The same without indexes, as `factIdentity` knows it: `delegations.members`. */
  pattern: string;
  rewritten: Set<number>;
}

function stepOf(step: string): { name: string; index: number | undefined } {
  const match = STEP.exec(step);
  if (!match) throw new Error(`not a field step: ${step}`);
  return { name: match[1]!, index: match[2] === undefined ? undefined : Number(match[2]) };
}

/**
 * Replaces `from` by `to` at one field of the entry as written; notes the lists of ids it changed,
 * and the list of facts its fact belongs to (a delegation's members).
 */
function replaceAt(
  body: Body,
  field: string,
  from: string,
  to: string,
  idLists: Set<unknown[]>,
  factLists: Map<unknown[], TouchedList>,
): void {
  const steps = field.split('.').map(stepOf);
  const last = steps.pop()!;
  let container: Body = body;
  let parent: { list: Body[]; index: number } | undefined;
  for (const { name, index } of steps) {
    const value = container[name];
    parent = index === undefined ? undefined : { list: value as Body[], index };
    container = (index === undefined ? value : (value as unknown[])[index]) as Body;
  }
  const value = container[last.name];
  // A stance's single `target` may be written as one id or as a list of one.
  if (Array.isArray(value)) {
    const list = value as unknown[];
    list.forEach((item, index) => {
      if (item === from && (last.index === undefined || last.index === index)) list[index] = to;
    });
    idLists.add(list);
  } else if (value === from) {
    container[last.name] = to;
  }
  // Only a fact's own reference (a member's `person`) makes it another fact; a list inside it
  // (its `statusBy`) does not.
  if (parent && last.index === undefined) {
    const listSteps = field.split('.').slice(0, steps.length);
    const touched = factLists.get(parent.list) ?? {
      list: parent.list,
      path: [...listSteps.slice(0, -1), steps.at(-1)!.name].join('.'),
      pattern: steps.map(({ name }) => name).join('.'),
      rewritten: new Set<number>(),
    };
    touched.rewritten.add(parent.index);
    factLists.set(parent.list, touched);
  }
}

/** How `other` differs from `kept`, field by field, evidence aside. */
function differences(kept: Body, other: Body): string[] {
  const fields = [...new Set([...Object.keys(kept), ...Object.keys(other)])].filter((field) => field !== 'evidence');
  return fields
    .filter((field) => JSON.stringify(kept[field]) !== JSON.stringify(other[field]))
    .map((field) => `${field} ${JSON.stringify(kept[field] ?? null)}, not ${JSON.stringify(other[field] ?? null)}`);
}

/**
 * Folds the standing facts of a list that now state one fact (two members of one delegation
 * naming the same person) into one: the fact that named the kept entity all along stays, with the
 * other's evidence added; the other leaves the list. Lists of facts with no known identity are
 * left as they are, and the merge's check for two facts made one refuses them.
 */
function foldList(collection: Collection, { list, path, pattern, rewritten }: TouchedList): FoldedFact[] {
  const identity = factIdentity(collection, pattern);
  if (!identity) return [];
  const groups = new Map<string, number[]>();
  list.forEach((fact, index) => {
    if (!stands(fact)) return;
    const key = identity(fact);
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  const folded: FoldedFact[] = [];
  const leaving = new Set<number>();
  for (const indexes of groups.values()) {
    if (indexes.length < 2) continue;
    const keptIndex = indexes.find((index) => !rewritten.has(index)) ?? indexes[0]!;
    const kept = list[keptIndex]!;
    for (const index of indexes) {
      if (index === keptIndex) continue;
      addEvidence(kept, list[index]!['evidence'] as Evidence[]);
      folded.push({
        field: `${path}[${index}]`,
        into: `${path}[${keptIndex}]`,
        differences: differences(kept, list[index]!),
      });
      leaving.add(index);
    }
  }
  const staying = list.filter((_, index) => !leaving.has(index));
  list.splice(0, list.length, ...staying);
  return folded.sort((a, b) => a.field.localeCompare(b.field, 'en', { numeric: true }));
}

/**
 * The entry (as written in its file) with every reference to `from` pointing to `to`, found by the
 * seed's own table of references, so a field added to the model is covered with no change here.
 * A list of ids that names both ends once the rewrite is done keeps one of them, and two facts of
 * a list that become one fact are folded into one (see `foldList`).
 */
export function rewriteReferences(collection: Collection, body: Body, from: string, to: string): RewrittenEntry {
  const { value } = parseEntry(collection, body);
  if (!value) return { body, fields: [], folded: [] };
  const fields = listReferences(collection, value)
    .filter((reference) => reference.target === from)
    .map((reference) => reference.field);
  if (fields.length === 0) return { body, fields, folded: [] };
  const copy = structuredClone(body);
  const idLists = new Set<unknown[]>();
  const factLists = new Map<unknown[], TouchedList>();
  for (const field of fields) replaceAt(copy, field, from, to, idLists, factLists);
  for (const list of idLists) {
    const unique = [...new Set(list)];
    list.splice(0, list.length, ...unique);
  }
  const folded = [...factLists.values()].flatMap((touched) => foldList(collection, touched));
  return { body: copy, fields, folded };
}
