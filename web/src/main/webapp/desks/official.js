// An official's desk: "my appeals" (the worklist the API keeps for their scope, the nearest due date
// first), the appeal opened beside it (case-view.js), the answer, and the redirection when the body
// is not competent. The answer being typed is kept in the tab's storage per appeal; an answer refused
// because someone else changed the appeal meanwhile keeps its text and says so. After an action the
// next appeal opens. A body's head also keeps its cover: who sees a colleague's appeals, until when.
import { api } from './api.js';
import { caseView, showRefusal } from './case-view.js';
import { cell, clearErrors, fillParts, markCurrent, numberCell, sessionGuard } from './desk-parts.js';
import * as i18n from './i18n.js';
import * as keys from './keys.js';

export const TITLE = 'official.title';
const DRAFT = 'appeals.official.answer.';

export function open(main, { onSessionEnded }) {
  main.replaceChildren(document.getElementById('official-view').content.cloneNode(true));
  fillParts(main);
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
  const redirect = main.querySelector('#redirect-form');
  const redirectError = redirect.querySelector('#redirect-error');
  const cover = main.querySelector('#cover');
  let items = [];
  let current = null; // {appeal, etag}
  let sending = false;
  let bodies = [];
  let scope = null; // {headOf, covering}

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
    redirect.hidden = !(a.status === 'ASSIGNED' || a.status === 'REGISTERED');
    fillBodies();
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

  /** The bodies it may go on to: any but the one holding it. */
  function fillBodies() {
    const select = redirect.toBody;
    const chosen = select.value;
    select.replaceChildren(...bodies.filter((b) => b.code !== current?.appeal.body?.code).map((b) =>
      Object.assign(document.createElement('option'), { value: b.code, textContent: i18n.nameIn(i18n.current(), b) })));
    if (chosen) select.value = chosen;
  }

  redirect.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!current || sending) return;
    clearErrors(redirect, redirectError);
    const number = current.appeal.registrationNumber;
    sending = true;
    status.textContent = i18n.t('official.sending');
    try {
      await api.post(`appeals/${encodeURIComponent(number)}/redirections`,
        { toBody: redirect.toBody.value, reason: redirect.reason.value.trim() }, { headers: { 'If-Match': current.etag } });
      redirect.reset();
      status.textContent = '';
      await loadList();
      total.textContent = `${i18n.t('official.redirected', { number })} ${total.textContent}`;
      next();
    } catch (failure) {
      status.textContent = '';
      if (failed(failure)) return;
      showRefusal(failure, { form: redirect, error: redirectError, reload, slotOf: (field) => `redirect-${field}-error` });
    } finally {
      sending = false;
    }
  });

  /** What the worklist holds besides the official's own: colleagues covered; for a head, the body's cover. */
  async function loadScope() {
    try {
      scope = (await api.get('appeals/mine/scope')).body;
    } catch (failure) {
      failed(failure);
      return;
    }
    main.querySelector('#covering').textContent = scope.covering.length
      ? i18n.t('cover.covering', { colleagues: scope.covering.join(', ') }) : '';
    cover.hidden = !scope.headOf;
    if (scope.headOf) loadGrants();
  }

  async function loadGrants() {
    const error = cover.querySelector('#cover-error');
    try {
      const grants = (await api.get(`bodies/${encodeURIComponent(scope.headOf)}/grants`)).body;
      cover.querySelector('#grants tbody').replaceChildren(...grants.map((g) => {
        const tr = document.createElement('tr');
        const revoke = Object.assign(document.createElement('button'), { type: 'button', textContent: i18n.t('cover.revoke') });
        revoke.setAttribute('aria-label', i18n.t('cover.revokeOf', { grantee: g.grantee, colleague: g.colleague }));
        revoke.addEventListener('click', async () => {
          try {
            await api.delete(`bodies/${encodeURIComponent(scope.headOf)}/grants/${g.id}`);
            loadGrants();
          } catch (failure) {
            if (!failed(failure)) error.textContent = i18n.t('problem.other', { detail: failure.problem?.detail || failure.message });
          }
        });
        const action = document.createElement('td');
        action.append(revoke);
        tr.append(Object.assign(document.createElement('th'), { scope: 'row', textContent: g.grantee }), cell(g.colleague),
          cell(g.until ? i18n.date(g.until) : i18n.t('cover.untilRevoked')), cell(g.reason), action);
        return tr;
      }));
    } catch (failure) {
      if (!failed(failure)) error.textContent = i18n.t('problem.other', { detail: failure.problem?.detail || failure.message });
    }
  }

  const grantForm = cover.querySelector('#grant-form');
  grantForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const error = cover.querySelector('#cover-error');
    clearErrors(grantForm, error);
    const day = grantForm.until.value; // the end of that day, on this computer's clock
    const until = day ? new Date(`${day}T23:59:59`).toISOString() : undefined;
    try {
      await api.post(`bodies/${encodeURIComponent(scope.headOf)}/grants`, { grantee: grantForm.grantee.value.trim(),
        colleague: grantForm.colleague.value.trim(), reason: grantForm.reason.value.trim() || undefined, until });
      grantForm.reset();
      loadGrants();
    } catch (failure) {
      if (failed(failure)) return;
      showRefusal(failure, { form: grantForm, error, slotOf: (field) => `grant-${field}-error` });
    }
  });

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
  loadScope();
  api.get('reference/bodies').then((answer) => { bodies = answer.body; fillBodies(); }).catch(failed);

  return {
    title: TITLE,
    translate: () => {
      // The API names subjects and bodies in the desk's language: read the list and the appeal again.
      i18n.translate(main);
      loadList();
      loadScope();
      if (current) {
        const typed = text.value;
        openCase(current.appeal.registrationNumber).then(() => { if (!form.hidden) text.value = typed; });
      }
    },
    close: () => view.close(),
  };
}
