/**
 * The "In den Kalender" button of an offer, or "Alle Termine in den
 * Kalender" of a place or a project (all their current offers with dates
 * ahead in one file), or nothing when none has a date ahead. Its accessible
 * name says what it adds ("In den Kalender: Sprachcafé").
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Feed, Offer } from '../../feed/types.js';
import type { LocalNow } from '../../feed/schedule.js';
import type { Translate } from '../../i18n/translate.js';
import { calendarEntry, calendarOffers, downloadCalendar, hasCalendarOffers } from './calendar-download.js';
import type { TextContext } from './render-text.js';

export interface CalendarButton {
  readonly host: HTMLElement;
  readonly feed: Feed;
  readonly t: Translate;
  readonly ctx: TextContext;
  readonly now?: LocalNow;
}

/**
 * `offers`: one offer (its own button) or several (a place's, a project's);
 * `name`: what the button adds, for its accessible name; `file`: the file's
 * name without `.ics`.
 */
export function calendarButton(
  b: CalendarButton,
  offers: readonly Offer[],
  name: string,
  file: string,
  several = offers.length > 1,
): TemplateResult | typeof nothing {
  if (!hasCalendarOffers(b.feed, offers, b.now)) return nothing;
  const label = b.t(several ? 'calendar.add-all' : 'calendar.add');
  return html`<button type="button" class="action" part="action" aria-label=${`${label}: ${name}`}
    @click=${() =>
      downloadCalendar(
        calendarOffers(b.feed, offers).map((o) => calendarEntry(b.feed, o, b.t, b.ctx)),
        file,
        b.host,
      )}>${label}</button>`;
}
