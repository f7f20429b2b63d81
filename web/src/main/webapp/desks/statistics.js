// The public scorecard, without signing in: per body, appeals received and answered, the rates of
// answering on time, of support and of satisfied citizens, for a year or a month. A body with too
// few appeals is shown without rates, and the page says why (the small-sample rule).
import { api, ApiError } from './api.js';
import { cell } from './desk-parts.js';
import * as i18n from './i18n.js';

/** Shared with the citizen's lookup page: a citizen has no account, the language stays in this browser. */
const KEPT = 'appeals.language.public';
const FIRST_YEAR = 2026;
const form = document.getElementById('period');
const picker = document.getElementById('language');
const rows = document.querySelector('#scorecard tbody');
const error = document.getElementById('scorecard-error');
let shown = null;

async function start() {
  await i18n.use(i18n.preferred({ language: localStorage.getItem(KEPT) }));
  picker.value = i18n.current();
  api.language = i18n.current();
  const params = new URLSearchParams(location.search);
  const thisYear = new Date().getFullYear();
  form.year.replaceChildren(...[...Array(Math.max(1, thisYear - FIRST_YEAR + 1)).keys()].map((i) => thisYear - i)
    .map((y) => Object.assign(document.createElement('option'), { value: y, textContent: y })));
  form.year.value = params.get('year') || String(thisYear);
  fillMonths();
  form.month.value = params.get('month') || '';
  translate();
  await show();
}

function fillMonths() {
  const chosen = form.month.value;
  form.month.replaceChildren(form.month.options[0], ...[...Array(12).keys()].map((m) => Object.assign(
    document.createElement('option'), { value: m + 1, textContent: i18n.monthName(m) })));
  form.month.value = chosen;
}

function translate() {
  i18n.translate();
  document.title = i18n.t('scorecard.brand');
  fillMonths();
  if (shown) render(shown);
}

function rate(value) {
  return value === null || value === undefined ? '—' : i18n.number(Number(value));
}

function render(statistics) {
  document.getElementById('rule').textContent = i18n.t('scorecard.rule', { count: i18n.number(statistics.minimumAppealsToRate) });
  document.getElementById('scorecard-caption').textContent = statistics.month
    ? i18n.t('scorecard.captionMonth', { month: i18n.monthName(statistics.month - 1), year: statistics.year })
    : i18n.t('scorecard.captionYear', { year: statistics.year });
  rows.replaceChildren(...statistics.bodies.map((b) => {
    const tr = document.createElement('tr');
    tr.append(Object.assign(document.createElement('th'), { scope: 'row', textContent: b.body?.name ?? '' }),
      cell(i18n.number(b.received), 'number'), cell(i18n.number(b.answered), 'number'));
    if (b.rating === 'TOO_FEW_TO_RATE') {
      const few = cell(i18n.t('scorecard.tooFew', { count: i18n.number(statistics.minimumAppealsToRate) }), 'too-few');
      few.colSpan = 4;
      tr.append(few);
    } else {
      tr.append(cell(rate(b.onTimeRate), 'number'), cell(rate(b.resolutionRate), 'number'),
        cell(i18n.number(b.verdictsGiven), 'number'), cell(rate(b.satisfactionRate), 'number'));
    }
    return tr;
  }));
}

async function show() {
  error.textContent = '';
  const month = form.month.value ? `&month=${form.month.value}` : '';
  const table = rows.closest('table');
  table.setAttribute('aria-busy', 'true');
  try {
    shown = (await api.get(`public/statistics?year=${form.year.value}${month}`)).body;
    render(shown);
    history.replaceState(null, '', `?year=${form.year.value}${month}`);
  } catch (failure) {
    error.textContent = failure instanceof ApiError && failure.errors.length
      ? failure.errors.map((e) => i18n.problemMessage(e)).join(' ')
      : i18n.t('problem.other', { detail: failure.problem?.detail || failure.message });
  } finally {
    table.removeAttribute('aria-busy');
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  show();
});

picker.addEventListener('change', async () => {
  await i18n.use(picker.value);
  localStorage.setItem(KEPT, i18n.current());
  api.language = i18n.current();
  translate();
  show(); // the API names the bodies in the reader's language
});

start();
