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
 *
 * @tagname quartier-card
 * @summary A neighbourhood project as a card: `full`, or `compact` for listing pages.
 *
 * @csspart base - The wrapper of every state; carries `lang` and `dir`.
 * @csspart card - The project's `<article>` (border, padding).
 * @csspart header - Title, short name, place, summary (and, when compact, fields and partners).
 * @csspart title - The project's heading.
 * @csspart section - Each section of the full card (goals, partners, funding, …).
 * @csspart heading - Each section's heading.
 * @csspart tag - Field-of-action, role, category and status tags.
 * @csspart text - Each paragraph of feed text.
 * @csspart image - A figure with one of the project's images and its credit.
 * @csspart footer - Sources and "Stand".
 * @csspart loading - The loading placeholder.
 * @csspart error - The editor's error message (`role="alert"`).
 * @csspart empty - The note shown when the feed has no project.
 * @csspart debug - The feed's warnings, with `debug`.
 *
 * @cssproperty --quartier-font-family - Text font (default: system UI fonts).
 * @cssproperty --quartier-font-size - Base size (default `medium`, the reader's own).
 * @cssproperty --quartier-line-height - Default `1.5`.
 * @cssproperty --quartier-color-text - Body text (default `#1f2328`).
 * @cssproperty --quartier-color-muted - Secondary text (default `#57606a`).
 * @cssproperty --quartier-color-background - Card background (default `#fff`).
 * @cssproperty --quartier-color-surface - Tags (default `#f6f8fa`).
 * @cssproperty --quartier-color-border - Lines (default `#d0d7de`).
 * @cssproperty --quartier-color-accent - Links, buttons, quote bar, focus (default `#0b5cad`).
 * @cssproperty --quartier-color-error - Errors and the "ended" mark (default `#b3261e`).
 * @cssproperty --quartier-color-error-background - Default `#fdecea`.
 * @cssproperty --quartier-radius - Corners (default `0.5em`).
 * @cssproperty --quartier-space - Base spacing (default `1em`).
 * @cssproperty --quartier-max-width - Widest the card grows (default `none`).
 * @cssproperty --quartier-heading-font-family - Headings (default: the text font).
 * @cssproperty --quartier-heading-color - Headings (default: the text colour).
 * @cssproperty --quartier-focus-ring - Focus outline (default `3px solid` accent).
 *
 * @fires quartier-load - The feed has loaded: `{feed, warnings}`.
 * @fires quartier-error - The feed or the `project` attribute cannot be used: `{error, src}`.
 * @fires quartier-select - The reader picked the project (compact title), a place or an
 *   offer: `{type, id}`. Cancelable; when not cancelled the card marks the entry as current.
 */
export class QuartierCard extends QuartierElement<Project> {
  static override properties = { project: {}, variant: {}, picked: { state: true, attribute: false } } satisfies LitProperties<typeof cardSpec, 'picked'>;

  // Only the shared styles (loading, error): the card's own come with its view.

  /** The project's id; may be left out when the feed has exactly one project. */
  project = '';

  /** `full` (default): everything; `compact`: name, place, summary, fields of action, partners. */
  variant: ValueOf<typeof cardSpec.attributes.variant> = 'full';

  /** @internal The entry last picked (`type:id`), marked with `aria-current`. */
  picked = '';


  protected loadView(): Promise<ElementView<this, Project>> {
    return import('./quartier-card.view.js').then((m) => m.cardView);
  }
}
