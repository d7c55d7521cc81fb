/**
 * The shell of <quartier-agenda>: its attributes, registered by the
 * script-tag entry. What it shows is in quartier-agenda.view.ts, fetched with
 * the feed; import nothing here that only the view needs.
 */
import { QuartierElement, type ElementView } from '../base/quartier-element.js';
import type { LitProperties, ValueOf } from '../base/widget-spec.js';
import type { AgendaGroup } from './agenda-model.js';
import type { agendaSpec } from './quartier-agenda.spec.js';

/**
 * "Was ist los?": the current offers of a feed (or of one project) by their
 * next dates within `days`, grouped "Heute", "Morgen", "Diese Woche",
 * "Später", and "Nach Vereinbarung"; dates in Europe/Berlin, holidays,
 * closed periods and exceptions applied. Ended, paused and planned offers,
 * and those of ended projects, are not listed. Each date has "In den
 * Kalender" (an iCalendar file made in the browser). Above the dates, the
 * same search field and category chips as <offer-map>'s list narrow them;
 * the number of offers left is announced.
 */
export class QuartierAgenda extends QuartierElement<readonly AgendaGroup[]> {
  static override properties = { project: {}, categories: {}, days: {} } satisfies LitProperties<typeof agendaSpec>;

  /** A project id: only its offers. */
  project = '';

  /** Only these categories (space-separated). */
  categories = '';

  /** How many days ahead: `7`, `14`, `28` or `56`. */
  days: ValueOf<typeof agendaSpec.attributes.days> = '28';

  protected loadView(): Promise<ElementView<this, readonly AgendaGroup[]>> {
    return import('./quartier-agenda.view.js').then((m) => m.agendaView);
  }
}
