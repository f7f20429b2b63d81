// The analyst's dashboard: a period and a grouping, then the summary report (appeals received per
// group) and the performance report (answered on time, late, open past due) as charts, each with
// its table beside it, the same figures for a screen reader and for copying, and as CSV. The
// charts draw exactly the numbers the API answered; nothing is counted here.
import Chart from 'chart.js/auto';
import { api, ApiError } from './api.js';
import { cell, clearErrors, sessionGuard } from './desk-parts.js';
import * as i18n from './i18n.js';
import * as keys from './keys.js';

export const TITLE = 'analyst.title';

/** The performance report groups by these only; another grouping shows it by body. */
const PERFORMANCE_GROUPS = ['body', 'category', 'region'];
const PERFORMANCE_COLUMNS = ['analyst.appeals', 'analyst.onTime', 'analyst.late', 'analyst.openOverdue', 'analyst.onTimeRate',
  'analyst.median', 'analyst.resolutionRate', 'analyst.satisfactionRate'];

export function open(main, { onSessionEnded }) {
  main.replaceChildren(document.getElementById('analyst-view').content.cloneNode(true));
  i18n.translate(main);
  const failed = sessionGuard(onSessionEnded);
  const form = main.querySelector('#period');
  const error = main.querySelector('#period-error');
  const summaryTotal = main.querySelector('#summary-total');
  const summaryRows = main.querySelector('#summary-table tbody');
  const performanceTable = main.querySelector('#performance-table');
  const charts = {};
  let summary = null;
  let performance = null;

  const today = new Date();
  form.from.value = `${today.getFullYear()}-01-01`;
  form.to.value = today.toISOString().slice(0, 10);

  function colour(name) {
    return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  }

  function groupName(cellValue) {
    const by = summary.groupBy[0];
    if (!cellValue) return i18n.t(`analyst.none.${by}`);
    if (by === 'kind' || by === 'status' || by === 'channel') return i18n.t(`${by}.${cellValue.code}`);
    return cellValue.name;
  }

  /** A horizontal bar per group: the chart grows with the groups, so a bar stays readable. */
  function draw(id, config) {
    charts[id]?.destroy();
    const canvas = main.querySelector(`#${id}`);
    canvas.parentElement.style.height = `${Math.max(10, 4 + 2.2 * config.data.labels.length)}rem`;
    config.data.datasets.forEach((d) => { d.maxBarThickness = 28; });
    charts[id] = new Chart(canvas, config);
  }

  function drawSummary() {
    const by = summary.groupBy[0];
    main.querySelector('#summary-group').textContent = i18n.t(`analyst.by.${by}`);
    summaryTotal.textContent = i18n.t('analyst.total', { count: i18n.number(summary.total), from: i18n.date(summary.from),
      to: i18n.date(summary.to) });
    const labels = summary.rows.map((r) => groupName(r[by]));
    summaryRows.replaceChildren(...summary.rows.map((r, i) => {
      const tr = document.createElement('tr');
      tr.append(Object.assign(document.createElement('th'), { scope: 'row', textContent: labels[i] }),
        cell(i18n.number(r.count), 'number'), cell(i18n.number(Number(r.share)), 'number'));
      return tr;
    }));
    draw('summary-chart', {
      type: 'bar',
      data: { labels, datasets: [{ label: i18n.t('analyst.appeals'), data: summary.rows.map((r) => r.count),
        backgroundColor: colour('--accent') }] },
      options: { indexAxis: 'y', animation: false, maintainAspectRatio: false, plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
  }

  function performanceCells(r) {
    const rate = (v) => (v === null || v === undefined ? '—' : i18n.number(Number(v)));
    return [i18n.number(r.appeals), i18n.number(r.answeredOnTime), i18n.number(r.answeredLate), i18n.number(r.openOverdue),
      rate(r.onTimeRate), r.medianWorkingDaysToAnswer ?? '—', rate(r.resolutionRate), rate(r.satisfactionRate)];
  }

  function drawPerformance() {
    const by = performance.groupBy;
    main.querySelector('#performance-group').textContent = i18n.t(`analyst.by.${by}`);
    main.querySelector('#performance-note').textContent = by === form.groupBy.value ? ''
      : i18n.t('analyst.performanceBy', { group: i18n.t(`analyst.by.${by}`) });
    const labels = performance.rows.map((r) => r.group?.name ?? i18n.t(`analyst.none.${by}`));
    performanceTable.tBodies[0].replaceChildren(...performance.rows.map((r, i) => {
      const tr = document.createElement('tr');
      tr.append(Object.assign(document.createElement('th'), { scope: 'row', textContent: labels[i] }),
        ...performanceCells(r).map((v) => cell(v, 'number')));
      return tr;
    }));
    const total = document.createElement('tr');
    total.append(Object.assign(document.createElement('th'), { scope: 'row', textContent: i18n.t('analyst.all') }),
      ...performanceCells(performance.total).map((v) => cell(v, 'number')));
    performanceTable.tFoot.replaceChildren(total);
    const series = [['answeredOnTime', 'analyst.onTime', '--ok'], ['answeredLate', 'analyst.late', '--warn'],
      ['openOverdue', 'analyst.openOverdue', '--error']];
    draw('performance-chart', {
      type: 'bar',
      data: { labels, datasets: series.map(([field, label, ink]) => ({ label: i18n.t(label),
        data: performance.rows.map((r) => r[field]), backgroundColor: colour(ink) })) },
      options: { indexAxis: 'y', animation: false, maintainAspectRatio: false,
        scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }, y: { stacked: true } } },
    });
  }

  function query() {
    return `from=${form.from.value}&to=${form.to.value}`;
  }

  async function show() {
    clearErrors(form, error);
    if (!form.from.value || !form.to.value) {
      form.querySelector(`#period-${form.from.value ? 'to' : 'from'}-error`).textContent = i18n.t('rule.required');
      return;
    }
    const by = form.groupBy.value;
    try {
      [summary, performance] = await Promise.all([
        api.get(`reports/summary?${query()}&groupBy=${by}`).then((a) => a.body),
        api.get(`reports/performance?${query()}&groupBy=${PERFORMANCE_GROUPS.includes(by) ? by : 'body'}`).then((a) => a.body),
      ]);
    } catch (failure) {
      if (failed(failure)) return;
      if (failure instanceof ApiError && failure.errors.length) {
        for (const refusal of failure.errors) {
          const slot = form.querySelector(`[id="period-${refusal.field}-error"]`);
          if (slot) slot.textContent = i18n.problemMessage(refusal);
          else error.textContent += ` ${i18n.problemMessage(refusal)}`;
        }
      } else {
        error.textContent = i18n.t('problem.other', { detail: failure.problem?.detail || failure.message });
      }
      return;
    }
    drawSummary();
    drawPerformance();
  }

  function save(name, blob) {
    const url = URL.createObjectURL(blob);
    Object.assign(document.createElement('a'), { href: url, download: name }).click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** The summary as the API writes it in CSV: codes and names, counts and shares. */
  main.querySelector('#summary-csv').addEventListener('click', async () => {
    if (!summary) return;
    try {
      const csv = await api.blob(`reports/summary?${query()}&groupBy=${summary.groupBy[0]}`, { accept: 'text/csv' });
      save(`summary-${summary.from}-${summary.to}.csv`, csv);
    } catch (failure) {
      if (!failed(failure)) error.textContent = i18n.t('problem.other', { detail: failure.message });
    }
  });

  /** The performance table as shown, with codes beside names, for a spreadsheet. */
  main.querySelector('#performance-csv').addEventListener('click', () => {
    if (!performance) return;
    const fields = ['appeals', 'answeredOnTime', 'answeredLate', 'openOverdue', 'onTimeRate', 'medianWorkingDaysToAnswer',
      'p90WorkingDaysToAnswer', 'redirectionsPerAppeal', 'repeatRate', 'resolutionRate', 'verdictsGiven', 'satisfactionRate',
      'reconsiderationRate'];
    const quote = (v) => (v === null || v === undefined ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
    const lines = [[performance.groupBy, `${performance.groupBy}Name`, ...fields].join(',')];
    for (const r of [...performance.rows, { ...performance.total, group: { code: 'TOTAL', name: '' } }]) {
      lines.push([r.group?.code, r.group?.name, ...fields.map((f) => r[f])].map(quote).join(','));
    }
    save(`performance-${performance.from}-${performance.to}.csv`, new Blob([`${lines.join('\r\n')}\r\n`], { type: 'text/csv' }));
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show();
  });
  keys.bind('Ctrl+Enter', 'analyst.show', () => form.requestSubmit());

  show();

  return {
    title: TITLE,
    translate: () => {
      i18n.translate(main);
      show();
    },
    close: () => Object.values(charts).forEach((c) => c.destroy()),
  };
}
