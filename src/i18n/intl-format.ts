/**
 * Numbers, dates, times, lists and language names for a reader, with `Intl`
 * in the language of the texts they read. Where the browser's `Intl` has no
 * date data for that language (Chromium on Linux lacks Pashto, Sorani,
 * Somali, Tigrinya, …), weekday and month names, date patterns and lists come
 * from the table's `calendar.*` texts, and clock times are written 24-hour
 * ("14:30"). Dates are always Gregorian: the offers are in Germany, and
 * `Intl` would write Farsi, Dari and Pashto dates in the solar Hijri
 * calendar. An unknown or malformed tag falls back to German, never throws.
 * (Plain numbers: `formatNumber` in format.ts, which the entry needs.)
 */
import { formatNumber, numberLocale } from './format.js';
import { primaryLanguage } from './resolve-lang.js';
import type { Translate } from './translate.js';

export { formatNumber };

type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | Intl.DisplayNames;
const cache = new Map<string, Formatter>();

function cached<T extends Formatter>(key: string, make: (lang: string) => T, lang: string): T {
  const id = `${key}|${lang}`;
  let f = cache.get(id) as T | undefined;
  if (!f) {
    try {
      f = make(lang);
    } catch {
      f = make('de');
    }
    cache.set(id, f);
  }
  return f;
}

/**
 * The locale `Intl` formats a table's language in, where it differs from the
 * table's tag: the English table is British (`en` alone would be American,
 * "December 31, 2021", "1 PM"); Arabic writes Latin digits, CLDR's default
 * for `ar` (pinned, since older browsers had Arabic-Indic digits there), as
 * the feed's addresses, phone numbers and prices are written; Hindi and
 * Urdu write clock times 24-hour, since `Intl`'s 12-hour times put Latin
 * "am"/"AM" into their sentences.
 */
const TABLE_LOCALES: Readonly<Record<string, string>> = {
  en: 'en-GB',
  ar: 'ar-u-nu-latn',
  hi: 'hi-u-hc-h23',
  ur: 'ur-u-hc-h23',
};

/**
 * The tag `Intl` formats in for `t`: the reader's own tag when the table is
 * in that language and the tag names a region (`en-US` → American dates),
 * the table's locale when the tag is the table's language alone (`en` →
 * British dates), else the table's locale (a page in Japanese, which has no
 * table, reads German dates, not Japanese ones).
 */
export function intlLang(t: Translate): string {
  const own = t.table === primaryLanguage(t.lang) || t.table === t.lang.toLowerCase();
  if (own && t.lang.toLowerCase() !== t.table) return t.lang;
  return TABLE_LOCALES[t.table] ?? (own ? t.lang : t.table);
}

const support = new Map<string, boolean>();

/** Whether this browser's `Intl` has `api`'s data (date names, language names) for `lang`. */
function supports(api: typeof Intl.DateTimeFormat | typeof Intl.DisplayNames, lang: string): boolean {
  const key = `${api.name}|${lang}`;
  let known = support.get(key);
  if (known === undefined) {
    try {
      known = api.supportedLocalesOf([lang]).length > 0;
    } catch {
      known = false;
    }
    support.set(key, known);
  }
  return known;
}

/** Whether this browser's `Intl` has date data (weekday and month names) for `lang`. */
export function hasIntlDates(lang: string): boolean {
  return supports(Intl.DateTimeFormat, lang);
}

/** The numbering system `Intl` writes numbers of `lang` in (`arabext` for Persian, `latn` for most). */
function numberingSystem(lang: string): string {
  return cached('n', (l) => new Intl.NumberFormat(numberLocale(l)), lang).resolvedOptions().numberingSystem;
}

/**
 * A number written without grouping in `lang`'s digits: a year ("۲۰۱۲" in
 * Persian, never "2012" beside Persian dates), a day of the month.
 */
function plainNumber(value: number, lang: string): string {
  return cached('p', (l) => new Intl.NumberFormat(numberLocale(l), { useGrouping: false }), lang).format(value);
}

/** The names of a comma-separated `calendar.*` list ("Montag, Dienstag, …"; Arabic, Chinese and Ethiopic commas too). */
function names(t: Translate, key: 'calendar.weekdays' | 'calendar.months'): string[] {
  return t(key).split(/\s*[,،、፣]\s*/);
}

/** The seven weekday names, Monday first. */
export function weekdayNames(t: Translate): readonly string[] {
  const lang = intlLang(t);
  if (!hasIntlDates(lang)) return names(t, 'calendar.weekdays');
  const f = cached('wk', (l) => new Intl.DateTimeFormat(l, { weekday: 'long', timeZone: 'UTC' }), lang);
  // 1 January 2024 was a Monday.
  return [0, 1, 2, 3, 4, 5, 6].map((i) => f.format(Date.UTC(2024, 0, 1 + i)));
}

/** A list joined with "and" ("dienstags und donnerstags"). */
export function formatList(items: readonly string[], t: Translate): string {
  const lang = intlLang(t);
  // Some engines have a language's dates but not its list words (Node's ICU for Sorani): they would join with "and".
  if (!hasIntlDates(lang) || !Intl.ListFormat.supportedLocalesOf(lang).length) {
    if (items.length < 2) return items.join('');
    return t('calendar.list', { items: items.slice(0, -1).join(t('calendar.comma')), last: items.at(-1)! });
  }
  return cached('list', (l) => new Intl.ListFormat(l, { type: 'conjunction' }), lang).format(items);
}

export function formatMoney(value: number, currency: string, t: Translate): string {
  const lang = intlLang(t);
  try {
    // Whole amounts without cents, others with: one cached formatter for each.
    const digits = value % 1 === 0 ? 0 : 2;
    return cached(`m${currency}${digits}`, (l) => new Intl.NumberFormat(l, { style: 'currency', currency, maximumFractionDigits: digits }), lang).format(value);
  } catch {
    return `${formatNumber(value, lang)} ${currency}`;
  }
}

/** A date as precise as it is given: `2012` → "2012", `2021-01` → "Januar 2021", `2021-12-31` → "31. Dezember 2021". */
export function formatPartialDate(date: string, t: Translate): string {
  const lang = intlLang(t);
  const [y, m, d] = date.split('-').map(Number);
  const year = plainNumber(y!, lang);
  if (m === undefined) return year;
  if (!hasIntlDates(lang)) {
    const month = names(t, 'calendar.months')[m - 1] ?? String(m);
    return d === undefined ? t('calendar.month', { month, year }) : t('calendar.date', { day: plainNumber(d, lang), month, year });
  }
  const utc = new Date(Date.UTC(y!, m - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions =
    d === undefined
      ? { year: 'numeric', month: 'long', timeZone: 'UTC', calendar: 'gregory' }
      : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC', calendar: 'gregory' };
  return cached(d === undefined ? 'ym' : 'ymd', (l) => new Intl.DateTimeFormat(l, options), lang).format(utc);
}

/** A calendar date with its weekday, e.g. "Dienstag, 24. November 2026". */
export function formatDayDate(date: string, t: Translate): string {
  const lang = intlLang(t);
  const [y, m, d] = date.split('-').map(Number);
  const utc = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  if (!hasIntlDates(lang)) {
    // getUTCDay: 0 is Sunday; the names start with Monday.
    const weekday = weekdayNames(t)[(utc.getUTCDay() + 6) % 7]!;
    return t('calendar.weekday-date', { weekday, date: formatPartialDate(date, t) });
  }
  return cached(
    'wd',
    (l) => new Intl.DateTimeFormat(l, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC', calendar: 'gregory' }),
    lang,
  ).format(utc);
}

/** A moment as date and time, e.g. "22. November 2026, 07:30" (the table's words where `Intl` lacks the language). */
export function formatDateTime(time: number, t: Translate): string {
  const lang = intlLang(t);
  const moment = new Date(time);
  if (!hasIntlDates(lang)) {
    const pad = (n: number): string => String(n).padStart(2, '0');
    const day = `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
    return `${formatPartialDate(day, t)}${t('text.separator')}${formatClock(`${pad(moment.getHours())}:${pad(moment.getMinutes())}`, t)}`;
  }
  return cached('dt', (l) => new Intl.DateTimeFormat(l, { dateStyle: 'long', timeStyle: 'short', calendar: 'gregory' }), lang).format(moment);
}

/**
 * The language `Intl` writes clock times in: the reader's; where it has no
 * date data, 24-hour German style ("14:30") in the digits of the language.
 */
export function clockLang(t: Translate): string {
  const lang = intlLang(t);
  if (hasIntlDates(lang)) return lang;
  const digits = numberingSystem(lang);
  return digits === 'latn' ? 'de' : `de-u-nu-${digits}`;
}

/**
 * The clock format of `lang`, and for the end of the day (`24:00`) one with
 * hours 0–23 also where the language counts 12 hours: "24:00" says the end of
 * the day, "12:00 AM" or "0:00" would say its start.
 */
export function clockFormat(
  lang: string,
  endOfDay: boolean,
  options: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' },
): Intl.DateTimeFormat {
  const key = `t${endOfDay ? '24' : ''}${options.minute ?? ''}`;
  return cached(key, (l) => new Intl.DateTimeFormat(l, { ...options, timeZone: 'UTC', ...(endOfDay ? { hourCycle: 'h23' } : {}) }), lang);
}

/** The parts of a clock time `HH:MM` (`00:00`…`24:00`), the hour of `24:00` written 24. */
export function clockParts(time: string, lang: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormatPart[] {
  const [h = 0, min = 0] = time.split(':').map(Number);
  const parts = clockFormat(lang, h === 24, options).formatToParts(new Date(Date.UTC(2000, 0, 1, h % 24, min)));
  return h === 24 ? parts.map((p) => (p.type === 'hour' ? { ...p, value: plainNumber(24, lang) } : p)) : parts;
}

/** A wall-clock time `HH:MM` in the language's style ("10:00", "10:00 AM"; the end of the day "24:00"). */
export function formatClock(time: string, t: Translate): string {
  return clockParts(time, clockLang(t))
    .map((p) => p.value)
    .join('');
}

/**
 * The name of a language for the reader, e.g. `ar` in German → "Arabisch".
 * Where `Intl` has no names in the reader's language (Chromium on Linux:
 * Pashto, Sorani, Tigrinya, …), German (the language of most feeds) is named
 * by the table (`language.de`), any other language in itself ("العربية"),
 * which its own speakers at least can read; German names as the last resort.
 */
export function languageName(tag: string, t: Translate): string {
  const reader = intlLang(t);
  const named = (l: string): boolean => supports(Intl.DisplayNames, l);
  if (!named(reader) && primaryLanguage(tag) === 'de') return t('language.de');
  const lang = named(reader) ? reader : named(tag) ? tag : 'de';
  try {
    return cached('ln', (l) => new Intl.DisplayNames([l, 'de'], { type: 'language' }), lang).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
