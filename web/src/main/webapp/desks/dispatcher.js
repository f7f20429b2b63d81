// The dispatcher's desk: the queue of what waits for a dispatcher, the longest waiting first, kept
// live by the API's server-sent events (a new appeal shows within two seconds, and a reload of the
// queue never touches a form being typed); the search by number, phone, e-mail, ID, name or words;
// the appeal opened beside them (case-view.js) with the actions its state allows: route, redirect,
// hand over, close. Every action carries the ETag it was read with; a change by someone else is
// said plainly and loses nothing typed.
import { api, ApiError } from './api.js';
import { actOn, caseView, readCase } from './case-view.js';
import { cell, fillParts, markCurrent, numberCell, sessionGuard } from './desk-parts.js';
import * as i18n from './i18n.js';
import * as keys from './keys.js';

export const TITLE = 'dispatcher.title';

export function open(main, { onSessionEnded }) {
  main.replaceChildren(document.getElementById('dispatcher-view').content.cloneNode(true));
  fillParts(main);
  i18n.translate(main);
  const queue = main.querySelector('#queue tbody');
  const queueTotal = main.querySelector('#queue-total');
  const search = main.querySelector('#search');
  const found = main.querySelector('#found');
  const foundList = main.querySelector('#found-list tbody');
  const foundTotal = main.querySelector('#found-total');
  const panel = main.querySelector('#case');
  const view = caseView(panel.querySelector('.case-view'), { onSessionEnded });
  const actionError = main.querySelector('#action-error');
  const actionStatus = main.querySelector('#action-status');
  const reload = main.querySelector('#reload-case');
  const forms = {
    route: main.querySelector('#route-form'), redirect: main.querySelector('#redirect-form'),
    assign: main.querySelector('#assign-form'), close: main.querySelector('#close-form'),
  };
  const live = new AbortController();
  let queued = [];
  let foundItems = [];
  let current = null; // {appeal, etag}
  let bodies = [];

  const failed = sessionGuard(onSessionEnded, () => live.abort());

  function why(a) {
    if (a.escalation) return i18n.t(`escalation.${a.escalation}`);
    return a.kind === 'COMPLAINT' ? i18n.t('dispatcher.noBodyComplaint') : i18n.t('dispatcher.noBody');
  }

  function queueRow(a) {
    const tr = document.createElement('tr');
    tr.append(numberCell(a.registrationNumber, openCase), cell(i18n.dateTime(a.receivedAt), 'number'), cell(a.category?.name), cell(why(a)));
    if (current?.appeal.registrationNumber === a.registrationNumber) tr.setAttribute('aria-current', 'true');
    return tr;
  }

  function foundRow(a) {
    const tr = document.createElement('tr');
    tr.append(numberCell(a.registrationNumber, openCase), cell(i18n.dateTime(a.receivedAt), 'number'), cell(a.category?.name),
      cell(i18n.t(`status.${a.status}`)));
    return tr;
  }

  async function loadQueue() {
    try {
      const page = (await api.get('appeals/queue?size=200')).body;
      queued = page.items;
      queueTotal.textContent = i18n.t('dispatcher.waiting', { count: i18n.number(page.total) });
      queue.replaceChildren(...queued.map(queueRow));
    } catch (failure) {
      if (!failed(failure)) queueTotal.textContent = i18n.t('problem.other', { detail: failure.message });
    }
  }

  /** Reloads the queue when the API says it changed: the table only, never a form. */
  let pending = null;
  function queueChanged() {
    clearTimeout(pending);
    pending = setTimeout(loadQueue, 100);
  }

  async function find() {
    const q = search.q.value.trim();
    search.querySelector('#q-error').textContent = '';
    if (q.length < 2) {
      search.querySelector('#q-error').textContent = i18n.t('dispatcher.searchShort');
      search.q.focus();
      return;
    }
    const status = search.status.value ? `&status=${search.status.value}` : '';
    try {
      const page = (await api.get(`appeals?size=50&q=${encodeURIComponent(q)}${status}`)).body;
      foundItems = page.items;
      found.hidden = false;
      foundTotal.textContent = page.total ? i18n.t('dispatcher.foundCount', { count: i18n.number(page.total) })
        : i18n.t('dispatcher.nothingFound');
      foundList.replaceChildren(...foundItems.map(foundRow));
      foundList.querySelector('button')?.focus();
    } catch (failure) {
      if (failed(failure)) return;
      const refusal = failure instanceof ApiError && failure.errors[0];
      search.querySelector('#q-error').textContent = refusal ? i18n.problemMessage(refusal)
        : i18n.t('problem.other', { detail: failure.message });
    }
  }

  async function openCase(number, { keepTyped = false } = {}) {
    const read = await readCase(number, current, { view, forms, keepTyped, error: actionError, status: actionStatus,
      reload, failed });
    if (!read) return;
    current = read;
    const a = current.appeal;
    const open = a.status === 'REGISTERED' || a.status === 'ASSIGNED';
    forms.route.hidden = !(open && !a.body);
    forms.redirect.hidden = !(open && a.body);
    forms.assign.hidden = !(open && a.body);
    forms.close.hidden = a.status !== 'ANSWERED';
    markCurrent(queue, number);
    panel.hidden = false;
    if (!keepTyped) panel.focus();
  }

  function fillBodies() {
    for (const select of [forms.route.body, forms.redirect.toBody]) {
      const chosen = select.value;
      select.replaceChildren(...bodies.map((b) => Object.assign(document.createElement('option'),
        { value: b.code, textContent: i18n.nameIn(i18n.current(), b) })));
      if (chosen) select.value = chosen;
    }
  }

  function act(form, path, body, prefix) {
    return actOn(current, form, path, body, { error: actionError, status: actionStatus, reload, prefix, failed,
      after: async (number) => {
        await openCase(number, { keepTyped: true });
        loadQueue();
      } });
  }

  function onSubmit(form, handler) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (current) handler();
    });
  }

  onSubmit(forms.route, () => act(forms.route, 'routing',
    { body: forms.route.body.value, reason: forms.route.reason.value.trim() }, 'route'));
  onSubmit(forms.redirect, () => act(forms.redirect, 'redirections',
    { toBody: forms.redirect.toBody.value, reason: forms.redirect.reason.value.trim() }, 'redirect'));
  onSubmit(forms.assign, () => act(forms.assign, 'assignment', { assignee: forms.assign.assignee.value.trim() }, 'assign'));
  onSubmit(forms.close, () => act(forms.close, 'closure', undefined, 'close'));
  search.addEventListener('submit', (event) => {
    event.preventDefault();
    find();
  });
  /** Reads the appeal again as it is now; what was typed in the forms stays. */
  reload.addEventListener('click', () => openCase(current.appeal.registrationNumber, { keepTyped: true }));

  keys.bind('Alt+F', 'dispatcher.toSearch', () => search.q.focus());
  keys.bind('Alt+1', 'dispatcher.toQueue', () => queue.querySelector('button')?.focus());
  keys.bind('Alt+N', 'dispatcher.next', () => {
    const next = queued.find((a) => a.registrationNumber !== current?.appeal.registrationNumber);
    if (next) openCase(next.registrationNumber);
  });
  keys.bind('Ctrl+Enter', 'dispatcher.doRoute', () => {
    const visible = [forms.route, forms.redirect, forms.assign, forms.close].find((f) => !f.hidden && f.contains(document.activeElement));
    visible?.requestSubmit();
  });

  api.get('reference/bodies').then((answer) => { bodies = answer.body; fillBodies(); }).catch(failed);
  loadQueue().then(() => queue.querySelector('button')?.focus());
  api.listen('appeals/queue/events', (name) => { if (name === 'changed') queueChanged(); }, live.signal)
    .catch((failure) => failed(failure));

  return {
    title: TITLE,
    translate: () => {
      i18n.translate(main);
      view.translate();
      fillBodies();
      loadQueue();
      if (foundItems.length) find();
      if (current) openCase(current.appeal.registrationNumber, { keepTyped: true });
    },
    close: () => {
      live.abort();
      view.close();
    },
  };
}
