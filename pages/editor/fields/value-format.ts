/**
 * Values as partners type them, and as the feed writes them: "51,89" and
 * "51.89" are the number 51.89; "10", "10.30" and "1030" are the times
 * "10:00", "10:30"; "20.6.2026", "06.2026" and "2026" are the dates
 * "2026-06-20", "2026-06" and "2026". What cannot be read is written as
 * typed, so that the checker names it at its field. No DOM.
 */

/** A number from what was typed (decimal comma or point, spaces and thousands dots in whole numbers ignored), or `undefined`. */
export function parseNumber(input: string): number | undefined {
  let value = input.trim().replace(/\s+/g, '');
  if (!value) return undefined;
  if (/^-?\d{1,3}(?:\.\d{3})+$/.test(value)) value = value.replace(/\./g, '');
  value = value.replace(',', '.');
  if (!/^-?(?:\d+\.?\d*|\.\d+)$/.test(value)) return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

/** A number as the page shows it: a decimal comma in German. */
export function displayNumber(value: unknown, lang: string): string {
  if (typeof value !== 'number') return typeof value === 'string' ? value : '';
  const text = String(value);
  return lang === 'de' ? text.replace('.', ',') : text;
}

/** "HH:MM" from what was typed, or `undefined`. "24:00" (midnight at the end of a day) is kept. */
export function parseTime(input: string): string | undefined {
  const value = input.trim().replace(/\s*uhr$/i, '');
  const m = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(value);
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = Number(m[2] ?? '0');
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

const pad = (n: string): string => n.padStart(2, '0');

/** A date, month or year (`2026-06-20`, `2026-06`, `2026`) from German or ISO writing, or `undefined`. */
export function parseDate(input: string): string | undefined {
  const value = input.trim();
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const date = m ? `${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}` : undefined;
  m = /^(\d{1,2})[./](\d{4})$/.exec(value);
  const month = m ? `${m[2]}-${pad(m[1]!)}` : undefined;
  const iso = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value) ? value : undefined;
  const out = date ?? month ?? iso;
  return out && validDate(out) ? out : undefined;
}

function validDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (d === undefined) return true;
  const day = new Date(Date.UTC(y!, m! - 1, d));
  return day.getUTCMonth() === m! - 1 && day.getUTCDate() === d;
}

/** A date as the page shows it: "20.06.2026", "06.2026" in German, ISO otherwise; anything else as written. */
export function displayDate(value: unknown, lang: string): string {
  if (typeof value !== 'string') return '';
  if (lang !== 'de') return value;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return value;
  return [m[3], m[2], m[1]].filter(Boolean).join('.');
}

/** A local date-time of the form the editor writes (`2026-06-20` or `2026-06-20T15:00`), split; `undefined` for other forms. */
export function splitDateTime(value: unknown): { date: string; time: string } | undefined {
  if (value === undefined) return { date: '', time: '' };
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?$/.exec(value);
  return m ? { date: m[1]!, time: m[2] ?? '' } : undefined;
}
