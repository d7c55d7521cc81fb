/**
 * Places on the map as buttons: supercluster groups them by zoom level, and
 * only the clusters and places in view (plus a margin) are in the DOM, so
 * 50,000 places cost the same few hundred buttons as 500. Buttons are our own
 * DOM nodes in a pane of their own (no Leaflet markers, no HTML strings);
 * their order in the DOM, and so the Tab order, is north to south and then
 * west to east.
 */
import * as L from './leaflet.js';
import Supercluster from 'supercluster';

/** A place with coordinates, as the map draws it. */
export interface MapPoint {
  readonly id: string;
  readonly lat: number;
  readonly lng: number;
  /** The position is estimated: the marker is drawn dashed. */
  readonly approximate?: boolean;
}

export interface ClusterLayerOptions {
  /** The accessible name of a cluster of `count` places ("12 Orte"). */
  clusterLabel(count: number): string;
  /** The accessible name of a place's marker (its name and what is there); asked only for markers drawn. */
  markerLabel(id: string): string;
  /** A place's marker was activated (click, Enter, Space). */
  onPick(id: string): void;
  /** The place marked as selected, if any (the element owns the selection; the layer asks). */
  selectedPlace(): string | undefined;
}

interface Props {
  readonly i: number;
}

/** The highest zoom at which places are still clustered; above it every place has its marker. */
const MAX_CLUSTER_ZOOM = 17;

export class ClusterLayer {
  private readonly pane: HTMLElement;
  /** Empty until the first `setPoints` (an unloaded index cannot be asked). */
  private index: Supercluster<Props> | undefined;
  private points: readonly MapPoint[] = [];
  private readonly buttons = new Map<string, HTMLButtonElement>();
  /** The zoom level whose order the buttons are in. */
  private orderedAt = NaN;
  /** A key to focus after the next draw (the first child of an expanded cluster). */
  private focusAfterDraw: string | undefined;

  constructor(
    private readonly map: L.Map,
    private readonly options: ClusterLayerOptions,
  ) {
    this.pane = map.createPane('quartier-places');
    // Hidden during the zoom animation, placed anew when it ends.
    this.pane.classList.add('places', 'leaflet-zoom-hide');
    L.DomEvent.disableClickPropagation(this.pane);
    L.DomEvent.disableScrollPropagation(this.pane);
    this.pane.addEventListener('click', this.onClick);
    map.on('moveend viewreset', this.draw, this);
  }

  /** Replaces the places (after a filter change). */
  setPoints(points: readonly MapPoint[]): void {
    this.points = points;
    this.index = new Supercluster<Props>({ radius: 56, minZoom: 2, maxZoom: MAX_CLUSTER_ZOOM });
    this.index.load(
      points.map((p, i) => ({ type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: [p.lng, p.lat] } })),
    );
    // The buttons drawn belong to the old points: a cluster id of the new index may name
    // another group (another count), and a place's name may have changed (filters, language).
    for (const [key, button] of this.buttons) {
      if (key.startsWith('c:')) {
        button.remove();
        this.buttons.delete(key);
      }
    }
    this.orderedAt = NaN;
    const estimated = new Set(points.filter((p) => p.approximate).map((p) => p.id));
    for (const [key, button] of this.buttons) {
      button.setAttribute('aria-label', this.options.markerLabel(key.slice(2)));
      button.classList.toggle('approximate', estimated.has(key.slice(2)));
    }
    this.draw();
  }

  /** Marks the selected place's marker (and unmarks the others) after the selection changed. */
  markSelected(): void {
    const id = this.options.selectedPlace();
    for (const [key, button] of this.buttons) this.mark(button, id !== undefined && key === `p:${id}`);
  }

  private mark(button: HTMLButtonElement, selected: boolean): void {
    button.classList.toggle('selected', selected);
    if (selected) button.setAttribute('aria-current', 'true');
    else button.removeAttribute('aria-current');
  }

  /** The lowest zoom (not below `from`) at which the place has its own marker. */
  zoomToReveal(id: string, from: number): number {
    const i = this.points.findIndex((p) => p.id === id);
    const point = this.points[i];
    if (!point || !this.index) return from;
    const e = 1e-6;
    for (let z = Math.max(0, Math.floor(from)); z <= MAX_CLUSTER_ZOOM; z++) {
      const near = this.index.getClusters([point.lng - e, point.lat - e, point.lng + e, point.lat + e], z);
      if (near.some((f) => !('cluster' in f.properties) && f.properties.i === i)) return z;
    }
    return MAX_CLUSTER_ZOOM + 1;
  }

  /** Focuses a place's marker; `false` when it is not drawn (clustered or out of view). */
  focus(id: string): boolean {
    const button = this.buttons.get(`p:${id}`);
    button?.focus();
    return !!button;
  }

  /** The buttons drawn now (for tests and the benchmark). */
  get drawn(): number {
    return this.buttons.size;
  }

  remove(): void {
    this.map.off('moveend viewreset', this.draw, this);
    this.pane.removeEventListener('click', this.onClick);
    this.pane.remove();
    this.buttons.clear();
  }

  private readonly onClick = (event: MouseEvent): void => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-key]');
    if (!button) return;
    const key = button.dataset['key']!;
    // A click made with Enter or Space has no pointer: `detail` is 0.
    if (key.startsWith('p:')) this.options.onPick(key.slice(2));
    else this.expand(Number(key.slice(2)), event.detail === 0);
  };

  /** Zooms into a cluster until it falls apart; from the keyboard, focus moves to its first part. */
  private expand(clusterId: number, fromKeyboard: boolean): void {
    if (!this.index) return;
    const zoom = Math.min(this.index.getClusterExpansionZoom(clusterId), this.map.getMaxZoom());
    const children = this.index.getChildren(clusterId);
    const first = children[0];
    if (first && fromKeyboard) this.focusAfterDraw = 'cluster' in first.properties ? `c:${first.properties.cluster_id}` : `p:${this.points[first.properties.i]!.id}`;
    const bounds = L.latLngBounds(children.map((c) => [c.geometry.coordinates[1]!, c.geometry.coordinates[0]!] as [number, number]));
    this.map.setView(bounds.getCenter(), zoom);
  }

  /** Puts the buttons for what is in view (with half a screen's margin) in place. */
  private draw(): void {
    const map = this.map;
    const size = map.getSize();
    if (!this.index || !size.x || !size.y) return;
    const bounds = map.getBounds().pad(0.5);
    const zoom = Math.round(map.getZoom());
    const features = this.index.getClusters(
      [Math.max(-180, bounds.getWest()), Math.max(-85, bounds.getSouth()), Math.min(180, bounds.getEast()), Math.min(85, bounds.getNorth())],
      zoom,
    );
    const placed = features
      .map((f) => {
        const [lng, lat] = f.geometry.coordinates as [number, number];
        return { f, at: map.latLngToLayerPoint([lat, lng]) };
      })
      .sort((a, b) => a.at.y - b.at.y || a.at.x - b.at.x);
    const next = new Map<string, HTMLButtonElement>();
    const root = this.pane.getRootNode() as Document | ShadowRoot;
    const focusInside = this.pane.contains(root.activeElement);
    for (const { f, at } of placed) {
      const props = f.properties;
      const isCluster = 'cluster' in props;
      const key = isCluster ? `c:${props.cluster_id}` : `p:${this.points[props.i]!.id}`;
      let button = this.buttons.get(key);
      if (!button) button = this.create(key, isCluster ? props.point_count : 0, isCluster ? undefined : this.points[props.i]!);
      L.DomUtil.setPosition(button, at);
      next.set(key, button);
    }
    for (const [key, button] of this.buttons) if (!next.has(key)) button.remove();
    // The Tab order (north to south, west to east) is set anew when the zoom changes. Panning only
    // adds the buttons that came into view: moving every node on each step costs frames, and
    // moving the focused one would blur it.
    if (zoom !== this.orderedAt && !focusInside) {
      this.pane.replaceChildren(...next.values());
      this.orderedAt = zoom;
    } else for (const button of next.values()) if (!button.isConnected) this.pane.append(button);
    this.buttons.clear();
    for (const [key, button] of next) this.buttons.set(key, button);
    if (this.focusAfterDraw) {
      this.buttons.get(this.focusAfterDraw)?.focus();
      this.focusAfterDraw = undefined;
    }
  }

  private create(key: string, count: number, point: MapPoint | undefined): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset['key'] = key;
    if (point) {
      button.className = point.approximate ? 'marker approximate' : 'marker';
      button.setAttribute('part', 'marker');
      button.setAttribute('aria-label', this.options.markerLabel(point.id));
      if (point.id === this.options.selectedPlace()) this.mark(button, true);
    } else {
      button.className = count >= 100 ? 'cluster large' : 'cluster';
      button.setAttribute('part', 'cluster');
      button.setAttribute('aria-label', this.options.clusterLabel(count));
      const figure = document.createElement('span');
      figure.setAttribute('aria-hidden', 'true');
      figure.textContent = count >= 10000 ? `${Math.round(count / 1000)}k` : String(count);
      button.append(figure);
    }
    return button;
  }
}
