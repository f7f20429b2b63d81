// The radio producer's desk, after the show: the table of on-air appeals, pasted or uploaded, is
// checked row by row by the API's own rules (intake/radio/checks: nothing filed) and the errors are shown
// per row and field; then it is filed in batches of at most 1,000, each batch with a key derived
// from the table and the batch, so that the same table sent again files nothing twice.
import { api, ApiError } from './api.js';
import * as i18n from './i18n.js';
import * as keys from './keys.js';
import { parseCsv } from './table.js';

export const TITLE = 'producer.title';
const BATCH = 1000;
/** The table's columns, by the names a producer may give them (English; lower case, no spaces). */
const COLUMNS = {
  kind: 'kind', summary: 'summary', language: 'language', category: 'category', subject: 'category',
  region: 'region', signatories: 'signatories', respondent: 'respondent', receivedat: 'receivedAt',
  fullname: 'applicant.fullName', name: 'applicant.fullName', phone: 'applicant.phone', email: 'applicant.email',
  address: 'applicant.address', nationalid: 'applicant.nationalId',
  answeredonair: 'answeredOnAir', onairanswer: 'onAirAnswer',
};
const YES = ['true', 'yes', '1', 'да', 'ооба', 'y'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function open(main, { onSessionEnded }) {
  main.replaceChildren(document.getElementById('producer-view').content.cloneNode(true));
  i18n.translate(main);
  const form = main.querySelector('#radio-batch');
  const text = main.querySelector('#table-text');
  const fileButton = main.querySelector('#file-batch');
  const status = main.querySelector('#batch-status');
  const progress = main.querySelector('#batch-progress');
  const formError = main.querySelector('#form-error');
  const body = main.querySelector('#rows tbody');
  let checked = null; // {appeals, fingerprint} of the table as last checked without errors
  let filing = false;

  form.programme.focus();

  main.querySelector('#table-file').addEventListener('change', (event) => readFile(event.target.files[0]));
  form.addEventListener('dragover', (event) => event.preventDefault());
  form.addEventListener('drop', (event) => {
    event.preventDefault();
    readFile(event.dataTransfer.files[0]);
  });
  form.addEventListener('input', () => {
    checked = null;
    fileButton.disabled = true;
  });

  async function readFile(file) {
    if (!file) return;
    formError.textContent = '';
    if (/\.xlsx$/i.test(file.name)) {
      // Read on the server (Apache POI); the rows come back into the table's text, to be seen and checked.
      try {
        const table = (await api.post('intake/radio/table', file, { headers: { 'Content-Type': XLSX } })).body;
        text.value = asTabSeparated(table);
      } catch (failure) {
        if (failure instanceof ApiError && failure.status === 401) return onSessionEnded();
        formError.textContent = `${file.name}: ${failure.errors?.length ? i18n.problemMessage(failure.errors[0])
          : failure.problem?.detail || failure.message}`;
        return;
      }
    } else {
      text.value = await file.text();
    }
    checked = null;
    fileButton.disabled = true;
    check();
  }

  /** The table as the API's requests, with the problems found before asking the API. */
  function read() {
    const { header, rows } = parseCsv(text.value);
    const names = header.map((h) => COLUMNS[h.toLowerCase().replace(/[\s_-]/g, '')]);
    const unknown = header.filter((h, i) => !names[i]);
    const appeals = rows.map((cells) => {
      const appeal = {};
      names.forEach((name, i) => {
        const value = cells[i] ?? '';
        if (!name || value === '') return;
        if (name.startsWith('applicant.')) (appeal.applicant ??= {})[name.slice(10)] = value;
        else if (name === 'answeredOnAir') appeal.answeredOnAir = YES.includes(value.toLowerCase());
        else if (name === 'signatories') appeal.signatories = Number(value);
        else appeal[name] = value;
      });
      return appeal;
    });
    return { appeals, unknown };
  }

  function broadcast() {
    return { programme: form.programme.value.trim(), airDate: form.airDate.value,
      episode: form.episode.value.trim() || undefined };
  }

  async function check() {
    formError.textContent = '';
    status.textContent = '';
    const { appeals, unknown } = read();
    if (unknown.length) {
      formError.textContent = i18n.t('producer.unknownColumns', { columns: unknown.join(', ') });
      return;
    }
    if (!appeals.length) {
      formError.textContent = i18n.t('producer.empty');
      return;
    }
    showRows(appeals);
    let problems = 0;
    for (let start = 0; start < appeals.length; start += BATCH) {
      try {
        await api.post('intake/radio/checks', { broadcast: broadcast(), appeals: appeals.slice(start, start + BATCH) });
      } catch (failure) {
        if (failure instanceof ApiError && failure.status === 401) return onSessionEnded();
        if (!(failure instanceof ApiError) || failure.status !== 400) {
          formError.textContent = i18n.t('problem.other', { detail: failure.problem?.detail || failure.message });
          return;
        }
        problems += showProblems(failure.errors, start);
      }
    }
    if (problems) {
      status.textContent = i18n.t('producer.problemsFound', { count: i18n.number(problems) });
      return;
    }
    checked = { appeals, fingerprint: await fingerprint(JSON.stringify({ broadcast: broadcast(), appeals })) };
    fileButton.disabled = false;
    status.textContent = i18n.t('producer.allGood', { count: i18n.number(appeals.length) });
    fileButton.focus();
  }

  /** A problem of the broadcast goes under its field; a row's, in its row. Answers how many there were. */
  function showProblems(errors, offset) {
    let count = 0;
    for (const error of errors) {
      const row = /^appeals\[(\d+)\]\.?(.*)$/.exec(error.field);
      if (!row) {
        const slot = form.querySelector(`[id="${error.field}-error"]`);
        if (slot) slot.textContent = i18n.problemMessage(error);
        else formError.textContent += ` ${error.field}: ${i18n.problemMessage(error)}`;
        count++;
        continue;
      }
      const cell = body.rows[offset + Number(row[1])]?.cells[2];
      if (cell) {
        const line = document.createElement('div');
        line.textContent = `${fieldLabel(row[2])}: ${i18n.problemMessage(error)}`;
        cell.append(line);
        cell.parentElement.classList.add('bad');
      }
      count++;
    }
    return count;
  }

  function fieldLabel(path) {
    const name = path.replace(/^applicant\./, '').replace(/^radioCall\./, '');
    return i18n.has(`field.${name}`) ? i18n.t(`field.${name}`) : path;
  }

  function showRows(appeals) {
    form.querySelectorAll('.error').forEach((e) => { e.textContent = ''; });
    main.querySelector('#rows').hidden = false;
    body.replaceChildren(...appeals.map((a, i) => {
      const row = document.createElement('tr');
      [String(i + 2), (a.summary || '').slice(0, 80), '', ''].forEach((v, c) => {
        const cell = document.createElement(c === 0 ? 'th' : 'td');
        if (c === 0) cell.scope = 'row';
        cell.textContent = v;
        row.append(cell);
      });
      return row;
    }));
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    file();
  });

  async function file() {
    if (!checked || filing) return;
    filing = true;
    fileButton.disabled = true;
    const { appeals, fingerprint: print } = checked;
    const batches = Math.ceil(appeals.length / BATCH);
    progress.hidden = false;
    progress.max = batches;
    progress.value = 0;
    try {
      for (let b = 0; b < batches; b++) {
        status.textContent = i18n.t('producer.filingBatch', { batch: b + 1, batches });
        const answer = await api.file('intake/radio', { broadcast: broadcast(), appeals: appeals.slice(b * BATCH, (b + 1) * BATCH) },
          `radio-${print}-${b + 1}-of-${batches}`, {
            onRetry: () => { status.textContent = i18n.t('producer.retrying', { batch: b + 1, batches }); },
          });
        answer.body.receipts.forEach((r, i) => {
          const cell = body.rows[b * BATCH + i].cells[3];
          cell.dataset.receipt = r.receiptId;
          cell.textContent = i18n.t('producer.queued');
        });
        progress.value = b + 1;
      }
      status.textContent = i18n.t('producer.filed', { count: i18n.number(appeals.length) });
      followRegistration();
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 401) return onSessionEnded();
      formError.textContent = i18n.t('problem.other', { detail: failure.problem?.detail || failure.message });
      fileButton.disabled = false;
    } finally {
      filing = false;
    }
  }

  /** The registration numbers in the receipts' column, as registration gives them. */
  async function followRegistration() {
    const waiting = () => [...body.rows].map((row) => row.cells[3]).filter((c) => c.dataset.receipt && !c.dataset.number);
    for (let round = 0; round < 60 && waiting().length; round++) {
      for (const cell of waiting()) {
        try {
          const receipt = (await api.get(`intake/receipts/${cell.dataset.receipt}`)).body;
          if (receipt.registrationNumber) {
            cell.dataset.number = receipt.registrationNumber;
            cell.textContent = receipt.registrationNumber;
          }
        } catch {
          // the next round asks again
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }

  main.querySelector('#check').addEventListener('click', check);
  keys.bind('Alt+C', 'producer.check', check);
  keys.bind('Ctrl+Enter', 'producer.fileAll', () => file());

  return { title: TITLE, translate: () => i18n.translate(main) };
}

/** A sheet's rows as the pasted table's text: tab-separated, quoted where a cell needs it. */
function asTabSeparated({ header, rows }) {
  const cell = (v) => (/[\t"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [header, ...rows].map((r) => r.map(cell).join('\t')).join('\n');
}

async function fingerprint(text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].slice(0, 16).map((b) => b.toString(16).padStart(2, '0')).join('');
}
