/**
 * The schedule engine: the one place that decides on which days, and at
 * which times, an offer takes place. Its weekly and monthly rules (in the
 * spirit of RFC 5545) within `validFrom`…`validThrough`, less the public
 * holidays of `exceptHolidays`, the `closed` periods and the cancelled
 * `exceptions`; exceptions with times (changed times, extra dates) and the
 * one-off `dates` added. The next dates, "heute", "jetzt geöffnet", the
 * agenda and calendar files all ask it.
 *
 * Dates are calendar dates and wall-clock times of the place (Europe/Berlin),
 * never instants, so the result does not shift with the visitor's time zone;
 * only `localNow` and `zonedInstant` cross to instants.
 */
import { DAY_MS, endOfPartial, fromUtc, startOfPartial, toUtc, weekdayOf, daysInMonth } from './calendar-days.js';
import { holidayOn, type HolidayName } from './holidays.js';
import { DEFAULT_TIME_ZONE } from './time-zone.js';
import type { ClosedPeriod, OneOffDate, Schedule, ScheduleException, ScheduleRule, Text } from './types.js';

export { endOfPartial, startOfPartial } from './calendar-days.js';

/** One date an offer takes place on. */
export interface Occurrence {
  /** `YYYY-MM-DD` */
  readonly date: string;
  /** `HH:MM`, when known; `closes` may be `24:00`. */
  readonly opens?: string;
  readonly closes?: string;
  /** The date comes from the one-off `dates` list, not from a rule. */
  readonly oneOff: boolean;
  /** An exception gave this day its times (changed times, or an extra date). */
  readonly changed?: true;
  /** The exception's reason. */
  readonly reason?: Text;
}

/** A day a rule names on which the offer does not take place, and why. */
export interface Skipped {
  readonly date: string;
  readonly opens?: string;
  readonly why: 'holiday' | 'closed' | 'cancelled' | 'changed';
  readonly holiday?: HolidayName;
  readonly reason?: Text;
}

/** The local calendar date and time in a time zone. */
export interface LocalNow {
  readonly date: string;
  readonly time: string;
}

export { DEFAULT_TIME_ZONE };

/** What the engine needs of an offer. */
export interface Scheduled {
  readonly schedule?: Schedule;
  readonly dates?: readonly OneOffDate[];
  readonly status?: string;
}

const clocks = new Map<string, Intl.DateTimeFormat>();

function clock(timeZone: string): Intl.DateTimeFormat {
  let c = clocks.get(timeZone);
  if (!c) {
    // Building a formatter costs about 0.3 ms; a card asks once per offer.
    c = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    clocks.set(timeZone, c);
  }
  return c;
}

/**
 * The last answer of `localNow` per time zone, with its UTC minute: within
 * one minute of UTC the date and time of day are the same in every zone
 * (their offsets are whole minutes since long before 1980), and a card asks
 * once per offer.
 */
const lastNow = new Map<string, { readonly minute: number; readonly now: LocalNow }>();
const SINCE_1980 = Date.UTC(1980, 0, 1);

/** Today's date and the time of day in `timeZone`. */
export function localNow(now: Date = new Date(), timeZone = DEFAULT_TIME_ZONE): LocalNow {
  const ms = now.getTime();
  const minute = Math.floor(ms / 60_000);
  const last = lastNow.get(timeZone);
  if (last?.minute === minute && ms >= SINCE_1980) return last.now;
  const parts = clock(timeZone).formatToParts(now);
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '00';
  const local = { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
  if (ms >= SINCE_1980) lastNow.set(timeZone, { minute, now: local });
  return local;
}

/** Minutes since midnight of `HH:MM` (`24:00` = 1440). */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * The instant a wall-clock time on a date happens in `timeZone` (summer time
 * included; a time the clock skips in March counts as the hour after it).
 */
export function zonedInstant(date: string, time: string, timeZone = DEFAULT_TIME_ZONE): Date {
  const wall = toUtc(date) + minutesOf(time) * 60_000;
  let guess = wall;
  for (let i = 0; i < 3; i++) {
    const seen = localNow(new Date(guess), timeZone);
    const diff = toUtc(seen.date) + minutesOf(seen.time) * 60_000 - wall;
    if (diff === 0) break;
    guess -= diff;
  }
  return new Date(guess);
}

function matches(rule: ScheduleRule, date: string): boolean {
  if (!rule.byDay.includes(weekdayOf(date))) return false;
  if (rule.freq === 'weekly' || rule.bySetPos === undefined) return true;
  const [y, m, d] = date.split('-').map(Number);
  const pos = rule.bySetPos;
  return pos > 0 ? Math.ceil(d! / 7) === pos : Math.ceil((daysInMonth(y!, m!) - d! + 1) / 7) === -pos;
}

function inClosed(closed: readonly ClosedPeriod[] | undefined, date: string): ClosedPeriod | undefined {
  return closed?.find((c) => startOfPartial(c.from) <= date && date <= endOfPartial(c.to));
}

const byTime = (a: { opens?: string }, b: { opens?: string }): number => (a.opens ?? '').localeCompare(b.opens ?? '');

/** The rules that name a day within the schedule's validity, by opening time. */
export function rulesOn(schedule: Schedule, date: string): ScheduleRule[] {
  if (schedule.validFrom && date < startOfPartial(schedule.validFrom)) return [];
  if (schedule.validThrough && date > endOfPartial(schedule.validThrough)) return [];
  return schedule.rules.filter((rule) => matches(rule, date)).sort(byTime);
}

/** What a schedule does on one day: the times it takes place, and the rule times it skips. */
export interface ScheduleDay {
  readonly occurrences: readonly Occurrence[];
  readonly skipped: readonly Skipped[];
}

const NOTHING: ScheduleDay = { occurrences: [], skipped: [] };

/** One day of a schedule (one-off `dates` are not part of it). */
export function scheduleDay(schedule: Schedule, date: string, exceptions = exceptionIndex(schedule)): ScheduleDay {
  const rules = rulesOn(schedule, date);
  const exception = exceptions.get(date);
  if (exception) {
    const why = exception.opens || exception.closes ? 'changed' : 'cancelled';
    const reason = exception.reason ? { reason: exception.reason } : {};
    return {
      occurrences:
        why === 'changed' ? [compactOccurrence({ date, opens: exception.opens, closes: exception.closes, oneOff: false, changed: true, ...reason })] : [],
      skipped: rules.map((r) => ({ date, ...(r.opens ? { opens: r.opens } : {}), why, ...reason })),
    };
  }
  if (!rules.length) return NOTHING;
  const closed = inClosed(schedule.closed, date);
  const holiday = !closed && schedule.exceptHolidays ? holidayOn(date, schedule.exceptHolidays) : undefined;
  if (closed || holiday) {
    return {
      occurrences: [],
      skipped: rules.map((r) => ({
        date,
        ...(r.opens ? { opens: r.opens } : {}),
        why: closed ? 'closed' : 'holiday',
        ...(holiday ? { holiday } : {}),
        ...(closed?.reason ? { reason: closed.reason } : {}),
      })),
    };
  }
  return { occurrences: rules.map((r) => compactOccurrence({ date, opens: r.opens, closes: r.closes, oneOff: false })), skipped: [] };
}

function compactOccurrence(o: {
  date: string;
  opens?: string | undefined;
  closes?: string | undefined;
  oneOff: boolean;
  changed?: true;
  reason?: Text;
}): Occurrence {
  const out: { -readonly [K in keyof Occurrence]: Occurrence[K] } = { date: o.date, oneOff: o.oneOff };
  if (o.opens) out.opens = o.opens;
  if (o.closes) out.closes = o.closes;
  if (o.changed) out.changed = true;
  if (o.reason) out.reason = o.reason;
  return out;
}

const exceptionIndexes = new WeakMap<Schedule, ReadonlyMap<string, ScheduleException>>();

/** A schedule's exceptions by date (the first entry for a date wins). */
export function exceptionIndex(schedule: Schedule): ReadonlyMap<string, ScheduleException> {
  let index = exceptionIndexes.get(schedule);
  if (!index) {
    const map = new Map<string, ScheduleException>();
    for (const e of schedule.exceptions ?? []) if (!map.has(e.date)) map.set(e.date, e);
    index = map;
    exceptionIndexes.set(schedule, index);
  }
  return index;
}

/** A one-off date as an occurrence, and the last day it runs on. */
function oneOff(d: OneOffDate): { occurrence: Occurrence; lastDay: string } {
  const date = d.start.slice(0, 10);
  const opens = d.start.length >= 16 ? d.start.slice(11, 16) : undefined;
  const endDate = d.end?.slice(0, 10);
  const closes = d.end && d.end.length >= 16 && endDate === date ? d.end.slice(11, 16) : undefined;
  return { occurrence: compactOccurrence({ date, opens, closes, oneOff: true }), lastDay: endDate && endDate > date ? endDate : date };
}

/** Whether an offer takes place at all: not paused, ended or planned. */
export function isActive(offer: Scheduled): boolean {
  return offer.status === undefined || offer.status === 'active';
}

/**
 * The last day any rule or exception could give a date on: `undefined` when
 * rules run on without end, `''` when nothing gives a date.
 */
function lastScheduledDay(schedule: Schedule): string | undefined {
  // Rules without end first: most offers of a feed have them, and nothing is made for them.
  if (schedule.rules.length && !schedule.validThrough) return undefined;
  let last = schedule.rules.length && schedule.validThrough ? endOfPartial(schedule.validThrough) : '';
  if (schedule.exceptions) for (const e of schedule.exceptions) if ((e.opens || e.closes) && e.date > last) last = e.date;
  return last;
}

export interface NextDatesOptions {
  /** How many dates at most. */
  readonly count?: number;
  /** "Now" in the place's time zone; today's date and time in Europe/Berlin by default. */
  readonly now?: LocalNow;
  /** How far ahead to look, in days. */
  readonly horizonDays?: number;
}

/**
 * The next dates of an active offer, soonest first: from its schedule and its
 * one-off dates. A date today counts until it has ended (its closing time,
 * else its opening time, else the day).
 */
export function nextDates(offer: Scheduled, options: NextDatesOptions = {}): Occurrence[] {
  const { count = 3, horizonDays = 400 } = options;
  const now = options.now ?? localNow();
  if (!isActive(offer) || count <= 0) return [];
  const stillOn = (date: string, until: string | undefined): boolean => date > now.date || (date === now.date && (until === undefined || until > now.time));
  const out: Occurrence[] = [];

  for (const d of offer.dates ?? []) {
    const { occurrence, lastDay } = oneOff(d);
    if (stillOn(lastDay, lastDay === occurrence.date ? (occurrence.closes ?? occurrence.opens) : undefined)) out.push(occurrence);
  }

  const schedule = offer.schedule;
  if (schedule) {
    const exceptions = exceptionIndex(schedule);
    const lastDay = lastScheduledDay(schedule);
    const end = Math.min(toUtc(now.date) + horizonDays * DAY_MS, lastDay === undefined ? Infinity : lastDay ? toUtc(lastDay) : -Infinity);
    let fromSchedule = 0;
    for (let ms = toUtc(now.date); ms <= end && fromSchedule < count; ms += DAY_MS) {
      const date = fromUtc(ms);
      for (const o of scheduleDay(schedule, date, exceptions).occurrences) {
        if (!stillOn(date, o.closes ?? o.opens)) continue;
        out.push(o);
        fromSchedule++;
      }
    }
  }

  return out.sort((a, b) => a.date.localeCompare(b.date) || byTime(a, b)).slice(0, count);
}

/**
 * Every date of an offer from `from` to `to` (both `YYYY-MM-DD`, inclusive),
 * whatever the time of day, with the rule dates skipped in that span: what an
 * agenda or a calendar file shows.
 */
export function datesBetween(offer: Scheduled, from: string, to: string): { occurrences: Occurrence[]; skipped: Skipped[] } {
  const occurrences: Occurrence[] = [];
  const skipped: Skipped[] = [];
  if (!isActive(offer)) return { occurrences, skipped };
  for (const d of offer.dates ?? []) {
    const { occurrence, lastDay } = oneOff(d);
    if (lastDay >= from && occurrence.date <= to) occurrences.push(occurrence);
  }
  const schedule = offer.schedule;
  if (schedule) {
    const exceptions = exceptionIndex(schedule);
    for (let ms = toUtc(from), end = toUtc(to); ms <= end; ms += DAY_MS) {
      const day = scheduleDay(schedule, fromUtc(ms), exceptions);
      occurrences.push(...day.occurrences);
      skipped.push(...day.skipped);
    }
  }
  occurrences.sort((a, b) => a.date.localeCompare(b.date) || byTime(a, b));
  return { occurrences, skipped };
}

/** "Heute": the offer's dates today, whether it is open now, and when that next changes. */
export interface Today {
  /** Every date today (those over included), by time. */
  readonly occurrences: readonly Occurrence[];
  /** Open right now: a date today with both times, `opens` ≤ now < `closes`. */
  readonly openNow: boolean;
  /** The next time today (`HH:MM`, `24:00` = midnight) at which `openNow` or "today" changes. */
  readonly changesAt: string;
}

/** An offer's day today. */
export function today(offer: Scheduled, now: LocalNow = localNow()): Today {
  const { occurrences } = datesBetween(offer, now.date, now.date);
  const openNow = occurrences.some((o) => o.opens !== undefined && o.closes !== undefined && o.opens <= now.time && now.time < o.closes);
  const times = occurrences.flatMap((o) => [o.opens, o.closes]).filter((t): t is string => t !== undefined && t > now.time);
  const changesAt = times.reduce((min, t) => (t < min ? t : min), '24:00');
  return { occurrences, openNow, changesAt };
}

/** Whether a period has ended by `today` (`YYYY-MM-DD`); a partial end date counts to its last day. */
export function hasEnded(end: string | undefined, today: string = localNow().date): boolean {
  return end !== undefined && endOfPartial(end) < today;
}

/**
 * Whether an active offer's dates are all past by `today`: it has dates or
 * rules, none of them on or after today, and is not (also) by appointment.
 */
export function datesAllPast(offer: Scheduled, today: string = localNow().date): boolean {
  const schedule = offer.schedule;
  if (schedule?.byAppointment) return false;
  const dates = offer.dates;
  const hasRules = (schedule?.rules.length ?? 0) > 0;
  const hasDates = (dates !== undefined && dates.length > 0) || (schedule?.exceptions?.some((e) => e.opens || e.closes) ?? false);
  if (!hasRules && !hasDates) return false;
  // Called for every offer when a map or list is built: nothing is made on the way (no lists, no closures).
  let last = schedule ? lastScheduledDay(schedule) : '';
  if (last === undefined) return false;
  if (dates !== undefined)
    for (const d of dates) {
      const day = oneOff(d).lastDay;
      if (day > last) last = day;
    }
  return last < today;
}
