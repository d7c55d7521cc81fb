/**
 * Calendar dates as strings (`YYYY-MM-DD`) and the little arithmetic a
 * schedule needs: days counted in UTC, so that no time zone and no summer
 * time can shift a date.
 */
import { WEEKDAYS, type Weekday } from './types.js';

export const DAY_MS = 86_400_000;

/** Midnight UTC of a date, in milliseconds. */
export function toUtc(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y!, (m ?? 1) - 1, d ?? 1);
}

/** The date of a UTC instant. */
export function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The date `days` after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** The weekday of a date. */
export function weekdayOf(date: string): Weekday {
  // getUTCDay: 0 = Sunday; WEEKDAYS starts on Monday.
  return WEEKDAYS[(new Date(toUtc(date)).getUTCDay() + 6) % 7]!;
}

/** Days in a month (1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day a partial date (`2026`, `2026-03`, `2026-03-15`) can mean. */
export function startOfPartial(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** The last day a partial date can mean. */
export function endOfPartial(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number);
    return `${date}-${String(daysInMonth(y!, m!)).padStart(2, '0')}`;
  }
  return date;
}
