import type { Collection } from '../../seed/model/schema.js';
import { listReferences, parseEntry } from '../../seed/validate/validate-entry.js';

type Body = Record<string, unknown>;

/** One step of a reference's field: `posts[0]`, `actor`, `target`. */
const STEP = /^([A-Za-z]+)(?:\[(\d+)\])?$/;

/** The entry with its references to one id pointing to another, and the fields that changed. */
export interface RewrittenEntry {
  body: Body;
  fields: string[];
}

function stepOf(step: string): { name: string; index: number | undefined } {
  const match = STEP.exec(step);
  if (!match) throw new Error(`not a field step: ${step}`);
  return { name: match[1]!, index: match[2] === undefined ? undefined : Number(match[2]) };
}

/** Replaces `from` by `to` at one field of the entry as written; notes the lists it changed. */
function replaceAt(body: Body, field: string, from: string, to: string, lists: Set<unknown[]>): void {
  const steps = field.split('.').map(stepOf);
  const last = steps.pop()!;
  let container: Body = body;
  for (const { name, index } of steps) {
    const value = container[name];
    container = (index === undefined ? value : (value as unknown[])[index]) as Body;
  }
  const value = container[last.name];
  // A stance's single `target` may be written as one id or as a list of one.
  if (Array.isArray(value)) {
    const list = value as unknown[];
    list.forEach((item, index) => {
      if (item === from && (last.index === undefined || last.index === index)) list[index] = to;
    });
    lists.add(list);
  } else if (value === from) {
    container[last.name] = to;
  }
}

/**
 * The entry (as written in its file) with every reference to `from` pointing to `to`, found by the
 * seed's own table of references, so a field added to the model is covered with no change here.
 * A list of ids that names both ends once the rewrite is done keeps one of them.
 */
export function rewriteReferences(collection: Collection, body: Body, from: string, to: string): RewrittenEntry {
  const { value } = parseEntry(collection, body);
  if (!value) return { body, fields: [] };
  const fields = listReferences(collection, value)
    .filter((reference) => reference.target === from)
    .map((reference) => reference.field);
  if (fields.length === 0) return { body, fields };
  const copy = structuredClone(body);
  const lists = new Set<unknown[]>();
  for (const field of fields) replaceAt(copy, field, from, to, lists);
  for (const list of lists) {
    const unique = [...new Set(list)];
    list.splice(0, list.length, ...unique);
  }
  return { body: copy, fields };
}
