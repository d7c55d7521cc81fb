/**
 * The map chunk: the only module that imports Leaflet (its ES module build,
 * which sets no `window.L`). <offer-map> imports it only once the visitor or
 * the site has allowed the tile server and the element is near the viewport.
 *
 * Leaflet's own controls are off (their buttons and the attribution are
 * written as HTML strings); the element renders zoom buttons and the
 * attribution itself. Places are drawn by ClusterLayer, the quarters as
 * circles or polygons on one canvas that takes no clicks.
 *
 * Nothing here throws into the page: every call the element makes, and
 * every handler Leaflet or the browser calls back (a move's end, a resize,
 * a click, a drag), runs guarded. A throw releases the map and goes to
 * `onFault`, and the handle does nothing from then on.
 */
import * as L from './leaflet.js';
import { unsafeCSS, type CSSResult } from 'lit';
import type { GeoPoint, Quarter } from '../feed/types.js';
import { ClusterLayer, type Guard, type MapPoint } from './cluster-layer.js';
import { FrameResizeObserver } from './frame-resize-observer.js';
import { leafletCss } from './leaflet-css.js';
import { mapDrawingStyles } from './map-styles.js';

export type { MapPoint };

/** Leaflet's stylesheet and ours for what the map draws, for the element's shadow root (from our own bundle, not from the feed). */
export const leafletStyles: CSSResult = unsafeCSS(leafletCss + mapDrawingStyles.cssText);

export interface MapOptions {
  /** The element the map fills (in the element's shadow root). */
  readonly container: HTMLElement;
  /** A checked http(s) tile URL template. */
  readonly tiles: string;
  /** The accessible name of a cluster ("12 Orte"). */
  clusterLabel(count: number): string;
  /** The accessible name of a place's marker, asked only for the markers drawn. */
  markerLabel(id: string): string;
  /** A place's marker was activated. */
  onPick(id: string): void;
  /** The place to mark as selected, if any (asked whenever markers are drawn, and on `markSelected`). */
  selectedPlace(): string | undefined;
  /** Tiles failed to load (offline, a blocked or wrong server). Called once. */
  onTileError(): void;
  /** A point on the map was clicked (not a marker): the feed editor sets a place's position with it. */
  onMapClick?(point: GeoPoint): void;
  /** Leaflet threw: the map is released and does nothing more (the element shows why). */
  onFault(error: unknown): void;
  /** Several places at one point were activated, in the feed's order (the element lists them). */
  onStack(ids: readonly string[]): void;
}

/** The feed editor's pin: its accessible name, and where it was dragged or moved with the arrow keys. */
export interface PinOptions {
  readonly label: string;
  onMove(point: GeoPoint): void;
}

/** What the element can do with a map. */
export interface MapHandle {
  /** Draws these places and quarters; the first call (and `fit`) frames them. */
  setData(points: readonly MapPoint[], quarters: readonly Quarter[]): void;
  /** Frames every place and quarter (a default view of Germany when there is nothing to frame). */
  fit(): void;
  /** Centres a place, zoomed in far enough that it is not in a cluster. */
  show(id: string): void;
  /** Measures the map anew (a panel beside it took room) and pans as little as needed to keep a place in view. */
  keepClear(id: string): void;
  /** The selection changed: marks the place `selectedPlace()` names (or none) without moving the map. */
  markSelected(): void;
  /** Focuses a place's marker; `false` when it is not drawn. */
  focusMarker(id: string): boolean;
  zoomIn(): void;
  zoomOut(): void;
  /** Shows one pin that can be dragged, or moved with the arrow keys when focused (the feed editor's); `undefined` removes it. */
  setPin(point: GeoPoint | undefined, options: PinOptions): void;
  /** Centres a point at a zoom level. */
  view(point: GeoPoint, zoom: number): void;
  /** The point in the middle of the map. */
  center(): GeoPoint;
  /** The number of markers and clusters in the DOM now. */
  readonly drawn: number;
  /** The Leaflet map (for tests and benchmarks). */
  readonly leaflet: L.Map;
  /** Releases the map, its listeners and observers. */
  destroy(): void;
}

const GERMANY: L.LatLngTuple = [51.16, 10.45];
const MAX_ZOOM = 19;
/** How far an arrow key moves the pin, in pixels (with Shift: one pixel). */
const PIN_STEP = 8;

const toPoint = (latLng: L.LatLng): GeoPoint => ({ lat: latLng.lat, lng: latLng.lng });

/** A pin that can be dragged and moved with the arrow keys; its look is the container's CSS (class `pin`). */
function createPin(map: L.Map, guard: Guard): { set(point: GeoPoint | undefined, options: PinOptions): void } {
  let marker: L.Marker | undefined;
  let current: PinOptions | undefined;
  const moved = guard((): void => {
    if (marker) current?.onMove(toPoint(marker.getLatLng()));
  });
  const onKey = guard((event: KeyboardEvent): void => {
    const step = event.shiftKey ? 1 : PIN_STEP;
    const by = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }[event.key];
    if (!by || !marker) return;
    // Not also the map's own arrow-key panning.
    event.preventDefault();
    event.stopPropagation();
    const at = map.latLngToContainerPoint(marker.getLatLng());
    marker.setLatLng(map.containerPointToLatLng([at.x + by[0]!, at.y + by[1]!]));
    moved();
  });
  return {
    set(point, options) {
      current = options;
      if (!point) {
        marker?.remove();
        marker = undefined;
        return;
      }
      if (!marker) {
        const icon = document.createElement('span');
        icon.className = 'pin-shape';
        marker = L.marker([point.lat, point.lng], {
          icon: L.divIcon({ html: icon, className: 'pin', iconSize: [28, 28], iconAnchor: [14, 28] }),
          draggable: true,
          keyboard: true,
          autoPan: true,
        });
        marker.on('dragend', moved);
        marker.addTo(map);
        marker.getElement()?.addEventListener('keydown', onKey);
      } else marker.setLatLng([point.lat, point.lng]);
      marker.getElement()?.setAttribute('aria-label', options.label);
    },
  };
}

/** A polygon's rings from GeoJSON `[lng, lat]` to Leaflet `[lat, lng]`. */
function rings(area: NonNullable<Quarter['area']>): L.LatLngTuple[][] {
  return area.coordinates.map((ring) => ring.map(([lng, lat]) => [lat, lng] as L.LatLngTuple));
}

/** The element's accent colour, as the quarters' canvas needs it (a resolved colour, from the element's own CSS). */
function accent(container: HTMLElement): string {
  const probe = document.createElement('span');
  probe.className = 'quarter-colour';
  container.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

export function createMap(options: MapOptions): MapHandle {
  const { container } = options;
  let failed = false;
  /** `fn` as a call into Leaflet that cannot throw: a fault releases the map once, and every call after it does nothing. */
  function guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void;
  function guard<A extends unknown[], R>(fn: (...args: A) => R, otherwise: R): (...args: A) => R;
  function guard<A extends unknown[], R>(fn: (...args: A) => R, otherwise?: R): (...args: A) => R | undefined {
    return (...args) => {
      if (failed) return otherwise;
      try {
        return fn(...args);
      } catch (error) {
        failed = true;
        release();
        options.onFault(error);
        return otherwise;
      }
    };
  }

  const map = L.map(container, {
    zoomControl: false,
    attributionControl: false,
    scrollWheelZoom: false,
    // The ResizeObserver below follows the container. Leaflet's own window listener is kept under an id
    // that a host page's Leaflet may use too: removing ours would remove the host map's.
    trackResize: false,
    keyboard: true,
    maxZoom: MAX_ZOOM,
    minZoom: 2,
    // Our pane of buttons needs no marker pane or shadow pane; the quarters have their own canvas.
    preferCanvas: false,
  });
  const tiles = L.tileLayer(options.tiles, {
    maxZoom: MAX_ZOOM,
    // OpenStreetMap's tile policy asks for a referrer; a page's own `no-referrer` would suppress it.
    referrerPolicy: 'strict-origin-when-cross-origin',
    crossOrigin: false,
  });
  let tileErrorReported = false;
  tiles.on(
    'tileerror',
    guard(() => {
      if (tileErrorReported) return;
      tileErrorReported = true;
      options.onTileError();
    }),
  );
  tiles.addTo(map);
  map.on(
    'click',
    guard((event: L.LeafletMouseEvent) => options.onMapClick?.(toPoint(event.latlng))),
  );
  const pin = createPin(map, guard);

  const places = new ClusterLayer(map, options, guard);
  // Quarters are drawn on one canvas (redrawn once a move, whatever their number): as SVG paths, a
  // thousand quarters were laid out anew on every pan.
  const quarterCanvas = L.canvas({ padding: 0.5 });
  const shapes = L.featureGroup().addTo(map);
  let points: readonly MapPoint[] = [];
  /** The quarters drawn (a filter keeps them: they are drawn again only when they change). */
  let drawnQuarters: readonly Quarter[] | undefined;
  // The quarters' extent, from the data: a layer's own bounds need a map that already has a view.
  let quarterBounds = L.latLngBounds([]);
  let framed = false;
  let fitWhenSized = false;

  // Scroll-wheel zoom only while the map has focus: a page scrolled past it is not caught.
  const onFocusIn = guard((): void => void map.scrollWheelZoom.enable());
  const onFocusOut = guard((event: FocusEvent): void => {
    if (!container.contains(event.relatedTarget as Node | null)) map.scrollWheelZoom.disable();
  });
  container.addEventListener('focusin', onFocusIn);
  container.addEventListener('focusout', onFocusOut);

  // Inserted hidden (a tab, an accordion) and shown later, or resized: measure again.
  // Measured in the next frame (FrameResizeObserver): the buttons drawn for the new size change the layout.
  const resize = new FrameResizeObserver(
    guard(() => {
      const { clientWidth, clientHeight } = container;
      if (!clientWidth || !clientHeight) return;
      map.invalidateSize({ pan: false });
      if (fitWhenSized) fit();
    }),
  );
  resize.observe(container);

  function fit(): void {
    if (!container.clientWidth || !container.clientHeight) {
      fitWhenSized = true;
      if (!framed) map.setView(GERMANY, 5);
      return;
    }
    fitWhenSized = false;
    // The corners by hand: a LatLng per place is 20,000 objects for nothing at 20,000 places.
    let south = Infinity;
    let west = Infinity;
    let north = -Infinity;
    let east = -Infinity;
    for (const p of points) {
      if (p.lat < south) south = p.lat;
      if (p.lat > north) north = p.lat;
      if (p.lng < west) west = p.lng;
      if (p.lng > east) east = p.lng;
    }
    const bounds = south <= north && west <= east ? L.latLngBounds([south, west], [north, east]) : L.latLngBounds([]);
    if (quarterBounds.isValid()) bounds.extend(quarterBounds);
    if (!bounds.isValid()) map.setView(GERMANY, 5);
    else if (bounds.getNorthEast().equals(bounds.getSouthWest())) map.setView(bounds.getCenter(), 16);
    else map.fitBounds(bounds, { padding: [32, 32], maxZoom: 17 });
    framed = true;
  }

  function drawQuarters(quarters: readonly Quarter[]): void {
    drawnQuarters = quarters;
    shapes.clearLayers();
    quarterBounds = L.latLngBounds([]);
    // The colour is the element's accent (its CSS, class `quarter-colour`): no style is read from the page here.
    const colour = quarters.length ? accent(container) : '';
    const exact: L.PathOptions = { renderer: quarterCanvas, interactive: false, color: colour, weight: 2, opacity: 0.8, fillOpacity: 0.06 };
    // An estimated outline is drawn dashed (the element's key says so).
    const estimated: L.PathOptions = { ...exact, dashArray: '8 6' };
    for (const q of quarters) {
      if (q.area) {
        const area = rings(q.area);
        L.polygon(area, exact).addTo(shapes);
        for (const ring of area) quarterBounds.extend(ring);
      } else if (q.center && q.radiusMeters) {
        const style = q.center.approximate || q.radiusApproximate ? estimated : exact;
        L.circle([q.center.lat, q.center.lng], { ...style, radius: q.radiusMeters }).addTo(shapes);
        quarterBounds.extend(L.latLng(q.center.lat, q.center.lng).toBounds(q.radiusMeters * 2));
      } else if (q.center) quarterBounds.extend([q.center.lat, q.center.lng]);
    }
  }

  /** Lets the map go: observers, listeners, Leaflet. Never throws (a map that failed is released the same way). */
  function release(): void {
    resize.disconnect();
    container.removeEventListener('focusin', onFocusIn);
    container.removeEventListener('focusout', onFocusOut);
    try {
      places.remove();
      map.remove();
    } catch (error) {
      console.error('[quartier-widgets] the map could not be released', error);
    }
  }

  return {
    setData: guard((next: readonly MapPoint[], quarters: readonly Quarter[]) => {
      points = next;
      if (quarters !== drawnQuarters) drawQuarters(quarters);
      // Frame first: the places are drawn for the view that results.
      if (!framed || fitWhenSized) fit();
      places.setPoints(next);
    }),
    fit: guard(fit),
    // After the index is built (at once, unless the places are many).
    show: guard((id: string) =>
      places.whenReady(() => {
        const point = points.find((p) => p.id === id);
        if (!point) return;
        const zoom = Math.min(MAX_ZOOM, Math.max(map.getZoom(), places.zoomToReveal(id, map.getZoom())));
        map.setView([point.lat, point.lng], zoom);
      }),
    ),
    keepClear: guard((id: string) => {
      const point = points.find((p) => p.id === id);
      if (!point || !container.clientWidth || !container.clientHeight) return;
      // Before the ResizeObserver reports: the panel has just taken its room.
      map.invalidateSize({ pan: false });
      // Clear of the zoom buttons and the notes in the map's corners too.
      map.panInside([point.lat, point.lng], { padding: [88, 64] });
    }),
    markSelected: guard(() => places.markSelected()),
    focusMarker: guard((id: string) => places.focus(id), false),
    zoomIn: guard(() => void map.zoomIn()),
    zoomOut: guard(() => void map.zoomOut()),
    setPin: guard((point: GeoPoint | undefined, pinOptions: PinOptions) => pin.set(point, pinOptions)),
    // Zoom levels are whole numbers here (no fractional zoom): a caller's fraction is rounded, not passed on.
    view: guard((point: GeoPoint, zoom: number) => void map.setView([point.lat, point.lng], Math.round(zoom))),
    center: guard(() => toPoint(map.getCenter()), { lat: GERMANY[0], lng: GERMANY[1] }),
    get drawn() {
      return places.drawn;
    },
    leaflet: map,
    destroy() {
      if (failed) return;
      failed = true;
      release();
    },
  };
}
