import { ApiError, PUT_STANCE, request } from '../api/index.js';
import type { StanceInput } from '../api/generated/operation-types.js';
import { h } from '../ui/dom.js';
import { FieldsUnresolved, type QuoteRef } from './entity-field.js';
import { FACT_KINDS } from './fact-kinds.js';
import { clearErrors, labelled, openModal, renderDialogButtons, showErrors, type FormField } from './form-fields.js';
import { announceGraphChange, type EditAnswer } from './graph-changes.js';
import { readPath } from './fact-paths.js';
import { createKindFields, type EntryAt } from './kind-form.js';
import { createStanceFields, type StanceBody } from './stance-kind.js';

/** What the form records, or the fact it corrects: the entry as it stands, and the fact's kind and path. */
export type FactFormOptions =
  | { mode: 'record'; quote: QuoteRef; date: string; articleTitle: string }
  | {
      mode: 'correct';
      entry: EntryAt;
      /** `stance`, or a kind of FACT_KINDS. */
      key: string;
      /** Where the fact stands in the entry (`posts[1]`); null for the entry itself. */
      path: string | null;
    };

/** What a save wrote: the entry that holds the fact, and the quote it rests on. */
interface Saved {
  answer: EditAnswer;
  quote: QuoteRef | undefined;
}

/** The fields of the kind chosen, and how to save them: added, or written over the entry given. */
interface KindForm {
  fields: FormField[];
  save(base: EntryAt | null, comment: string | null): Promise<Saved>;
  /** The fields a stale edit's current version is shown by. */
  shownKeys: readonly string[];
}

/** The stance fields a stale edit shows the current version of. */
const STANCE_KEYS = ['actor', 'issue', 'voicedBy', 'claimant', 'position', 'date', 'status', 'summary', 'note'];

/** What a correction's title calls the fact: "position" or the kind's noun. */
const nameFact = (key: string) => FACT_KINDS[key]?.noun ?? 'position';

/** How many other ids a new fact tries when its id is taken: a second stance of the same day. */
const ID_ATTEMPTS = 5;

/** Sends the stance: adds it (trying `-2`, `-3`… when the id is taken) or changes the version given. */
async function saveStance(entry: StanceBody, version: string | null, comment: string | null): Promise<EditAnswer> {
  for (let attempt = 1; ; attempt++) {
    const id = attempt === 1 || version ? entry.id! : `${entry.id}-${attempt}`;
    try {
      const input = { ...entry, id } as unknown as StanceInput;
      return (await request(PUT_STANCE, { entry: input, version, comment })).putStance;
    } catch (failure) {
      const taken = failure instanceof ApiError && failure.code === 'CONFLICT' && !version;
      if (!taken || attempt >= ID_ATTEMPTS) throw failure;
    }
  }
}

/** A position or claim: the stance fields (its quote among them). */
function stanceForm(options: Parameters<typeof createStanceFields>[0]): KindForm {
  const stance = createStanceFields(options);
  return {
    fields: stance.fields,
    async save(base, comment) {
      const entry = await stance.toEntry();
      return { answer: await saveStance(entry, base?.version ?? null, comment), quote: entry.evidence?.[0] };
    },
    shownKeys: STANCE_KEYS,
  };
}

/** Any other kind of fact of the table, with the quote as its evidence; filled with `initial` to correct it. */
function otherKindForm(
  key: string,
  quote: QuoteRef,
  date: string,
  initial?: { parentId: string; path: string | null; fact: Record<string, unknown> },
): KindForm {
  const text = h('textarea', { rows: 3 }, quote.quote);
  const evidence = () => ({ source: quote.source, quote: text.value.trim() });
  const kind = FACT_KINDS[key]!;
  const fields = createKindFields(kind, { quote: evidence, date, ...(initial && { initial }) });
  return {
    fields: [labelled('Quote', text, ['evidence'], 'Verbatim from the article; spacing may differ.'), ...fields.fields],
    save: async (base, comment) => ({
      answer: base ? await fields.correct(base, initial?.path ?? null, comment) : await fields.save(comment),
      quote: evidence(),
    }),
    shownKeys: kind.fields.map((field) => field.name),
  };
}

/** The fact a correction opens on, a seat with the party of its delegation, as the kind's fields name it. */
function readFact(entry: EntryAt, key: string, path: string | null): Record<string, unknown> {
  const fact = readPath(entry.body, path) ?? {};
  const target = FACT_KINDS[key]?.target;
  if (!path || !target || !('delegationOf' in target)) return fact;
  const delegation = readPath(entry.body, path.replace(/\.members\[\d+\]$/, ''));
  return { ...fact, [target.delegationOf]: delegation?.['represents'] };
}

/** The form of the fact a correction opens on, filled with it. */
function correctionForm({ entry, key, path }: Extract<FactFormOptions, { mode: 'correct' }>): KindForm {
  const fact = readFact(entry, key, path);
  const quote = (fact['evidence'] as QuoteRef[] | undefined)?.[0] ?? { source: '', quote: '' };
  if (key === 'stance') return stanceForm({ quote: { source: quote.source, quote: '' }, date: '', body: entry.body });
  return otherKindForm(key, quote, '', { parentId: entry.id, path, fact });
}

/** The current version of a stale fact, shown so the editor can compare it with theirs and re-apply. */
function renderConflict(fact: Record<string, unknown>, keys: readonly string[], reapply: () => void): HTMLElement {
  const lines = keys
    .filter((key) => fact[key] !== undefined)
    .map((key) => h('li', {}, h('b', {}, `${key}: `), String(fact[key])));
  return h(
    'div',
    { class: 'conflict', role: 'alert' },
    h('p', {}, 'Someone changed this fact since you opened it. It now reads:'),
    h('ul', {}, lines),
    h('button', { type: 'button', onclick: reapply }, 'Re-apply my change'),
  );
}

/**
 * Opens the form that records a fact from a quote (a position or claim, or any kind of FACT_KINDS),
 * or corrects a position, in a modal dialog (focus stays inside, Escape closes). On save it
 * announces the change and calls `onSaved` with the entry's id and the quote.
 */
export function openFactForm(
  options: FactFormOptions,
  onSaved: (id: string, quote: string | undefined) => void,
): HTMLDialogElement {
  const correcting = options.mode === 'correct';
  const choose = (key: string): KindForm => {
    if (options.mode === 'correct') return correctionForm(options);
    if (key === 'stance') return stanceForm({ quote: options.quote, date: options.date });
    return otherKindForm(key, options.quote, options.date);
  };
  let kind = choose('stance');
  /** The entry a correction writes over: replaced by the current version when the editor re-applies. */
  let base: EntryAt | null = correcting ? options.entry : null;
  const kindSelect = h(
    'select',
    { id: 'fact-kind' },
    h('option', { value: 'stance' }, 'A position or claim'),
    Object.entries(FACT_KINDS).map(([key, { label }]) => h('option', { value: key }, label)),
  );
  const kindField = correcting ? null : labelled('Kind of fact', kindSelect, []);
  const reason = h('input', { required: correcting });
  const reasonField = labelled(correcting ? 'Reason for the correction' : 'Comment (optional)', reason, ['comment']);
  const fieldsBox = h(
    'div',
    {},
    kind.fields.map((field) => field.element),
  );
  kindSelect.addEventListener('change', () => {
    kind = choose(kindSelect.value);
    fieldsBox.replaceChildren(...kind.fields.map((field) => field.element));
  });
  const formError = h('p', { class: 'field-error', role: 'alert', tabindex: '-1' });
  const conflict = h('div', {});
  const save = h('button', { type: 'submit' }, correcting ? 'Save the correction' : 'Save the fact');
  const dialog = h('dialog', { class: 'form-dialog fact-form', 'aria-labelledby': 'fact-form-title' });
  const submit = async () => {
    const all = [...kind.fields, reasonField];
    clearErrors(all, formError);
    conflict.replaceChildren();
    save.disabled = true;
    try {
      const saved = await kind.save(base, reason.value.trim() || null);
      dialog.close();
      announceGraphChange({
        entryId: saved.answer.entry.id,
        action: correcting ? 'correct' : 'record',
        answer: saved.answer,
        ...(saved.quote && { source: saved.quote.source }),
      });
      onSaved(saved.answer.entry.id, saved.quote?.quote);
    } catch (failure) {
      const current = failure instanceof ApiError ? failure.errors[0]?.extensions?.current : undefined;
      if (failure instanceof ApiError && failure.code === 'CONFLICT' && current && correcting) {
        const path = options.mode === 'correct' ? options.path : null;
        conflict.replaceChildren(
          renderConflict(readPath(current.entry, path) ?? {}, kind.shownKeys, () => {
            base = { id: base!.id, version: current.version, body: current.entry };
            void submit();
          }),
        );
        // The form is long and Save is at its foot: bring the current version into view, ready to re-apply.
        conflict.scrollIntoView({ block: 'nearest' });
        conflict.querySelector('button')?.focus();
      } else if (!(failure instanceof FieldsUnresolved)) showErrors(failure, all, formError);
    } finally {
      save.disabled = false;
    }
  };
  dialog.append(
    h(
      'form',
      { onsubmit: (event: Event) => (event.preventDefault(), void submit()) },
      h('h2', { id: 'fact-form-title' }, correcting ? `Correct the ${nameFact(options.key)}` : 'Record a fact'),
      options.mode === 'record' ? h('p', { class: 'hint' }, `From “${options.articleTitle}”.`) : null,
      kindField?.element,
      fieldsBox,
      reasonField.element,
      conflict,
      formError,
      renderDialogButtons(dialog, save),
    ),
  );
  openModal(dialog);
  // The first thing to fill in: the holder (the quote is already there).
  kind.fields[1]?.control.focus();
  return dialog;
}
