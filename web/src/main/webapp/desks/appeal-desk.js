// The form the front desks file an appeal with, worked while the citizen is there: the door's own
// fields first (the caller's number, the reception point and ticket), the person's earlier appeals
// as soon as a phone number is typed, the appeal with the subject suggested from its text, and on
// filing the receipt, then the registration number and the access code to read out.
//
// A typed appeal is never lost and never filed twice: the form gets its Idempotency-Key when it
// opens; the form and the key are kept in the tab's storage as they are typed; a filing that gets
// no answer is sent again with the same key until the API answers, and a second click while it is
// on its way does nothing.
import { api, ApiError, newIdempotencyKey } from './api.js';
import * as i18n from './i18n.js';
import * as keys from './keys.js';
import './caller-history.js';
import * as verdict from './verdict.js';

const COMMON_FIELDS = ['kind', 'language', 'summary', 'category', 'region', 'respondent',
  'applicant.fullName', 'applicant.phone', 'applicant.email', 'applicant.address', 'applicant.nationalId'];

/**
 * Opens a desk's form in {@code main}. {@code door} says what the door adds:
 * - title (a catalogue key), path (its intake endpoint), draft (its key in the tab's storage);
 * - channel (the template of its own fields), fields (their names, the first one focused),
 *   aliases (the intake rules' names for them);
 * - phoneField: the field whose number finds the person's earlier appeals, if the desk may see them;
 * - takesVerdicts: the desk takes down citizens' verdicts on answers;
 * - prepare(form) once the reference lists are in, defaults(form) for a new form, changed(field);
 * - blocked() (why it cannot be filed yet), send(body, key, {onRetry}) (instead of a JSON filing),
 *   reset() (for the next appeal), registered(desk, receipt, filed) (once it has its number).
 */
export function openAppealDesk(main, door, { onSessionEnded }) {
  main.replaceChildren(document.getElementById('appeal-desk-view').content.cloneNode(true));
  main.querySelector('#channel-fields').append(document.getElementById(door.channel).content.cloneNode(true));
  main.querySelector('#desk-heading').dataset.i18n = door.title;
  const FIELDS = [...door.fields, ...COMMON_FIELDS];
  const DRAFT = door.draft;
  const form = main.querySelector('#appeal-form');
  const history = main.querySelector('#earlier');
  const receipt = main.querySelector('#receipt');
  const progress = main.querySelector('#filing');
  const formError = main.querySelector('#form-error');
  const category = form.elements.category;
  let draft = restoredDraft(DRAFT);
  let filing = null;
  let chosenByHand = false;
  let closed = false;
  const pending = {};

  i18n.translate(main);
  if (door.takesVerdicts) verdict.wire(main);
  door.defaults?.(form);
  loadReferenceLists();
  if (draft) {
    fill(draft.fields);
    main.querySelector('#draft-notice').hidden = false;
    lookUpCaller();
  } else {
    draft = { key: newIdempotencyKey(), fields: {} };
  }
  form.elements[door.fields[0]].focus();

  // ---- as it is typed
  /** The form as typed, with its key, into the tab's storage; not once it is on its way or filed. */
  function saveDraft() {
    if (filing || !receipt.hidden) return;
    draft.fields = read();
    sessionStorage.setItem(DRAFT, JSON.stringify(draft));
  }

  form.addEventListener('input', (event) => {
    saveDraft();
    clearError(event.target.name);
    if (door.phoneField && event.target.name === door.phoneField) debounce('caller', lookUpCaller, 400);
    door.changed?.(event.target);
    if (event.target.name === 'summary') debounce('subject', suggestSubject, 700);
    if (event.target.name === 'category') chosenByHand = true;
    if (event.target.name === 'kind') showRespondent();
  });

  async function lookUpCaller() {
    if (!door.phoneField) return;
    const number = form.elements[door.phoneField].value;
    if (number.replace(/\D/g, '').length < 6) {
      history.appeals = null;
      return;
    }
    try {
      history.appeals = (await api.get(`intake/earlier-appeals?phone=${encodeURIComponent(number)}`)).body;
    } catch (failure) {
      handleSessionEnd(failure);
    }
  }

  async function suggestSubject() {
    const summary = form.elements.summary.value.trim();
    const hint = main.querySelector('#category-hint');
    if (summary.length < 15) {
      hint.textContent = '';
      return;
    }
    try {
      const suggestion = (await api.post('intake/subject-suggestion', { summary })).body.category;
      if (!suggestion) return;
      hint.textContent = i18n.t('desk.subjectSuggested', { name: suggestion.name });
      if (!chosenByHand) category.value = suggestion.code;
      saveDraft();
    } catch (failure) {
      handleSessionEnd(failure);
    }
  }

  // Enter in a one-line field goes on to the next field rather than filing half an appeal;
  // Ctrl+Enter files (or the button).
  form.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || !event.target.matches('input')) return;
    event.preventDefault();
    const fields = [...form.elements].filter((e) => e.matches('input, select, textarea') && !e.closest('[hidden]'));
    fields[fields.indexOf(event.target) + 1]?.focus();
  });

  // ---- filing
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    file();
  });

  async function file() {
    if (filing) return filing; // a double click, or Ctrl+Enter while on its way: the same filing
    formError.textContent = '';
    const blocked = door.blocked?.();
    if (blocked) {
      formError.textContent = blocked;
      return null;
    }
    const body = requestBody(read());
    const submit = form.querySelector('#file');
    submit.setAttribute('aria-disabled', 'true');
    progress.textContent = i18n.t('desk.filing');
    const onRetry = (error) => {
      progress.textContent = i18n.t('desk.retrying', { reason: reasonOf(error) });
    };
    const sending = door.send ? door.send(body, draft.key, { onRetry }) : api.file(door.path, body, draft.key, { onRetry });
    filing = sending.then((answer) => {
      sessionStorage.removeItem(DRAFT);
      showReceipt(answer.body, body);
    }).catch((failure) => {
      progress.textContent = '';
      showProblem(failure);
    }).finally(() => {
      filing = null;
      submit.removeAttribute('aria-disabled');
    });
    return filing;
  }

  function requestBody(fields) {
    const body = {};
    const applicant = {};
    for (const [name, value] of Object.entries(fields)) {
      if (value === '' || value == null) continue;
      if (name.startsWith('applicant.')) applicant[name.slice(10)] = value;
      else body[name] = value;
    }
    if (Object.keys(applicant).length) body.applicant = applicant;
    return body;
  }

  async function showReceipt(accepted, filed) {
    form.hidden = true;
    receipt.hidden = false;
    main.querySelector('#receipt-accepted').textContent = i18n.t('receipt.accepted',
      { time: i18n.dateTime(accepted.acceptedAt) });
    const number = main.querySelector('#receipt-number');
    const code = main.querySelector('#receipt-code');
    const status = main.querySelector('#receipt-status');
    number.textContent = '…';
    code.textContent = '…';
    status.textContent = i18n.t('receipt.waiting');
    receipt.focus();
    for (let wait = 250, waited = 0; !closed && waited < 60_000; waited += wait, wait = Math.min(wait * 2, 2000)) {
      await new Promise((resolve) => setTimeout(resolve, wait));
      let current;
      try {
        current = (await api.get(`intake/receipts/${accepted.receiptId}`)).body;
      } catch (failure) {
        if (handleSessionEnd(failure)) return;
        continue;
      }
      if (current.status === 'REGISTERED') {
        number.textContent = current.registrationNumber;
        code.textContent = grouped(current.accessCode);
        code.setAttribute('aria-label', current.accessCode.split('').join(' '));
        status.textContent = [current.body?.name, current.dueAt && i18n.t('receipt.due', { date: i18n.date(current.dueAt) })]
          .filter(Boolean).join(' · ');
        door.registered?.(main, current, filed);
        return;
      }
      if (current.status === 'REJECTED') {
        status.textContent = i18n.t('receipt.rejected', { reason: current.reason });
        return;
      }
    }
    if (!closed) status.textContent = i18n.t('receipt.slow', { id: accepted.receiptId });
  }

  function nextAppeal() {
    if (filing) return;
    sessionStorage.removeItem(DRAFT);
    draft = { key: newIdempotencyKey(), fields: {} };
    chosenByHand = false;
    form.reset();
    door.reset?.();
    door.defaults?.(form);
    history.appeals = null;
    main.querySelector('#category-hint').textContent = '';
    main.querySelector('#draft-notice').hidden = true;
    form.querySelectorAll('.error').forEach((e) => { e.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
    formError.textContent = '';
    progress.textContent = '';
    receipt.hidden = true;
    main.querySelector('#print-slip').hidden = true;
    main.querySelector('#slip').replaceChildren();
    form.hidden = false;
    showRespondent();
    form.elements[door.fields[0]].focus();
  }

  main.querySelector('#next-appeal').addEventListener('click', nextAppeal);

  // ---- problems, in the desk's language, next to their fields
  function showProblem(failure) {
    if (handleSessionEnd(failure)) return;
    if (!(failure instanceof ApiError)) {
      formError.textContent = i18n.t('problem.other', { detail: failure.message });
      return;
    }
    if ((failure.status === 400 || failure.status === 413) && failure.errors.length) {
      formError.textContent = i18n.t('problem.invalid');
      let first = null;
      for (const error of failure.errors) {
        const name = door.aliases?.[error.field] || error.field;
        const input = form.elements[name];
        const slot = form.querySelector(`[id="${name}-error"]`); // a file's is on its line in the list
        if (slot) {
          slot.textContent = i18n.problemMessage(error);
          input?.setAttribute('aria-invalid', 'true');
          first ??= input;
        } else {
          formError.textContent += ` ${error.field}: ${i18n.problemMessage(error)}`;
        }
      }
      (first || formError).focus?.();
      return;
    }
    formError.textContent = failure.status === 403 ? i18n.t('problem.forbidden')
      : i18n.t('problem.other', { detail: failure.problem.detail || failure.message });
  }

  function clearError(name) {
    const slot = name && form.querySelector(`[id="${name}-error"]`);
    if (slot) slot.textContent = '';
    form.elements[name]?.removeAttribute?.('aria-invalid');
  }

  function handleSessionEnd(failure) {
    if (failure instanceof ApiError && failure.status === 401) {
      onSessionEnded(); // the draft stays in the tab's storage and comes back after signing in
      return true;
    }
    return false;
  }

  // ---- the form's contents
  function read() {
    return Object.fromEntries(FIELDS.map((name) => [name, form.elements[name]?.value ?? '']));
  }

  function fill(fields) {
    for (const [name, value] of Object.entries(fields || {})) {
      if (form.elements[name]) form.elements[name].value = value;
    }
    showRespondent();
  }

  function showRespondent() {
    main.querySelector('#respondent-field').hidden = form.elements.kind.value !== 'COMPLAINT';
    if (form.elements.kind.value !== 'COMPLAINT') form.elements.respondent.value = '';
  }

  async function loadReferenceLists() {
    try {
      const [categories, regions, bodies] = await Promise.all(['categories', 'regions', 'bodies']
        .map((list) => api.get(`reference/${list}`).then((r) => r.body)));
      options(category, categories);
      options(form.elements.region, regions);
      options(form.elements.respondent, bodies);
      await door.prepare?.(form);
      fill(draft.fields); // a restored draft's choices, now that the lists are there
    } catch (failure) {
      handleSessionEnd(failure);
    }
  }

  function options(select, entries) {
    select.querySelectorAll('option:not([value=""])').forEach((o) => o.remove());
    for (const entry of entries) select.add(new Option(i18n.nameIn(i18n.current(), entry), entry.code));
  }

  function debounce(name, action, ms) {
    clearTimeout(pending[name]);
    pending[name] = setTimeout(action, ms);
  }

  // ---- keys
  keys.bind('Ctrl+Enter', 'keys.submit', () => { if (!form.hidden) file(); });
  keys.bind('Alt+N', 'keys.next', nextAppeal);
  keys.bind('Alt+1', 'keys.focusFirst', () => form.elements[door.fields[0]].focus());
  keys.bind('Alt+2', 'keys.focusSummary', () => form.elements.summary.focus());

  return {
    title: door.title,
    translate() {
      i18n.translate(main);
      history.requestUpdate();
      loadReferenceLists();
    },
    close() {
      closed = true;
      sessionStorage.removeItem(DRAFT);
    },
  };
}

function restoredDraft(key) {
  try {
    const saved = JSON.parse(sessionStorage.getItem(key));
    return saved?.key && Object.values(saved.fields || {}).some((v) => v) ? saved : null;
  } catch {
    return null;
  }
}

function reasonOf(error) {
  if (error.status === 0) return i18n.t('problem.network');
  if (error.status === 429 || error.status === 503) return i18n.t('problem.busy');
  return i18n.t('problem.server');
}

/** An access code in groups of four, as it is read out: ABCD EFGH. */
function grouped(code) {
  return code ? code.match(/.{1,4}/g).join(' ') : '';
}
