/**
 * When an offer takes place, in the reader's language: the rules in words,
 * the partner's own schedule text unless it only repeats them, and the next
 * date. The card shows them in brief, <offer-map> in an offer's details.
 */
import { isActive, localNow, nextDates, today, type LocalNow, type Occurrence } from '../../feed/schedule.js';
import type { Offer, Text } from '../../feed/types.js';
import { formatClock, formatDayDate } from '../../i18n/intl-format.js';
import { describeSchedule, scheduleNotes, timesInWords, type ScheduleNote } from '../../i18n/schedule-words.js';
import type { Translate } from '../../i18n/translate.js';
import { plainText, type TextContext } from './render-text.js';

/** Text compared loosely: case, spaces, punctuation and "10 bis 12" for "10–12" do not count. */
const loose = (s: string): string =>
  s
    .toLowerCase()
    .replace(/\s+bis\s+/g, '–')
    .replace(/[\s\u2068\u2069.,;:–-]/g, '');

export interface OfferTimes {
  /** The rules in words ("jeden Dienstag, 10–12 Uhr"), or `''`. */
  readonly words: string;
  /** The partner's own words (`schedule.text`, which may say more: "außer in den Ferien"), unless they only repeat the rules. */
  readonly own: Text | undefined;
  /** "Nächster Termin: Dienstag, 24. November 2026, 10:00–12:00 Uhr", for an active offer with a next date. */
  readonly next: string | undefined;
  /** Closed periods and days that differ, not over yet ("fällt aus am …"), with the partner's reason. */
  readonly notes: readonly ScheduleNote[];
}

/** Each offer's next date, for the minute it was found in (`nextDate`). */
const nextDateOf = new WeakMap<Offer, { readonly minute: string; readonly date: Occurrence | undefined }>();

/**
 * The offer's next date from `now` (the first of `nextDates`), kept per offer
 * for the minute: a card's key facts and its list of offers ask for the same
 * dates, and a card drawn again (a section opened) asks again.
 */
export function nextDate(offer: Offer, now: LocalNow): Occurrence | undefined {
  const minute = `${now.date}T${now.time}`;
  const known = nextDateOf.get(offer);
  if (known?.minute === minute) return known.date;
  const date = nextDates(offer, { count: 1, now })[0];
  nextDateOf.set(offer, { minute, date });
  return date;
}

/** `current`: whether the offer is listed as current (feed/lifecycle.ts); only a current offer has a next date. */
export function offerTimes(offer: Offer, t: Translate, ctx: TextContext, current = isActive(offer), now: LocalNow = localNow()): OfferTimes {
  const words = offer.schedule ? describeSchedule(offer.schedule, t) : '';
  const ownText = plainText(offer.schedule?.text, ctx);
  const own = ownText && loose(ownText) !== loose(words) ? offer.schedule?.text : undefined;
  const occurrence = current ? nextDate(offer, now) : undefined;
  const next = occurrence ? t('offer.next', { date: describeOccurrence(occurrence, t) }) : undefined;
  const notes = current && offer.schedule ? scheduleNotes(offer.schedule, t, now.date) : [];
  return { words, own, next, notes };
}

/** "Heute" for a list: "jetzt geöffnet", "heute 10–12 Uhr" while a date today is still to come, or nothing; and when that next changes. */
export interface TodayWords {
  readonly text: string | undefined;
  readonly openNow: boolean;
  /** `HH:MM` today (`24:00`: midnight) at which the words change. */
  readonly changesAt: string;
}

export function todayWords(offer: Offer, t: Translate, now: LocalNow = localNow()): TodayWords {
  const day = today(offer, now);
  if (day.openNow) return { text: t('today.open-now'), openNow: true, changesAt: day.changesAt };
  const later = day.occurrences.filter((o) => (o.closes ?? o.opens ?? '24:00') > now.time);
  const time = later
    .map((o) => timesInWords(o.opens, o.closes, t))
    .filter(Boolean)
    .join(t('text.separator'));
  return {
    text: later.length ? (time ? t('today.times', { time }) : t('today.times', { time: '' }).trim()) : undefined,
    openNow: false,
    changesAt: day.changesAt,
  };
}

/** A date's times in words ("10:00–12:00 Uhr", "ab 10:00 Uhr"), or `''`. */
export function occurrenceTime(occurrence: Occurrence, t: Translate): string {
  const clock = (time: string): string => formatClock(time, t);
  if (!occurrence.opens) return '';
  return occurrence.closes
    ? t('offer.time', { opens: clock(occurrence.opens), closes: clock(occurrence.closes) })
    : t('offer.at', { time: clock(occurrence.opens) });
}

/** One date in words: "Dienstag, 24. November 2026, 10:00–12:00 Uhr". */
export function describeOccurrence(occurrence: Occurrence, t: Translate): string {
  return [formatDayDate(occurrence.date, t), occurrenceTime(occurrence, t)].filter(Boolean).join(t('text.separator'));
}
