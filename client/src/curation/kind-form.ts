import {
  ApiError,
  ENTRY,
  PUT_DOCUMENT,
  PUT_GROUP,
  PUT_MEETING,
  PUT_PERSON,
  request,
  type Operation,
} from '../api/index.js';
import { h } from '../ui/dom.js';
import { createEntityField, resolveEntityFields, type EntityField, type QuoteRef } from './entity-field.js';
import type { FactKind, KindField } from './fact-kinds.js';
import { readPath, replaceAtPath } from './fact-paths.js';
import type { EditAnswer } from './graph-changes.js';
import { labelled, selectOf, type FormField } from './form-fields.js';
import { toSlug } from './slug.js';

type Body = Record<string, unknown>;
type Put = Operation<Record<string, EditAnswer>, { entry: never; version?: string | null; comment?: string | null }>;

/** The mutation that writes each collection a kind writes to. */
const PUT_OF = {
  people: PUT_PERSON,
  groups: PUT_GROUP,
  meetings: PUT_MEETING,
  documents: PUT_DOCUMENT,
} as unknown as Record<string, Put>;

/** An entry at the version the editor saw: what a correction changes. */
export interface EntryAt {
  id: string;
  version: string;
  body: Body;
}

/** A kind's inputs, ready for a form, and how to save what they hold. */
export interface KindFields {
  fields: FormField[];
  /** Writes the fact; resolves to the server's answer, the entry that holds it. */
  save(comment: string | null): Promise<EditAnswer>;
  /** Writes the form's values over the fact at `path` of `base` (null: the entry), on its version. */
  correct(base: EntryAt, path: string | null, comment: string | null): Promise<EditAnswer>;
}

/** Renders one input of a kind, filled with `value` when correcting; entity inputs are entity fields. */
function renderInput(
  field: KindField,
  { date, evidence, value }: { date: string; evidence: () => QuoteRef; value: unknown },
): FormField | EntityField {
  const text = Array.isArray(value) ? value[0] : value;
  const given = typeof text === 'string' ? text : undefined;
  if (field.input === 'entity') {
    const entity = createEntityField({ label: field.label, names: [field.name], types: field.types, evidence });
    if (given) entity.set({ id: given, name: given });
    return entity;
  }
  if (field.input === 'select')
    return labelled(field.label, selectOf(field.words, { value: given ?? field.value ?? field.words[0]! }), [
      field.name,
    ]);
  const input = h('input', {
    value: given ?? (field.input === 'article-date' && value === undefined ? date : ''),
    required: field.required ?? false,
  });
  const hint = field.input === 'text' ? field.hint : 'As precise as the article: 2025, 2025-06 or 2025-06-02.';
  return labelled(field.label, input, [field.name], hint);
}

/** The answer to a nested fact's save with its fields named as the form names them (`posts[2].title` → `title`). */
function withoutPrefix(failure: unknown, prefix: string): unknown {
  if (!(failure instanceof ApiError) || !prefix) return failure;
  const strip = (field: unknown) =>
    typeof field === 'string' && field.startsWith(prefix) ? field.slice(prefix.length) : field;
  return new ApiError({
    operation: failure.operation,
    status: failure.status,
    errors: failure.errors.map((error) => {
      const extensions = error.extensions as
        (Body & { field?: string; problems?: { field?: string; message: string }[] }) | undefined;
      return {
        ...error,
        extensions: extensions && {
          ...extensions,
          field: strip(extensions.field) as string | undefined,
          ...(extensions.problems && { problems: extensions.problems.map((p) => ({ ...p, field: strip(p.field) })) }),
        },
      };
    }),
  });
}

/**
 * Puts the fact into its parent entry's list, in place (a seat: into the party's delegation, added
 * when the meeting has none), and returns the fact's path prefix in the entry (`posts[2].`).
 */
export function insertFact(kind: FactKind, parent: Body, parentId: string, fact: Body, evidence: QuoteRef): string {
  const target = kind.target;
  if ('list' in target) {
    const list = [...((parent[target.list] as Body[] | undefined) ?? []), fact];
    parent[target.list] = list;
    return `${target.list}[${list.length - 1}].`;
  }
  if (!('delegationOf' in target)) return '';
  const party = fact[target.delegationOf] as string;
  delete fact[target.delegationOf];
  const delegations = [...((parent['delegations'] as Body[] | undefined) ?? [])];
  let index = delegations.findIndex((delegation) => delegation['represents'] === party);
  if (index < 0) {
    delegations.push({ id: toSlug(parentId, party), represents: party, evidence: [evidence], members: [] });
    index = delegations.length - 1;
  }
  const delegation = { ...delegations[index]! };
  const members = [...((delegation['members'] as Body[] | undefined) ?? []), fact];
  delegation['members'] = members;
  delegations[index] = delegation;
  parent['delegations'] = delegations;
  return `delegations[${index}].members[${members.length - 1}].`;
}

/**
 * The inputs of a kind of fact and its save: a new entry (a meeting, a document) or a fact appended
 * to another entry's list (a person's posts, a group's members, a delegation's seats), written with
 * the parent's version so a concurrent edit of the parent is a CONFLICT, never lost.
 */
export function createKindFields(
  kind: FactKind,
  {
    quote,
    date,
    initial,
  }: {
    quote: () => QuoteRef;
    date: string;
    /** The fact to correct (a seat with its party), in the entry `parentId`: the form opens filled with it. */
    initial?: { parentId: string; fact: Body };
  },
): KindFields {
  const target = kind.target;
  const parent =
    'parent' in target
      ? createEntityField({ label: target.label, names: [], types: target.types, evidence: quote })
      : null;
  if (parent && initial) {
    // A correction changes the fact where it stands: moving it to another entry is a retraction and a new fact.
    parent.set({ id: initial.parentId, name: initial.parentId });
    (parent.control as HTMLInputElement).disabled = true;
  }
  const inputs = kind.fields.map((field) => ({
    field,
    rendered: renderInput(field, { date, evidence: quote, value: initial?.fact[field.name] }),
  }));
  if (initial && 'delegationOf' in target)
    for (const { field, rendered } of inputs)
      if (field.name === target.delegationOf) (rendered.control as HTMLInputElement).disabled = true;
  const entities = inputs.filter((input) => input.field.input === 'entity');
  const required = entities.filter((input) => 'required' in input.field && input.field.required);
  const values = async (): Promise<{ parentId: string | null; fact: Body }> => {
    const asEntity = (input: (typeof inputs)[number]) => input.rendered as EntityField;
    const own = parent ? [parent] : [];
    const resolved = await resolveEntityFields(
      [...own, ...entities.map(asEntity)],
      [...own, ...required.map(asEntity)],
    );
    const parentId = parent ? (resolved[0] ?? null) : null;
    const ids = parent ? resolved.slice(1) : resolved;
    const fact: Body = {};
    for (const { field, rendered } of inputs) {
      const value =
        field.input === 'entity'
          ? ids[entities.findIndex((input) => input.field === field)]
          : (rendered.control as HTMLInputElement | HTMLSelectElement).value.trim();
      if (!value) continue;
      fact[field.name] = field.input === 'entity' && field.list ? [value] : value;
    }
    return { parentId, fact };
  };
  return {
    fields: [...(parent ? [parent] : []), ...inputs.map((input) => input.rendered)],
    async save(comment) {
      const evidence = quote();
      const { parentId, fact } = await values();
      fact['evidence'] = [evidence];
      if ('entry' in target) {
        const id = toSlug(...target.idFrom.map((name) => fact[name] as string | undefined));
        const answer = await request(PUT_OF[target.entry]!, { entry: { id, ...fact } as never, comment });
        return Object.values(answer)[0]!;
      }
      const { entry } = await request(ENTRY, { id: parentId! });
      if (!entry || entry.collection !== target.parent)
        throw new Error(`${target.label}: no ${target.parent} entry ${parentId}`);
      const body = structuredClone(entry.body as Body);
      const prefix = insertFact(kind, body, parentId!, fact, evidence);
      try {
        const answer = await request(PUT_OF[target.parent]!, { entry: body as never, version: entry.version, comment });
        return Object.values(answer)[0]!;
      } catch (failure) {
        throw withoutPrefix(failure, prefix);
      }
    },
    async correct(base, path, comment) {
      const { fact } = await values();
      const original = readPath(base.body, path) ?? {};
      const next: Body = { ...original };
      for (const { field } of inputs) {
        // A seat's party names its delegation, which the correction keeps.
        if ('delegationOf' in target && field.name === target.delegationOf) continue;
        const value = fact[field.name];
        if (value === undefined) delete next[field.name];
        else if (field.input === 'entity' && field.list) {
          const others = ((original[field.name] as string[] | undefined) ?? []).slice(1);
          next[field.name] = [
            ...(value as string[]),
            ...others.filter((other) => !(value as string[]).includes(other)),
          ];
        } else next[field.name] = value;
      }
      const evidence = (original['evidence'] as QuoteRef[] | undefined) ?? [];
      next['evidence'] = [quote(), ...evidence.slice(1)];
      const collection = 'entry' in target ? target.entry : target.parent;
      try {
        const entry = replaceAtPath(base.body, path, next);
        const answer = await request(PUT_OF[collection]!, { entry: entry as never, version: base.version, comment });
        return Object.values(answer)[0]!;
      } catch (failure) {
        throw withoutPrefix(failure, path ? `${path}.` : '');
      }
    },
  };
}
