// The desk's language: one catalogue per language, keyed by meaning (messages/<lang>.js); dates and
// numbers in that language's format. The choice is remembered per account on the server (PUT
// /session/language), so it follows the official to any computer; the citizen's language is a field
// of each appeal, apart from this.

export const LANGUAGES = ['ky', 'ru', 'en'];
const LOCALES = { ky: 'ky-KG', ru: 'ru-RU', en: 'en-GB' };

let language = 'en';
let messages = {};
let fallback = {};

export function current() {
  return language;
}

/** The language to start with: the account's last choice, else the browser's, else Russian. */
export function preferred(account) {
  if (LANGUAGES.includes(account?.language)) return account.language;
  const browser = (navigator.language || '').slice(0, 2);
  return LANGUAGES.includes(browser) ? browser : 'ru';
}

export async function use(lang) {
  language = LANGUAGES.includes(lang) ? lang : 'en';
  [messages, fallback] = await Promise.all([
    import(`./messages/${language}.js`).then((m) => m.default),
    import('./messages/en.js').then((m) => m.default),
  ]);
  document.documentElement.lang = language;
}

/** The message for {@code key} with {name} placeholders filled; the key itself when none exists. */
export function t(key, params = {}) {
  const text = messages[key] ?? fallback[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (params[name] ?? `{${name}}`));
}

export function has(key) {
  return key in messages || key in fallback;
}

/** Fills the texts of a part of the page: data-i18n (text), data-i18n-label (aria-label), data-i18n-title. */
export function translate(root = document) {
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-label]').forEach((el) => el.setAttribute('aria-label', t(el.dataset.i18nLabel)));
  root.querySelectorAll('[data-i18n-title]').forEach((el) => el.setAttribute('title', t(el.dataset.i18nTitle)));
}

/** A catalogue other than the desk's, for what the citizen takes away: its own t(). */
export async function catalogue(lang) {
  const [own, english] = await Promise.all([import(`./messages/${lang}.js`), import('./messages/en.js')]);
  return (key, params = {}) => (own.default[key] ?? english.default[key] ?? key)
    .replace(/\{(\w+)\}/g, (_, name) => (params[name] ?? `{${name}}`));
}

/** A reference entry's name (nameKy, nameRu, nameEn) in a language. */
export function nameIn(lang, entry) {
  const field = `name${lang.charAt(0).toUpperCase()}${lang.slice(1)}`;
  return entry[field] ?? entry.nameRu ?? entry.code;
}

/**
 * The API's times carry the office's offset (+06:00 in Bishkek): dates and times are shown as the
 * office counts them, whatever the zone of the browser's computer.
 */
function parts(value) {
  const offset = /([+-]\d{2}:\d{2}|Z)$/.exec(value)?.[1];
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return { instant: new Date(value), timeZone: offset === 'Z' ? 'UTC' : offset, day };
}

const KYRGYZ_MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь',
  'ноябрь', 'декабрь'];
/** Chromium's own ICU carries no Kyrgyz: its dates are then written as Kyrgyz writes them, its numbers as Russian. */
const KYRGYZ_BUILT_IN = Intl.DateTimeFormat.supportedLocalesOf(['ky']).length > 0;

function kyrgyz(instant, timeZone, withTime) {
  const fields = { year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  let split;
  try {
    split = new Intl.DateTimeFormat('en-GB', { ...fields, timeZone }).formatToParts(instant);
  } catch {
    split = new Intl.DateTimeFormat('en-GB', fields).formatToParts(instant);
  }
  const p = Object.fromEntries(split.map((x) => [x.type, x.value]));
  const day = `${p.year}-ж., ${Number(p.day)}-${KYRGYZ_MONTHS[Number(p.month) - 1]}`;
  return withTime ? `${day}, ${p.hour}:${p.minute}` : day;
}

function format(lang, value, options) {
  if (!value) return '';
  const { instant, timeZone, day } = parts(value);
  if (lang === 'ky' && !KYRGYZ_BUILT_IN) {
    return !options.timeStyle && day
      ? kyrgyz(new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))), 'UTC', false)
      : kyrgyz(instant, timeZone, Boolean(options.timeStyle));
  }
  const locale = LOCALES[lang] || lang;
  if (!options.timeStyle && day) {
    // A date alone is the office's calendar day, as the API wrote it.
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })
      .format(new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))));
  }
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(instant);
  } catch {
    return new Intl.DateTimeFormat(locale, options).format(instant);
  }
}

export function dateIn(lang, value) {
  return format(lang, value, { dateStyle: 'long' });
}

export function dateTimeIn(lang, value) {
  return format(lang, value, { dateStyle: 'long', timeStyle: 'short' });
}

export function date(value) {
  return format(language, value, { dateStyle: 'medium' });
}

/** A date in a column: digits only (24.12.2026), as both Kyrgyz and Russian write them short. */
export function shortDate(value) {
  const day = value && /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!day) return '';
  const locale = language === 'ky' ? LOCALES.ru : LOCALES[language];
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))));
}

export function dateTime(value) {
  return format(language, value, { dateStyle: 'medium', timeStyle: 'short' });
}

export function number(value) {
  const locale = language === 'ky' && !KYRGYZ_BUILT_IN ? LOCALES.ru : LOCALES[language];
  return new Intl.NumberFormat(locale).format(value);
}

/** The name of a month (0 for January) in the desk's language, standing alone as a calendar's heading. */
export function monthName(month) {
  if (language === 'ky' && !KYRGYZ_BUILT_IN) return KYRGYZ_MONTHS[month];
  return new Intl.DateTimeFormat(LOCALES[language], { month: 'long', timeZone: 'UTC' })
    .formatToParts(new Date(Date.UTC(2026, month, 1))).find((p) => p.type === 'month').value;
}

const KYRGYZ_WEEKDAYS = ['Дш', 'Шш', 'Шр', 'Бш', 'Жм', 'Иш', 'Жк'];

/** The short names of the days of the week, Monday first, as a calendar's columns. */
export function weekdayNames() {
  if (language === 'ky' && !KYRGYZ_BUILT_IN) return KYRGYZ_WEEKDAYS;
  const format = new Intl.DateTimeFormat(LOCALES[language], { weekday: 'short', timeZone: 'UTC' });
  return [...Array(7).keys()].map((d) => format.format(new Date(Date.UTC(2026, 0, 5 + d)))); // 5 January 2026 was a Monday
}

/**
 * A refusal of the API in the desk's language: the rule a field broke when the catalogue knows its
 * wording, else the server's own words (in English) after the field's name.
 */
export function problemMessage(fieldError) {
  const rule = RULES.find(([pattern]) => pattern.test(fieldError.message));
  return rule ? t(rule[1]) : fieldError.message;
}

const RULES = [
  [/^is required/, 'rule.required'],
  [/^must be a phone number/, 'rule.phone'],
  [/^must be an e-mail address/, 'rule.email'],
  [/^is longer than|^must be at most|^is at most/, 'rule.tooLong'],
  [/^must be a language code/, 'rule.language'],
  [/^must be 4 to 20 letters/, 'rule.nationalId'],
  [/^is for complaints only/, 'rule.respondentForComplaints'],
  [/^must not be in the future/, 'rule.future'],
  [/^No (subject|region|body|reception point)|^is not a known|^Unknown/, 'rule.unknownCode'],
];
