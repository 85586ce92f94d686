import { FACT_KINDS } from './fact-kinds.js';

type Body = Record<string, unknown>;

/** A fact of an entry the form can correct: the kind of FACT_KINDS, and its path in the entry (null: the entry). */
export interface FactAt {
  key: string;
  path: string | null;
  /** How the chooser names it: "A post held: Kremlin spokesman, russia". */
  label: string;
}

/** The steps of a path as the server writes them: `delegations[0].members[2]` → delegations, 0, members, 2. */
function toSteps(path: string): (string | number)[] {
  return path.split(/[.[\]]+/).flatMap((step) => (step === '' ? [] : [/^\d+$/.test(step) ? Number(step) : step]));
}

/** The value at a path of an entry's body, or undefined. */
export function readPath(body: Body, path: string | null): Body | undefined {
  let value: unknown = body;
  for (const step of path ? toSteps(path) : []) value = (value as Record<string | number, unknown> | undefined)?.[step];
  return value && typeof value === 'object' ? (value as Body) : undefined;
}

/** A copy of the body with the fact at `path` replaced (the entry itself when `path` is null). */
export function replaceAtPath(body: Body, path: string | null, fact: Body): Body {
  if (!path) return fact;
  const copy = structuredClone(body);
  const steps = toSteps(path);
  const last = steps.pop()!;
  let parent: unknown = copy;
  for (const step of steps) parent = (parent as Record<string | number, unknown>)[step];
  (parent as Record<string | number, unknown>)[last] = fact;
  return copy;
}

/** A fact's chooser line: its first two filled fields of the kind's table. */
function summarise(key: string, fact: Body): string {
  const kind = FACT_KINDS[key]!;
  const words = kind.fields
    .map((field) => fact[field.name])
    .filter((value) => typeof value === 'string' || Array.isArray(value))
    .slice(0, 2);
  return `${kind.label}: ${words.join(', ')}`;
}

/**
 * The facts of an entry the fact form corrects, read from the kinds' table: the entry itself for a
 * meeting or a document, and each standing item of the lists a kind writes to (a person's posts,
 * representations and relations, a group's members, a meeting's delegation seats).
 */
export function listCorrectableFacts(collection: string, body: Body): FactAt[] {
  const facts: FactAt[] = [];
  const standing = (list: unknown) =>
    Array.isArray(list)
      ? (list as Body[]).map((item, index) => ({ item, index })).filter(({ item }) => !item['retracted'])
      : [];
  for (const [key, { target, label }] of Object.entries(FACT_KINDS)) {
    if ('entry' in target && target.entry === collection) facts.push({ key, path: null, label });
    if (!('parent' in target) || target.parent !== collection) continue;
    if ('list' in target)
      for (const { item, index } of standing(body[target.list]))
        facts.push({ key, path: `${target.list}[${index}]`, label: summarise(key, item) });
    else
      for (const { item: delegation, index } of standing(body['delegations']))
        for (const { item, index: seat } of standing(delegation['members']))
          facts.push({
            key,
            path: `delegations[${index}].members[${seat}]`,
            label: summarise(key, { ...item, [target.delegationOf]: delegation['represents'] }),
          });
  }
  return facts;
}
