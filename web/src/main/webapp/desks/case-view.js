// An appeal as the back office reads it, for any desk that opens one: its facts, the citizen's
// text and details, its files (PDF and images shown in the page, read with the desk's own
// credentials; anything else downloaded), the appeals it is linked to, its history, and what the
// citizen was sent.
import { api, ApiError } from './api.js';
import { clearErrors, sessionGuard } from './desk-parts.js';
import * as i18n from './i18n.js';

/** Shown in the page; anything else is downloaded. */
const VIEWABLE = /^(application\/pdf|image\/(png|jpeg|gif|webp))$/;

/** Puts the view into {@code slot} (an element of the desk's panel); answers the object that fills it. */
export function caseView(slot, { onSessionEnded }) {
  slot.replaceChildren(document.getElementById('case-view').content.cloneNode(true));
  i18n.translate(slot);
  const viewer = slot.querySelector('#file-view');
  const notifications = slot.querySelector('#case-notifications-box');
  let viewed = null; // the object URL of the file shown, revoked when another is shown
  let shown = null; // the registration number shown
  notifications.addEventListener('toggle', () => loadNotifications());

  const failed = sessionGuard(onSessionEnded);

  function fact(term, value) {
    const div = document.createElement('div');
    div.append(Object.assign(document.createElement('dt'), { textContent: term }),
      Object.assign(document.createElement('dd'), { textContent: value }));
    return div;
  }

  function show(a) {
    slot.querySelector('#case-title').textContent = i18n.t('official.caseTitle', { number: a.registrationNumber });
    const values = {
      category: a.category?.name, kind: i18n.t(`kind.${a.kind}`), received: i18n.dateTime(a.receivedAt),
      due: i18n.date(a.dueAt), status: i18n.t(`status.${a.status}`), language: a.language ? i18n.t(`citizenLanguage.${a.language}`) : i18n.t('field.none'),
      summary: a.summary,
    };
    slot.querySelectorAll('[data-case]').forEach((el) => { el.textContent = values[el.dataset.case] ?? ''; });
    const applicant = slot.querySelector('#case-applicant');
    const who = a.applicant || {};
    applicant.replaceChildren(...['fullName', 'phone', 'email', 'address', 'nationalId']
      .filter((f) => who[f]).map((f) => fact(i18n.t(`field.${f}`), who[f])));
    if (a.phoneCall?.callerNumber) applicant.append(fact(i18n.t('field.callerNumber'), a.phoneCall.callerNumber));
    if (a.anonymous || !who.fullName) applicant.prepend(fact(i18n.t('field.fullName'), i18n.t('official.anonymous')));
    const links = a.links || [];
    slot.querySelector('#case-links-box').hidden = !links.length;
    slot.querySelector('#case-links').replaceChildren(...links.map((l) => Object.assign(document.createElement('li'),
      { textContent: `${l.registrationNumber} · ${i18n.t(`link.${l.type}`)}` })));
    slot.querySelector('#case-history').replaceChildren(...(a.history || []).map((h) => Object.assign(
      document.createElement('li'), { textContent: `${i18n.dateTime(h.at)} · ${h.actor ?? ''} · ${i18n.t(`history.${h.action}`)}${h.detail ? ` · ${h.detail}` : ''}` })));
    loadFiles(a.registrationNumber);
    shown = a.registrationNumber;
    notifications.open = false;
    notifications.querySelector('tbody').replaceChildren();
  }

  /** Read when asked for: the recipients are personal data, and each read is logged. */
  async function loadNotifications() {
    if (!notifications.open || !shown) return;
    let sent;
    try {
      sent = (await api.get(`appeals/${encodeURIComponent(shown)}/notifications`)).body;
    } catch (failure) {
      failed(failure);
      return;
    }
    if (!sent.length) {
      const none = Object.assign(document.createElement('td'), { colSpan: 5, textContent: i18n.t('official.nothingSent') });
      const row = document.createElement('tr');
      row.append(none);
      notifications.querySelector('tbody').replaceChildren(row);
      return;
    }
    notifications.querySelector('tbody').replaceChildren(...sent.map((n) => {
      const tr = document.createElement('tr');
      const state = i18n.t(`notificationStatus.${n.status}`) + (n.lastError ? ` · ${n.lastError}` : '');
      tr.append(...[i18n.t(`notificationEvent.${n.event}`), i18n.t(`medium.${n.medium}`), n.recipient, state,
        i18n.dateTime(n.sentAt || n.createdAt)].map((v) => Object.assign(document.createElement('td'), { textContent: v ?? '' })));
      return tr;
    }));
  }

  async function loadFiles(number) {
    const files = slot.querySelector('#case-files');
    files.replaceChildren();
    viewer.replaceChildren();
    let found;
    try {
      found = (await api.get(`appeals/${encodeURIComponent(number)}/attachments`)).body;
    } catch (failure) {
      failed(failure);
      return;
    }
    if (!found.length) files.append(Object.assign(document.createElement('li'), { textContent: i18n.t('official.noFiles') }));
    for (const file of found) {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'link';
      button.textContent = `${file.fileName} (${i18n.number(Math.ceil(file.size / 1024))} KB)`;
      button.addEventListener('click', () => showFile(number, file));
      li.append(button);
      files.append(li);
    }
  }

  async function showFile(number, file) {
    let blob;
    try {
      blob = await api.blob(`appeals/${encodeURIComponent(number)}/attachments/${file.id}`);
    } catch (failure) {
      if (!failed(failure)) viewer.textContent = i18n.t('problem.other', { detail: failure.message });
      return;
    }
    if (viewed) URL.revokeObjectURL(viewed);
    viewed = URL.createObjectURL(new Blob([blob], { type: file.mediaType }));
    if (!VIEWABLE.test(file.mediaType)) {
      Object.assign(document.createElement('a'), { href: viewed, download: file.fileName }).click();
      return;
    }
    const view = file.mediaType === 'application/pdf'
      ? Object.assign(document.createElement('iframe'), { src: viewed, title: file.fileName })
      : Object.assign(document.createElement('img'), { src: viewed, alt: file.fileName });
    viewer.replaceChildren(view);
  }

  return {
    show,
    translate: () => i18n.translate(slot),
    close: () => { if (viewed) URL.revokeObjectURL(viewed); },
  };
}

/**
 * Says why the API refused an action: on an appeal ({@code reload} given), a change by someone else
 * meanwhile (409, 412) plainly, with the reload button offered and nothing typed touched; a field's
 * rule under the field ({@code slotOf(field)} finds its place); anything else in {@code error}.
 */
export function showRefusal(failure, { form, error, reload, slotOf }) {
  if (reload && failure instanceof ApiError && (failure.status === 409 || failure.status === 412)) {
    error.textContent = i18n.t('official.conflict');
    reload.hidden = false;
    reload.focus();
  } else if (failure instanceof ApiError && failure.errors.length) {
    for (const refusal of failure.errors) {
      const slot = form.querySelector(`[id="${slotOf(refusal.field)}"]`);
      if (slot) slot.textContent = i18n.problemMessage(refusal);
      else error.textContent += ` ${i18n.problemMessage(refusal)}`;
    }
  } else {
    error.textContent = i18n.t('problem.other', { detail: failure.problem?.detail || failure.message });
  }
}

/**
 * Takes an action on the appeal as it was read ({@code current}: {appeal, etag}), carrying the
 * ETag as If-Match: on success the form is emptied, {@code after(number)} reads what changed, and
 * the status says done; else the refusal is said (showRefusal), the form untouched.
 */
export async function actOn(current, form, path, body, { error, status, reload, prefix, failed, after }) {
  clearErrors(form, error);
  const number = current.appeal.registrationNumber;
  status.textContent = i18n.t('official.sending');
  try {
    await api.post(`appeals/${encodeURIComponent(number)}/${path}`, body, { headers: { 'If-Match': current.etag } });
    form.reset();
    await after(number);
    status.textContent = i18n.t('dispatcher.done', { number });
  } catch (failure) {
    status.textContent = '';
    if (failed(failure)) return;
    showRefusal(failure, { form, error, reload, slotOf: (field) => `${prefix}-${field}-error` });
  }
}

/**
 * Reads the appeal again and shows it in {@code view}: the desk's new {@code current} ({appeal,
 * etag}), or null when it could not be read (said in {@code error}). The forms are emptied only when
 * another appeal is opened and nothing typed is to be kept.
 */
export async function readCase(number, current, { view, forms, keepTyped, error, status, reload, failed }) {
  error.textContent = '';
  status.textContent = '';
  reload.hidden = true;
  let read;
  try {
    read = await api.get(`appeals/${encodeURIComponent(number)}`);
  } catch (failure) {
    if (!failed(failure)) error.textContent = i18n.t('problem.other', { detail: failure.message });
    return null;
  }
  const switching = current?.appeal.registrationNumber !== number;
  view.show(read.body);
  if (switching && !keepTyped) Object.values(forms).forEach((f) => f.reset());
  return { appeal: read.body, etag: read.etag };
}
