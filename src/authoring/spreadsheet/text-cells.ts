/**
 * A Text in a spreadsheet: the feed's language in the column itself, each
 * other language in a column of its own ("Name (tr)"). And what counts as
 * the same value after a round trip through cells: strings as the validator
 * cleans them (trimmed, line ends `\n`), and a Text that has only the feed's
 * language equal to that plain string (the format defines them as the same).
 */
import { isRecord, UNSAFE_KEYS } from '../../feed/checks.js';
import { cellText, type CellValue } from './cell-values.js';

/** The language of the feed's plain-string texts: its `language`, else German. */
export function feedLanguage(root: unknown): string {
  const lang = isRecord(root) ? root['language'] : undefined;
  return typeof lang === 'string' && lang.trim() !== '' ? lang.trim() : 'de';
}

/** A language key that can head a column: no spaces or brackets. */
export function isColumnLanguage(key: string): boolean {
  return /^[^\s()[\]]+$/.test(key) && !UNSAFE_KEYS.has(key);
}

export interface TextCells {
  readonly main?: string;
  readonly languages: ReadonlyMap<string, string>;
}

/** The cells of a Text, or `undefined` when `value` is not one. */
export function textToCells(value: unknown, lang: string): TextCells | undefined {
  if (typeof value === 'string') return { main: value, languages: new Map() };
  if (!isRecord(value)) return undefined;
  const languages = new Map<string, string>();
  let main: string | undefined;
  for (const [key, text] of Object.entries(value)) {
    if (typeof text !== 'string') return undefined;
    if (key === lang) main = text;
    else if (isColumnLanguage(key)) languages.set(key, text);
    else return undefined;
  }
  return { ...(main !== undefined ? { main } : {}), languages };
}

/** A Text from its cells: a plain string when only the main column is filled. */
export function textFromCells(main: CellValue | undefined, languages: ReadonlyMap<string, CellValue | undefined>, lang: string): unknown {
  const own = cellText(main);
  const other = [...languages].map(([key, cell]) => [key, cellText(cell)] as const).filter(([, text]) => text !== '');
  if (other.length === 0) return own === '' ? undefined : own;
  const text: Record<string, string> = {};
  if (own !== '') text[lang] = own;
  for (const [key, value] of other) text[key] = value;
  return text;
}

/** `value` as it should read back: strings cleaned, a Text in the feed's language alone as that string. */
export function comparable(value: unknown, lang: string): unknown {
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n').trim();
  if (Array.isArray(value)) return value.map((v) => comparable(v, lang));
  if (!isRecord(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === lang && typeof value[lang] === 'string') return comparable(value[lang], lang);
  const out: Record<string, unknown> = {};
  for (const key of keys) Object.defineProperty(out, key, { value: comparable(value[key], lang), enumerable: true });
  return out;
}

/** Deep equality of JSON values, keys in any order. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  if (!isRecord(a) || !isRecord(b) || Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameJson(a[k], b[k]));
}
