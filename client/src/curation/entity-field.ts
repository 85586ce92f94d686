import { ISSUE_CATEGORIES, ORGANISATION_KINDS } from '../../../seed/model/vocabulary.js';
import {
  PUT_ISSUE,
  PUT_ORGANISATION,
  PUT_PERSON,
  PUT_STATE,
  request,
  SEARCH,
  type EntityType,
  type SearchHit,
} from '../api/index.js';
import { TYPE_LOOK } from '../graph/palette.js';
import { h } from '../ui/dom.js';
import { createSearchBox, pickBestHit } from '../ui/search-box.js';
import { clearErrors, labelled, selectOf, showErrors, type FormField } from './form-fields.js';
import { announceGraphChange } from './graph-changes.js';
import { toSlug } from './slug.js';

/** A quote and its article: the evidence a new entity is recorded with. */
export interface QuoteRef {
  source: string;
  quote: string;
}

/** An entity chosen in a form. */
export interface Chosen {
  id: string;
  name: string;
}

/** A form field that names an entity: search as you type, or create a new one. */
export interface EntityField extends FormField {
  /** The entity chosen, else the best match of the text typed, else null when the field is empty. */
  resolve(): Promise<string | null>;
  /** Shows an entity as chosen (a form opened to correct a fact). */
  set(chosen: Chosen | null): void;
}

/** The types "create new…" can add from a form, with what each needs besides a name. */
const CREATABLE: readonly EntityType[] = ['PERSON', 'STATE', 'ORGANISATION', 'ISSUE'];

/** Adds the entity with the quote as its evidence and announces it (its quote marks the article); resolves to its id. */
async function createEntity(
  type: EntityType,
  { name, aliases, kind }: { name: string; aliases: string[]; kind: string },
  evidence: QuoteRef,
): Promise<string> {
  const base = { id: toSlug(name), name, aliases, evidence: [evidence] };
  const answer =
    type === 'PERSON'
      ? (await request(PUT_PERSON, { entry: base })).putPerson
      : type === 'STATE'
        ? (await request(PUT_STATE, { entry: base })).putState
        : type === 'ORGANISATION'
          ? (await request(PUT_ORGANISATION, { entry: { ...base, kind } })).putOrganisation
          : (await request(PUT_ISSUE, { entry: { ...base, category: kind, description: name } })).putIssue;
  announceGraphChange({ entryId: answer.entry.id, action: 'add-entity', source: evidence.source, answer });
  return answer.entry.id;
}

/** The "create new…" part of an entity field: name, type, aliases, and a kind or category where needed. */
function renderCreator(
  types: readonly EntityType[],
  typed: () => string,
  evidence: () => QuoteRef,
  onCreated: (chosen: Chosen) => void,
): HTMLElement {
  const creatable = types.filter((type) => CREATABLE.includes(type));
  const name = h('input', {});
  const type = h(
    'select',
    {},
    creatable.map((value) => h('option', { value }, TYPE_LOOK[value].name)),
  );
  const aliases = h('input', {});
  const kind = selectOf(ORGANISATION_KINDS);
  const category = selectOf(ISSUE_CATEGORIES);
  const fields = [
    labelled('Name', name, ['name', 'id']),
    labelled('Type', type, []),
    labelled('Aliases', aliases, ['aliases'], 'Other names the articles use, separated by commas.'),
    labelled('Kind of organisation', kind, ['kind']),
    labelled('Category', category, ['category']),
  ];
  const [, , , kindField, categoryField] = fields;
  const showKind = () => {
    kindField!.element.hidden = type.value !== 'ORGANISATION';
    categoryField!.element.hidden = type.value !== 'ISSUE';
  };
  type.addEventListener('change', showKind);
  const formError = h('p', { class: 'field-error', role: 'alert' });
  const create = h('button', { type: 'button' }, 'Create');
  const box = h(
    'fieldset',
    { class: 'create-new', hidden: true },
    h('legend', {}, 'New entity'),
    fields.map((f) => f.element),
    formError,
    create,
  );
  create.addEventListener('click', () => {
    clearErrors(fields, formError);
    const chosenType = type.value as EntityType;
    const values = {
      name: name.value.trim(),
      aliases: aliases.value
        .split(',')
        .map((alias) => alias.trim())
        .filter(Boolean),
      kind: chosenType === 'ISSUE' ? category.value : kind.value,
    };
    createEntity(chosenType, values, evidence()).then(
      (id) => {
        box.hidden = true;
        onCreated({ id, name: values.name });
      },
      (failure: unknown) => showErrors(failure, fields, formError),
    );
  });
  const open = h('button', { type: 'button', class: 'link', 'aria-expanded': 'false' }, 'Create new…');
  open.addEventListener('click', () => {
    box.hidden = !box.hidden;
    open.setAttribute('aria-expanded', String(!box.hidden));
    if (!box.hidden) {
      name.value ||= typed();
      showKind();
      name.focus();
    }
  });
  return h('div', { class: 'creator' }, open, box);
}

/**
 * An entity field: the search box of the header, limited to some types, which commits the best match
 * of what was typed when the form is saved (as Enter does), and offers "create new…".
 */
export function createEntityField({
  label,
  names,
  types,
  evidence,
}: {
  label: string;
  names: readonly string[];
  types: readonly EntityType[];
  /** The quote a new entity is recorded with; without one the field offers no "create new…". */
  evidence?: () => QuoteRef;
}): EntityField {
  let chosen: Chosen | null = null;
  const shown = h('output', { class: 'chosen', 'aria-live': 'polite' });
  const show = (value: Chosen | null) => {
    chosen = value;
    // A form opened to correct a fact knows only the ids it refers to: the id is not repeated as a name.
    shown.textContent = value ? `→ ${value.name}${value.name === value.id ? '' : ` (${value.id})`}` : '';
  };
  /** The search the box sent last: saving right after typing waits for its answer rather than asking again. */
  let asked: { text: string; hits: Promise<SearchHit[]> } | undefined;
  const box = createSearchBox({
    label,
    placeholder: 'Type a name…',
    types,
    onChoose: (choice) => show(choice),
    onAsk: (text, hits) => (asked = { text, hits }),
  });
  const input = box.querySelector('input')!;
  box.querySelector('label')?.classList.remove('sr-only');
  input.addEventListener('input', () => show(null));
  const error = h('p', { class: 'field-error', id: `${input.id}-error` });
  input.setAttribute('aria-describedby', error.id);
  const creator =
    evidence &&
    renderCreator(
      types,
      () => input.value.trim(),
      evidence,
      (created) => {
        input.value = created.name;
        show(created);
        input.focus();
      },
    );
  const element = h('div', { class: 'field entity-field' }, box, shown, error, creator);
  return {
    names,
    control: input,
    error,
    element,
    set: (value) => {
      input.value = value?.name ?? '';
      show(value);
    },
    async resolve() {
      const text = input.value.trim();
      if (chosen) return chosen.id;
      if (!text) return null;
      const pending = asked?.text === text ? await asked.hits.catch(() => null) : null;
      const hits = pending ?? (await request(SEARCH, { text, limit: 10, types: [...types] })).search;
      const best = hits[pickBestHit(hits)];
      if (!best) throw new Error(`${label}: nothing matches “${text}”: choose from the list or create it new.`);
      show({ id: best.entity.id, name: 'name' in best.entity ? best.entity.name : best.entity.id });
      return best.entity.id;
    },
  };
}

/** Some entity fields named nothing known: their own error lines say which. */
export class FieldsUnresolved extends Error {
  constructor() {
    super('Some names match no entity: see the fields marked.');
    this.name = 'FieldsUnresolved';
  }
}

/**
 * Resolves entity fields (empty ones to null), each failure shown beside its own field, a required
 * one left empty included; throws FieldsUnresolved when any failed.
 */
export async function resolveEntityFields(
  fields: readonly EntityField[],
  required: readonly EntityField[],
): Promise<(string | null)[]> {
  const results = await Promise.allSettled(
    fields.map(async (field) => {
      const id = await field.resolve();
      if (!id && required.includes(field)) throw new Error('Required: type a name and choose it, or create it new.');
      return id;
    }),
  );
  let failed = false;
  results.forEach((result, index) => {
    if (result.status === 'fulfilled') return;
    failed = true;
    const field = fields[index]!;
    field.error.textContent = result.reason instanceof Error ? result.reason.message : String(result.reason);
    field.control.setAttribute('aria-invalid', 'true');
  });
  if (failed) throw new FieldsUnresolved();
  return results.map((result) => (result.status === 'fulfilled' ? result.value : null));
}
