// The reception desk's slip: what the visitor takes away, in the visitor's language (not the
// desk's): the number, the access code, when it was received, the body it went to and the legal
// due date, and how to look it up. Printed through the browser; the print style sheet fits A5 and A4.
import { api } from './api.js';
import * as i18n from './i18n.js';
import * as keys from './keys.js';

export async function prepare(desk, receipt, filed, account, point) {
  const language = i18n.LANGUAGES.includes(filed.language) ? filed.language : 'ru';
  const t = await i18n.catalogue(language);
  const slip = desk.querySelector('#slip');
  slip.replaceChildren(document.getElementById('slip-view').content.cloneNode(true));
  slip.lang = language;
  slip.querySelectorAll('[data-slip]').forEach((el) => { el.textContent = t(el.dataset.slip); });
  const bodies = receipt.body ? (await api.get('reference/bodies')).body : [];
  const body = bodies.find((b) => b.code === receipt.body.code);
  const values = {
    number: receipt.registrationNumber,
    code: receipt.accessCode.match(/.{1,4}/g).join(' '),
    received: i18n.dateTimeIn(language, receipt.acceptedAt),
    body: body ? i18n.nameIn(language, body) : t('slip.bodyPending'),
    due: receipt.dueAt ? i18n.dateIn(language, receipt.dueAt) : '',
    lookUp: t('slip.lookUp', { url: `${location.origin}/lookup.html` }),
    takenBy: t('slip.takenBy', { user: account.username, point: point ? i18n.nameIn(language, point) : '' }),
  };
  slip.querySelectorAll('[data-value]').forEach((el) => { el.textContent = values[el.dataset.value]; });
  const print = desk.querySelector('#print-slip');
  print.hidden = false;
  print.onclick = () => window.print();
  keys.bind('Alt+P', 'receipt.print', () => window.print());
}
