/**
 * "In den Kalender": an offer's (or several offers') calendar file, made in
 * the browser and offered as a download (a `blob:` link, no server, nothing
 * a Content Security Policy blocks). The file's texts are in the reader's
 * language; feed text only ever becomes iCalendar TEXT (escaped).
 */
import { calendarFile, type CalendarEntry } from '../../feed/ical.js';
import { isCurrent } from '../../feed/lifecycle.js';
import { placeById, projectById } from '../../feed/query.js';
import { nextDates, type LocalNow } from '../../feed/schedule.js';
import type { Feed, Offer } from '../../feed/types.js';
import { describeSchedule } from '../../i18n/schedule-words.js';
import type { Translate } from '../../i18n/translate.js';
import { addressLine } from './address-line.js';
import { webHref } from './links.js';
import { plainText, type TextContext } from './render-text.js';

/** An offer as a calendar entry, its texts in the reader's language. */
export function calendarEntry(feed: Feed, offer: Offer, t: Translate, ctx: TextContext): CalendarEntry {
  const place = offer.place ? placeById(feed, offer.place) : undefined;
  const description = [offer.schedule ? describeSchedule(offer.schedule, t) : '', plainText(offer.schedule?.text, ctx), plainText(offer.description, ctx)]
    .filter(Boolean)
    .join('\n\n');
  const location = [plainText(place?.name, ctx), addressLine(place?.address)].filter(Boolean).join(', ');
  const url = webHref(offer.url);
  return {
    id: offer.id,
    name: plainText(offer.name, ctx),
    ...(description ? { description } : {}),
    ...(location ? { location } : {}),
    ...(url ? { url } : {}),
    offer,
  };
}

/** The offers of `offers` a calendar file holds: current ones (feed/lifecycle.ts) with a date ahead. */
export function calendarOffers(feed: Feed, offers: readonly Offer[], now?: LocalNow): Offer[] {
  return offers.filter((o) => inCalendar(feed, o, now));
}

/** Whether a calendar file of `offers` would hold any (a button's question: it stops at the first). */
export function hasCalendarOffers(feed: Feed, offers: readonly Offer[], now?: LocalNow): boolean {
  return offers.some((o) => inCalendar(feed, o, now));
}

function inCalendar(feed: Feed, o: Offer, now: LocalNow | undefined): boolean {
  return isCurrent(o, o.project ? projectById(feed, o.project) : undefined, now?.date) && nextDates(o, now ? { count: 1, now } : { count: 1 }).length > 0;
}

/** Offers the calendar file of `entries` as `<name>.ics`; nothing escapes into the page when the browser refuses. */
export function downloadCalendar(entries: readonly CalendarEntry[], name: string, host: HTMLElement): void {
  try {
    const url = URL.createObjectURL(new Blob([calendarFile(entries)], { type: 'text/calendar;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${name.replace(/[^\w.-]+/g, '-')}.ics`;
    a.hidden = true;
    // Inside the shadow root: the page's own click handlers never see it.
    (host.shadowRoot ?? host).append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (error) {
    console.warn('quartier-widgets: the calendar file could not be offered', error);
  }
}
