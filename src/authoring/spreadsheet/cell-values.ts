/**
 * A feed's values as spreadsheet cells and back, by the kind of field
 * (`FieldKind`). Writing gives what a partner would type: codes by their
 * German names ("Dienstag", "Beratung"), lists comma-separated, "ja"/"nein",
 * texts in the feed's language in the main column and translations in
 * columns of their own. Reading takes what partners and spreadsheet programs
 * produce: names in German or English, codes or aliases; numbers typed as
 * text or with a decimal comma ("51,89"); real dates and times (converted to
 * ISO); German dates ("31.12.2021"); "10.30 Uhr". A value it cannot make
 * sense of is kept as written, for the validator to name.
 */
import { codeFromWord, codeLabel } from '../code-labels.js';
import type { FieldSpec } from '../feed-fields.js';
import { NO, YES } from './sheet-words.js';

/** A cell a spreadsheet program showed as a date or time: its parts in ISO form, and the text it showed. */
export interface DateCell {
  /** `YYYY-MM-DD`. */
  readonly date?: string;
  /** `HH:MM`, or `HH:MM:SS` when the seconds are not 0. */
  readonly time?: string;
  readonly text: string;
}

export type CellValue = string | number | boolean | DateCell;

/** The text a cell shows, trimmed; `''` for an empty one. */
export function cellText(cell: CellValue | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell === 'object') return cell.text.trim();
  if (typeof cell === 'boolean') return cell ? YES.de : NO.de;
  return String(cell).trim();
}

/** A number as people write it: `1234`, `1234,5`, `1.234,5`, `1,234.5`, `1.5e3`; dots group thousands only in whole numbers. */
export function parseNumber(written: string, whole = false): number | undefined {
  const t = written.replace(/[\s\u00a0\u202f']/g, '').replace(/^\+/, '');
  if (/^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(t)) {
    return whole && /^-?\d{1,3}(?:\.\d{3})+$/.test(t) ? Number(t.replace(/\./g, '')) : Number(t);
  }
  if (/^-?\d+,\d+$/.test(t)) return Number(t.replace(',', '.'));
  if (/^-?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  if (/^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
  return undefined;
}

const pad = (n: string | number): string => String(n).padStart(2, '0');

/** `10:00` from `10`, `10.00`, `10:00 Uhr`, `9.30h`; `undefined` otherwise. */
function parseClock(written: string): string | undefined {
  const m = /^(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})?\s*(?:uhr|h)?$/i.exec(written);
  if (!m || Number(m[1]) > 24 || Number(m[2] ?? 0) > 59) return undefined;
  return `${pad(m[1]!)}:${m[2] ?? '00'}`;
}

/** ISO from a German date: `31.12.2021` → `2021-12-31`, `12.2021` → `2021-12`, with a time `… 15:00` → `…T15:00`. */
function parseGermanDate(written: string): string | undefined {
  const m = /^(?:(\d{1,2})\.)?(\d{1,2})\.(\d{4})(?:,?\s+(.+))?$/.exec(written);
  if (!m) return undefined;
  const date = m[1] === undefined ? `${m[3]}-${pad(m[2]!)}` : `${m[3]}-${pad(m[2]!)}-${pad(m[1])}`;
  if (m[4] === undefined) return date;
  const clock = m[1] === undefined ? undefined : parseClock(m[4]);
  return clock === undefined ? undefined : `${date}T${clock}`;
}

function isDateCell(cell: CellValue): cell is DateCell {
  return typeof cell === 'object';
}

function fromDateCell(cell: DateCell, kind: FieldSpec['kind']): string {
  if (kind === 'date') return cell.date ?? cell.text;
  if (kind === 'time') return cell.time?.slice(0, 5) ?? cell.text;
  if (kind === 'date-time' && cell.date) return cell.time && cell.time !== '00:00' ? `${cell.date}T${cell.time}` : cell.date;
  return cell.text;
}

function words(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function booleanOf(text: string): boolean | undefined {
  const word = text.toLocaleLowerCase('de');
  if ([YES.de, YES.en, 'true', 'wahr', 'x', '1'].includes(word)) return true;
  if ([NO.de, NO.en, 'false', 'falsch', '0'].includes(word)) return false;
  return undefined;
}

const COST_FREE = ['kostenlos', 'free'];

/**
 * The value of a cell in a column for `field` (not a Text's translation
 * columns: see `readText`); `undefined` for an empty cell.
 */
export function fromCell(field: FieldSpec, cell: CellValue | undefined): unknown {
  if (cell === undefined) return undefined;
  const { kind } = field;
  if (isDateCell(cell) && ['date', 'date-time', 'time'].includes(kind)) return fromDateCell(cell, kind);
  if (typeof cell === 'number') {
    if (['integer', 'number', 'set-pos', 'number-or-text'].includes(kind)) return cell;
    if (kind === 'time' && cell >= 0 && cell < 1) return `${pad(Math.floor(cell * 24))}:${pad(Math.round((cell * 1440) % 60))}`;
    if (kind === 'time' && Number.isInteger(cell) && cell <= 24) return `${pad(cell)}:00`;
    if (kind === 'boolean' && (cell === 0 || cell === 1)) return cell === 1;
  }
  if (typeof cell === 'boolean' && kind === 'boolean') return cell;
  const text = cellText(cell);
  if (text === '') return undefined;
  switch (kind) {
    case 'integer':
    case 'number':
    case 'set-pos':
      return parseNumber(text.replace(/^[−–]/, '-'), kind !== 'number') ?? text;
    case 'boolean':
      return booleanOf(text) ?? text;
    case 'code':
      return field.codes ? (codeFromWord(field.codes, text) ?? text) : text;
    case 'codes':
      return words(text).map((word) => (field.codes ? (codeFromWord(field.codes, word) ?? word) : word));
    case 'languages':
      return words(text);
    case 'date':
    case 'date-time':
      return parseGermanDate(text) ?? text;
    case 'time':
      return parseClock(text) ?? text;
    case 'polygon':
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
    case 'number-or-text':
      // A figure typed into a cell formatted as text, or read from CSV, is still a figure.
      return parseNumber(text.replace(/^[−–]/, '-')) ?? text;
    case 'cost':
      return COST_FREE.includes(text.toLocaleLowerCase('de')) ? 'free' : text;
    default:
      return text;
  }
}

/** The cell for `value` in a column for `field`; `undefined` when it is not a value of that kind. */
export function toCell(field: FieldSpec, value: unknown): CellValue | undefined {
  const { kind } = field;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return kind === 'boolean' ? (value ? YES.de : NO.de) : undefined;
  if (Array.isArray(value)) {
    if ((kind !== 'codes' && kind !== 'languages') || !value.every((v): v is string => typeof v === 'string')) return undefined;
    return value.map((v) => (field.codes ? codeLabel(field.codes, v, 'de') : v)).join(', ');
  }
  if (kind === 'polygon' && value !== null && typeof value === 'object') return JSON.stringify(value);
  if (typeof value !== 'string') return undefined;
  if (kind === 'code' && field.codes) return codeLabel(field.codes, value, 'de');
  if (kind === 'cost' && value === 'free') return COST_FREE[0];
  return value;
}

/** A value of a column the format has no place for, or that does not fit its column: as text, or JSON. */
export function toRawCell(value: unknown): CellValue {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value !== '' && value.trim() === value && !parsesAsJson(value)) return value;
  return JSON.stringify(value) ?? 'null';
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The value in a raw column: JSON when it parses, else the text. */
export function fromRawCell(cell: CellValue | undefined): unknown {
  if (cell === undefined) return undefined;
  if (typeof cell === 'number' || typeof cell === 'boolean') return cell;
  const text = cellText(cell);
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
