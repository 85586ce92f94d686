import { PUT_SOURCE, request } from '../api/index.js';
import { h } from '../ui/dom.js';
import { clearErrors, labelled, openModal, renderDialogButtons, showErrors } from './form-fields.js';
import { announceGraphChange } from './graph-changes.js';
import { toSlug } from './slug.js';

/**
 * Opens the form that adds an article: its text pasted whole, with publisher, title, author, date
 * and address. The id is made from the publisher, date and title. Calls `onSaved` with the new id.
 */
export function openArticleForm(onSaved: (id: string) => void): HTMLDialogElement {
  const text = h('textarea', { rows: 10, required: true });
  const publisher = h('input', {});
  const title = h('input', {});
  const author = h('input', {});
  const date = h('input', { required: true, inputmode: 'numeric', size: 10 });
  const dateInferred = h('input', { type: 'checkbox' });
  const url = h('input', { type: 'url' });
  const fields = [
    labelled('Text of the article', text, ['text'], 'Paste the whole article: quotes are checked against it.'),
    labelled('Publisher', publisher, ['publisher']),
    labelled('Title', title, ['title']),
    labelled('Author', author, ['author']),
    labelled('Date', date, ['date'], 'As the article prints it: 2025, 2025-06 or 2025-06-02.'),
    labelled('The date is inferred, not printed', dateInferred, ['dateInferred']),
    labelled('Address (URL)', url, ['url']),
  ];
  const formError = h('p', { class: 'field-error', role: 'alert', tabindex: '-1' });
  const dialog = h('dialog', { class: 'form-dialog', 'aria-labelledby': 'article-form-title' });
  const optional = (input: HTMLInputElement) => input.value.trim() || null;
  const submit = async () => {
    clearErrors(fields, formError);
    const entry = {
      id: toSlug(publisher.value, date.value, title.value || text.value.split('\n')[0]),
      publisher: optional(publisher),
      title: optional(title),
      author: optional(author),
      date: date.value.trim(),
      dateInferred: dateInferred.checked,
      url: optional(url),
    };
    try {
      const saved = (await request(PUT_SOURCE, { entry, text: text.value })).putSource.entry.id;
      dialog.close();
      announceGraphChange({ entryId: saved, action: 'add-article', source: saved });
      onSaved(saved);
    } catch (failure) {
      showErrors(failure, fields, formError);
    }
  };
  dialog.append(
    h(
      'form',
      { onsubmit: (event: Event) => (event.preventDefault(), void submit()) },
      h('h2', { id: 'article-form-title' }, 'Add an article'),
      fields.map((field) => field.element),
      formError,
      renderDialogButtons(dialog, h('button', { type: 'submit' }, 'Add the article')),
    ),
  );
  openModal(dialog);
  text.focus();
  return dialog;
}
