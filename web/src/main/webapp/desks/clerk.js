// The registry clerk's desk: a letter with its scanned pages. Pages are dropped or chosen, several
// at once; what the API would refuse (type, size, count) is said per file before sending, and what
// it does refuse is shown on the file it names; a large letter shows its upload's progress.
import { api } from './api.js';
import { openAppealDesk } from './appeal-desk.js';
import * as i18n from './i18n.js';

export const TITLE = 'clerk.title';
const MiB = 1024 * 1024;
const LIMITS = { perFile: 10 * MiB, files: 20, total: 50 * MiB };
const TYPES = /\.(pdf|jpe?g|png|tiff?)$/i;

export function open(main, context) {
  let pages = [];
  let list;
  let progress;

  function render() {
    list.replaceChildren(...pages.map((file, i) => {
      const item = document.createElement('li');
      item.dataset.index = i;
      const name = document.createElement('span');
      name.textContent = `${file.name} (${i18n.number(Math.ceil(file.size / 1024))} KiB)`;
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'quiet-small';
      remove.textContent = i18n.t('clerk.remove');
      remove.setAttribute('aria-label', `${i18n.t('clerk.remove')}: ${file.name}`);
      remove.addEventListener('click', () => { pages.splice(i, 1); render(); });
      const error = document.createElement('p');
      error.className = 'error';
      error.id = `attachment[${i}]-error`;
      error.textContent = refusal(file, i);
      item.append(name, ' ', remove, error);
      return item;
    }));
  }

  function refusal(file, i) {
    if (!TYPES.test(file.name)) return i18n.t('clerk.wrongType');
    if (file.size === 0) return i18n.t('clerk.empty');
    if (file.size > LIMITS.perFile) return i18n.t('clerk.tooLarge');
    if (i >= LIMITS.files) return i18n.t('clerk.tooMany');
    if (pages.slice(0, i + 1).reduce((sum, f) => sum + f.size, 0) > LIMITS.total) return i18n.t('clerk.tooMuch');
    return '';
  }

  function add(files) {
    pages = pages.concat([...files]);
    render();
  }

  return openAppealDesk(main, {
    title: TITLE,
    path: 'intake/written',
    draft: 'appeals.clerk.draft',
    channel: 'clerk-channel',
    fields: ['receivedVia', 'letterNumber', 'letterDate'],
    aliases: { 'letter.receivedVia': 'receivedVia', 'letter.letterNumber': 'letterNumber', 'letter.letterDate': 'letterDate' },
    prepare(form) {
      list = form.querySelector('#page-list');
      progress = form.querySelector('#upload');
      if (form.dataset.pagesBound) return;
      form.dataset.pagesBound = 'true';
      form.querySelector('#pages').addEventListener('change', (event) => { add(event.target.files); event.target.value = ''; });
      const drop = form.querySelector('#drop');
      drop.addEventListener('dragover', (event) => { event.preventDefault(); drop.classList.add('over'); });
      drop.addEventListener('dragleave', () => drop.classList.remove('over'));
      drop.addEventListener('drop', (event) => {
        event.preventDefault();
        drop.classList.remove('over');
        add(event.dataTransfer.files);
      });
    },
    /** A letter is not sent while a page would be refused; the pages stay on the page (the tab's storage keeps no files). */
    blocked() {
      return pages.some((file, i) => refusal(file, i)) ? i18n.t('clerk.fixFiles') : null;
    },
    send(body, key, { onRetry }) {
      const parts = () => {
        const data = new FormData();
        data.append('appeal', new Blob([JSON.stringify(body)], { type: 'application/json' }));
        pages.forEach((file) => data.append('attachment', file, file.name));
        return data;
      };
      progress.hidden = pages.length === 0;
      return api.fileWithProgress('intake/written', parts, key, {
        onRetry,
        onProgress: (sent, total) => { progress.max = total; progress.value = sent; },
      });
    },
    reset() {
      pages = [];
      render();
      progress.hidden = true;
    },
  }, context);
}
