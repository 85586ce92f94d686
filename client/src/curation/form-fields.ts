import { ApiError } from '../api/request.js';
import { h } from '../ui/dom.js';
import { describeError } from '../ui/status.js';

/** One labelled field of a form, with the line where its error shows. */
export interface FormField {
  /** The entry's field names the server may blame for it (`actor`, `evidence[0].quote`, `condition.text`). */
  names: readonly string[];
  /** The element that takes focus when the field is blamed. */
  control: HTMLElement;
  error: HTMLElement;
  /** The label, control and error line, ready to append. */
  element: HTMLElement;
}

let fields = 0;

/** Wraps a control with its label and an error line that the control names as its description. */
export function labelled(label: string, control: HTMLElement, names: readonly string[], hint?: string): FormField {
  const id = control.id || `field-${++fields}`;
  control.id = id;
  const error = h('p', { class: 'field-error', id: `${id}-error` });
  const hintLine = hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null;
  control.setAttribute('aria-describedby', [hintLine?.id, error.id].filter(Boolean).join(' '));
  const element = h('div', { class: 'field' }, h('label', { for: id }, label), control, hintLine, error);
  return { names, control, error, element };
}

/** A select of the files' words, with an optional first choice that sends nothing. */
export function selectOf(words: readonly string[], { value, empty }: { value?: string; empty?: string } = {}) {
  return h(
    'select',
    {},
    empty !== undefined ? h('option', { value: '' }, empty) : null,
    words.map((word) => h('option', { value: word, selected: word === value }, word.replaceAll('-', ' '))),
  );
}

/** Clears every field's error. */
export function clearErrors(all: readonly FormField[], formError: HTMLElement): void {
  for (const field of all) {
    field.error.textContent = '';
    field.control.removeAttribute('aria-invalid');
  }
  formError.textContent = '';
}

/**
 * Shows a failed save where it belongs: each problem the server names (`extensions.field`, every
 * one in `extensions.problems`) beside its field, the rest at the foot of the form; focuses the first.
 */
export function showErrors(failure: unknown, all: readonly FormField[], formError: HTMLElement): void {
  const problems =
    failure instanceof ApiError
      ? failure.errors.flatMap((error) => {
          const listed = (error.extensions as { problems?: { field?: string; message: string }[] } | undefined)
            ?.problems;
          return listed?.length ? listed : [{ field: error.extensions?.field, message: error.message }];
        })
      : [];
  if (!problems.length) {
    formError.textContent = describeError(failure);
    return;
  }
  let first: HTMLElement | undefined;
  for (const problem of problems) {
    // `evidence[0].quote` is blamed on the field named `evidence[0].quote` or, failing that, `evidence`.
    const field =
      problem.field &&
      all.find((candidate) =>
        candidate.names.some(
          (name) =>
            problem.field === name || problem.field!.startsWith(`${name}.`) || problem.field!.startsWith(`${name}[`),
        ),
      );
    if (!field) {
      formError.textContent = [formError.textContent, problem.message].filter(Boolean).join(' ');
      continue;
    }
    field.error.textContent = [field.error.textContent, problem.message].filter(Boolean).join(' ');
    field.control.setAttribute('aria-invalid', 'true');
    first ??= field.control;
  }
  (first ?? formError).focus?.();
}

/** A dialog's buttons: the ones given, then Cancel, which closes it. */
export function renderDialogButtons(dialog: HTMLDialogElement, ...buttons: HTMLElement[]): HTMLElement {
  return h(
    'div',
    { class: 'form-buttons' },
    buttons,
    h('button', { type: 'button', onclick: () => dialog.close() }, 'Cancel'),
  );
}

/** Opens a dialog as a modal on the page; closing it (Cancel, Escape, a save) removes it. */
export function openModal(dialog: HTMLDialogElement): void {
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}
