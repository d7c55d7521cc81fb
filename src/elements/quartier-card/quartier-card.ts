/**
 * <quartier-card>: one neighbourhood project with everything its feed says.
 * This is the shell that the script-tag entry carries (attributes, properties,
 * states); the rendering and the card's styles are in quartier-card.view.ts,
 * fetched with the feed.
 */
import type { Project } from '../../feed/types.js';
import { QuartierElement, type ElementView } from '../base/quartier-element.js';
import type { LitProperties, ValueOf } from '../base/widget-spec.js';
import type { cardSpec } from './quartier-card.spec.js';

/**
 * A neighbourhood project (Quartiersprojekt) from a Quartier feed: name and
 * short name, municipality and quarter with their figures, summary and
 * description, residents, buildings, characteristics, goals, fields of action,
 * partners with role and contribution, contacts, quotes, funding, period,
 * places and offers in brief, links, images, sources and "Stand". Sections the
 * feed has no data for are left out. Headings are real `<h1>`–`<h6>`: the
 * title at `heading-level`, section headings one below.
 */
export class QuartierCard extends QuartierElement<Project> {
  // Attributes, properties, events, parts and tokens: quartier-card.spec.ts
  // (and base/quartier-element.spec.ts for those every element has).
  static override properties = {
    project: {},
    variant: {},
    printUrl: { attribute: 'print-url' },
    picked: { state: true, attribute: false },
  } satisfies LitProperties<typeof cardSpec, 'picked'>;

  // Only the shared styles (loading, error): the card's own come with its view.

  /** The project's id; may be left out when the feed has exactly one project. */
  project = '';

  /** `full` (default): everything; `compact`: name, place, summary, fields of action, partners. */
  variant: ValueOf<typeof cardSpec.attributes.variant> = 'full';

  /** Where the QR code of a printed notice leads (an http(s) address); without it, this page. */
  printUrl = '';

  /** @internal The entry last picked (`type:id`), marked with `aria-current`. */
  picked = '';

  protected loadView(): Promise<ElementView<this, Project>> {
    return import('./quartier-card.view.js').then((m) => m.cardView);
  }
}
