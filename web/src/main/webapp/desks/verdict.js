// The citizen's verdict on an answer, taken down when they call or come back: their number and
// access code show the appeal is theirs (wrong codes count against the account), and a "not
// satisfied" with a reason opens a reconsideration.
import { api, ApiError } from './api.js';
import * as i18n from './i18n.js';
import * as keys from './keys.js';

export function wire(desk) {
  const button = desk.querySelector('#take-verdict');
  const dialog = desk.querySelector('#verdict-dialog');
  const form = desk.querySelector('#verdict-form');
  const error = desk.querySelector('#verdict-error');
  const done = desk.querySelector('#verdict-done');
  button.hidden = false;

  function open() {
    form.reset();
    error.textContent = '';
    done.textContent = '';
    dialog.showModal();
    form.number.focus();
  }

  button.addEventListener('click', open);
  desk.querySelector('#verdict-close').addEventListener('click', () => dialog.close());
  keys.bind('Alt+V', 'verdict.take', open);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    done.textContent = '';
    const chosen = form.querySelector('input[name=verdict]:checked');
    if (!form.number.value.trim() || !form.accessCode.value.trim() || !chosen) {
      error.textContent = i18n.t('rule.required');
      return;
    }
    try {
      const given = (await api.post(`appeals/${encodeURIComponent(form.number.value.trim())}/verdict`, {
        accessCode: form.accessCode.value.trim(), verdict: chosen.value,
        comment: form.comment.value.trim() || undefined,
      })).body;
      done.textContent = i18n.t('verdict.recorded', { verdict: i18n.t(`verdict.${given.verdict}`) })
        + (given.reconsiderationRequested ? ` ${i18n.t('verdict.reconsideration')}` : '');
    } catch (failure) {
      error.textContent = !(failure instanceof ApiError) ? failure.message
        : failure.status === 404 ? i18n.t('verdict.notFound')
          : failure.status === 409 ? i18n.t('public.verdictClosed')
            : failure.status === 429 ? i18n.t('public.tooMany', { seconds: failure.retryAfter || 600 })
              : failure.status === 400 && failure.errors.length
                ? failure.errors.map((e) => i18n.problemMessage(e)).join(' ')
                : i18n.t('problem.other', { detail: failure.problem?.detail || failure.message });
    }
  });
}
