import { ENTRY, HISTORY, request, RETRACT_FACT } from '../api/index.js';
import { h } from '../ui/dom.js';
import { describeError } from '../ui/status.js';
import { openFactForm } from './fact-form.js';
import { clearErrors, labelled, showErrors } from './form-fields.js';
import { announceGraphChange } from './graph-changes.js';
import type { Session } from './session.js';
import type { StanceBody } from './stance-kind.js';

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
            await request(RETRACT_FACT, {
              id: entryId,
              reason: reason.value.trim(),
              version: entry.version,
              path: null,
            });
            announceGraphChange({ entryId, action: 'retract' });
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
 * The editing part of a fact's panel: "Correct" (positions and claims) and "Retract" for a signed-in
 * editor, and the History section for everyone. `onChanged` runs after a correction or retraction.
 */
export function renderFactActions({
  entryId,
  session,
  correctable,
  onChanged,
}: {
  entryId: string;
  session: Session;
  /** True for a position or claim, which the fact form can correct. */
  correctable: boolean;
  /** Called with the id once a correction is saved. */
  onChanged: (id: string) => void;
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
        correctable &&
          h(
            'button',
            {
              type: 'button',
              onclick: () =>
                void request(ENTRY, { id: entryId }).then(({ entry }) => {
                  if (entry?.collection !== 'stances') return;
                  openFactForm(
                    {
                      mode: 'correct',
                      entry: { id: entry.id, version: entry.version, body: entry.body as StanceBody },
                    },
                    onChanged,
                  );
                }),
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
