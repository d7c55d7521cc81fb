/**
 * The shell of <offer-map>: its attributes and properties, registered by the
 * script-tag entry. The list, the filters and their styles are in
 * offer-map.view.ts (fetched with the feed); Leaflet and the map drawing are in
 * src/map/ (fetched only when the map may be shown). Import nothing here that
 * only those need, or the bundler pulls it into the entry.
 */
import { css, type CSSResultGroup, type PropertyValues } from 'lit';
import { QuartierElement, type ElementView } from '../base/quartier-element.js';
import type { LitProperties, ValueOf } from '../base/widget-spec.js';
import type { offerMapSpec } from './offer-map.spec.js';
import type { MapHandle } from '../../map/load-map.js';
import type { MapModel } from './map-model.js';
import type { WidgetError } from '../base/widget-error.js';

/** What a script may ask the map to show: a place or an offer by id. */
export interface MapSelection {
  readonly type: 'place' | 'offer';
  readonly id: string;
}

/**
 * Where residents find a project's offers: a map of its places and, always
 * beside it, a list of the same places and offers that needs no map at all
 * (before consent, for screen readers, on phones). Filter chips (categories)
 * and a text search narrow both; the number of results is announced. Offers
 * without a place are listed under "Ort auf Anfrage".
 *
 * Keyboard: two skip links at the top ("Zur Karte springen", "Zur Liste
 * springen"); the list is one Tab stop, its entries reached with the arrow
 * keys, Home, End and typed letters. Markers are places; many places cluster
 * ("12 Orte"). Markers and clusters are buttons of at least 24 × 24 px:
 * Enter opens a place's details beside the map (address, accessibility, the
 * offers held there with their schedule in words, languages, audience,
 * registration, cost, contact), Escape closes them and returns focus.
 * Selecting in the list shows the place on the map and the reverse. The
 * quarter is drawn as its radius or polygon; an estimated position or
 * quarter is drawn dashed, with a key under the map.
 *
 * Privacy: with `consent="ask"` (the default) nothing is requested from the
 * tile server until the visitor clicks "Karte laden" in a placeholder that
 * names the server. A site's consent manager can grant it for every map with
 * `setMapConsent(true)` (exported by the bundle) or by dispatching
 * `quartier-map-consent` with `detail: {granted: true}` on `document`.
 *
 * Set the element's height with CSS (default `32em`): the list sits beside
 * the map when the element is 48em or wider. Narrower, the list (at most half
 * the screen's height, scrolling) stacks above the map
 * (`--quartier-map-height`), and on screens narrower than 48em the element
 * grows to fit both.
 */
export class OfferMap extends QuartierElement<MapModel> {
  // Attributes, properties, events, parts and tokens: offer-map.spec.ts
  // (and base/quartier-element.spec.ts for those every element has).
  static override properties = {
    project: {},
    category: {},
    tiles: {},
    attribution: {},
    consent: {},
    includeEnded: { attribute: 'include-ended', type: Boolean },
    selection: { attribute: false },
  } satisfies LitProperties<typeof offerMapSpec>;

  // The element's height is set before anything loads, so the page does not jump. On phones
  // the list and the map stack and the element grows with them.
  static override styles: CSSResultGroup = [
    QuartierElement.styles,
    css`:host{block-size:32em}@media (max-width:47.99em){:host{block-size:auto;min-block-size:32em}}`,
  ];

  /** A project id: only its places and offers. */
  project = '';

  /** Only these offer categories (space-separated). */
  category = '';

  /** Tile URL template with `{z}`, `{x}`, `{y}` (and optionally `{s}`, `{r}`). */
  tiles = '';

  /** Attribution of the tile server, plain text. */
  attribution = '';

  /** `ask` (default) or `granted`. */
  consent: ValueOf<typeof offerMapSpec.attributes.consent> = 'ask';

  /** Also list offers that are over, marked as such. */
  includeEnded = false;

  /** The place or offer shown, or `undefined`. Set it (or call `select()`) to show one from a script. */
  selection?: MapSelection;

  /** @internal The map, once Leaflet has made it (kept here only; for the view, tests and benchmarks). */
  mapHandle?: MapHandle;

  /** @internal Why the map failed (a throw in Leaflet): the element shows it as its error until another feed or tile server comes. */
  mapFault?: WidgetError;

  /** @internal Whether the update under way brings a new `selection` (the view's controller asks). */
  selectionChanged?: boolean;

  /** Shows a place or an offer: opens it in the list and centres the map on its place. */
  select(type: MapSelection['type'], id: string): void {
    this.selection = { type, id };
  }

  override get error(): WidgetError | undefined {
    return super.error ?? this.mapFault;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('feed') || changed.has('tiles')) this.mapFault = undefined;
    super.willUpdate(changed);
    this.selectionChanged = changed.has('selection');
  }

  protected loadView(): Promise<ElementView<this, MapModel>> {
    return import('./offer-map.view.js').then((m) => m.offerMapView as ElementView<this, MapModel>);
  }
}
