import { ENTRY, HISTORY, request, RETRACT_FACT } from '../api/index.js';
import { h } from '../ui/dom.js';
import { describeError } from '../ui/status.js';
import { openFactForm } from './fact-form.js';
import { clearErrors, labelled, showErrors } from './form-fields.js';
import { announceGraphChange } from './graph-changes.js';
import { openMergeDialog, type Duplicate } from './merge-dialog.js';
import type { Session } from './session.js';
import { FACT_KINDS } from './fact-kinds.js';
import { listCorrectableFacts } from './fact-paths.js';

const ACTION_WORDS = { ADD: 'added', EDIT: 'corrected', RETRACT: 'retracted', MERGE: 'merged' } as const;

/** The History section: who changed the entry, when, and why; open to readers too. */
async function renderHistory(entryId: string): Promise<HTMLElement> {
  const changes = (await request(HISTORY, { id: entryId })).history;
  if (!changes.length) return h('p', { class: 'kind' }, 'Not changed since it was loaded from the files.');
  return h(
    'ol',
    { class: 'history' },
    changes.map((change) =>
      h(
        'li',
        {},
        h('b', {}, `${ACTION_WORDS[change.action]}${change.path ? ` (${change.path})` : ''}`),
        ` by ${change.by}, `,
        h('time', { datetime: change.at }, new Date(change.at).toLocaleString('en-GB', { timeZone: 'UTC' }) + ' UTC'),
        change.comment ? h('q', {}, change.comment) : null,
      ),
    ),
  );
}

/**
 * "Correct…": the fact form, filled with the fact as it stands. A position opens at once; an entry
 * holding several facts (a person's posts, a meeting's seats) first lists them to choose one.
 */
async function openCorrection(entryId: string, onChanged: (id: string) => void, editing: HTMLElement): Promise<void> {
  const { entry } = await request(ENTRY, { id: entryId });
  if (!entry) throw new Error(`No entry ${entryId}: it may have been merged or removed; reload the page.`);
  const base = { id: entry.id, version: entry.version, body: entry.body as Record<string, unknown> };
  const open = (key: string, path: string | null) => {
    editing.replaceChildren();
    openFactForm({ mode: 'correct', entry: base, key, path }, onChanged);
  };
  if (entry.collection === 'stances') return open('stance', null);
  const facts = listCorrectableFacts(entry.collection, base.body);
  if (facts.length === 1) return open(facts[0]!.key, facts[0]!.path);
  editing.replaceChildren(
    facts.length
      ? h(
          'div',
          { class: 'fact-chooser', role: 'group', 'aria-label': 'Which fact to correct' },
          h('p', {}, 'Which fact to correct?'),
          h(
            'ul',
            {},
            facts.map((fact) =>
              h(
                'li',
                {},
                h('button', { type: 'button', class: 'link', onclick: () => open(fact.key, fact.path) }, fact.label),
              ),
            ),
          ),
        )
      : h(
          'p',
          { class: 'kind' },
          `The form corrects positions and claims, and each ${Object.values(FACT_KINDS)
            .map((kind) => kind.noun)
            .join(', ')}; this entry holds none of them.`,
        ),
  );
  editing.querySelector('button')?.focus();
}

/** The retraction form, inline in the panel: a reason is required. */
function renderRetraction(entryId: string, onDone: () => void): HTMLElement {
  const reason = h('input', { required: true });
  const field = labelled('Reason for retracting', reason, ['reason']);
  const formError = h('p', { class: 'field-error', role: 'alert' });
  const form = h(
    'form',
    {
      class: 'retract',
      onsubmit: (event: Event) => {
        event.preventDefault();
        clearErrors([field], formError);
        void (async () => {
          try {
            const { entry } = await request(ENTRY, { id: entryId });
            if (!entry) throw new Error(`No entry ${entryId}`);
            const answer = await request(RETRACT_FACT, {
              id: entryId,
              reason: reason.value.trim(),
              version: entry.version,
              path: null,
            });
            announceGraphChange({ entryId, action: 'retract', answer: answer.retractFact });
            onDone();
          } catch (failure) {
            showErrors(failure, [field], formError);
          }
        })();
      },
    },
    field.element,
    formError,
    h('button', { type: 'submit' }, 'Retract the fact'),
  );
  queueMicrotask(() => reason.focus());
  return form;
}

/**
 * The editing part of a fact's panel: "Correct" (any fact the fact form records), "Retract" and, for an entity
 * that can absorb a duplicate, "Merge into…" for a signed-in editor, and the History section for
 * everyone. `onChanged` runs after a correction, `onMerged` after a merge.
 */
export function renderFactActions({
  entryId,
  session,
  duplicate,
  onChanged,
  onMerged,
}: {
  entryId: string;
  session: Session;
  /** The entity shown, when it is of a kind that merges: the one "Merge into…" removes. */
  duplicate: Duplicate | null;
  /** Called with the id once a correction is saved. */
  onChanged: (id: string) => void;
  /** Called with the kept id once the entity shown is merged into it. */
  onMerged: (keep: string) => void;
}): HTMLElement {
  const history = h('div', { class: 'history-list' });
  const refreshHistory = () =>
    renderHistory(entryId).then(
      (list) => history.replaceChildren(list),
      (failure: unknown) => history.replaceChildren(h('p', { class: 'error' }, describeError(failure))),
    );
  // Loaded when opened: a reader browsing the graph does not pay a request per panel. Open for editors.
  const historySection = h('details', { class: 'history-section' }, h('summary', {}, h('h3', {}, 'History')), history);
  historySection.addEventListener('toggle', () => {
    if (historySection.open) void refreshHistory();
  });
  historySection.open = session.isEditor;
  const editing = h('div', {});
  const controls = session.isEditor
    ? h(
        'div',
        { class: 'actions' },
        h(
          'button',
          {
            type: 'button',
            onclick: () =>
              void openCorrection(entryId, onChanged, editing).catch((failure: unknown) =>
                editing.replaceChildren(h('p', { class: 'error' }, describeError(failure))),
              ),
          },
          'Correct…',
        ),
        h(
          'button',
          {
            type: 'button',
            onclick: () =>
              editing.replaceChildren(
                renderRetraction(entryId, () => {
                  editing.replaceChildren(
                    h('p', { class: 'retracted', role: 'status' }, 'Retracted: the graph no longer holds this fact.'),
                  );
                  historySection.open = true;
                  void refreshHistory();
                }),
              ),
          },
          'Retract…',
        ),
        duplicate &&
          h('button', { type: 'button', onclick: () => openMergeDialog(duplicate, onMerged) }, 'Merge into…'),
      )
    : null;
  return h(
    'section',
    { class: 'fact-actions', 'aria-label': 'Editing and history' },
    controls,
    editing,
    historySection,
  );
}
