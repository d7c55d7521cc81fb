/**
 * Places on the map as buttons: supercluster groups them by zoom level, and
 * only the clusters and places in view (plus a margin) are in the DOM, so
 * 50,000 places cost the same few hundred buttons as 500. Buttons are our own
 * DOM nodes in a pane of their own (no Leaflet markers, no HTML strings);
 * their order in the DOM, and so the Tab order, is north to south and then
 * west to east.
 *
 * Places at one and the same point never fall apart into buttons on top of
 * each other: they are one "stack" button at every zoom (`n Orte`), and
 * activating it hands their ids to the element, which lists them.
 */
import * as L from './leaflet.js';
import Supercluster, { type ClusterProperties } from 'supercluster';

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
  /** The button of several places at one point was activated: their ids, in the feed's order. */
  onStack(ids: readonly string[]): void;
  /** The place marked as selected, if any (the element owns the selection; the layer asks). */
  selectedPlace(): string | undefined;
}

/** What the index holds per point: the group of places there, and how many they are (summed up in clusters). */
interface Props {
  readonly g: number;
  n: number;
}

/** `fn` made safe to call from Leaflet or the browser: a throw goes to the map's fault handler, never into the page. */
export type Guard = <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => void;

/** Places at one point (their indices in `points`). */
interface Group {
  readonly lat: number;
  readonly lng: number;
  readonly members: number[];
}

/** The highest zoom at which places are still clustered; above it every place has its marker. */
const MAX_CLUSTER_ZOOM = 17;

export class ClusterLayer {
  private readonly pane: HTMLElement;
  /** Empty until the first `setPoints` (an unloaded index cannot be asked). */
  private index: Supercluster<Props, Props> | undefined;
  private points: readonly MapPoint[] = [];
  private groups: readonly Group[] = [];
  /** A place's group, by place id. */
  private groupOf = new Map<string, number>();
  private readonly buttons = new Map<string, HTMLButtonElement>();
  /** The zoom level whose order the buttons are in. */
  private orderedAt = NaN;
  /** A key to focus after the next draw (the first child of an expanded cluster). */
  private focusAfterDraw: string | undefined;

  private readonly onClick: (event: MouseEvent) => void;
  private readonly onMove: () => void;

  constructor(
    private readonly map: L.Map,
    private readonly options: ClusterLayerOptions,
    guard: Guard,
  ) {
    this.pane = map.createPane('quartier-places');
    // Hidden during the zoom animation, placed anew when it ends.
    this.pane.classList.add('places', 'leaflet-zoom-hide');
    L.DomEvent.disableClickPropagation(this.pane);
    L.DomEvent.disableScrollPropagation(this.pane);
    this.onClick = guard((event: MouseEvent) => this.activate(event));
    this.onMove = guard(() => this.draw());
    this.pane.addEventListener('click', this.onClick);
    map.on('moveend viewreset', this.onMove);
  }

  /** Replaces the places (after a filter change). */
  setPoints(points: readonly MapPoint[]): void {
    this.points = points;
    const groups: Group[] = [];
    const byPoint = new Map<string, number>();
    this.groupOf = new Map();
    points.forEach((p, i) => {
      const key = `${p.lat},${p.lng}`;
      let g = byPoint.get(key);
      if (g === undefined) {
        byPoint.set(key, (g = groups.length));
        groups.push({ lat: p.lat, lng: p.lng, members: [] });
      }
      groups[g]!.members.push(i);
      this.groupOf.set(p.id, g);
    });
    this.groups = groups;
    this.index = new Supercluster<Props, Props>({
      radius: 56,
      minZoom: 2,
      maxZoom: MAX_CLUSTER_ZOOM,
      map: (props) => ({ g: props.g, n: props.n }),
      reduce: (sum, props) => {
        sum.n += props.n;
      },
    });
    this.index.load(
      groups.map((g, i) => ({ type: 'Feature', properties: { g: i, n: g.members.length }, geometry: { type: 'Point', coordinates: [g.lng, g.lat] } })),
    );
    // The buttons drawn belong to the old points: a cluster id of the new index may name
    // another group (another count), and a place's name may have changed (filters, language).
    for (const [key, button] of this.buttons) {
      if (!key.startsWith('p:')) {
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
    const key = id === undefined ? undefined : this.keyOfPlace(id);
    for (const [k, button] of this.buttons) this.mark(button, k === key);
  }

  /** The key of the button a place has when its group is drawn on its own: its marker, or its point's stack. */
  private keyOfPlace(id: string): string | undefined {
    const g = this.groupOf.get(id);
    return g === undefined ? undefined : this.keyOfGroup(g);
  }

  private keyOfGroup(g: number): string {
    const members = this.groups[g]!.members;
    return members.length === 1 ? `p:${this.points[members[0]!]!.id}` : `s:${g}`;
  }

  /** The key of what the index returned: a cluster, a place, or a stack of places at one point. */
  private keyOf(props: Props | (Props & ClusterProperties)): string {
    return 'cluster' in props ? `c:${props.cluster_id}` : this.keyOfGroup(props.g);
  }

  private mark(button: HTMLButtonElement, selected: boolean): void {
    button.classList.toggle('selected', selected);
    if (selected) button.setAttribute('aria-current', 'true');
    else button.removeAttribute('aria-current');
  }

  /** The lowest zoom (not below `from`) at which the place has its own marker (or its point's stack its button). */
  zoomToReveal(id: string, from: number): number {
    const g = this.groupOf.get(id);
    const point = g === undefined ? undefined : this.groups[g];
    if (g === undefined || !point || !this.index) return from;
    const e = 1e-6;
    for (let z = Math.max(0, Math.floor(from)); z <= MAX_CLUSTER_ZOOM; z++) {
      const near = this.index.getClusters([point.lng - e, point.lat - e, point.lng + e, point.lat + e], z);
      if (near.some((f) => !('cluster' in f.properties) && f.properties.g === g)) return z;
    }
    return MAX_CLUSTER_ZOOM + 1;
  }

  /** Focuses a place's marker (or its point's stack); `false` when it is not drawn (clustered or out of view). */
  focus(id: string): boolean {
    const key = this.keyOfPlace(id);
    const button = key === undefined ? undefined : this.buttons.get(key);
    button?.focus();
    return !!button;
  }

  /** The buttons drawn now (for tests and the benchmark). */
  get drawn(): number {
    return this.buttons.size;
  }

  remove(): void {
    this.map.off('moveend viewreset', this.onMove);
    this.pane.removeEventListener('click', this.onClick);
    this.pane.remove();
    this.buttons.clear();
  }

  private activate(event: MouseEvent): void {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-key]');
    if (!button) return;
    const key = button.dataset['key']!;
    // A click made with Enter or Space has no pointer: `detail` is 0.
    if (key.startsWith('p:')) this.options.onPick(key.slice(2));
    else if (key.startsWith('s:')) this.options.onStack(this.groups[Number(key.slice(2))]!.members.map((i) => this.points[i]!.id));
    else this.expand(Number(key.slice(2)), event.detail === 0);
  }

  /** Zooms into a cluster until it falls apart; from the keyboard, focus moves to its first part. */
  private expand(clusterId: number, fromKeyboard: boolean): void {
    if (!this.index) return;
    const zoom = Math.min(this.index.getClusterExpansionZoom(clusterId), this.map.getMaxZoom());
    const children = this.index.getChildren(clusterId);
    const first = children[0];
    if (first && fromKeyboard) this.focusAfterDraw = this.keyOf(first.properties);
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
      const key = this.keyOf(props);
      const place = key.startsWith('p:') ? this.points[this.groups[props.g]!.members[0]!] : undefined;
      let button = this.buttons.get(key);
      if (!button) button = this.create(key, props.n, place);
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
      // A cluster, or a stack of places at one point (which stays one button at every zoom).
      button.className = `${key.startsWith('s:') ? 'cluster stack' : 'cluster'}${count >= 100 ? ' large' : ''}`;
      if (key.startsWith('s:')) {
        const selected = this.options.selectedPlace();
        if (selected !== undefined && this.keyOfPlace(selected) === key) this.mark(button, true);
      }
      button.setAttribute('part', 'cluster');
      button.setAttribute('aria-label', this.options.clusterLabel(count));
      const figure = document.createElement('span');
      figure.setAttribute('aria-hidden', 'true');
      // Written as the accessible name writes it ("5.000 Orte" shows 5.000), in the element's language.
      figure.textContent = new Intl.NumberFormat(this.pane.closest('[lang]')?.getAttribute('lang') || 'de').format(count);
      button.append(figure);
    }
    return button;
  }
}
