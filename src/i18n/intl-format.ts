/**
 * Numbers, dates, times and money for a language, with `Intl`. An unknown
 * or malformed language tag falls back to German instead of throwing.
 * (Plain numbers: `formatNumber` in format.ts, which the entry needs.)
 */
import { formatNumber } from './format.js';

export { formatNumber };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: (lang: string) => T, lang: string): T {
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

export function formatMoney(value: number, currency: string, lang: string): string {
  try {
    // Whole amounts without cents, others with: one cached formatter for each.
    const digits = value % 1 === 0 ? 0 : 2;
    return cached(`m${currency}${digits}`, (l) => new Intl.NumberFormat(l, { style: 'currency', currency, maximumFractionDigits: digits }), lang).format(value);
  } catch {
    return `${formatNumber(value, lang)} ${currency}`;
  }
}

/** A date as precise as it is given: `2012` → "2012", `2021-01` → "Januar 2021", `2021-12-31` → "31. Dezember 2021". */
export function formatPartialDate(date: string, lang: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return String(y);
  const utc = new Date(Date.UTC(y!, m - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions =
    d === undefined
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return cached(d === undefined ? 'ym' : 'ymd', (l) => new Intl.DateTimeFormat(l, options), lang).format(utc);
}

/** A calendar date with its weekday, e.g. "Dienstag, 24. November 2026". */
export function formatDayDate(date: string, lang: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const utc = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  return cached(
    'wd',
    (l) => new Intl.DateTimeFormat(l, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
    lang,
  ).format(utc);
}

/** A wall-clock time `HH:MM` in the language's style ("10:00", "10:00 AM"). */
export function formatClock(time: string, lang: string): string {
  const [h, min] = time.split(':').map(Number);
  const utc = new Date(Date.UTC(2000, 0, 1, h === 24 ? 0 : h, min));
  return cached('t', (l) => new Intl.DateTimeFormat(l, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }), lang).format(utc);
}

/** The name of a language in `lang`, e.g. `ar` in German → "Arabisch". */
export function languageName(tag: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang, 'de'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
