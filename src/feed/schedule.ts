/**
 * The next dates of an offer, from its weekly or monthly rules (in the spirit
 * of RFC 5545) and its one-off dates. Dates are calendar dates and wall-clock
 * times of the place (Europe/Berlin by default), never instants, so the result
 * does not shift with the visitor's time zone.
 */
import { WEEKDAYS, type OneOffDate, type Schedule, type ScheduleRule, type Weekday } from './types.js';

/** One date an offer takes place on. */
export interface Occurrence {
  /** `YYYY-MM-DD` */
  readonly date: string;
  /** `HH:MM`, when known. */
  readonly opens?: string;
  readonly closes?: string;
  /** The date comes from the one-off `dates` list, not from a rule. */
  readonly oneOff: boolean;
}

/** The local calendar date and time in a time zone. */
export interface LocalNow {
  readonly date: string;
  readonly time: string;
}

export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

const clocks = new Map<string, Intl.DateTimeFormat>();

/** Today's date and the time of day in `timeZone`. */
export function localNow(now: Date = new Date(), timeZone = DEFAULT_TIME_ZONE): LocalNow {
  let clock = clocks.get(timeZone);
  if (!clock) {
    // Building a formatter costs about 0.3 ms; a card asks once per offer.
    clock = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    clocks.set(timeZone, clock);
  }
  const parts = clock.formatToParts(now);
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

const DAY_MS = 86_400_000;

function toUtc(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y!, (m ?? 1) - 1, d ?? 1);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
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
    return fromUtc(Date.UTC(y!, m!, 0));
  }
  return date;
}

function weekdayOf(ms: number): Weekday {
  // getUTCDay: 0 = Sunday; WEEKDAYS starts on Monday.
  return WEEKDAYS[(new Date(ms).getUTCDay() + 6) % 7]!;
}

function matches(rule: ScheduleRule, ms: number): boolean {
  if (!rule.byDay.includes(weekdayOf(ms))) return false;
  if (rule.freq === 'weekly' || rule.bySetPos === undefined) return true;
  const d = new Date(ms);
  const day = d.getUTCDate();
  const monthLength = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  const pos = rule.bySetPos;
  return pos > 0 ? Math.ceil(day / 7) === pos : Math.ceil((monthLength - day + 1) / 7) === -pos;
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
 * The next dates of an offer, soonest first: from its rules (within
 * `validFrom`…`validThrough`) and its one-off dates. A date today counts until
 * it has ended (its closing time, else its opening time, else the day).
 */
export function nextDates(
  offer: { readonly schedule?: Schedule; readonly dates?: readonly OneOffDate[]; readonly status?: string },
  options: NextDatesOptions = {},
): Occurrence[] {
  const { count = 3, horizonDays = 400 } = options;
  const now = options.now ?? localNow();
  if (offer.status === 'ended' || offer.status === 'paused' || count <= 0) return [];
  const out: Occurrence[] = [];
  const stillOn = (date: string, until: string | undefined): boolean =>
    date > now.date || (date === now.date && (until === undefined || until > now.time));

  for (const d of offer.dates ?? []) {
    const date = d.start.slice(0, 10);
    const opens = d.start.length >= 16 ? d.start.slice(11, 16) : undefined;
    const endDate = d.end?.slice(0, 10);
    const closes = d.end && d.end.length >= 16 && endDate === date ? d.end.slice(11, 16) : undefined;
    const lastDay = endDate && endDate > date ? endDate : date;
    if (stillOn(lastDay, lastDay === date ? (closes ?? opens) : undefined)) {
      out.push({ date, ...(opens ? { opens } : {}), ...(closes ? { closes } : {}), oneOff: true });
    }
  }

  const schedule = offer.schedule;
  if (schedule && schedule.rules.length > 0) {
    const first = Math.max(toUtc(now.date), schedule.validFrom ? toUtc(startOfPartial(schedule.validFrom)) : -Infinity);
    const last = Math.min(
      toUtc(now.date) + horizonDays * DAY_MS,
      schedule.validThrough ? toUtc(endOfPartial(schedule.validThrough)) : Infinity,
    );
    let fromRules = 0;
    for (let ms = first; ms <= last && fromRules < count; ms += DAY_MS) {
      const date = fromUtc(ms);
      const today = schedule.rules
        .filter((rule) => matches(rule, ms) && stillOn(date, rule.closes ?? rule.opens))
        .sort((a, b) => (a.opens ?? '').localeCompare(b.opens ?? ''));
      for (const rule of today) {
        out.push({
          date,
          ...(rule.opens ? { opens: rule.opens } : {}),
          ...(rule.closes ? { closes: rule.closes } : {}),
          oneOff: false,
        });
        fromRules++;
      }
    }
  }

  return out
    .sort((a, b) => a.date.localeCompare(b.date) || (a.opens ?? '').localeCompare(b.opens ?? ''))
    .slice(0, count);
}

/** Whether a period has ended by `today` (`YYYY-MM-DD`); a partial end date counts to its last day. */
export function hasEnded(end: string | undefined, today: string = localNow().date): boolean {
  return end !== undefined && endOfPartial(end) < today;
}
