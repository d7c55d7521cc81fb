/**
 * Clock times inside a schedule in words: `formatClock`'s style for the
 * language, but a whole hour without its minutes ("10" and "9:30" in German,
 * "10 AM" in English), and `24:00` as "24" where the day has hours 0–23.
 */
import { clockLang, formatClock, formatNumber } from './intl-format.js';
import type { Translate } from './translate.js';

const hourFormats = new Map<string, Intl.DateTimeFormat>();

function hourFormat(lang: string): Intl.DateTimeFormat {
  let f = hourFormats.get(lang);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' };
    try {
      f = new Intl.DateTimeFormat(lang, options);
    } catch {
      f = new Intl.DateTimeFormat('de', options);
    }
    hourFormats.set(lang, f);
  }
  return f;
}

/** A wall-clock time `HH:MM` (`00:00`…`24:00`) for a schedule's words. */
export function scheduleClock(time: string, t: Translate): string {
  const [h = 0, min = 0] = time.split(':').map(Number);
  if (min !== 0) return formatClock(time, t);
  const lang = clockLang(t);
  const f = hourFormat(lang);
  const parts = f.formatToParts(new Date(Date.UTC(2000, 0, 1, h % 24)));
  const endOfDay = h === 24 && /^h2[34]$/.test(f.resolvedOptions().hourCycle ?? '');
  return parts
    // Leave out the minutes and the separator before them (":" or ".").
    .filter((p, i) => p.type !== 'minute' && !(p.type === 'literal' && parts[i + 1]?.type === 'minute'))
    .map((p) => (p.type === 'hour' && endOfDay ? formatNumber(24, lang) : p.value))
    .join('')
    .trim();
}
