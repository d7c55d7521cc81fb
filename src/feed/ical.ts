/**
 * Calendar files (iCalendar, RFC 5545) of offers, made from the schedule
 * engine: each rule one VEVENT with its RRULE (UNTIL from `validThrough`) and
 * an EXDATE for every date it names that the engine skips (public holidays,
 * closed periods, cancelled or changed days) up to `horizonDays` ahead;
 * changed times, extra dates and one-off dates each one VEVENT of their own
 * (their times differ from the rule's). Times are local to Europe/Berlin,
 * with its VTIMEZONE. No DOM: the widgets offer the text as a download, the
 * CLI writes it to a file. Text is escaped and lines folded at 75 octets.
 */
import { addDays, DAY_MS, endOfPartial, fromUtc, startOfPartial, toUtc } from './calendar-days.js';
import { DEFAULT_TIME_ZONE, exceptionIndex, isActive, localNow, rulesOn, scheduleDay, zonedInstant, type Scheduled } from './schedule.js';
import type { ScheduleRule } from './types.js';

/** One offer for a calendar file, its texts already in the reader's language. */
export interface CalendarEntry {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly location?: string;
  /** An http(s) URL (the feed's are checked). */
  readonly url?: string;
  readonly offer: Scheduled;
}

export interface CalendarOptions {
  /** When the file is made (DTSTAMP, and "today" for where the dates start). */
  readonly now?: Date;
  /** How far ahead skipped dates are listed, in days (default: five years). */
  readonly horizonDays?: number;
}

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${DEFAULT_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** A TEXT value (RFC 5545, 3.3.11): backslash, semicolon, comma and line breaks escaped, other control characters dropped. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '')
      .replace(/[\\;,]/g, (c) => `\\${c}`)
      .replace(/\n/g, '\\n')
  );
}

const encoder = new TextEncoder();

/** A content line folded into lines of at most 75 octets (RFC 5545, 3.1), never inside a character. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts.
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

const compactDate = (date: string): string => date.replaceAll('-', '');
const compactTime = (time: string): string => `${time.replace(':', '')}00`;

/** A local date-time property value; 24:00 is the next day's 00:00. */
function localDateTime(date: string, time: string): string {
  return time === '24:00' ? `${compactDate(addDays(date, 1))}T000000` : `${compactDate(date)}T${compactTime(time)}`;
}

function utcStamp(instant: Date): string {
  return `${instant.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
}

/** DTSTART and DTEND of a date with optional times (a whole day without them). */
function startEnd(date: string, opens: string | undefined, closes: string | undefined): string[] {
  if (!opens) return [`DTSTART;VALUE=DATE:${compactDate(date)}`, `DTEND;VALUE=DATE:${compactDate(addDays(date, 1))}`];
  const tz = `;TZID=${DEFAULT_TIME_ZONE}`;
  return [`DTSTART${tz}:${localDateTime(date, opens)}`, ...(closes ? [`DTEND${tz}:${localDateTime(date, closes)}`] : [])];
}

function rrule(rule: ScheduleRule, until: string | undefined, opens: string | undefined): string {
  const parts = [`FREQ=${rule.freq === 'weekly' ? 'WEEKLY' : 'MONTHLY'}`, `BYDAY=${rule.byDay.join(',')}`];
  if (rule.freq === 'monthly' && rule.bySetPos !== undefined) parts.push(`BYSETPOS=${rule.bySetPos}`);
  if (until) {
    // UNTIL is UTC for a DTSTART with a time zone, a date for an all-day one.
    parts.push(`UNTIL=${opens ? utcStamp(zonedInstant(until, '24:00')) : compactDate(until)}`);
  }
  return `RRULE:${parts.join(';')}`;
}

/** The texts every VEVENT of an entry has. */
function texts(entry: CalendarEntry): string[] {
  return [
    `SUMMARY:${escapeText(entry.name)}`,
    ...(entry.description ? [`DESCRIPTION:${escapeText(entry.description)}`] : []),
    ...(entry.location ? [`LOCATION:${escapeText(entry.location)}`] : []),
    ...(entry.url && /^https?:\/\//i.test(entry.url) ? [`URL:${entry.url}`] : []),
  ];
}

/** The VEVENTs of one entry. */
function events(entry: CalendarEntry, today: string, horizonDays: number, stamp: string): string[][] {
  const out: string[][] = [];
  const offer = entry.offer;
  if (!isActive(offer)) return out;
  const schedule = offer.schedule;
  const event = (uid: string, lines: string[]): void => {
    out.push(['BEGIN:VEVENT', `UID:${uid}`, `DTSTAMP:${stamp}`, ...lines, ...texts(entry), 'END:VEVENT']);
  };
  const horizon = addDays(today, horizonDays);
  if (schedule) {
    const exceptions = exceptionIndex(schedule);
    const from = schedule.validFrom && startOfPartial(schedule.validFrom) > today ? startOfPartial(schedule.validFrom) : today;
    const until = schedule.validThrough ? endOfPartial(schedule.validThrough) : undefined;
    const last = until && until < horizon ? until : horizon;
    schedule.rules.forEach((rule, index) => {
      const dates: string[] = [];
      const skipped: string[] = [];
      for (let ms = toUtc(from), end = toUtc(last); ms <= end; ms += DAY_MS) {
        const date = fromUtc(ms);
        if (!rulesOn(schedule, date).includes(rule)) continue;
        dates.push(date);
        const day = scheduleDay(schedule, date, exceptions);
        if (!day.occurrences.some((o) => !o.changed && o.opens === rule.opens && o.closes === rule.closes)) skipped.push(date);
      }
      // DTSTART is the rule's first date from today on; it counts as a date of the rule (RFC 5545, 3.8.5.3).
      const first = dates[0];
      if (!first) return;
      const exdates = skipped.map((d) => (rule.opens ? localDateTime(d, rule.opens) : compactDate(d)));
      event(`${entry.id}-rule-${index + 1}@quartier-widgets`, [
        ...startEnd(first, rule.opens, rule.closes),
        rrule(rule, until, rule.opens),
        ...(exdates.length ? [`EXDATE${rule.opens ? `;TZID=${DEFAULT_TIME_ZONE}` : ';VALUE=DATE'}:${exdates.join(',')}`] : []),
      ]);
    });
    for (const e of schedule.exceptions ?? []) {
      if (!(e.opens || e.closes) || e.date < today) continue;
      event(`${entry.id}-${compactDate(e.date)}@quartier-widgets`, startEnd(e.date, e.opens, e.closes));
    }
  }
  (offer.dates ?? []).forEach((d, index) => {
    const date = d.start.slice(0, 10);
    const endDate = d.end?.slice(0, 10) ?? date;
    if (endDate < today) return;
    const opens = d.start.length >= 16 ? d.start.slice(11, 16) : undefined;
    const lines = opens
      ? [
          `DTSTART;TZID=${DEFAULT_TIME_ZONE}:${localDateTime(date, opens)}`,
          ...(d.end && d.end.length >= 16 ? [`DTEND;TZID=${DEFAULT_TIME_ZONE}:${localDateTime(endDate, d.end.slice(11, 16))}`] : []),
        ]
      : [`DTSTART;VALUE=DATE:${compactDate(date)}`, `DTEND;VALUE=DATE:${compactDate(addDays(endDate, 1))}`];
    event(`${entry.id}-date-${index + 1}@quartier-widgets`, lines);
  });
  return out;
}

/** A calendar file (text with CRLF line ends) of the entries' current dates. */
export function calendarFile(entries: readonly CalendarEntry[], options: CalendarOptions = {}): string {
  const now = options.now ?? new Date();
  const today = localNow(now).date;
  const stamp = utcStamp(now);
  const horizonDays = options.horizonDays ?? 5 * 366;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Quartier Widgets//Quartier Widgets//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...VTIMEZONE,
    ...entries.flatMap((entry) => events(entry, today, horizonDays, stamp).flat()),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
