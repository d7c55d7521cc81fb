/**
 * The reactive controller of one <offer-map>: it owns the element's view
 * state (map-view-state.ts) and its map (map-lifecycle.ts), turns what the
 * visitor does into state and `quartier-select` events, answers a new
 * `selection`, and after each update moves focus and scrolls the list where
 * an action asked. The views read it and call its actions; render writes
 * nothing.
 *
 * The selection is the element's `selection` property, nothing else: the
 * list marks its entry from it, the map asks for it (`selectedPlace`). A
 * selection set by a script is shown (its entry opened, the list scrolled to
 * it, the map centred on it); one the visitor made is already in view.
 */
import type { ReactiveController } from 'lit';
import type { LoadResult } from '../../feed/load-feeds.js';
import { projectById } from '../../feed/query.js';
import { localNow } from '../../feed/schedule.js';
import type { OfferCategory } from '../../feed/types.js';
import type { MapHandle } from '../../map/load-map.js';
import { fire } from '../base/events.js';
import { sourceLabel } from '../shared/host-info.js';
import { plainText } from '../shared/render-text.js';
import { splitFilter } from '../base/widget-spec.js';
import { UsageError } from '../base/widget-error.js';
import { MapLifecycle } from '../shared/map-lifecycle.js';
import { buildModel, prepareTexts, type MapModel } from './map-model.js';
import { MapViewState } from './map-view-state.js';
import type { MapSelection, OfferMap } from './offer-map.js';
import { offerMapSpec } from './offer-map.spec.js';
import type { MapEntry } from './map-model.js';
import { focusEntry, scrollToEntry } from './place-list.js';

const controllers = new WeakMap<OfferMap, MapController>();

/** The controller of an element, made when its view first needs it. */
export function mapController(host: OfferMap): MapController {
  let controller = controllers.get(host);
  if (!controller) controllers.set(host, (controller = new MapController(host)));
  return controller;
}

export class MapController implements ReactiveController {
  readonly view = new MapViewState();
  readonly map: MapLifecycle;

  /** The next change of `selection` is the visitor's, made by an action here (already in view). */
  private ownSelection = false;
  /** A script's selection waits to be shown (until there is a list to show it in). */
  private revealNext: boolean;
  /** The selection changed: the map marks its place after the update. */
  private markNext = false;
  /** After the update: centre the map on this place. */
  private showNext: string | undefined;
  /** After the update: focus the details' heading, a marker, the map, or a list entry's button. */
  private focusNext: { details: true } | { marker: string } | { map: true } | { entry: string } | undefined;
  /** After the update: scroll the list to this entry. */
  private scrollNext: string | undefined;
  /** Until the first list has been shown: a long list waits for the map's first frame (see `listWaits`). */
  private listHeld = true;

  constructor(readonly host: OfferMap) {
    // Added first, so that the map has its data before this controller shows a place on it.
    this.map = new MapLifecycle(host, {
      data: () => (host.state === 'loaded' ? this.view.mapData : undefined),
      clusterLabel: (count) => host.locale.t('map.cluster', { count }),
      markerLabel: (id) => this.markerLabel(id),
      onPick: (id) => this.pickPlace(id),
      onStack: (ids) => this.showHere(ids),
      selectedPlace: () => this.view.placeOf(host.selection),
      onReady: (map) => this.showSelection(map),
      onRelease: () => {
        this.view.details = undefined;
        this.view.here = undefined;
      },
    });
    host.addController(this);
    // A selection made before the view arrived (`select()` before the feed loaded).
    this.revealNext = host.selection !== undefined;
  }

  hostUpdate(): void {
    if (this.host.selectionChanged) {
      this.markNext = true;
      if (this.ownSelection) this.ownSelection = false;
      else this.revealNext = true;
    }
    if (this.revealNext && this.host.state === 'loaded') {
      this.revealNext = false;
      const place = this.view.placeOf(this.host.selection);
      if (place !== undefined) {
        this.view.openEntry(place);
        this.view.listFocus = place;
        this.scrollNext = place;
        this.showNext = place;
      }
    }
  }

  /**
   * Whether a long (virtualised) list is left empty in this draw: on the first draw, while a map that may
   * be shown is made, the map's places come first and the list follows a frame later (its rows and their
   * offers' dates would double the first frame's work). Not when a selection waits to be shown in it.
   */
  get listWaits(): boolean {
    return this.listHeld && this.map.consentGiven && this.host.selection === undefined;
  }

  /**
   * After a loaded update while the list is held: it is let go in the task after the frame that shows
   * the map (once the map has its places: this controller runs after the map's lifecycle), at once when
   * there is no map to wait for, and after half a second at the latest (a map out of view, a slow chunk,
   * a tab in the background, which has no frames).
   */
  private holdList(): void {
    const release = (): void => {
      if (!this.listHeld) return;
      this.listHeld = false;
      clearTimeout(this.listTimer);
      this.host.requestUpdate();
    };
    // Not held in this draw (no consent, a selection to show): nothing to let go.
    if (!this.listWaits) {
      this.listHeld = false;
      return;
    }
    if (this.map.status === 'error') return release();
    this.listTimer ??= setTimeout(release, 500);
    if (this.map.handle) requestAnimationFrame(() => setTimeout(release, 0));
  }

  private listTimer: ReturnType<typeof setTimeout> | undefined;

  hostUpdated(): void {
    if (this.host.state !== 'loaded') return;
    if (this.listHeld) this.holdList();
    const map = this.map.handle;
    if (this.markNext) {
      this.markNext = false;
      map?.markSelected();
    }
    const show = this.showNext;
    this.showNext = undefined;
    if (show) map?.show(show);
    const scroll = this.scrollNext;
    this.scrollNext = undefined;
    if (scroll !== undefined) scrollToEntry(this.host.renderRoot, scroll, this.view.results?.entries ?? []);
    const focus = this.focusNext;
    this.focusNext = undefined;
    if (focus) this.moveFocus(focus);
  }

  /** The view's model for a loaded feed, made again only when the feed, project, categories or language change. */
  toModel(result: LoadResult): { model: MapModel } | { error: UsageError } {
    const { project, category, includeEnded } = this.host;
    const today = localNow().date;
    const { t } = this.host.locale;
    const found = project ? projectById(result.feed, project) : undefined;
    if (project && !found) return { error: new UsageError('unknown-project', project, sourceLabel(this.host)) };
    const model = this.view.modelFor([result.feed, project, category, t, includeEnded, today], () => {
      const categories = new Set(splitFilter(category, offerMapSpec.attributes.category.values)[0] as OfferCategory[]);
      const made = buildModel(result.feed, found, categories, (c) => t(`category.${c}`), includeEnded, today);
      this.prepareSearch(made, 0);
      return made;
    });
    return { model };
  }

  /** The model's searchable texts, a slice whenever the page is idle (while it is still the model shown). */
  private prepareSearch(model: MapModel, from: number): void {
    const idle = (window as { requestIdleCallback?: (run: (deadline: IdleDeadline) => void, options?: { timeout: number }) => void }).requestIdleCallback;
    const slice = (deadline?: IdleDeadline): void => {
      if (this.view.model !== model) return;
      // At most 10 ms a slice, and within the idle time the browser gives (none when it ran for its timeout).
      const end = performance.now() + 10;
      const next = prepareTexts(model, from, () => performance.now() < end && (!deadline || deadline.didTimeout || deadline.timeRemaining() > 1));
      if (next < model.entries.length) this.prepareSearch(model, next);
    };
    if (idle) idle(slice, { timeout: 2000 });
    else setTimeout(slice, 50);
  }

  /** The search field changed. */
  search(query: string): void {
    this.view.search(query);
    this.host.requestUpdate();
  }

  /** A category chip was pressed. */
  toggleChip(category: OfferCategory): void {
    this.view.toggleChip(category);
    this.host.requestUpdate();
  }

  resetFilters(): void {
    this.view.resetFilters();
    this.host.requestUpdate();
  }

  /** A key on the list moved to an entry: it becomes the list's Tab stop and takes focus. */
  focusEntry(id: string): void {
    this.view.listFocus = id;
    this.scrollNext = id;
    this.focusNext = { entry: id };
    this.host.requestUpdate();
  }

  /**
   * A virtualised list scrolled: when its Tab stop scrolled out of the DOM
   * (and focus is not in the list), the first entry in view takes it, so
   * that Tab still reaches the list.
   */
  listScrolled(first: string | undefined, shown: readonly MapEntry[]): void {
    const stop = this.view.listFocus;
    if (first === undefined || shown.some((e) => e.id === stop)) return;
    if (this.host.renderRoot.querySelector('.list')?.contains((this.host.renderRoot as ShadowRoot).activeElement)) return;
    this.view.listFocus = first;
    this.host.requestUpdate();
  }

  /** A skip link: focus moves to the list's current entry, or into the map (the map itself, its consent button or its note). */
  skipTo(target: 'list' | 'map'): void {
    if (target === 'map') {
      this.host.renderRoot.querySelector<HTMLElement>('.leaflet-host, [part="consent"] button, .map .note')?.focus();
      return;
    }
    const entries = this.view.results?.entries ?? [];
    const id = entries.some((e) => e.id === this.view.listFocus) ? this.view.listFocus : entries[0]?.id;
    if (id !== undefined) this.focusEntry(id);
  }

  /** The visitor clicked "Karte laden": this server is allowed for every map on the page, and focus goes to the map. */
  allowMap(): void {
    // The button goes away with the placeholder: focus the map in its place, not the page.
    this.focusNext = { map: true };
    this.map.allow();
  }

  /** A marker was activated: the place's details open over the map, and its entry is marked in the list. */
  pickPlace(id: string): void {
    if (!fire(this.host, 'quartier-select', { type: 'place', id })) return;
    this.view.details = id;
    this.view.here = undefined;
    this.focusNext = { details: true };
    this.scrollNext = id;
    this.select({ type: 'place', id });
  }

  /**
   * The button of several places at one point was activated: beside the map, a list of them (a part at
   * a time), where one is picked as from its marker.
   */
  showHere(ids: readonly string[]): void {
    this.view.details = undefined;
    this.view.here = ids;
    this.focusNext = { details: true };
    this.host.requestUpdate();
  }

  /** Closes the details over the map and returns focus to the marker (or to the point's button). */
  closeDetails(): void {
    const id = this.view.details ?? this.view.here?.[0];
    this.view.details = undefined;
    this.view.here = undefined;
    if (id !== undefined) this.focusNext = { marker: id };
    this.host.requestUpdate();
  }

  /** An entry's name in the list was activated: open or close it; opening shows the place on the map. */
  toggleEntry(id: string): void {
    const { view } = this;
    if (view.open.has(id)) {
      view.closeEntry(id);
      this.host.requestUpdate();
      return;
    }
    if (id && !fire(this.host, 'quartier-select', { type: 'place', id })) return;
    view.openEntry(id);
    view.listFocus = id;
    if (id) {
      this.select({ type: 'place', id });
      this.map.handle?.show(id);
    } else this.host.requestUpdate();
  }

  /** An offer's name was activated: marked as current, and its place shown on the map. */
  pickOffer(id: string): void {
    if (!fire(this.host, 'quartier-select', { type: 'offer', id })) return;
    this.select({ type: 'offer', id });
    const place = this.view.placeOf({ type: 'offer', id });
    if (place) this.map.handle?.show(place);
  }

  /** The visitor's selection (already in view; the map marks it after the update). */
  private select(selection: MapSelection): void {
    this.ownSelection = true;
    this.host.selection = selection;
  }

  /** A new map: centred on the selection's place, if there is one. */
  private showSelection(map: MapHandle): void {
    const place = this.view.placeOf(this.host.selection);
    if (place) map.show(place);
  }

  /**
   * A marker's accessible name, asked only for the markers drawn: "Treffpunkt, 3 Angebote". Kept per
   * entry (a filter that changes a place's offers makes a new entry) until the language changes: a pan
   * or zoom draws the same markers again and again.
   */
  private markerLabel(id: string): string {
    const { t, lang } = this.host.locale;
    const feedLang = this.view.feedLang ?? 'de';
    const entry = this.view.mapData?.located.get(id);
    if (!entry) return t('map.marker', { name: id, count: 0 });
    const key = this.labels;
    if (key.t !== t || key.lang !== lang || key.feedLang !== feedLang) this.labels = { t, lang, feedLang, of: new WeakMap() };
    let label = this.labels.of.get(entry);
    if (label === undefined) {
      const name = plainText(entry.place?.name, { lang, feedLang }) || id;
      label = t('map.marker', { name, count: entry.offers.length });
      if (entry.place?.geo?.approximate) label = `${label}${t('text.separator')}${t('place.approximate')}`;
      this.labels.of.set(entry, label);
    }
    return label;
  }

  /** The markers' names made so far, for one translator, language and feed language. */
  private labels: { t: unknown; lang: string; feedLang: string; of: WeakMap<MapEntry, string> } = { t: undefined, lang: '', feedLang: '', of: new WeakMap() };

  private moveFocus(focus: NonNullable<MapController['focusNext']>): void {
    const root = this.host.renderRoot;
    if ('entry' in focus) this.focusEntryWhenDrawn(focus.entry);
    else if ('details' in focus) {
      root.querySelector<HTMLElement>('.details [data-focus]')?.focus();
      // The details take room from the map (beside or below it, never over it): keep the place in view.
      const shown = this.view.details ?? this.view.here?.[0];
      if (shown !== undefined) this.map.handle?.keepClear(shown);
    } else if (!('marker' in focus && this.map.handle?.focusMarker(focus.marker))) root.querySelector<HTMLElement>('.leaflet-host')?.focus();
  }

  /** Focuses an entry's button, waiting some frames for a virtualised list to draw it. */
  private focusEntryWhenDrawn(id: string, frames = 30): void {
    if (focusEntry(this.host.renderRoot, id) || frames <= 0 || !this.host.isConnected) return;
    requestAnimationFrame(() => {
      if (this.view.listFocus === id) this.focusEntryWhenDrawn(id, frames - 1);
    });
  }
}
