/**
 * A Text as the feed writes it — a plain string in the feed's language, or
 * an object of translations (`{"de": "Frauentreff", "tr": "Kadınlar buluşması"}`)
 * — read and changed one language at a time. A Text that holds only the
 * feed's language is written as a plain string, as partners write it by hand.
 */
import { isRecord, own } from '../feed/checks.js';

/** The languages `value` holds, the feed's language first; a plain string is in the feed's language. */
export function textLanguages(value: unknown, feedLang: string): string[] {
  if (typeof value === 'string') return [feedLang];
  if (!isRecord(value)) return [];
  const langs = Object.keys(value).filter((lang) => typeof own(value, lang) === 'string');
  return langs.includes(feedLang) ? [feedLang, ...langs.filter((l) => l !== feedLang)] : langs;
}

/** The text of `value` in `lang` ('' when it has none). */
export function textIn(value: unknown, lang: string, feedLang: string): string {
  if (typeof value === 'string') return lang === feedLang ? value : '';
  if (!isRecord(value)) return '';
  const text = own(value, lang);
  return typeof text === 'string' ? text : '';
}

/**
 * `value` with its text in `lang` set to `text` (removed when `text` is
 * empty), or `undefined` when no text is left. Other languages keep their
 * order; a new language goes last. The value keeps its form: a plain string
 * (or a new text) stays one while it holds only the feed's language, and an
 * object becomes a plain string only when a language is removed from it.
 */
export function withText(value: unknown, lang: string, text: string, feedLang: string): unknown {
  const entries: Array<[string, unknown]> = typeof value === 'string' ? [[feedLang, value]] : isRecord(value) ? Object.entries(value) : [];
  const index = entries.findIndex(([key]) => key === lang);
  if (text === '') {
    if (index !== -1) entries.splice(index, 1);
  } else if (index === -1) entries.push([lang, text]);
  else entries[index] = [lang, text];
  if (entries.length === 0) return undefined;
  const collapse = typeof value === 'string' || value === undefined || (text === '' && index !== -1);
  if (collapse && entries.length === 1 && entries[0]![0] === feedLang && typeof entries[0]![1] === 'string') return entries[0]![1];
  const out: Record<string, unknown> = {};
  for (const [key, item] of entries) Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
  return out;
}

/** A record's name in the feed's language (else in its first language), '' when it has none. */
export function nameOf(record: unknown, feedLang: string): string {
  const name = isRecord(record) ? own(record, 'name') : undefined;
  const text = textIn(name, feedLang, feedLang);
  if (text) return text;
  const first = textLanguages(name, feedLang)[0];
  return first ? textIn(name, first, feedLang) : '';
}
