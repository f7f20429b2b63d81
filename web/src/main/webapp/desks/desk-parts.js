// Small parts every back-office desk is made of: the answer to a session that ended, the cells of
// its tables (a registration number is the row's header and opens the appeal), and the forms two
// desks share, written once in the page (<template id="NAME-part">).
import { ApiError } from './api.js';

/**
 * A check for failed calls: a 401 means the session ended, so {@code onSessionEnded} runs (after
 * {@code before}, which stops what the desk keeps running) and the answer is true; anything else
 * is the desk's to say.
 */
export function sessionGuard(onSessionEnded, before) {
  return (failure) => {
    if (failure instanceof ApiError && failure.status === 401) {
      before?.();
      onSessionEnded();
      return true;
    }
    return false;
  };
}

export function cell(value, className) {
  const td = document.createElement('td');
  if (className) td.className = className;
  td.textContent = value ?? '';
  return td;
}

/** The row's header: the registration number, a button that opens the appeal. */
export function numberCell(number, onOpen) {
  const head = document.createElement('th');
  head.scope = 'row';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'link';
  button.textContent = number;
  button.addEventListener('click', () => onOpen(number));
  head.append(button);
  return head;
}

/** A table's header row of catalogue keys, in the desk's language. */
export function headerRow(t, keys) {
  const tr = document.createElement('tr');
  tr.append(...keys.map((key) => Object.assign(document.createElement('th'), { scope: 'col', textContent: t(key) })));
  return tr;
}

/** Marks the row of the appeal open, so the list shows where the desk is. */
export function markCurrent(tbody, number) {
  tbody.querySelectorAll('tr').forEach((tr) => tr.toggleAttribute('aria-current',
    tr.querySelector('th button')?.textContent === number));
}

/** Clears the field errors of a form and its general error. */
export function clearErrors(form, error) {
  form.querySelectorAll('.error').forEach((e) => { e.textContent = ''; });
  if (error) error.textContent = '';
}

/** Puts each shared form in its place: every {@code [data-part=NAME]} becomes the template NAME-part. */
export function fillParts(root) {
  root.querySelectorAll('[data-part]').forEach((slot) =>
    slot.replaceWith(document.getElementById(`${slot.dataset.part}-part`).content.cloneNode(true)));
}
