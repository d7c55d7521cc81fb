/**
 * When an offer takes place, in the reader's language: the rules in words,
 * the partner's own schedule text unless it only repeats them, and the next
 * date. The card shows them in brief, <offer-map> in an offer's details.
 */
import { nextDates, type Occurrence } from '../../feed/schedule.js';
import type { Offer, Text } from '../../feed/types.js';
import { formatClock, formatDayDate } from '../../i18n/intl-format.js';
import { describeSchedule } from '../../i18n/schedule-words.js';
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
}

export function offerTimes(offer: Offer, t: Translate, ctx: TextContext): OfferTimes {
  const words = offer.schedule ? describeSchedule(offer.schedule, t) : '';
  const ownText = plainText(offer.schedule?.text, ctx);
  const own = ownText && loose(ownText) !== loose(words) ? offer.schedule?.text : undefined;
  const occurrence = offer.status === 'active' ? nextDates(offer, { count: 1 })[0] : undefined;
  const next = occurrence ? t('offer.next', { date: describeOccurrence(occurrence, t) }) : undefined;
  return { words, own, next };
}

/** One date in words: "Dienstag, 24. November 2026, 10:00–12:00 Uhr". */
export function describeOccurrence(occurrence: Occurrence, t: Translate): string {
  const clock = (time: string): string => formatClock(time, t);
  const time =
    occurrence.opens &&
    (occurrence.closes ? t('offer.time', { opens: clock(occurrence.opens), closes: clock(occurrence.closes) }) : t('offer.at', { time: clock(occurrence.opens) }));
  return [formatDayDate(occurrence.date, t), time].filter(Boolean).join(t('text.separator'));
}
