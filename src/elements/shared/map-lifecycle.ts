/**
 * The map of one <offer-map> (or <quartier-directory>), from consent to removal: it waits for consent
 * (consent.ts) and for the element to come near the viewport, loads the map
 * chunk through `loadMap()`, makes the map in the view's container, gives it
 * what to draw, makes a new one when the tile server changes, and releases it
 * when the list goes (loading, error, empty), consent is revoked or the
 * element leaves the page (not when it is only moved). The map follows its
 * container's size itself (create-map.ts). A Lit reactive controller, owned by
 * the element's MapController.
 *
 * A map that throws (in Leaflet, on any call or callback) is released, and
 * the element shows the editor's `internal` error (`state` is `error`,
 * `quartier-error` is fired) until it gets another feed or tile server:
 * nothing reaches the page.
 */
import type { ReactiveController } from 'lit';
import { UsageError, type WidgetError } from '../base/widget-error.js';
import { loadMap, type MapHandle, type MapOptions, type MapPoint } from '../../map/load-map.js';
import type { Quarter } from '../../feed/types.js';
import { allowTiles, mayLoadTiles, onMapConsent } from './map-consent.js';
import type { QuartierElement } from '../base/quartier-element.js';
import { tileServer, type TileServer } from './tile-server.js';

/** What the lifecycle hands the map: points and quarters (a new object when they change). */
export interface MapDrawing {
  readonly points: readonly MapPoint[];
  readonly quarters: readonly Quarter[];
}

/** `idle`: no map (none wanted, or not yet); `loading`: the chunk is on its way; `ready`: the map is there; `error`: the chunk failed. */
export type MapStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface MapLifecycleOptions extends Pick<MapOptions, 'clusterLabel' | 'markerLabel' | 'onPick' | 'onStack' | 'selectedPlace'> {
  /** What the map draws now; `undefined` while the element shows no list (loading, error, empty). */
  data(): MapDrawing | undefined;
  /** A map was made and has drawn its first data. */
  onReady(map: MapHandle): void;
  /** The map was released (its details go with it). */
  onRelease(): void;
}

/** What the lifecycle needs of its element: <offer-map>, or <quartier-directory> with its map of projects. */
export type MapHost = Pick<QuartierElement<unknown>, 'addStyles' | 'addController' | 'requestUpdate' | 'renderRoot' | 'isConnected' | 'localName'> &
  HTMLElement & {
    readonly tiles: string;
    readonly consent: 'ask' | 'granted';
    mapHandle?: MapHandle;
    /** The map's own fault (set here when the map failed; the element shows it as its error). */
    mapFault?: WidgetError;
  };

export class MapLifecycle implements ReactiveController {
  private current: MapStatus = 'idle';
  private tilesFailed = false;
  private near = false;
  private prefetched = false;
  private intersection: IntersectionObserver | undefined;
  private unsubscribe: (() => void) | undefined;
  private readonly onConsent = (): void => this.host.requestUpdate();
  /** The tile URL template the map was made with. */
  private tiles: string | undefined;
  /** The data the map was given last. */
  private drawn: MapDrawing | undefined;

  constructor(
    private readonly host: MapHost,
    private readonly options: MapLifecycleOptions,
  ) {
    // Lit calls hostConnected() now when the element is already on the page.
    host.addController(this);
  }

  get status(): MapStatus {
    return this.current;
  }

  /** Tiles failed to load (offline, a blocked or wrong server). */
  get tileError(): boolean {
    return this.tilesFailed;
  }

  /** The map, once made. It is kept on the element only (`mapHandle`, where benchmarks find it). */
  get handle(): MapHandle | undefined {
    return this.host.mapHandle;
  }

  /** The tile server, or `undefined` when `tiles` is not usable. */
  get server(): TileServer | undefined {
    return tileServer(this.host.tiles);
  }

  /** Whether the map may contact the tile server. */
  get consentGiven(): boolean {
    const server = this.server;
    return !!server && this.allows(server);
  }

  /** The visitor clicked "Karte laden": this server is allowed for every map on the page that uses it. */
  allow(): void {
    const server = this.server;
    if (server) allowTiles(server.template);
  }

  /** Loads the map again after a failure (the retry button). */
  retry(): void {
    this.current = 'idle';
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.unsubscribe = onMapConsent(this.onConsent);
    // The map (and Leaflet) loads only once the element is near the viewport.
    this.intersection ??= new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting) && !this.near) {
          this.near = true;
          this.host.requestUpdate();
        }
      },
      { rootMargin: '200px' },
    );
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
      this.release();
    });
  }

  hostUpdated(): void {
    const server = this.server;
    const allowed = !!server && this.allows(server);
    // The map may be shown: fetch its chunk (our own server, not the tile server) while the feed loads.
    if (!this.prefetched && this.near && allowed) {
      this.prefetched = true;
      loadMap().catch(() => undefined);
    }
    const data = this.options.data();
    // No list (loading, error, empty): the view, and the map's container with it, is gone.
    if (!data) return this.release();
    if (!allowed) this.release();
    else if (this.handle && this.tiles !== server.template) {
      // The `tiles` attribute changed: a new map for the new server (the old one is not asked again).
      this.release();
      this.host.requestUpdate();
    } else if (this.current === 'idle' && this.near) void this.load();
    const map = this.handle;
    if (map && this.drawn !== data) {
      const first = !this.drawn;
      this.drawn = data;
      map.setData(data.points, data.quarters);
      // setData may have failed (the map is gone then).
      if (first && this.handle) this.options.onReady(map);
    }
  }

  private allows(server: TileServer): boolean {
    return this.host.consent === 'granted' || mayLoadTiles(server.template);
  }

  private async load(): Promise<void> {
    this.current = 'loading';
    this.host.requestUpdate();
    let chunk: Awaited<ReturnType<typeof loadMap>>;
    try {
      chunk = await loadMap();
    } catch (error) {
      console.error('[quartier-widgets] <offer-map>: the map could not be loaded', error);
      this.current = 'error';
      this.host.requestUpdate();
      return;
    }
    const container = this.host.renderRoot.querySelector<HTMLElement>('.leaflet-host');
    const server = this.server;
    if (!this.host.isConnected || !container || !server || !this.allows(server)) {
      this.current = 'idle';
      this.host.requestUpdate();
      return;
    }
    const { clusterLabel, markerLabel, onPick, onStack, selectedPlace } = this.options;
    this.host.addStyles(chunk.leafletStyles);
    this.tiles = server.template;
    try {
      this.host.mapHandle = chunk.createMap({
        container,
        tiles: server.template,
        clusterLabel,
        markerLabel,
        onPick,
        onStack,
        selectedPlace,
        onTileError: () => {
          this.tilesFailed = true;
          this.host.requestUpdate();
        },
        onFault: (error) => this.fail(error),
      });
      this.current = 'ready';
      this.drawn = undefined;
    } catch (error) {
      this.fail(error);
    }
    this.host.requestUpdate();
  }

  /** The map threw: it is gone (create-map.ts released it), and the element says so as its `internal` error. */
  private fail(error: unknown): void {
    console.error(`[quartier-widgets] <${this.host.localName}>: the map failed`, error);
    this.host.mapHandle = undefined;
    this.host.mapFault = new UsageError('internal', String(error), '', { cause: error });
    this.current = 'idle';
    this.drawn = undefined;
    this.options.onRelease();
    this.host.requestUpdate();
  }

  private release(): void {
    this.host.mapHandle?.destroy();
    this.host.mapHandle = undefined;
    this.tilesFailed = false;
    if (this.current !== 'loading') this.current = 'idle';
    this.options.onRelease();
  }
}
