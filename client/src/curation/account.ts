import { byId, h } from '../ui/dom.js';
import { describeError, showError } from '../ui/status.js';
import type { Session, SignedIn } from './session.js';
import { openModal, renderDialogButtons } from './form-fields.js';

/** The sign-in form, in a modal dialog: the browser keeps focus inside it and Escape closes it. */
function openSignIn(session: Session): void {
  const error = h('p', { class: 'field-error', id: 'sign-in-error', role: 'alert' });
  const name = h('input', { id: 'sign-in-name', name: 'username', autocomplete: 'username', required: true });
  const password = h('input', {
    id: 'sign-in-password',
    name: 'password',
    type: 'password',
    autocomplete: 'current-password',
    required: true,
  });
  const dialog = h('dialog', { class: 'form-dialog', 'aria-labelledby': 'sign-in-title' });
  const form = h(
    'form',
    {
      onsubmit: (event: Event) => {
        event.preventDefault();
        error.textContent = '';
        session.signIn(name.value.trim(), password.value).then(
          () => dialog.close(),
          (failure: unknown) => {
            error.textContent = describeError(failure);
            password.select();
          },
        );
      },
    },
    h('h2', { id: 'sign-in-title' }, 'Sign in to edit'),
    h('label', { for: 'sign-in-name' }, 'Name'),
    name,
    h('label', { for: 'sign-in-password' }, 'Password'),
    password,
    error,
    renderDialogButtons(dialog, h('button', { type: 'submit' }, 'Sign in')),
  );
  dialog.append(form);
  openModal(dialog);
}

function renderAccount(session: Session, viewer: SignedIn | null): void {
  const account = byId('account');
  if (!viewer) {
    account.replaceChildren(h('button', { type: 'button', onclick: () => openSignIn(session) }, 'Sign in'));
    return;
  }
  account.replaceChildren(
    h('span', { class: 'who' }, `Signed in as ${viewer.name} (${viewer.role.toLowerCase()})`),
    h('button', { type: 'button', onclick: () => void session.signOut().catch(showError) }, 'Sign out'),
  );
}

/** The header's account area: "Sign in" for a reader, who is signed in and "Sign out" for an editor. */
export function setUpAccount(session: Session): void {
  renderAccount(session, session.viewer);
  session.subscribe((viewer) => renderAccount(session, viewer));
}
