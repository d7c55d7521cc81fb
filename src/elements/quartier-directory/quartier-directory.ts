/**
 * The shell of <quartier-directory>: its attributes, registered by the
 * script-tag entry. Loading the index, search, filters, results and their
 * styles are in quartier-directory.view.ts (fetched with the data). Import
 * nothing here that only the view needs, or the bundler pulls it into the entry.
 */
import type { PropertyValues } from 'lit';
import { QuartierElement, type ElementView } from '../base/quartier-element.js';
import type { LitProperties, ValueOf } from '../base/widget-spec.js';
import type { DirectoryLoad, DirectoryModel } from './directory-load.js';
import type { directorySpec } from './quartier-directory.spec.js';
import type { MapHandle } from '../../map/load-map.js';
import type { WidgetError } from '../base/widget-error.js';

/**
 * Many projects from many feeds, for regional portals: a search over names,
 * places, partners and summaries (case and diacritics ignored), filters
 * (place, field of action, status, partner type, offers of a category), an
 * order (name, start, last change) and pages of 20, with the number of
 * projects announced politely. Search and filters live in the page's URL.
 *
 * Reads `index` (the static index `quartier-feed harvest` writes: the first
 * screen needs its `index.json` only, however large the portal) or `src` (one
 * or more feeds, for a small portal). Each result opens the project's full
 * card in place, or links to the project's own page (`href`).
 */
export class QuartierDirectory extends QuartierElement<DirectoryModel, DirectoryLoad> {
  // Attributes, properties, events and parts: quartier-directory.spec.ts
  // (and base/quartier-element.spec.ts for those every element has).
  static override properties = {
    index: {},
    href: {},
    urlState: { attribute: 'url-state' },
    map: {},
    consent: {},
    tiles: {},
    attribution: {},
  } satisfies LitProperties<typeof directorySpec>;

  /** The harvester's `index.json`. */
  index = '';

  /** Link template for a project's own page: `{id}`, `{feed}`. */
  href = '';

  /** `on` (default): search and filters in the page's URL. */
  urlState: ValueOf<typeof directorySpec.attributes.urlState> = 'on';

  /** `on` (default): a map of the projects found. */
  map: ValueOf<typeof directorySpec.attributes.map> = 'on';

  /** `ask` (default) or `granted`: as <offer-map>'s. */
  consent: ValueOf<typeof directorySpec.attributes.consent> = 'ask';

  /** Tile URL template with `{z}`, `{x}`, `{y}`. */
  tiles = '';

  /** Attribution of the tile server, plain text. */
  attribution = '';

  /** @internal The map, once Leaflet has made it (kept here only). */
  mapHandle?: MapHandle;

  /** @internal The map's own fault: shown as the element's error until another index, feed or tile server. */
  mapFault?: WidgetError;

  override get error(): WidgetError | undefined {
    return super.error ?? this.mapFault;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('index') || changed.has('src') || changed.has('tiles')) this.mapFault = undefined;
    super.willUpdate(changed);
  }

  protected override get otherSource(): string {
    return this.index.trim();
  }

  protected loadView(): Promise<ElementView<this, DirectoryModel, DirectoryLoad>> {
    return import('./quartier-directory.view.js').then((m) => m.directoryView as ElementView<this, DirectoryModel, DirectoryLoad>);
  }
}
