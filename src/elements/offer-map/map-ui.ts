/**
 * The state of one <offer-map> between renders, and what it does to the
 * world: the filters, the open places, the details over the map, consent,
 * and the Leaflet map itself (loaded, fed, synchronised, released).
 * A Lit reactive controller, created by the view for each element.
 */
import type { ReactiveController } from 'lit';
import type { LoadResult } from '../../feed/load-feeds.js';
import { projectById } from '../../feed/query.js';
import type { OfferCategory } from '../../feed/types.js';
import { loadMap, type MapHandle, type MapPoint } from '../../map/load-map.js';
import { fire } from '../base/events.js';
import { splitFilter } from '../base/widget-spec.js';
import { plainText } from '../base/render-text.js';
import { UsageError } from '../base/widget-error.js';
import { allowTiles, mayLoadTiles, onMapConsent } from './consent.js';
import { buildModel, filterModel, type FilteredModel, type MapEntry, type MapModel } from './map-model.js';
import type { MapSelection, OfferMap } from './offer-map.js';
import { offerMapSpec } from './offer-map.spec.js';
import { tileServer, type TileServer } from './tile-server.js';
import { sourceLabel } from '../base/host-info.js';

const controllers = new WeakMap<OfferMap, MapUi>();

/** The controller of an element, created on first use. */
export function mapUi(host: OfferMap): MapUi {
  let ui = controllers.get(host);
  if (!ui) controllers.set(host, (ui = new MapUi(host)));
  return ui;
}

export class MapUi implements ReactiveController {
  /** Category chips pressed (none = all). */
  readonly chips = new Set<OfferCategory>();
  query = '';
  /** Entries open in the list (place ids; `''` for offers without a place). */
  readonly open = new Set<string>();
  /** The place whose details are shown over the map. */
  details: string | undefined;
  mapState: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  tileError = false;
  map: MapHandle | undefined;
  /** The tile URL template the map was made with. */
  private mapTiles: string | undefined;

  private near = false;
  private unsubscribe: (() => void) | undefined;
  private prefetched = false;
  private feedLang = 'de';
  private intersection: IntersectionObserver | undefined;
  private model: MapModel | undefined;
  private modelKey: readonly unknown[] = [];
  private filtered: FilteredModel | undefined;
  private filteredKey: readonly unknown[] = [];
  private offerPlace: Map<string, string> | undefined;
  private drawnData: FilteredModel | undefined;
  private applied: MapSelection | undefined;
  /** After the next update: focus the details' heading, or a marker. */
  private focusNext: { details: true } | { marker: string } | { map: true } | undefined;
  /** After the next update: scroll the list to this entry. */
  private scrollNext: string | undefined;

  constructor(readonly host: OfferMap) {
    host.addController(this);
    if (host.isConnected) this.hostConnected();
  }

  hostConnected(): void {
    this.unsubscribe = onMapConsent(this.onConsent);
    if (!this.intersection) {
      // The map (and Leaflet) loads only once the element is near the viewport.
      this.intersection = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting) && !this.near) {
            this.near = true;
            this.host.requestUpdate();
          }
        },
        { rootMargin: '200px' },
      );
    }
    this.intersection.observe(this.host);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.intersection?.disconnect();
    // Moved in the DOM (disconnected and connected in one task): keep the map.
    // Removed: release the map, and let the IntersectionObserver's first report after
    // the element is added again bring it back (nothing else would ask for an update).
    queueMicrotask(() => {
      if (this.host.isConnected) return;
      this.near = false;
      this.releaseMap();
    });
  }

  hostUpdated(): void {
    const host = this.host;
    // The map may be shown: fetch its chunk (our own server, not the tile server) while the feed loads.
    if (!this.prefetched && this.near && this.mapAllowed()) {
      this.prefetched = true;
      loadMap().catch(() => undefined);
    }
    // Not loaded (loading, error, empty): the view, and the map's container with it, is gone.
    if (host.state !== 'loaded' || !this.filtered) return this.releaseMap();
    if (!this.mapAllowed()) this.releaseMap();
    else if (this.map && this.mapTiles !== this.server!.template) {
      // The `tiles` attribute changed: a new map for the new server (the old one is not asked again).
      this.releaseMap();
      this.host.requestUpdate();
    } else if (this.mapState === 'idle' && this.near) void this.loadMap();
    const map = this.map;
    if (map && this.drawnData !== this.filtered) {
      this.drawnData = this.filtered;
      map.setData(this.points(this.filtered.entries), this.model!.quarters);
    }
    if (host.selection !== this.applied) this.applySelection(host.selection);
    this.afterRender();
  }

  private readonly onConsent = (): void => this.host.requestUpdate();

  /** The tile server, or `undefined` when `tiles` is not usable. */
  get server(): TileServer | undefined {
    return tileServer(this.host.tiles);
  }

  /** Whether the map may contact the tile server. */
  get consentGiven(): boolean {
    const server = this.server;
    return this.host.consent === 'granted' || (!!server && mayLoadTiles(server.template));
  }

  private mapAllowed(): boolean {
    return !!this.server && this.consentGiven;
  }

  /** The visitor clicked "Karte laden": this server is allowed for every map on the page that uses it. */
  allowMap(): void {
    const server = this.server;
    if (!server) return;
    // The button goes away with the placeholder: focus the map in its place, not the page.
    this.focusNext = { map: true };
    allowTiles(server.template);
  }

  /** The view's model for a loaded feed, rebuilt only when the feed, project, categories or language change. */
  toModel(result: LoadResult): { model: MapModel } | { error: UsageError } {
    const host = this.host;
    const { t } = host.locale;
    const key = [result.feed, host.project, host.category, t];
    this.feedLang = result.feed.language;
    if (!this.model || key.some((k, i) => k !== this.modelKey[i])) {
      const project = host.project ? projectById(result.feed, host.project) : undefined;
      if (host.project && !project) return { error: new UsageError('unknown-project', host.project, sourceLabel(host)) };
      const categories = new Set(splitFilter(host.category, offerMapSpec.attributes.category.values)[0] as OfferCategory[]);
      this.model = buildModel(result.feed, project, categories, (c) => t(`category.${c}`));
      this.modelKey = key;
      this.offerPlace = undefined;
      for (const chip of this.chips) if (!this.model.categories.includes(chip)) this.chips.delete(chip);
    }
    return { model: this.model };
  }

  /** The entries left by the chips and the search. */
  results(model: MapModel): FilteredModel {
    const key = [model, [...this.chips].join(' '), this.query];
    if (!this.filtered || key.some((k, i) => k !== this.filteredKey[i])) {
      this.filtered = filterModel(model, this.chips, this.query);
      this.filteredKey = key;
    }
    return this.filtered;
  }

  /** The located places, and (for the few markers drawn) their names: "Treffpunkt, 3 Angebote". */
  private points(entries: readonly MapEntry[]): MapPoint[] {
    const out: MapPoint[] = [];
    this.located = new Map();
    for (const e of entries) {
      const geo = e.place?.geo;
      if (!geo) continue;
      this.located.set(e.id, e);
      out.push({ id: e.id, lat: geo.lat, lng: geo.lng });
    }
    return out;
  }

  private located = new Map<string, MapEntry>();

  /** A marker's accessible name, asked only for the markers drawn. */
  private markerLabel(id: string): string {
    const { t, lang } = this.host.locale;
    const entry = this.located.get(id);
    const name = plainText(entry?.place?.name, { lang, feedLang: this.feedLang }) || id;
    return t('map.marker', { name, count: entry?.offers.length ?? 0 });
  }

  private async loadMap(): Promise<void> {
    this.mapState = 'loading';
    this.host.requestUpdate();
    try {
      const module = await loadMap();
      const container = this.host.renderRoot.querySelector<HTMLElement>('.leaflet-host');
      if (!this.host.isConnected || !container || !this.mapAllowed()) {
        this.mapState = 'idle';
        return;
      }
      this.host.addStyles(module.leafletStyles);
      this.mapTiles = this.server!.template;
      this.map = module.createMap({
        container,
        tiles: this.server!.template,
        clusterLabel: (count) => this.host.locale.t('map.cluster', { count }),
        markerLabel: (id) => this.markerLabel(id),
        onPick: (id) => this.pickPlace(id),
        onTileError: () => {
          this.tileError = true;
          this.host.requestUpdate();
        },
      });
      this.host.mapHandle = this.map;
      this.mapState = 'ready';
      this.drawnData = undefined;
      this.applied = undefined;
    } catch (error) {
      console.error('[quartier-widgets] <offer-map>: the map could not be loaded', error);
      this.mapState = 'error';
    }
    this.host.requestUpdate();
  }

  /** Loads the map again after a failure (the retry button). */
  retryMap(): void {
    this.mapState = 'idle';
    this.host.requestUpdate();
  }

  private releaseMap(): void {
    this.map?.destroy();
    this.map = undefined;
    this.host.mapHandle = undefined;
    this.details = undefined;
    this.tileError = false;
    if (this.mapState !== 'loading') this.mapState = 'idle';
  }

  /** A marker was activated: the place's details open over the map, and its entry is marked in the list. */
  pickPlace(id: string): void {
    if (!fire(this.host, 'quartier-select', { type: 'place', id })) return;
    this.details = id;
    this.focusNext = { details: true };
    this.scrollNext = id;
    this.select({ type: 'place', id });
  }

  /** Closes the details over the map and returns focus to the marker. */
  closeDetails(): void {
    const id = this.details;
    this.details = undefined;
    if (id !== undefined) this.focusNext = { marker: id };
    this.host.requestUpdate();
  }

  /** An entry's name in the list was activated: open or close it; opening shows the place on the map. */
  toggleEntry(id: string): void {
    if (this.open.has(id)) {
      this.open.delete(id);
      this.host.requestUpdate();
      return;
    }
    if (id && !fire(this.host, 'quartier-select', { type: 'place', id })) return;
    this.open.add(id);
    if (id) {
      this.select({ type: 'place', id });
      this.map?.show(id);
    } else this.host.requestUpdate();
  }

  /** An offer's name was activated: marked as current, and its place shown on the map. */
  pickOffer(id: string): void {
    if (!fire(this.host, 'quartier-select', { type: 'offer', id })) return;
    this.select({ type: 'offer', id });
    const place = this.placeOf(id);
    if (place) this.map?.show(place);
  }

  /** The selection as the UI made it (already shown; no scrolling). */
  private select(selection: MapSelection): void {
    this.applied = selection;
    this.host.selection = selection;
    this.map?.setSelected(this.placeOf(selection));
  }

  /** The place id of a selection (an offer's place), if it has one. */
  placeOf(selection: MapSelection | string | undefined): string | undefined {
    if (selection === undefined) return undefined;
    if (typeof selection === 'string') {
      if (!this.offerPlace) {
        this.offerPlace = new Map();
        for (const e of this.model?.entries ?? []) for (const o of e.offers) this.offerPlace.set(o.id, e.id);
      }
      return this.offerPlace.get(selection);
    }
    return selection.type === 'place' ? selection.id : this.placeOf(selection.id);
  }

  /** A selection set from outside (`select()` or the property): open its entry, scroll to it, show it on the map. */
  private applySelection(selection: MapSelection | undefined): void {
    this.applied = selection;
    const place = this.placeOf(selection);
    if (place !== undefined) {
      this.open.add(place);
      this.scrollNext = place;
      if (place) this.map?.show(place);
    }
    this.map?.setSelected(place);
    this.host.requestUpdate();
  }

  resetFilters(): void {
    this.chips.clear();
    this.query = '';
    this.host.requestUpdate();
  }

  private afterRender(): void {
    const root = this.host.renderRoot;
    const scroll = this.scrollNext;
    if (scroll !== undefined) {
      this.scrollNext = undefined;
      this.scrollTo?.(scroll);
    }
    const focus = this.focusNext;
    this.focusNext = undefined;
    if (!focus) return;
    if ('details' in focus) {
      root.querySelector<HTMLElement>('.details [data-focus]')?.focus();
      this.keepMarkerClear();
    }
    else if (!('marker' in focus && this.map?.focusMarker(focus.marker))) root.querySelector<HTMLElement>('.leaflet-host')?.focus();
  }

  /** Pans the map so that the place whose details are open is not hidden under them. */
  private keepMarkerClear(): void {
    const root = this.host.renderRoot;
    const panel = root.querySelector('.details')?.getBoundingClientRect();
    const frame = root.querySelector('.leaflet-host')?.getBoundingClientRect();
    if (!panel || !frame || this.details === undefined) return;
    const onLeft = panel.left - frame.left < frame.right - panel.right;
    this.map?.keepClear(this.details, onLeft ? { left: panel.right - frame.left, right: 0 } : { left: 0, right: frame.right - panel.left });
  }

  /** Set by the list: scrolls an entry into view (virtualised or not). */
  scrollTo: ((id: string) => void) | undefined;
}
