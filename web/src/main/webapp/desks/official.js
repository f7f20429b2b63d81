// An official's desk: "my appeals" (the worklist the API keeps for their scope, the nearest due date
// first), the appeal opened beside it (case-view.js), and the answer. The answer
// being typed is kept in the tab's storage per appeal; an answer refused because someone else changed
// the appeal meanwhile keeps its text and says so. After an answer the next appeal opens.
import { api } from './api.js';
import { caseView, showRefusal } from './case-view.js';
import { cell, markCurrent, numberCell, sessionGuard } from './desk-parts.js';
import * as i18n from './i18n.js';
import * as keys from './keys.js';

export const TITLE = 'official.title';
const DRAFT = 'appeals.official.answer.';

export function open(main, { onSessionEnded }) {
  main.replaceChildren(document.getElementById('official-view').content.cloneNode(true));
  i18n.translate(main);
  const list = main.querySelector('#worklist tbody');
  const total = main.querySelector('#worklist-total');
  const panel = main.querySelector('#case');
  const form = main.querySelector('#answer-form');
  const text = form.querySelector('#answer-text');
  const status = form.querySelector('#answer-status');
  const formError = form.querySelector('#answer-error');
  const reload = form.querySelector('#reload-case');
  const view = caseView(panel.querySelector('.case-view'), { onSessionEnded });
  const notice = main.querySelector('#case-notice');
  let items = [];
  let current = null; // {appeal, etag}
  let sending = false;

  const failed = sessionGuard(onSessionEnded);

  async function loadList() {
    try {
      const found = [];
      let page;
      do { // a worklist is read whole, up to a thousand: more than any one official holds
        page = (await api.get(`appeals/mine?size=200&page=${found.length / 200}`)).body;
        found.push(...page.items);
      } while (found.length < page.total && found.length < 1000 && page.items.length);
      items = found;
      total.textContent = i18n.t('official.count', { count: i18n.number(page.total) });
      list.replaceChildren(...items.map(row));
    } catch (failure) {
      if (!failed(failure)) total.textContent = i18n.t('problem.other', { detail: failure.message });
    }
  }

  function row({ appeal, workingDaysLeft }) {
    const tr = document.createElement('tr');
    if (workingDaysLeft !== null && workingDaysLeft < 0) tr.classList.add('overdue');
    if (current?.appeal.registrationNumber === appeal.registrationNumber) tr.setAttribute('aria-current', 'true');
    const days = workingDaysLeft === null ? '' : workingDaysLeft < 0
      ? i18n.t('official.overdueBy', { days: -workingDaysLeft }) : i18n.number(workingDaysLeft);
    tr.append(numberCell(appeal.registrationNumber, openCase), cell(appeal.category?.name), cell(i18n.t(`status.${appeal.status}`)),
      cell(i18n.shortDate(appeal.dueAt), 'number'), cell(days, 'number'));
    return tr;
  }

  async function openCase(number) {
    formError.textContent = '';
    notice.hidden = true;
    status.textContent = '';
    reload.hidden = true;
    try {
      const read = await api.get(`appeals/${encodeURIComponent(number)}`);
      current = { appeal: read.body, etag: read.etag };
    } catch (failure) {
      if (!failed(failure)) total.textContent = i18n.t('problem.other', { detail: failure.message });
      return;
    }
    show(current.appeal);
    markCurrent(list, number);
    panel.hidden = false;
    panel.focus();
  }

  function show(a) {
    view.show(a);
    const answerable = a.status === 'ASSIGNED';
    form.hidden = !answerable;
    const draft = JSON.parse(sessionStorage.getItem(DRAFT + a.registrationNumber) || 'null');
    text.value = draft?.text ?? '';
    form.outcome.value = draft?.outcome ?? 'SUPPORTED';
    form.measuresTaken.value = draft?.measuresTaken ?? 'true';
    form.ground.value = draft?.ground ?? 'ANONYMOUS';
    outcomeChanged();
  }

  function outcomeChanged() {
    form.querySelector('#measures-field').hidden = form.outcome.value !== 'SUPPORTED';
    form.querySelector('#ground-field').hidden = form.outcome.value !== 'LEFT_UNANSWERED';
  }

  form.outcome.addEventListener('change', outcomeChanged);
  form.addEventListener('input', () => {
    if (!current) return;
    sessionStorage.setItem(DRAFT + current.appeal.registrationNumber, JSON.stringify({ text: text.value,
      outcome: form.outcome.value, measuresTaken: form.measuresTaken.value, ground: form.ground.value }));
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    send();
  });

  async function send() {
    if (!current || sending || form.hidden) return;
    form.querySelectorAll('.error').forEach((e) => { e.textContent = ''; });
    formError.textContent = '';
    if (!text.value.trim()) {
      form.querySelector('#text-error').textContent = i18n.t('rule.required');
      text.focus();
      return;
    }
    const outcome = form.outcome.value;
    const answer = { text: text.value.trim(), outcome,
      measuresTaken: outcome === 'SUPPORTED' ? form.measuresTaken.value === 'true' : undefined,
      ground: outcome === 'LEFT_UNANSWERED' ? form.ground.value : undefined };
    const number = current.appeal.registrationNumber;
    sending = true;
    status.textContent = i18n.t('official.sending');
    try {
      await api.post(`appeals/${encodeURIComponent(number)}/answer`, answer, { headers: { 'If-Match': current.etag } });
      sessionStorage.removeItem(DRAFT + number);
      status.textContent = '';
      await loadList();
      total.textContent = i18n.t('official.answered', { number }) + ' ' + total.textContent;
      next();
    } catch (failure) {
      status.textContent = '';
      if (failed(failure)) return;
      showRefusal(failure, { form, error: formError, reload, slotOf: (field) => `${field}-error` });
    } finally {
      sending = false;
    }
  }

  /** Reads the appeal again as it is now; the answer typed stays, in the field and in the tab. */
  reload.addEventListener('click', async () => {
    const kept = text.value;
    await openCase(current.appeal.registrationNumber);
    if (!form.hidden) text.value = kept;
    notice.textContent = form.hidden ? i18n.t('official.noLongerYours') : '';
    notice.hidden = !form.hidden;
  });

  /** The first appeal of the worklist other than the one just open. */
  function next() {
    const following = items.find((i) => i.appeal.registrationNumber !== current?.appeal.registrationNumber);
    if (following) openCase(following.appeal.registrationNumber);
    else {
      panel.hidden = true;
      current = null;
      total.focus?.();
    }
  }

  keys.bind('Alt+N', 'official.next', next);
  keys.bind('Ctrl+Enter', 'official.send', send);
  keys.bind('Alt+1', 'official.toList', () => list.querySelector('button')?.focus());
  keys.bind('Alt+2', 'official.toAnswer', () => { if (!form.hidden) text.focus(); });

  loadList().then(() => list.querySelector('button')?.focus());

  return {
    title: TITLE,
    translate: () => {
      // The API names subjects and bodies in the desk's language: read the list and the appeal again.
      i18n.translate(main);
      loadList();
      if (current) {
        const typed = text.value;
        openCase(current.appeal.registrationNumber).then(() => { if (!form.hidden) text.value = typed; });
      }
    },
    close: () => view.close(),
  };
}
