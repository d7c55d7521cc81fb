/**
 * The reactive controller of one <quartier-directory>: the reader's query
 * (kept in the page's URL unless `url-state="off"`), the rows (the index's
 * first page, then the whole summary, fetched after the first screen), the
 * results, which projects are open with their cards, and where focus goes
 * after an update. The views read it and call its actions; render writes
 * nothing.
 */
import type { ReactiveController } from 'lit';
import type { IndexFeed } from '../../directory/directory-index.js';
import { EMPTY_QUERY, narrows, readQuery, sameQuery, writeQuery, type DirectoryQuery } from '../../directory/directory-query.js';
import type { DirectoryRow } from '../../directory/directory-row.js';
import { nameOf, PAGE_SIZE, placesOf, prepareSearch, searchRows, type DirectoryResults } from '../../directory/directory-search.js';
import type { MapPoint } from '../../map/load-map.js';
import { fire } from '../base/events.js';
import { MapLifecycle, type MapDrawing } from '../shared/map-lifecycle.js';
import { loadShardFeed, loadSummary, type DirectoryModel } from './directory-load.js';
import type { QuartierDirectory } from './quartier-directory.js';

const controllers = new WeakMap<QuartierDirectory, DirectoryController>();

/** The controller of an element, made when its view first needs it. */
export function directoryController(host: QuartierDirectory): DirectoryController {
  let controller = controllers.get(host);
  if (!controller) controllers.set(host, (controller = new DirectoryController(host)));
  return controller;
}

/** A project's card opened in place: its feed is being fetched, is there (raw, for the card to validate), or failed. */
export type OpenCard = { readonly state: 'loading' } | { readonly state: 'ready'; readonly feed?: unknown } | { readonly state: 'error' };

/** Today as `YYYY-MM-DD`, in the reader's time zone. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Whether two lists of points are the same places at the same positions, in the same order. */
function samePoints(a: readonly MapPoint[], b: readonly MapPoint[]): boolean {
  return a.length === b.length && a.every((p, i) => p.id === b[i]!.id && p.lat === b[i]!.lat && p.lng === b[i]!.lng && p.approximate === b[i]!.approximate);
}

export class DirectoryController implements ReactiveController {
  query: DirectoryQuery = EMPTY_QUERY;
  /** The model the element loaded; replaced by the complete one when the summary arrives. */
  private loaded: DirectoryModel | undefined;
  private full: DirectoryModel | undefined;
  summary: 'idle' | 'loading' | 'error' = 'idle';
  /** Open projects by key (`feed id/project id`). */
  readonly open = new Map<string, OpenCard>();
  private readonly shards = new Map<string, Promise<unknown>>();
  private cached: { model: DirectoryModel; query: DirectoryQuery; lang: string; results: DirectoryResults } | undefined;
  private focusNext: 'results' | { toggle: string } | undefined;
  /** The map of the projects found (the same lifecycle as <offer-map>'s: consent, near the viewport, the chunk). */
  readonly map: MapLifecycle;
  /** The project picked on the map last (its marker is marked). */
  private picked: string | undefined;
  private mapCache: { results: DirectoryResults; data: MapDrawing; names: Map<string, DirectoryRow> } | undefined;
  /** The model drawn last (the map's callbacks ask for it). */
  private shown: DirectoryModel | undefined;

  constructor(readonly host: QuartierDirectory) {
    this.map = new MapLifecycle(host, {
      // Nothing to draw before consent: the points are made only for a map that may be shown.
      data: () => (host.state === 'loaded' && host.map !== 'off' && this.shown && this.map.consentGiven ? this.mapData(this.shown) : undefined),
      clusterLabel: (count) => host.locale.t('directory.count', { count }),
      markerLabel: (key) => {
        const row = this.mapCache?.names.get(key);
        return row ? nameOf(row, host.locale.lang) : key;
      },
      onPick: (key) => this.reveal(key),
      // Projects at one point (one quarter centre): the first in the results' order, the others beside it in the list.
      onStack: (keys) => this.reveal(keys[0]!),
      selectedPlace: () => this.picked,
      onReady: () => undefined,
      onRelease: () => undefined,
    });
    host.addController(this);
    if (this.usesUrl) this.query = readQuery(new URLSearchParams(location.search));
    if (host.isConnected) this.hostConnected();
  }

  private get usesUrl(): boolean {
    return this.host.urlState !== 'off';
  }

  private readonly onPopState = (): void => {
    if (!this.usesUrl) return;
    const query = readQuery(new URLSearchParams(location.search));
    if (sameQuery(query, this.query)) return;
    this.query = query;
    this.host.requestUpdate();
  };

  private connected = false;

  hostConnected(): void {
    if (this.connected) return;
    this.connected = true;
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    this.connected = false;
    window.removeEventListener('popstate', this.onPopState);
  }

  hostUpdated(): void {
    // After the first screen, the rest of the index: every project's row.
    if (this.host.state === 'loaded' && this.loaded && !this.loaded.complete && !this.full && this.summary === 'idle') void this.fetchSummary();
    const focus = this.focusNext;
    this.focusNext = undefined;
    if (focus) {
      const target =
        focus === 'results'
          ? this.host.renderRoot.querySelector<HTMLElement>('#results')
          : [...this.host.renderRoot.querySelectorAll<HTMLElement>('.toggle, [part="name"] a')].find((b) => b.dataset['key'] === focus.toggle);
      target?.focus({ preventScroll: true });
      target?.scrollIntoView?.({ block: 'nearest' });
    }
  }

  /**
   * What the map draws: the projects found that have a centre (the same object while they are the same
   * projects in the same order: another page of results, or a filter that leaves the same ones, sends the map
   * nothing; a change is counted through the map's index, not indexed anew).
   */
  mapData(model: DirectoryModel): MapDrawing {
    const results = this.results(model);
    const cache = this.mapCache;
    if (cache?.results === results) return cache.data;
    const points: MapPoint[] = [];
    const names = new Map<string, DirectoryRow>();
    for (const row of results.matches) {
      if (!row.center) continue;
      const key = this.key(model, row);
      names.set(key, row);
      points.push({ id: key, lat: row.center[0], lng: row.center[1], ...(row.approximate ? { approximate: true } : {}) });
    }
    const same = cache !== undefined && samePoints(cache.data.points, points);
    const data: MapDrawing = same ? cache.data : { points, quarters: [] };
    this.mapCache = { results, data, names };
    return data;
  }

  /** A marker was picked: its project's page of results, its card opened (or its link), and focus on it. */
  reveal(key: string): void {
    const model = this.shown;
    if (!model) return;
    const results = this.results(model);
    const index = results.matches.findIndex((row) => this.key(model, row) === key);
    if (index < 0) return;
    this.picked = key;
    const page = Math.floor(index / PAGE_SIZE) + 1;
    if (page !== results.page) this.set({ page });
    const row = results.matches[index]!;
    if (!this.host.href.trim() && !this.open.has(key)) this.toggle(model, row);
    this.focusNext = { toggle: key };
    this.host.mapHandle?.markSelected();
    this.host.requestUpdate();
  }

  /** The model to show for a load: the complete one once it is there for the same load. */
  model(loaded: DirectoryModel): DirectoryModel {
    if (this.loaded !== loaded) {
      this.loaded = loaded;
      this.full = undefined;
      this.summary = 'idle';
      this.open.clear();
      this.shards.clear();
    }
    this.shown = this.full ?? loaded;
    return this.shown;
  }

  private async fetchSummary(): Promise<void> {
    const loaded = this.loaded!;
    // Nothing to draw yet: the results already say that they wait for it (called from hostUpdated).
    this.summary = 'loading';
    try {
      const full = await loadSummary(loaded);
      if (this.loaded !== loaded) return;
      this.full = full;
      this.summary = 'idle';
      // The search's texts, when the page has nothing else to do: the first keystroke then only filters.
      const idle = (window as { requestIdleCallback?: (run: () => void, options?: { timeout: number }) => void }).requestIdleCallback;
      if (idle) idle(() => prepareSearch(full.rows), { timeout: 2000 });
      else setTimeout(() => prepareSearch(full.rows), 200);
    } catch (error) {
      if (this.loaded !== loaded) return;
      console.warn('[quartier-widgets] <quartier-directory>: the summary could not be loaded:', error);
      this.summary = 'error';
    }
    this.host.requestUpdate();
  }

  /** Loads the summary again after it failed. */
  retrySummary(): void {
    if (this.summary === 'error') {
      this.summary = 'idle';
      this.host.requestUpdate();
    }
  }

  /** The results of the query (made again only when the model, the query or the language changed). */
  results(model: DirectoryModel): DirectoryResults {
    const lang = this.host.locale.lang;
    const c = this.cached;
    if (c && c.model === model && c.query === this.query && c.lang === lang) return c.results;
    const results = searchRows(model.rows, this.query, lang, today());
    this.cached = { model, query: this.query, lang, results };
    return results;
  }

  private placeCache: { model: DirectoryModel; lang: string; places: ReturnType<typeof placesOf> } | undefined;

  /** The municipalities and districts of the model's rows, for the place filter (made once per model and language). */
  places(model: DirectoryModel): ReturnType<typeof placesOf> {
    const lang = this.host.locale.lang;
    if (this.placeCache?.model !== model || this.placeCache.lang !== lang) this.placeCache = { model, lang, places: placesOf(model.rows.rows, lang) };
    return this.placeCache.places;
  }

  /** Whether the results wait for the summary: the query narrows, and only the first page is here. */
  waiting(model: DirectoryModel): boolean {
    return !model.complete && (narrows(this.query) || this.query.sort !== 'name' || this.query.page > 1);
  }

  /**
   * A new query. `history`: `push` makes a step the back button returns to (filters, pages), `replace` changes the
   * current one (each keystroke of a search); page 1 unless the page itself changed.
   */
  set(change: Partial<DirectoryQuery>, history: 'push' | 'replace' = 'push'): void {
    const query = { ...this.query, page: 1, ...change };
    if (sameQuery(query, this.query)) return;
    this.query = query;
    if (this.usesUrl) {
      const url = `${location.pathname}${writeQuery(location.search, query)}${location.hash}`;
      try {
        if (history === 'push') window.history.pushState(window.history.state, '', url);
        else window.history.replaceState(window.history.state, '', url);
      } catch (error) {
        // A sandboxed frame, say: the directory works without the URL.
        console.warn('[quartier-widgets] <quartier-directory>: the URL could not be changed:', error);
      }
    }
    if (change.page !== undefined) this.focusNext = 'results';
    this.host.requestUpdate();
  }

  /** Makes the search typed so far a step of the history (on `change`: Enter, or leaving the field). */
  commitSearch(): void {
    if (!this.usesUrl) return;
    const url = `${location.pathname}${writeQuery(location.search, this.query)}${location.hash}`;
    if (`${location.pathname}${location.search}${location.hash}` === url) return;
    try {
      window.history.pushState(window.history.state, '', url);
    } catch {
      // As in set().
    }
  }

  reset(): void {
    this.set({ ...EMPTY_QUERY, sort: this.query.sort });
  }

  key(model: DirectoryModel, row: DirectoryRow): string {
    return `${model.feeds[row.feed]?.id ?? ''}/${row.project}`;
  }

  /** Opens or closes a project's card in place (unless a listener cancels `quartier-select`). */
  toggle(model: DirectoryModel, row: DirectoryRow): void {
    const key = this.key(model, row);
    if (this.open.has(key)) {
      this.open.delete(key);
      this.host.requestUpdate();
      return;
    }
    if (!fire(this.host, 'quartier-select', { type: 'project', id: row.project })) return;
    const feed = model.feeds[row.feed];
    if (!model.indexUrl || !feed) {
      this.open.set(key, { state: 'ready' });
      this.host.requestUpdate();
      return;
    }
    this.open.set(key, { state: 'loading' });
    this.host.requestUpdate();
    void this.shardFeed(model, feed).then(
      (raw) => this.settle(key, { state: 'ready', feed: raw }),
      (error: unknown) => {
        console.warn(`[quartier-widgets] <quartier-directory>: the feed of ${row.project} could not be loaded:`, error);
        this.settle(key, { state: 'error' });
      },
    );
  }

  private settle(key: string, card: OpenCard): void {
    if (!this.open.has(key)) return;
    this.open.set(key, card);
    this.host.requestUpdate();
  }

  /** A feed from its shard, one request per shard however many of its projects are opened (a failure is forgotten). */
  private shardFeed(model: DirectoryModel, feed: IndexFeed): Promise<unknown> {
    let promise = this.shards.get(feed.id);
    if (!promise) {
      promise = loadShardFeed(model, feed);
      this.shards.set(feed.id, promise);
      promise.catch(() => this.shards.delete(feed.id));
    }
    return promise;
  }

  /** A link's click: `quartier-select` first; cancelled, the page stays. */
  follow(event: Event, row: DirectoryRow): void {
    if (!fire(this.host, 'quartier-select', { type: 'project', id: row.project })) event.preventDefault();
  }
}
