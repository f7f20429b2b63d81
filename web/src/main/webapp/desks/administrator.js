// The administrator's desk, one section at a time: the working-day calendar of a year as twelve
// month grids (a weekday chosen becomes a day off, a weekend day a working day), checked against
// the open appeals before it is saved; the Open311 keys (a new key shown once); the dead letters,
// with what was sent, and their replay, and what the broker itself gave up on; erasures with their
// reason; what intake holds.
import { api, ApiError } from './api.js';
import { showRefusal } from './case-view.js';
import { cell, clearErrors, sessionGuard } from './desk-parts.js';
import * as i18n from './i18n.js';
import * as keys from './keys.js';

export const TITLE = 'admin.title';

export function open(main, { onSessionEnded }) {
  main.replaceChildren(document.getElementById('administrator-view').content.cloneNode(true));
  i18n.translate(main);
  const failed = sessionGuard(onSessionEnded);
  const tabs = [...main.querySelectorAll('#admin-tabs button')];
  const sections = {};
  const confirmDialog = main.querySelector('#admin-confirm');

  /** The answer to "are you sure?" for what cannot be undone, in a native dialog. */
  function confirmed(title, text, yes) {
    confirmDialog.querySelector('#admin-confirm-title').textContent = title;
    confirmDialog.querySelector('#admin-confirm-text').textContent = text;
    confirmDialog.querySelector('#admin-confirm-yes').textContent = yes;
    confirmDialog.returnValue = '';
    confirmDialog.showModal();
    return new Promise((resolve) => confirmDialog.addEventListener('close',
      () => resolve(confirmDialog.returnValue === 'yes'), { once: true }));
  }

  function say(slot, failure) {
    if (failed(failure)) return;
    slot.textContent = i18n.t('problem.other', { detail: failure.problem?.detail || failure.message });
  }

  /** Field errors under their fields ({@code prefix}-field-error), the rest in {@code error}. */
  function refused(form, error, failure, prefix) {
    if (!failed(failure)) showRefusal(failure, { form, error, slotOf: (field) => `${prefix}-${field}-error` });
  }

  function show(name) {
    tabs.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.section === name)));
    main.querySelectorAll('.admin-section').forEach((s) => { s.hidden = s.id !== `section-${name}`; });
    sections[name].load();
  }
  tabs.forEach((b) => b.addEventListener('click', () => show(b.dataset.section)));

  sections.calendar = calendarSection(main.querySelector('#section-calendar'), { refused, say });
  sections.keys = keysSection(main.querySelector('#section-keys'), { refused, say, confirmed });
  sections.deadLetters = deadLettersSection(main.querySelector('#section-deadLetters'), { say });
  sections.erasures = erasuresSection(main.querySelector('#section-erasures'), { refused, say, confirmed });
  sections.intake = intakeSection(main.querySelector('#section-intake'), { say });

  tabs.forEach((b, i) => keys.bind(`Alt+${i + 1}`, `admin.to.${b.dataset.section}`, () => { show(b.dataset.section); b.focus(); }));
  show('calendar');

  return {
    title: TITLE,
    translate: () => {
      i18n.translate(main);
      Object.values(sections).forEach((s) => s.translate());
    },
    close: () => {},
  };
}

/** ISO date of a day of the office's calendar. */
function iso(year, month, day) {
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function weekend(date) {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 || d === 6;
}

function calendarSection(section, { refused, say }) {
  const yearPick = section.querySelector('#calendar-year');
  const state = section.querySelector('#calendar-state');
  const months = section.querySelector('#months');
  const form = section.querySelector('#calendar-form');
  const marked = section.querySelector('#marked-days tbody');
  const error = section.querySelector('#calendar-error');
  const status = section.querySelector('#calendar-status');
  const report = section.querySelector('#calendar-report');
  let jurisdiction = null;
  let year = null;
  let saved = null; // the year as the server has it, or null
  let days = new Map(); // date -> {name, workingDay}: the year being edited

  async function load() {
    if (jurisdiction) return;
    try {
      const known = (await api.get('admin/calendars')).body;
      jurisdiction = known.jurisdiction;
      const thisYear = new Date().getFullYear();
      const years = [...new Set([...known.years.map((y) => y.year), thisYear, thisYear + 1])].sort();
      yearPick.replaceChildren(...years.map((y) => Object.assign(document.createElement('option'), { value: y, textContent: y })));
      yearPick.value = String(thisYear + 1); // the year an administrator prepares is the coming one
      await read(thisYear + 1);
    } catch (failure) {
      say(state, failure);
    }
  }

  async function read(y) {
    year = y;
    report.hidden = true;
    clearErrors(form, error);
    status.textContent = '';
    try {
      saved = (await api.get(`admin/calendars/${jurisdiction}/${year}`)).body;
    } catch (failure) {
      if (!(failure instanceof ApiError && failure.status === 404)) {
        say(state, failure);
        return;
      }
      saved = null;
    }
    days = new Map((saved?.days ?? []).map((d) => [d.date, { name: d.name, workingDay: d.workingDay }]));
    form.source.value = saved?.source ?? '';
    form.provisional.checked = saved?.provisional ?? true;
    describe();
    draw();
  }

  function describe() {
    state.textContent = saved
      ? i18n.t(saved.provisional ? 'admin.stateProvisional' : 'admin.stateFinal', { jurisdiction, year,
        by: saved.updatedBy ?? '—', at: saved.updatedAt ? i18n.dateTime(saved.updatedAt) : '—' })
      : i18n.t('admin.stateNone', { jurisdiction, year });
  }

  function kindOf(date) {
    const day = days.get(date);
    if (!day) return weekend(date) ? 'weekend' : 'working';
    return day.workingDay ? 'workingWeekend' : 'dayOff';
  }

  function draw() {
    const names = i18n.weekdayNames();
    months.replaceChildren(...[...Array(12).keys()].map((m) => {
      const table = document.createElement('table');
      table.className = 'month';
      table.append(Object.assign(document.createElement('caption'), { textContent: i18n.monthName(m) }));
      const head = document.createElement('thead');
      const headRow = document.createElement('tr');
      headRow.append(...names.map((n) => Object.assign(document.createElement('th'), { scope: 'col', textContent: n })));
      head.append(headRow);
      const body = document.createElement('tbody');
      const first = (new Date(Date.UTC(year, m, 1)).getUTCDay() + 6) % 7; // Monday first
      const length = new Date(Date.UTC(year, m + 1, 0)).getUTCDate();
      let row = document.createElement('tr');
      for (let i = 0; i < first; i++) row.append(document.createElement('td'));
      for (let d = 1; d <= length; d++) {
        if (row.children.length === 7) {
          body.append(row);
          row = document.createElement('tr');
        }
        const date = iso(year, m, d);
        const td = document.createElement('td');
        const button = document.createElement('button');
        button.type = 'button';
        button.dataset.date = date;
        button.textContent = d;
        paint(button);
        button.addEventListener('click', () => toggle(date));
        td.append(button);
        row.append(td);
      }
      while (row.children.length < 7) row.append(document.createElement('td'));
      body.append(row);
      table.append(head, body);
      return table;
    }));
    listMarked();
  }

  function paint(button) {
    const date = button.dataset.date;
    const kind = kindOf(date);
    button.className = `day ${kind}`;
    button.setAttribute('aria-pressed', String(days.has(date)));
    button.setAttribute('aria-label', `${i18n.dateIn(i18n.current(), date)}: ${i18n.t(`admin.day.${kind}`)}`
      + (days.get(date)?.name ? ` (${days.get(date).name})` : ''));
  }

  function toggle(date) {
    if (days.has(date)) {
      days.delete(date);
    } else {
      const workingDay = weekend(date);
      days.set(date, { name: '', workingDay });
    }
    paint(months.querySelector(`[data-date="${date}"]`));
    listMarked();
    report.hidden = true;
    months.querySelector(`[data-date="${date}"]`).focus();
  }

  function listMarked() {
    marked.replaceChildren(...[...days.keys()].sort().map((date) => {
      const day = days.get(date);
      const tr = document.createElement('tr');
      const head = Object.assign(document.createElement('th'), { scope: 'row', textContent: i18n.date(date) });
      const name = Object.assign(document.createElement('input'), { value: day.name, maxLength: 200, autocomplete: 'off' });
      name.setAttribute('aria-label', i18n.t('admin.nameOf', { date: i18n.date(date) }));
      name.dataset.date = date;
      name.addEventListener('input', () => { day.name = name.value; });
      const unmark = Object.assign(document.createElement('button'), { type: 'button', className: 'quiet',
        textContent: i18n.t('admin.unmark') });
      unmark.setAttribute('aria-label', i18n.t('admin.unmarkDay', { date: i18n.date(date) }));
      unmark.addEventListener('click', () => toggle(date));
      const nameCell = document.createElement('td');
      nameCell.append(name);
      const unmarkCell = document.createElement('td');
      unmarkCell.append(unmark);
      tr.append(head, cell(i18n.t(`admin.day.${day.workingDay ? 'workingWeekend' : 'dayOff'}`)), nameCell, unmarkCell);
      return tr;
    }));
  }

  function request() {
    return { source: form.source.value.trim(), provisional: form.provisional.checked,
      days: [...days.entries()].sort().map(([date, d]) => ({ date, name: d.name.trim(), workingDay: d.workingDay })) };
  }

  function showReport(answer, savedNow) {
    const differences = answer.openAppealsWithAnotherDueDate;
    report.hidden = false;
    section.querySelector('#report-total').textContent = (savedNow ? `${i18n.t('admin.saved')} ` : '')
      + (differences.length ? i18n.t('admin.reportCount', { count: i18n.number(differences.length) }) : i18n.t('admin.reportNone'));
    section.querySelector('#report tbody').replaceChildren(...differences.map((d) => {
      const tr = document.createElement('tr');
      tr.append(Object.assign(document.createElement('th'), { scope: 'row', textContent: d.registrationNumber }),
        cell(i18n.date(d.dueAt), 'number'), cell(i18n.date(d.dueUnderNewCalendar), 'number'));
      return tr;
    }));
  }

  async function send(preview) {
    clearErrors(form, error);
    status.textContent = i18n.t('official.sending');
    try {
      const path = `admin/calendars/${jurisdiction}/${year}`;
      const answer = (preview ? await api.post(`${path}/preview`, request()) : await api.put(path, request())).body;
      status.textContent = '';
      if (!preview) {
        saved = answer.calendar;
        describe();
      }
      showReport(answer, !preview);
      section.querySelector('#report-title').focus();
    } catch (failure) {
      status.textContent = '';
      if (failure instanceof ApiError && failure.errors.length) {
        for (const refusal of failure.errors) {
          const at = /^days\[(\d+)\]/.exec(refusal.field);
          const date = at ? request().days[Number(at[1])]?.date : null;
          if (refusal.field === 'source') form.querySelector('#source-error').textContent = i18n.problemMessage(refusal);
          else form.querySelector('#days-error').textContent += `${date ? i18n.date(date) : refusal.field}: ${i18n.problemMessage(refusal)} `;
        }
        const nameless = [...marked.querySelectorAll('input')].find((input) => !input.value.trim());
        (nameless ?? form.source).focus();
      } else {
        refused(form, error, failure, 'calendar');
      }
    }
  }

  yearPick.addEventListener('change', () => read(Number(yearPick.value)));
  section.querySelector('#calendar-preview').addEventListener('click', () => send(true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    send(false);
  });

  return {
    load,
    translate: () => { if (year) { describe(); draw(); } },
  };
}

function keysSection(section, { refused, say, confirmed }) {
  const form = section.querySelector('#key-form');
  const error = section.querySelector('#key-error');
  const list = section.querySelector('#keys tbody');
  const issued = section.querySelector('#new-key');

  async function load() {
    try {
      const page = (await api.get('admin/open311-keys?size=200')).body;
      list.replaceChildren(...page.items.map(row));
    } catch (failure) {
      say(error, failure);
    }
  }

  function row(k) {
    const tr = document.createElement('tr');
    tr.append(Object.assign(document.createElement('th'), { scope: 'row', textContent: k.client }),
      cell(`${k.keyPrefix}…`, 'code'), cell(i18n.number(k.requestsPerMinute), 'number'),
      cell(`${i18n.dateTime(k.issuedAt)} · ${k.issuedBy}`), cell(k.revokedAt ? `${i18n.dateTime(k.revokedAt)} · ${k.revokedBy}` : ''));
    const action = document.createElement('td');
    if (k.active) {
      const revoke = Object.assign(document.createElement('button'), { type: 'button', textContent: i18n.t('admin.revoke') });
      revoke.setAttribute('aria-label', i18n.t('admin.revokeKey', { client: k.client }));
      revoke.addEventListener('click', async () => {
        if (!await confirmed(i18n.t('admin.revokeSure', { client: k.client }), i18n.t('admin.revokeEffect'), i18n.t('admin.revoke'))) return;
        try {
          await api.delete(`admin/open311-keys/${k.id}`);
          load();
        } catch (failure) {
          say(error, failure);
        }
      });
      action.append(revoke);
    }
    tr.append(action);
    return tr;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form, error);
    issued.hidden = true;
    const rate = form.requestsPerMinute.value.trim();
    try {
      const answer = (await api.post('admin/open311-keys', { client: form.client.value.trim(),
        requestsPerMinute: rate === '' ? undefined : Number(rate) })).body;
      section.querySelector('#new-key-value').textContent = answer.apiKey;
      issued.hidden = false;
      form.reset();
      load();
    } catch (failure) {
      refused(form, error, failure, 'key');
    }
  });

  return { load, translate: load };
}

function deadLettersSection(section, { say }) {
  const status = section.querySelector('#dead-status');
  const total = section.querySelector('#dead-total');
  const list = section.querySelector('#dead-letters tbody');

  async function load() {
    try {
      const page = (await api.get(`admin/dead-letters?status=${status.value}&size=200`)).body;
      total.textContent = page.total ? i18n.t('admin.deadCount', { count: i18n.number(page.total) }) : i18n.t('admin.deadNone');
      list.replaceChildren(...page.items.map(row));
    } catch (failure) {
      say(total, failure);
    }
    loadBroker();
  }

  /** What the broker itself gave up on: read only, to be taken up on the broker. */
  async function loadBroker() {
    const brokerTotal = section.querySelector('#broker-dead-total');
    try {
      const left = (await api.get('admin/broker-dead-letters')).body;
      brokerTotal.textContent = !left.available ? i18n.t('admin.brokerDeadUnavailable')
        : left.count ? i18n.t('admin.deadCount', { count: i18n.number(left.count) }) : i18n.t('admin.deadNone');
      section.querySelector('#broker-dead-letters tbody').replaceChildren(...left.items.map((m) => {
        const tr = document.createElement('tr');
        const text = document.createElement('details');
        text.append(Object.assign(document.createElement('summary'), { textContent: i18n.t('admin.showPayload') }),
          Object.assign(document.createElement('pre'), { textContent: pretty(m.text) }));
        const textCell = document.createElement('td');
        textCell.append(text);
        tr.append(Object.assign(document.createElement('th'), { scope: 'row', textContent: i18n.dateTime(m.at) }),
          cell(m.from), cell(m.deliveries === null ? '' : i18n.number(m.deliveries), 'number'), textCell);
        return tr;
      }));
    } catch (failure) {
      say(brokerTotal, failure);
    }
  }

  function row(d) {
    const tr = document.createElement('tr');
    const payload = document.createElement('details');
    payload.append(Object.assign(document.createElement('summary'), { textContent: i18n.t('admin.showPayload') }),
      Object.assign(document.createElement('pre'), { textContent: pretty(d.payload) }));
    const payloadCell = document.createElement('td');
    payloadCell.append(payload);
    const action = document.createElement('td');
    if (d.status === 'DEAD') {
      const replay = Object.assign(document.createElement('button'), { type: 'button', textContent: i18n.t('admin.replay') });
      replay.setAttribute('aria-label', i18n.t('admin.replayReceipt', { receipt: d.receiptId }));
      replay.addEventListener('click', async () => {
        replay.disabled = true;
        try {
          await api.post(`admin/dead-letters/${d.id}/replay`);
          total.textContent = i18n.t('admin.replayedNow', { receipt: d.receiptId });
          load();
        } catch (failure) {
          replay.disabled = false;
          say(total, failure);
        }
      });
      action.append(replay);
    } else {
      action.textContent = `${i18n.dateTime(d.replayedAt)} · ${d.replayedBy ?? ''}`;
    }
    tr.append(Object.assign(document.createElement('th'), { scope: 'row', className: 'code', textContent: d.receiptId }),
      cell(i18n.dateTime(d.deadAt), 'number'), cell(d.error), payloadCell, action);
    return tr;
  }

  status.addEventListener('change', load);
  return { load, translate: load };
}

/** The payload as sent, indented when it is JSON. */
function pretty(payload) {
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload ?? '';
  }
}

function erasuresSection(section, { refused, say, confirmed }) {
  const form = section.querySelector('#erasure-form');
  const error = section.querySelector('#erasure-error');
  const list = section.querySelector('#erasures tbody');

  async function load() {
    try {
      const page = (await api.get('admin/erasures?size=100')).body;
      list.replaceChildren(...page.items.map((e) => {
        const tr = document.createElement('tr');
        tr.append(Object.assign(document.createElement('th'), { scope: 'row', textContent: i18n.dateTime(e.at) }),
          cell(e.erasedBy), cell(e.reason), cell(e.registrationNumbers.join(', ')), cell(i18n.number(e.submissionsWithoutAppeal), 'number'));
        return tr;
      }));
    } catch (failure) {
      say(error, failure);
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form, error);
    section.querySelector('#erasure-status').textContent = '';
    const number = form.registrationNumber.value.trim();
    const reason = form.reason.value.trim();
    if (!number || !reason) {
      if (!number) form.querySelector('#erasure-registrationNumber-error').textContent = i18n.t('rule.required');
      if (!reason) form.querySelector('#erasure-reason-error').textContent = i18n.t('rule.required');
      (number ? form.reason : form.registrationNumber).focus();
      return;
    }
    if (!await confirmed(i18n.t('admin.eraseSure'), i18n.t('admin.eraseWhat', { number, reason }), i18n.t('admin.eraseNow'))) return;
    try {
      const done = (await api.post('admin/erasures', { registrationNumber: number, reason })).body;
      form.reset();
      section.querySelector('#erasure-status').textContent = i18n.t('admin.erased',
        { count: i18n.number(done.registrationNumbers.length), numbers: done.registrationNumbers.join(', ') });
      load();
    } catch (failure) {
      refused(form, error, failure, 'erasure');
    }
  });

  return { load, translate: load };
}

function intakeSection(section, { say }) {
  const years = section.querySelector('#intake-years tbody');

  async function load() {
    try {
      const now = (await api.get('admin/intake')).body;
      section.querySelector('#intake-queued').textContent = i18n.number(now.queued);
      section.querySelector('#intake-rejected').textContent = i18n.number(now.rejected);
      years.replaceChildren(...Object.entries(now.registeredByYear).map(([year, count]) => {
        const tr = document.createElement('tr');
        tr.append(Object.assign(document.createElement('th'), { scope: 'row', textContent: year }), cell(i18n.number(count), 'number'));
        return tr;
      }));
    } catch (failure) {
      say(section.querySelector('#intake-queued'), failure);
    }
  }

  section.querySelector('#intake-refresh').addEventListener('click', load);
  return { load, translate: load };
}
