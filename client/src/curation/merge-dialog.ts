import { MERGE_ENTITIES, MERGE_PREVIEW, request, type EntityType } from '../api/index.js';
import type { MergePreviewQuery } from '../api/generated/operation-types.js';
import { h } from '../ui/dom.js';
import { createEntityField, FieldsUnresolved, resolveEntityFields } from './entity-field.js';
import { readPath } from './fact-paths.js';
import { clearErrors, labelled, openModal, renderDialogButtons, showErrors } from './form-fields.js';
import { announceGraphChange } from './graph-changes.js';

/**
 * The entity types whose entries can absorb a duplicate: the collections with `formerIds`
 * (`isMergeable` in the seed's schema), as the drawing names their types.
 */
export const MERGEABLE_TYPES: ReadonlySet<EntityType> = new Set([
  'PERSON',
  'STATE',
  'ORGANISATION',
  'GROUP',
  'PLACE',
  'ISSUE',
]);

/** The entity whose panel offers the merge: the duplicate that goes. */
export interface Duplicate {
  id: string;
  name: string;
  type: EntityType;
}

type Plan = MergePreviewQuery['mergePreview'];

/** A titled list of the preview, or nothing when it is empty. */
function renderList(title: string, items: readonly (string | HTMLElement)[]): HTMLElement[] {
  if (!items.length) return [];
  return [
    h('h3', {}, title),
    h(
      'ul',
      {},
      items.map((item) => h('li', {}, item)),
    ),
  ];
}

/** A moved fact in words, read from the kept entry as it will be: a quote with its article, or its first fields. */
function describeFact(fact: Record<string, unknown> | undefined): string {
  if (!fact) return '';
  if (typeof fact['quote'] === 'string') return `“${fact['quote']}” (${String(fact['source'])})`;
  const words = Object.entries(fact)
    .filter(([key, value]) => key !== 'evidence' && typeof value === 'string')
    .slice(0, 3)
    .map(([, value]) => value as string);
  return words.join(', ');
}

/** What the merge moves, read from `mergePreview`: facts, evidence, names, ids, referring entries, conflicts. */
function renderPlan(plan: Plan, keepName: string): HTMLElement {
  const isEvidence = (move: Plan['factsMoved'][number]) => move.from.startsWith('evidence');
  const describeMove = (move: Plan['factsMoved'][number]) => {
    const what = describeFact(readPath(plan.result as Record<string, unknown>, move.to));
    const where = move.combined ? `joins ${move.to}, which ${keepName} already holds` : `becomes ${move.to}`;
    return `${move.from} ${where}${what ? `: ${what}` : ''}`;
  };
  return h(
    'div',
    { class: 'merge-plan', 'aria-live': 'polite' },
    h('p', {}, `${plan.merge.id} goes into ${plan.keep.id} (${keepName}).`),
    ...renderList('Facts that move', plan.factsMoved.filter((move) => !isEvidence(move)).map(describeMove)),
    ...renderList('Evidence that moves', plan.factsMoved.filter(isEvidence).map(describeMove)),
    ...renderList('Names kept as aliases', plan.aliasesAdded),
    ...renderList('Ids that keep resolving to it', plan.formerIdsAdded),
    ...renderList(
      'Entries that will refer to it instead',
      plan.rewritten.map((entry) => `${entry.collection}: ${entry.id} (${entry.fields.join(', ')})`),
    ),
    ...renderList(
      'Conflicts',
      plan.conflicts.map((conflict) =>
        h(
          'span',
          { class: conflict.blocking ? 'field-error' : '' },
          `${conflict.blocking ? 'Blocks the merge: ' : ''}${conflict.entryId}${conflict.field ? ` (${conflict.field})` : ''}: ${conflict.message}`,
        ),
      ),
    ),
  );
}

/**
 * Opens "Merge into…" for a duplicate: the editor picks the entity to keep (search as you type),
 * previews what moves, and confirms with a reason. Calls `onMerged` with the kept id once merged.
 */
export function openMergeDialog(duplicate: Duplicate, onMerged: (keep: string) => void): HTMLDialogElement {
  const keepField = createEntityField({ label: 'Entity to keep', names: ['keep'], types: [duplicate.type] });
  const reason = h('input', { required: true });
  const reasonField = labelled('Reason for the merge', reason, ['comment']);
  reasonField.element.hidden = true;
  const preview = h('div', {});
  const formError = h('p', { class: 'field-error', role: 'alert', tabindex: '-1' });
  const previewButton = h('button', { type: 'button' }, 'Preview the merge');
  const confirm = h('button', { type: 'submit', disabled: true }, 'Merge');
  const all = [keepField, reasonField];
  let plan: Plan | null = null;
  const forgetPlan = () => {
    plan = null;
    preview.replaceChildren();
    reasonField.element.hidden = true;
    confirm.disabled = true;
  };
  keepField.control.addEventListener('input', forgetPlan);

  const showPreview = async () => {
    clearErrors(all, formError);
    forgetPlan();
    try {
      const [keep] = await resolveEntityFields([keepField], [keepField]);
      if (keep === duplicate.id) throw new Error(`Choose another entity than ${duplicate.name} itself to keep.`);
      const next = (await request(MERGE_PREVIEW, { keep: keep!, merge: duplicate.id })).mergePreview;
      const keepName = keepField.control instanceof HTMLInputElement ? keepField.control.value : keep!;
      preview.replaceChildren(renderPlan(next, keepName));
      plan = next;
      const blocked = next.conflicts.some((conflict) => conflict.blocking);
      reasonField.element.hidden = blocked;
      confirm.disabled = blocked;
      if (!blocked) reason.focus();
    } catch (failure) {
      if (!(failure instanceof FieldsUnresolved)) showErrors(failure, all, formError);
    }
  };
  previewButton.addEventListener('click', () => void showPreview());

  const merge = async () => {
    if (!plan) return showPreview();
    clearErrors(all, formError);
    confirm.disabled = true;
    try {
      const merged = (
        await request(MERGE_ENTITIES, {
          keep: plan.keep.id,
          merge: plan.merge.id,
          keepVersion: plan.keep.version,
          mergeVersion: plan.merge.version,
          comment: reason.value.trim(),
        })
      ).mergeEntities;
      dialog.close();
      // Announced first: the redraw it asks for is superseded by the move to the kept id, so one draws.
      announceGraphChange({ entryId: merged.entry.id, action: 'merge' });
      onMerged(merged.entry.id);
    } catch (failure) {
      // A stale version (someone edited either entity since the preview) needs a fresh preview.
      showErrors(failure, all, formError);
      forgetPlan();
    } finally {
      confirm.disabled = !plan;
    }
  };

  const dialog = h('dialog', { class: 'form-dialog merge-form', 'aria-labelledby': 'merge-form-title' });
  dialog.append(
    h(
      'form',
      { onsubmit: (event: Event) => (event.preventDefault(), void merge()) },
      h('h2', { id: 'merge-form-title' }, `Merge ${duplicate.name} into…`),
      h(
        'p',
        { class: 'hint' },
        `${duplicate.name} (${duplicate.id}) goes: its names, facts and evidence move to the entity kept, and its id keeps resolving to it.`,
      ),
      keepField.element,
      h('div', { class: 'form-buttons' }, previewButton),
      preview,
      reasonField.element,
      formError,
      renderDialogButtons(dialog, confirm),
    ),
  );
  openModal(dialog);
  keepField.control.focus();
  return dialog;
}
