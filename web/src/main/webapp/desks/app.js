// The console's start: who is signed in decides the desk; the header carries the desk language,
// the shortcut sheet and signing out.
import { api, ApiError } from './api.js';
import * as i18n from './i18n.js';
import * as keys from './keys.js';
import * as session from './session.js';

const main = document.getElementById('main');
const sheet = document.getElementById('keys-sheet');
const languagePicker = document.getElementById('language');
const signOutButton = document.getElementById('sign-out');
let account = null;
let desk = null;

/** The desk of each role; the first role of the account that has one wins. */
const DESKS = {
  OPERATOR: () => import('./operator.js'),
  RECEPTION: () => import('./reception.js'),
  PRODUCER: () => import('./producer.js'),
  CLERK: () => import('./clerk.js'),
  DISPATCHER: () => import('./dispatcher.js'),
  OFFICER: () => import('./official.js'),
  SUPERVISOR: () => import('./supervisor.js'),
  ADMIN: () => import('./administrator.js'),
  ANALYST: () => import('./analyst.js'),
};

async function start() {
  await session.prepare(i18n.preferred()).catch(() => {}); // unanswered: the sign-in form says why
  account = await session.current().catch(() => null);
  await i18n.use(i18n.preferred(account));
  languagePicker.value = i18n.current();
  api.language = i18n.current();
  i18n.translate();
  if (account) {
    await openDesk();
  } else {
    showSignIn();
  }
  performance.mark('console-ready'); // the browser tests measure how soon a desk can be worked
}

function showSignIn(message) {
  if (!session.byPassword()) {
    session.signInAgain(i18n.current());
    return;
  }
  keys.clear();
  bindSheet();
  desk = null;
  account = null;
  document.getElementById('account').textContent = '';
  document.getElementById('desk-title').textContent = '';
  signOutButton.hidden = true;
  main.replaceChildren(document.getElementById('sign-in-view').content.cloneNode(true));
  i18n.translate(main);
  const form = main.querySelector('#sign-in');
  const error = main.querySelector('#sign-in-error');
  error.textContent = message || '';
  form.username.focus();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      account = await session.signIn(form.username.value.trim(), form.password.value);
      await i18n.use(i18n.preferred(account));
      languagePicker.value = i18n.current();
      api.language = i18n.current();
      i18n.translate();
      await openDesk();
    } catch (failure) {
      form.password.value = '';
      error.textContent = signInProblem(failure);
      form.password.focus();
    } finally {
      button.disabled = false;
    }
  });
}

function signInProblem(failure) {
  if (!(failure instanceof ApiError)) return i18n.t('problem.other', { detail: failure.message });
  if (failure.status === 401) return i18n.t('session.wrong');
  if (failure.status === 429) return i18n.t('session.tooMany', { seconds: failure.retryAfter || 60 });
  if (failure.status === 400) return i18n.t('rule.required');
  return failure.status === 0 ? i18n.t('problem.network') : i18n.t('problem.server');
}

async function openDesk() {
  keys.clear();
  bindSheet();
  document.getElementById('account').textContent = account.username;
  signOutButton.hidden = false;
  const role = account.roles.find((r) => DESKS[r]);
  if (!role) {
    main.replaceChildren(Object.assign(document.createElement('p'), { textContent: i18n.t('session.noDesk') }));
    return;
  }
  const module = await DESKS[role]();
  desk = module.open(main, { account, onSessionEnded: () => showSignIn(i18n.t('session.expired')) });
  document.getElementById('desk-title').textContent = i18n.t(module.TITLE);
}

function bindSheet() {
  keys.bind('?', 'keys.openSheet', () => {
    keys.fillSheet(sheet.querySelector('table'));
    sheet.showModal();
  });
}

document.getElementById('shortcuts').addEventListener('click', () => {
  keys.fillSheet(sheet.querySelector('table'));
  sheet.showModal();
});

signOutButton.addEventListener('click', async () => {
  desk?.close?.();
  await session.signOut();
  showSignIn();
});

languagePicker.addEventListener('change', async () => {
  await i18n.use(languagePicker.value);
  if (account) {
    account.language = i18n.current();
    session.chooseLanguage(account.language).catch(() => {}); // kept for the next sign-in; the desk goes on
  }
  api.language = i18n.current();
  i18n.translate();
  desk?.translate?.();
  if (desk) document.getElementById('desk-title').textContent = i18n.t(desk.title);
});

start();
