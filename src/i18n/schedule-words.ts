/**
 * An offer's regular times in words, in the reader's language: "jeden
 * Dienstag, 10–12 Uhr", "montags bis freitags, 8–16 Uhr", "jeden letzten
 * Freitag im Monat (ab 1. März 2026)". Weekday names, lists, clock times and
 * dates come from `Intl`, or the table's `calendar.*` words where `Intl` lacks
 * the language (intl-format.ts); the patterns around them are the
 * `schedule.*` messages (see `de/schedule.ts`), so each language words them
 * its own way.
 */
import { endOfPartial, startOfPartial } from '../feed/calendar-days.js';
import { WEEKDAYS, type Schedule, type ScheduleRule, type Text, type Weekday } from '../feed/types.js';
import { formatDayDate, formatList, formatPartialDate, weekdayNames } from './intl-format.js';
import { scheduleClock } from './schedule-clock.js';
import type { Translate } from './translate.js';

/** The `bySetPos` values that have messages (`schedule.nth.N.*`). */
const POSITIONS = [1, 2, 3, 4, 5, -1, -2, -3, -4, -5] as const;

/** The parts of one language a rule's words need. */
interface Words {
  readonly t: Translate;
  /** A weekday's name ("Dienstag"). */
  readonly name: (day: Weekday) => string;
  /** A weekday's habitual form from the messages ("dienstags"). */
  readonly habitual: (day: Weekday) => string;
  /** A list joined with "and" ("dienstags und donnerstags"). */
  readonly list: (items: readonly string[]) => string;
}

function words(t: Translate): Words {
  // Intl speaks the language of the messages (intlLang): a page in a language
  // without a table reads wholly German ("jeden Dienstag"), never "jeden mardi".
  const names = weekdayNames(t);
  const name = (day: Weekday): string => names[WEEKDAYS.indexOf(day)]!;
  return {
    t,
    name,
    habitual: (day) => t(`schedule.day.${day}`, { day: name(day) }),
    list: (items) => formatList(items, t),
  };
}

/** Runs of consecutive weekdays, Monday first: MO TU WE FR → [MO TU WE] [FR]. */
function runs(days: readonly Weekday[]): Weekday[][] {
  const out: Weekday[][] = [];
  let previous = -2;
  WEEKDAYS.forEach((day, i) => {
    if (!days.includes(day)) return;
    if (i === previous + 1) out.at(-1)!.push(day);
    else out.push([day]);
    previous = i;
  });
  return out;
}

/** The days of a weekly rule: "jeden Dienstag", "dienstags und donnerstags", "montags bis freitags". */
function weekly(w: Words, days: readonly Weekday[]): string {
  const { t, habitual } = w;
  const groups = runs(days);
  const count = groups.flat().length;
  if (count === WEEKDAYS.length) return t('schedule.daily');
  if (count === 1) return t('schedule.weekly.one', { day: w.name(groups[0]![0]!), days: habitual(groups[0]![0]!) });
  const range = (run: readonly Weekday[]) => ({
    first: habitual(run[0]!),
    last: habitual(run.at(-1)!),
    firstDay: w.name(run[0]!),
    lastDay: w.name(run.at(-1)!),
  });
  if (groups.length === 1 && count >= 3) return t('schedule.weekly.range', range(groups[0]!));
  const items = groups.flatMap((run) => (run.length >= 3 ? [t('schedule.days.range', range(run))] : run.map(habitual)));
  return t('schedule.weekly.many', { days: w.list(items) });
}

/**
 * The days of a monthly rule: "jeden ersten Montag im Monat"; several
 * weekdays as a phrase each, "jeden ersten Montag und jeden ersten Mittwoch im Monat".
 */
function monthly(w: Words, days: readonly Weekday[], position: (typeof POSITIONS)[number]): string {
  const phrases = WEEKDAYS.filter((day) => days.includes(day)).map((day) => w.t(`schedule.nth.${position}.${day}`, { day: w.name(day) }));
  return w.t('schedule.monthly', { nth: w.list(phrases) });
}

/** "10–12 Uhr", "ab 16 Uhr", "bis 12 Uhr", or '' without times. */
function times(w: Words, rule: ScheduleRule): string {
  return timesInWords(rule.opens, rule.closes, w.t);
}

/** Opening and closing times as a schedule says them: "10–12 Uhr", "ab 9:30 Uhr", "bis 24 Uhr"; '' without either. */
export function timesInWords(opensAt: string | undefined, closesAt: string | undefined, t: Translate): string {
  const opens = opensAt && scheduleClock(opensAt, t);
  const closes = closesAt && scheduleClock(closesAt, t);
  if (opens && closes) return t('schedule.time.range', { opens, closes });
  if (opens) return t('schedule.time.from', { opens });
  if (closes) return t('schedule.time.until', { closes });
  return '';
}

/** One rule in words, or '' when it names no weekday. */
function describeRule(w: Words, rule: ScheduleRule): string {
  if (!rule.byDay.some((day) => WEEKDAYS.includes(day))) return '';
  // A monthly rule without a position means every such weekday: a weekly one.
  const position = rule.freq === 'monthly' ? POSITIONS.find((p) => p === rule.bySetPos) : undefined;
  const when = position === undefined ? weekly(w, rule.byDay) : monthly(w, rule.byDay, position);
  const time = times(w, rule);
  return time ? w.t('schedule.rule', { when, time }) : when;
}

/** When the schedule applies: "ab 1. März 2026", "bis Juni 2026", or '' when always. */
function period(w: Words, schedule: Schedule): string {
  const from = schedule.validFrom && formatPartialDate(schedule.validFrom, w.t);
  const through = schedule.validThrough && formatPartialDate(schedule.validThrough, w.t);
  if (from && through) return w.t('schedule.valid.both', { from, through });
  if (from) return w.t('schedule.valid.from', { date: from });
  if (through) return w.t('schedule.valid.through', { date: through });
  return '';
}

/**
 * A schedule's rules in words, in the language of `t`, several rules joined
 * by `schedule.separator`, with the period it is valid in; '' when it has no
 * rules (its `text` is the partner's own words and is not part of this).
 */
export function describeSchedule(schedule: Schedule, t: Translate): string {
  const w = words(t);
  const rules = schedule.rules.map((rule) => describeRule(w, rule)).filter(Boolean);
  if (!rules.length) return schedule.byAppointment ? t('schedule.appointment') : '';
  let text = rules.join(t('schedule.separator'));
  if (schedule.exceptHolidays) text = t('schedule.except-holidays', { rules: text });
  if (schedule.byAppointment) text = t('schedule.and-appointment', { rules: text });
  const valid = period(w, schedule);
  return valid ? t('schedule.valid', { rules: text, period: valid }) : text;
}

/** A note on days that differ from the rules, with the partner's reason. */
export interface ScheduleNote {
  /** "fällt aus am Donnerstag, 24. Dezember 2026", "geschlossen vom 2. Juli bis 12. August 2026". */
  readonly text: string;
  readonly reason?: Text;
}

/**
 * The closed periods and exceptions that are not over by `today`, soonest
 * first, at most `max`: what a reader should know beside the rules.
 */
export function scheduleNotes(schedule: Schedule, t: Translate, today: string, max = 5): ScheduleNote[] {
  const closed = (schedule.closed ?? [])
    .filter((c) => endOfPartial(c.to) >= today)
    .map((c) => ({
      at: startOfPartial(c.from),
      text: t('schedule.closed', { from: formatPartialDate(c.from, t), through: formatPartialDate(c.to, t) }),
      reason: c.reason,
    }));
  const days = (schedule.exceptions ?? [])
    .filter((e) => e.date >= today)
    .map((e) => {
      const time = e.opens ? times(words(t), { freq: 'weekly', byDay: [], opens: e.opens, ...(e.closes ? { closes: e.closes } : {}) }) : '';
      const date = formatDayDate(e.date, t);
      return { at: e.date, text: time ? t('schedule.changed', { date, time }) : t('schedule.cancelled', { date }), reason: e.reason };
    });
  return [...closed, ...days]
    .sort((a, b) => a.at.localeCompare(b.at))
    .slice(0, max)
    .map(({ text, reason }) => (reason ? { text, reason } : { text }));
}
