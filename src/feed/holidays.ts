/**
 * The public holidays (gesetzliche Feiertage) of the German Länder, for any
 * year from 1995 on (when the Buß- und Bettag ceased to be a holiday outside
 * Sachsen): a small rule table, fixed dates and days counted from Easter
 * Sunday. A Land's list holds what holds in the whole Land, and Mariä
 * Himmelfahrt in Bayern, a holiday in most of its municipalities; holidays of
 * single municipalities (Fronleichnam in parts of Sachsen and Thüringen, the
 * Augsburger Friedensfest) are not in it. `DE` is the nine nationwide ones.
 *
 * A table of our own rather than a library: the one maintained German
 * library on npm (feiertagejs) lacks Hessen's Ostersonntag and Pfingstsonntag
 * and Berlin's one-off 8 May 2025, and works on `Date` objects in the
 * visitor's time zone; test/feed/holidays.test.ts holds this table against
 * the Länder's lists for 2025–2028.
 */
import { addDays } from './calendar-days.js';
import type { HolidayRegion } from './types.js';

/** The holidays by name; the names are message keys' last part (`holiday.<name>`). */
export const HOLIDAY_NAMES = [
  'new-year',
  'epiphany',
  'womens-day',
  'good-friday',
  'easter-sunday',
  'easter-monday',
  'labour-day',
  'liberation-day',
  'ascension',
  'whit-sunday',
  'whit-monday',
  'corpus-christi',
  'assumption',
  'childrens-day',
  'german-unity',
  'reformation',
  'all-saints',
  'repentance',
  'christmas',
  'boxing-day',
] as const;
export type HolidayName = (typeof HOLIDAY_NAMES)[number];

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm), `YYYY-MM-DD`. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A holiday: when (a fixed `MM-DD` or days after Easter Sunday), where, and in which years. */
interface HolidayRule {
  readonly name: HolidayName;
  readonly fixed?: string;
  readonly easter?: number;
  /** The Wednesday before 23 November. */
  readonly repentance?: true;
  /** Länder it holds in; none = everywhere. */
  readonly in?: readonly HolidayRegion[];
  /** First year it holds in, per Land where that differs. */
  readonly since?: Partial<Readonly<Record<HolidayRegion, number>>>;
  /** Only in these years. */
  readonly years?: readonly number[];
}

const RULES: readonly HolidayRule[] = [
  { name: 'new-year', fixed: '01-01' },
  { name: 'epiphany', fixed: '01-06', in: ['BW', 'BY', 'ST'] },
  { name: 'womens-day', fixed: '03-08', in: ['BE', 'MV'], since: { BE: 2019, MV: 2023 } },
  { name: 'good-friday', easter: -2 },
  { name: 'easter-sunday', easter: 0, in: ['BB', 'HE'] },
  { name: 'easter-monday', easter: 1 },
  { name: 'labour-day', fixed: '05-01' },
  { name: 'liberation-day', fixed: '05-08', in: ['BE'], years: [2020, 2025] },
  { name: 'ascension', easter: 39 },
  { name: 'whit-sunday', easter: 49, in: ['BB', 'HE'] },
  { name: 'whit-monday', easter: 50 },
  { name: 'corpus-christi', easter: 60, in: ['BW', 'BY', 'HE', 'NW', 'RP', 'SL'] },
  { name: 'assumption', fixed: '08-15', in: ['BY', 'SL'] },
  { name: 'childrens-day', fixed: '09-20', in: ['TH'], since: { TH: 2019 } },
  { name: 'german-unity', fixed: '10-03' },
  {
    name: 'reformation',
    fixed: '10-31',
    in: ['BB', 'HB', 'HH', 'MV', 'NI', 'SN', 'ST', 'SH', 'TH'],
    since: { HB: 2018, HH: 2018, NI: 2018, SH: 2018 },
  },
  { name: 'all-saints', fixed: '11-01', in: ['BW', 'BY', 'NW', 'RP', 'SL'] },
  { name: 'repentance', repentance: true, in: ['SN'] },
  { name: 'christmas', fixed: '12-25' },
  { name: 'boxing-day', fixed: '12-26' },
];

function holdsIn(rule: HolidayRule, year: number, region: HolidayRegion): boolean {
  if (rule.years && !rule.years.includes(year)) return false;
  // The Reformation's 500th anniversary was a holiday everywhere.
  if (rule.name === 'reformation' && year === 2017) return true;
  if (rule.in && !rule.in.includes(region)) return false;
  return year >= (rule.since?.[region] ?? 0);
}

function dateOf(rule: HolidayRule, year: number): string {
  if (rule.fixed) return `${year}-${rule.fixed}`;
  if (rule.easter !== undefined) return addDays(easterSunday(year), rule.easter);
  // Buß- und Bettag: the Wednesday in 16–22 November.
  const nov22 = new Date(Date.UTC(year, 10, 22)).getUTCDay();
  return addDays(`${year}-11-22`, -((nov22 - 3 + 7) % 7));
}

const cache = new Map<string, ReadonlyMap<string, HolidayName>>();

/** The public holidays of a Land (or nationwide, `DE`) in a year: date → name. */
export function publicHolidays(year: number, region: HolidayRegion): ReadonlyMap<string, HolidayName> {
  const key = `${region}${year}`;
  let days = cache.get(key);
  if (!days) {
    const map = new Map<string, HolidayName>();
    for (const rule of RULES) if (holdsIn(rule, year, region)) map.set(dateOf(rule, year), rule.name);
    days = map;
    if (cache.size > 400) cache.clear();
    cache.set(key, days);
  }
  return days;
}

/** The holiday on a date (`YYYY-MM-DD`) in a Land, if any. */
export function holidayOn(date: string, region: HolidayRegion): HolidayName | undefined {
  return publicHolidays(Number(date.slice(0, 4)), region).get(date);
}
