import type { Retraction } from '../../seed/model/schema.js';
import { badArgumentError } from './mutation-errors.js';

type Body = Record<string, unknown>;

const STEP = /^([A-Za-z]+)\[(\d+)\]$/;

/** A deep copy of an entry's body, to edit without touching the stored one. */
function copyOf(body: Body): Body {
  return structuredClone(body);
}

/**
 * The fact at `path` inside an entry (`posts[1]`, `delegations[0].members[2]`), or the entry
 * itself for no path; BAD_USER_INPUT naming `path` when it leads nowhere or to something that is no fact.
 */
function factAt(body: Body, path: string | null | undefined): Body {
  let fact: unknown = body;
  for (const step of path ? path.split('.') : []) {
    const match = STEP.exec(step);
    const list = match && (fact as Body)[match[1]!];
    const item = Array.isArray(list) ? (list as unknown[])[Number(match![2])] : undefined;
    if (typeof item !== 'object' || item === null) {
      throw badArgumentError('path', `leads to no fact of the entry: ${JSON.stringify(path)} (e.g. "posts[0]")`);
    }
    fact = item;
  }
  if (!Array.isArray((fact as Body)['evidence'])) {
    throw badArgumentError('path', `names no fact (it has no evidence): ${JSON.stringify(path)}`);
  }
  return fact as Body;
}

/** The entry with the fact at `path` (or the entry itself) retracted. */
export function retractFact(body: Body, path: string | null | undefined, retraction: Retraction): Body {
  const copy = copyOf(body);
  const fact = factAt(copy, path);
  if (fact['retracted'] !== undefined) throw badArgumentError('path', 'names a fact that is already retracted');
  fact['retracted'] = retraction;
  return copy;
}

/** The entry with one more alias; BAD_USER_INPUT when it has no aliases or already has this one. */
export function addAlias(body: Body, collection: string, hasAliases: boolean, alias: string): Body {
  if (!hasAliases) throw badArgumentError('id', `names an entry of ${collection}, which have no aliases`);
  const copy = copyOf(body);
  const aliases = Array.isArray(copy['aliases']) ? (copy['aliases'] as unknown[]) : [];
  if (aliases.includes(alias) || copy['name'] === alias) {
    throw badArgumentError('alias', `is already a name of \`${String(copy['id'])}\`: ${JSON.stringify(alias)}`);
  }
  copy['aliases'] = [...aliases, alias];
  return copy;
}
