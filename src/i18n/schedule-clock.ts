/**
 * Clock times inside a schedule in words, in each language's way of writing
 * them with the digits and hour cycle of `Intl` (`clockParts`):
 * - `short` (most languages, whose `schedule.time.*` add a word such as
 *   "Uhr", "uur", "h"): a whole hour without its minutes ("10", "9:30";
 *   "10 AM" where the language counts 12 hours);
 * - `full`: always hours and minutes, where a bare "10" would be unclear
 *   ("10:00–12:00" in English, "9:30–11:00" in Chinese, Vietnamese, Hindi,
 *   Urdu);
 * - `h`: French "9 h 30", "11 h".
 * The end of the day (`24:00`) is "24" ("24:00", "24 h"), never "0" or "12 AM".
 */
import { clockLang, clockParts } from './intl-format.js';
import type { Translate } from './translate.js';

type ClockStyle = 'short' | 'full' | 'h';

/** Each table's clock style where it is not `short`. */
const STYLES: Readonly<Record<string, ClockStyle>> = { en: 'full', zh: 'full', vi: 'full', hi: 'full', ur: 'full', fr: 'h' };

const NBSP = '\u00a0';

/** The words of each clock time per table and language, made once: a card of a hundred offers asks for a few times each. */
const made = new Map<string, string>();

/** A wall-clock time `HH:MM` (`00:00`…`24:00`) for a schedule's words. */
export function scheduleClock(time: string, t: Translate): string {
  const lang = clockLang(t);
  const key = `${t.table}|${lang}|${time}`;
  let words = made.get(key);
  if (words === undefined) made.set(key, (words = clockWords(time, STYLES[t.table] ?? 'short', lang)));
  return words;
}

function clockWords(time: string, style: ClockStyle, lang: string): string {
  const parts = clockParts(time, lang);
  const whole = /:00$/.test(time);
  if (style === 'h') {
    // French typography: "9 h 30", "11 h", with spaces that do not break the time apart.
    const hour = parts.find((p) => p.type === 'hour')!.value;
    const minute = parts.find((p) => p.type === 'minute')!.value;
    return whole ? `${hour}${NBSP}h` : `${hour}${NBSP}h${NBSP}${minute}`;
  }
  if (style === 'full' || !whole) return parts.map((p) => p.value).join('');
  return (
    parts
      // Leave out the minutes and the separator before them (":" or ".").
      .filter((p, i) => p.type !== 'minute' && !(p.type === 'literal' && parts[i + 1]?.type === 'minute'))
      .map((p) => p.value)
      .join('')
      .trim()
  );
}
