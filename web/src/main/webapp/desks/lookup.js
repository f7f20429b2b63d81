// The citizen's own page, without signing in: their appeal by its number and access code, where it
// stands, and their verdict on the answer. The language is the citizen's choice, kept in this browser.
import { api, ApiError } from './api.js';
import * as i18n from './i18n.js';

/** A citizen has no account: their language is kept in this browser. */
const KEPT = 'appeals.language.public';
const form = document.getElementById('lookup');
const found = document.getElementById('found');
const verdict = document.getElementById('verdict');
const picker = document.getElementById('language');
let shown = null;

async function start() {
  const params = new URLSearchParams(location.search);
  await i18n.use(i18n.preferred({ language: localStorage.getItem(KEPT) }));
  picker.value = i18n.current();
  api.language = i18n.current();
  i18n.translate();
  form.number.value = params.get('number') || '';
  form.code.value = params.get('code') || '';
  (form.number.value ? form.code : form.number).focus();
  if (form.number.value && form.code.value) lookUp();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  lookUp();
});

async function lookUp() {
  const error = document.getElementById('lookup-error');
  error.textContent = '';
  const number = form.number.value.trim();
  const code = form.code.value.trim();
  if (!number || !code) {
    error.textContent = i18n.t('rule.required');
    return;
  }
  try {
    shown = { number, code, appeal: (await api.get(`public/appeals/${encodeURIComponent(number)}?code=${encodeURIComponent(code)}`)).body };
    show();
  } catch (failure) {
    found.hidden = true;
    error.textContent = failure instanceof ApiError && failure.status === 404 ? i18n.t('public.notFound')
      : failure instanceof ApiError && failure.status === 429 ? i18n.t('public.tooMany', { seconds: failure.retryAfter || 600 })
        : i18n.t('problem.network');
  }
}

function show() {
  const a = shown.appeal;
  found.hidden = false;
  document.getElementById('found-title').textContent = i18n.t('public.appeal', { number: a.registrationNumber });
  const values = {
    status: i18n.t(`status.${a.status}`),
    receivedOn: i18n.date(a.receivedOn),
    dueOn: i18n.date(a.dueOn),
    answeredOn: a.answeredOn ? i18n.date(a.answeredOn) : '—',
    body: a.body?.name ?? i18n.t('slip.bodyPending'),
    readBy: a.readBy?.length ? i18n.t('public.readBy', { bodies: a.readBy.map((b) => b.name).join(', ') }) : '',
  };
  found.querySelectorAll('[data-value]').forEach((el) => { el.textContent = values[el.dataset.value]; });
  verdict.hidden = !a.answeredOn;
  found.focus();
}

verdict.addEventListener('submit', async (event) => {
  event.preventDefault();
  const error = document.getElementById('verdict-error');
  const done = document.getElementById('verdict-done');
  error.textContent = '';
  const chosen = verdict.querySelector('input[name=verdict]:checked');
  if (!chosen) {
    error.textContent = i18n.t('rule.required');
    return;
  }
  try {
    await api.post(`public/appeals/${encodeURIComponent(shown.number)}/verdict`,
      { code: shown.code, verdict: chosen.value, comment: verdict.comment.value.trim() || undefined });
    done.textContent = i18n.t('public.thanks');
  } catch (failure) {
    error.textContent = failure instanceof ApiError && failure.status === 409 ? i18n.t('public.verdictClosed')
      : i18n.t('problem.other', { detail: failure.problem?.detail || failure.message });
  }
});

picker.addEventListener('change', async () => {
  await i18n.use(picker.value);
  localStorage.setItem(KEPT, i18n.current());
  api.language = i18n.current();
  i18n.translate();
  if (shown) lookUp();
});

start();
