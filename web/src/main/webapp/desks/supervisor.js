// The supervisor's desk: the watchlists side by side with how many each holds (overdue, due soon,
// forwarding overdue, redirected, escalated, reconsiderations, failed messages, surges), per body;
// an appeal opened from a list (case-view.js) with what a supervisor decides on it: extend the term
// once, reopen an answer that is not enough, close after the control check; and who read its
// personal data. Every action carries the ETag the appeal was read with.
import { api } from './api.js';
import { actOn, caseView, readCase } from './case-view.js';
import { cell, headerRow, markCurrent, numberCell, sessionGuard } from './desk-parts.js';
import * as i18n from './i18n.js';
import * as keys from './keys.js';

export const TITLE = 'supervisor.title';
const PAGE = 50;

/** An appeal's columns; the body's only while the list shows every body. */
function appealColumns(allBodies) {
  return ['receipt.number', 'field.category', ...(allBodies ? ['dispatcher.body'] : []), 'official.due', 'official.status',
    'supervisor.note'];
}

/** The watchlists, in the order a supervisor goes through them; {@code rows} says what a list holds. */
const LISTS = [
  { id: 'overdue', path: 'control/overdue', rows: 'appeals' },
  { id: 'dueSoon', path: 'control/due-soon', rows: 'appeals' },
  { id: 'forwardingOverdue', path: 'control/forwarding-overdue', rows: 'appeals' },
  { id: 'redirected', path: 'control/redirected', rows: 'appeals' },
  { id: 'escalated', path: 'control/escalated', rows: 'appeals' },
  { id: 'reconsiderations', path: 'control/escalated?reason=RECONSIDERATION', rows: 'appeals' },
  { id: 'failedNotifications', path: 'control/failed-notifications', rows: 'notifications' },
  { id: 'surges', path: 'control/surges', rows: 'surges' },
];

export function open(main, { onSessionEnded }) {
  main.replaceChildren(document.getElementById('supervisor-view').content.cloneNode(true));
  i18n.translate(main);
  const tabs = main.querySelector('#lists');
  const bodyFilter = main.querySelector('#list-body');
  const title = main.querySelector('#list-title');
  const total = main.querySelector('#list-total');
  const table = main.querySelector('#watchlist');
  const rows = table.querySelector('tbody');
  const previous = main.querySelector('#previous-page');
  const following = main.querySelector('#next-page');
  const panel = main.querySelector('#case');
  const view = caseView(panel.querySelector('.case-view'), { onSessionEnded });
  const actionError = main.querySelector('#action-error');
  const actionStatus = main.querySelector('#action-status');
  const reload = main.querySelector('#reload-case');
  const termNotice = main.querySelector('#term-notice');
  const accessLog = main.querySelector('#access-log-box');
  const forms = {
    extend: main.querySelector('#extend-form'), reopen: main.querySelector('#reopen-form'),
    close: main.querySelector('#close-form'),
  };
  const failed = sessionGuard(onSessionEnded);
  let list = LISTS[0];
  let page = 0;
  let shown = [];
  let current = null; // {appeal, etag}
  let bodies = [];

  function pathOf(l, size, at) {
    const path = l.rows === 'appeals' && bodyFilter.value
      ? `${l.path}${l.path.includes('?') ? '&' : '?'}body=${encodeURIComponent(bodyFilter.value)}` : l.path;
    return `${path}${path.includes('?') ? '&' : '?'}size=${size}&page=${at}`;
  }

  function fillTabs() {
    tabs.replaceChildren(...LISTS.map((l) => {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.id = `list-${l.id}`;
      button.setAttribute('aria-pressed', String(l === list));
      button.append(Object.assign(document.createElement('span'), { textContent: i18n.t(`supervisor.list.${l.id}`) }),
        Object.assign(document.createElement('span'), { className: 'count' }));
      button.addEventListener('click', () => choose(l));
      li.append(button);
      return li;
    }));
  }

  /** How many each list holds, beside its name: one small read per list. */
  async function count() {
    await Promise.all(LISTS.map(async (l) => {
      const slot = tabs.querySelector(`#list-${l.id} .count`);
      try {
        const found = (await api.get(pathOf(l, 1, 0))).body;
        slot.textContent = i18n.number(found.total);
        slot.closest('button').classList.toggle('alarm', found.total > 0 && l.id !== 'dueSoon');
      } catch (failure) {
        if (!failed(failure)) slot.textContent = '?';
      }
    }));
  }

  function choose(l) {
    list = l;
    page = 0;
    tabs.querySelectorAll('button').forEach((b) => b.setAttribute('aria-pressed', String(b.id === `list-${l.id}`)));
    load();
  }

  async function load() {
    title.textContent = i18n.t(`supervisor.list.${list.id}`);
    let found;
    try {
      found = (await api.get(pathOf(list, PAGE, page))).body;
    } catch (failure) {
      if (!failed(failure)) total.textContent = i18n.t('problem.other', { detail: failure.message });
      return;
    }
    shown = found.items;
    const last = Math.max(0, Math.ceil(found.total / PAGE) - 1);
    total.textContent = found.total
      ? i18n.t('supervisor.shown', { from: i18n.number(page * PAGE + 1), to: i18n.number(page * PAGE + shown.length),
        count: i18n.number(found.total) })
      : i18n.t('supervisor.empty');
    previous.disabled = page === 0;
    following.disabled = page >= last;
    const render = { appeals: appealRow, notifications: notificationRow, surges: surgeRow }[list.rows];
    const columns = {
      appeals: appealColumns(!bodyFilter.value),
      notifications: ['receipt.number', 'supervisor.event', 'supervisor.medium', 'supervisor.attempts', 'supervisor.lastError', 'supervisor.since'],
      surges: ['field.category', 'field.region', 'supervisor.raisedAt', 'supervisor.lastDay', 'supervisor.usualDay', 'supervisor.cleared'],
    }[list.rows];
    table.tHead.replaceChildren(headerRow(i18n.t, columns));
    rows.replaceChildren(...shown.map(render));
    if (current) markCurrent(rows, current.appeal.registrationNumber);
  }

  function note(a) {
    if (a.escalation) return i18n.t(`escalation.${a.escalation}`);
    if (a.redirections) return i18n.t('supervisor.redirections', { count: i18n.number(a.redirections) });
    return a.body ? '' : i18n.t('dispatcher.noBody');
  }

  function appealRow(a) {
    const tr = document.createElement('tr');
    tr.append(numberCell(a.registrationNumber, (number) => openCase(number, { overdue: list.id === 'overdue' })), cell(a.category?.name));
    if (!bodyFilter.value) tr.append(cell(a.body?.name ?? '—'));
    tr.append(cell(i18n.shortDate(a.dueAt), 'number'), cell(i18n.t(`status.${a.status}`)), cell(note(a)));
    return tr;
  }

  function notificationRow(n) {
    const tr = document.createElement('tr');
    tr.append(numberCell(n.registrationNumber, openCase), cell(i18n.t(`notificationEvent.${n.event}`)),
      cell(i18n.t(`medium.${n.medium}`)), cell(i18n.number(n.attempts), 'number'), cell(n.lastError),
      cell(i18n.dateTime(n.createdAt), 'number'));
    return tr;
  }

  function surgeRow(s) {
    const tr = document.createElement('tr');
    const subject = document.createElement('th');
    subject.scope = 'row';
    subject.textContent = s.category?.name ?? '';
    tr.append(subject, cell(s.region?.name), cell(i18n.dateTime(s.raisedAt), 'number'),
      cell(i18n.number(s.appealsLastDay), 'number'), cell(i18n.number(Number(s.usualDay)), 'number'),
      cell(s.clearedAt ? i18n.dateTime(s.clearedAt) : i18n.t('supervisor.stillOpen'), 'number'));
    return tr;
  }

  /** {@code overdue}: opened from the overdue list, which the server counts on its own clock. */
  async function openCase(number, { keepTyped = false, overdue = false } = {}) {
    const read = await readCase(number, current, { view, forms, keepTyped, error: actionError, status: actionStatus,
      reload, failed });
    if (!read) return;
    current = read;
    const a = current.appeal;
    const open = a.status === 'REGISTERED' || a.status === 'ASSIGNED';
    const ended = overdue || (a.dueAt && new Date(a.dueAt) < new Date());
    forms.extend.hidden = !(open && !a.extension && !ended);
    forms.reopen.hidden = !(a.status === 'ANSWERED' || a.status === 'CLOSED');
    forms.close.hidden = a.status !== 'ANSWERED';
    termNotice.hidden = !(open && (a.extension || ended));
    termNotice.textContent = a.extension
      ? i18n.t('supervisor.extendedAlready', { days: i18n.number(a.extension.days), reason: a.extension.reason })
      : ended ? i18n.t('supervisor.termEnded', { date: i18n.date(a.dueAt) }) : '';
    accessLog.open = false;
    accessLog.querySelector('tbody').replaceChildren();
    markCurrent(rows, number);
    panel.hidden = false;
    if (!keepTyped) panel.focus();
  }

  async function loadAccessLog() {
    if (!current || !accessLog.open) return;
    try {
      const entries = (await api.get(`appeals/${encodeURIComponent(current.appeal.registrationNumber)}/access-log`)).body;
      accessLog.querySelector('tbody').replaceChildren(...entries.map((e) => {
        const tr = document.createElement('tr');
        tr.append(cell(i18n.dateTime(e.at), 'number'), cell(e.reader), cell(e.readerBody), cell(e.what), cell(e.address));
        return tr;
      }));
    } catch (failure) {
      if (!failed(failure)) actionError.textContent = i18n.t('problem.other', { detail: failure.message });
    }
  }

  function act(form, path, body, prefix) {
    return actOn(current, form, path, body, { error: actionError, status: actionStatus, reload, prefix, failed,
      after: async (number) => {
        await openCase(number, { keepTyped: true });
        load();
        count();
      } });
  }

  function onSubmit(form, handler) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (current) handler();
    });
  }

  onSubmit(forms.extend, () => {
    const days = forms.extend.days.value.trim();
    act(forms.extend, 'extensions', { days: days === '' ? null : Number(days), reason: forms.extend.reason.value.trim() }, 'extend');
  });
  onSubmit(forms.reopen, () => act(forms.reopen, 'reopening', { reason: forms.reopen.reason.value.trim() }, 'reopen'));
  onSubmit(forms.close, () => act(forms.close, 'closure', undefined, 'close'));
  reload.addEventListener('click', () => openCase(current.appeal.registrationNumber, { keepTyped: true }));
  accessLog.addEventListener('toggle', loadAccessLog);
  bodyFilter.addEventListener('change', () => {
    page = 0;
    load();
    count();
  });
  previous.addEventListener('click', () => { page = Math.max(0, page - 1); load(); });
  following.addEventListener('click', () => { page += 1; load(); });

  keys.bind('Alt+1', 'supervisor.toList', () => rows.querySelector('button')?.focus());
  keys.bind('Alt+N', 'supervisor.next', () => {
    const numbers = shown.map((i) => i.registrationNumber).filter(Boolean);
    const next = numbers[numbers.indexOf(current?.appeal.registrationNumber) + 1] ?? numbers[0];
    if (next) openCase(next);
  });
  keys.bind('Ctrl+Enter', 'supervisor.submit', () => {
    Object.values(forms).find((f) => !f.hidden && f.contains(document.activeElement))?.requestSubmit();
  });

  function fillBodies() {
    const chosen = bodyFilter.value;
    bodyFilter.replaceChildren(bodyFilter.options[0], ...bodies.map((b) => Object.assign(document.createElement('option'),
      { value: b.code, textContent: i18n.nameIn(i18n.current(), b) })));
    bodyFilter.value = chosen;
  }

  fillTabs();
  api.get('reference/bodies').then((answer) => { bodies = answer.body; fillBodies(); }).catch(failed);
  count();
  load().then(() => tabs.querySelector('button')?.focus());

  return {
    title: TITLE,
    translate: () => {
      i18n.translate(main);
      view.translate();
      fillTabs();
      fillBodies();
      count();
      load();
      if (current) openCase(current.appeal.registrationNumber, { keepTyped: true });
    },
    close: () => view.close(),
  };
}
