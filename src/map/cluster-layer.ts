/**
 * Places on the map as buttons: an index (place-index.ts) groups them by
 * zoom level, and only the clusters and places in view (plus a margin) are
 * in the DOM, so 50,000 places cost the same few hundred buttons as 500.
 * The index is built once for a set of places (in slices of at most 40 ms
 * when they are many) and a filter only counts through it again; a move
 * draws only what changed, and buttons that leave the view are used again.
 * Buttons are our own DOM nodes in a pane of their own (no Leaflet markers,
 * no HTML strings); their order in the DOM, and so the Tab order, is north
 * to south and then west to east.
 *
 * Places at one and the same point never fall apart into buttons on top of
 * each other: they are one "stack" button at every zoom (`n Orte`), and
 * activating it hands their ids to the element, which lists them.
 */
import * as L from './leaflet.js';
import { PlaceIndex, type IndexNode } from './place-index.js';

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

/** `fn` made safe to call from Leaflet or the browser: a throw goes to the map's fault handler, never into the page. */
export type Guard = <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => void;

/** The highest zoom at which places are still clustered; above it every place has its marker. */
const MAX_CLUSTER_ZOOM = 17;
/** The lowest zoom clustered (the map's own minimum). */
const MIN_CLUSTER_ZOOM = 2;
/** At most this long (ms) a task building an index runs before it lets the page have a turn. */
const SLICE = 40;
/** From this many points on, the index is built from the next task on (not on top of the work that brought the points). */
const DEFER_FROM = 4000;
/** Buttons kept for reuse when they leave the view. */
const SPARE = 256;

export class ClusterLayer {
  private readonly pane: HTMLElement;
  /** The index of the points it was built for (the "universe"); filters are counted through it. Unset while it is built. */
  private index: PlaceIndex | undefined;
  /** The points the index was built for, and each one's group (places at one point) and index by id. */
  private universe: readonly MapPoint[] = [];
  private groupOfPoint = new Int32Array(0);
  /** The points of group `g` are `memberList[memberStart[g] .. memberStart[g + 1]]`, in the points' order. */
  private memberStart = new Int32Array(1);
  private memberList = new Int32Array(0);
  private indexOf = new Map<string, number>();
  /** Where each point of the universe is in the points shown now (1-based; 0: filtered away). */
  private shown = new Int32Array(0);
  /** Bumped for every new build: an older build that is still running stops. */
  private building = 0;
  /** Calls that wait for the index being built (`whenReady`). */
  private waiting: Array<() => void> = [];
  private readonly buttons = new Map<string, HTMLButtonElement>();
  /** Buttons that left the view, kept to be used again. */
  private readonly spare: HTMLButtonElement[] = [];
  /** The zoom level whose order the buttons are in. */
  private orderedAt = NaN;
  /** A key to focus after the next draw (the first child of an expanded cluster). */
  private focusAfterDraw: string | undefined;

  private readonly onClick: (event: MouseEvent) => void;
  private readonly onMove: () => void;

  constructor(
    private readonly map: L.Map,
    private readonly options: ClusterLayerOptions,
    private readonly guard: Guard,
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

  /**
   * Replaces the places (after a filter change). Places that are all among
   * those the index was built for are counted through it (a filter); others
   * get a new index, built in slices when they are many.
   */
  setPoints(points: readonly MapPoint[]): void {
    if (this.index && this.covers(points)) {
      this.show(points);
      this.draw();
    } else this.rebuild(points);
  }

  /** Runs `fn` once the index is there (now, when it is). */
  whenReady(fn: () => void): void {
    if (this.index) fn();
    else this.waiting.push(fn);
  }

  /** Whether every point is one of the universe's, at the same position. */
  private covers(points: readonly MapPoint[]): boolean {
    for (const p of points) {
      const i = this.indexOf.get(p.id);
      const u = i === undefined ? undefined : this.universe[i];
      if (!u || u.lat !== p.lat || u.lng !== p.lng || !u.approximate !== !p.approximate) return false;
    }
    return true;
  }

  /** Groups the points by position and builds their index, a slice of time at a time. */
  private rebuild(points: readonly MapPoint[]): void {
    const token = ++this.building;
    this.index = undefined;
    for (const button of this.buttons.values()) this.recycle(button);
    this.buttons.clear();
    this.orderedAt = NaN;
    this.universe = points;
    // Empty until the grouping has run (in the first slice): nothing is found by id meanwhile.
    this.indexOf = new Map();
    this.groupOfPoint = new Int32Array(0);
    this.memberStart = new Int32Array(1);
    this.memberList = new Int32Array(0);
    this.shown = new Int32Array(0);
    let index: PlaceIndex | undefined;
    const steps = this.steps(points, (built) => (index = built));
    const run = this.guard(() => {
      if (token !== this.building) return;
      const end = performance.now() + SLICE;
      do {
        if (steps.next().done) {
          this.index = index;
          this.show(points);
          this.draw();
          const waiting = this.waiting;
          this.waiting = [];
          for (const fn of waiting) fn();
          return;
        }
      } while (performance.now() < end);
      setTimeout(run, 0);
    });
    if (points.length >= DEFER_FROM) setTimeout(run, 0);
    else run();
  }

  /**
   * The work of a rebuild in steps: the points grouped by position (each group's members in the points'
   * order, in one typed array rather than an array per group), then the index of the groups.
   */
  private *steps(points: readonly MapPoint[], done: (index: PlaceIndex) => void): Generator<void> {
    const indexOf = new Map<string, number>();
    const groupOfPoint = new Int32Array(points.length);
    const byPosition = new Map<number, Map<number, number>>();
    const lat: number[] = [];
    const lng: number[] = [];
    for (let i = 0; i < points.length; i++) {
      const p = points[i]!;
      indexOf.set(p.id, i);
      let row = byPosition.get(p.lat);
      if (!row) byPosition.set(p.lat, (row = new Map()));
      let g = row.get(p.lng);
      if (g === undefined) {
        row.set(p.lng, (g = lat.length));
        lat.push(p.lat);
        lng.push(p.lng);
      }
      groupOfPoint[i] = g;
      if ((i & 4095) === 4095) yield;
    }
    // Members by group: counted, then placed in the points' order.
    const start = new Int32Array(lat.length + 1);
    for (let i = 0; i < points.length; i++) start[groupOfPoint[i]! + 1]!++;
    for (let g = 0; g < lat.length; g++) start[g + 1]! += start[g]!;
    const list = new Int32Array(points.length);
    const next = start.slice(0, lat.length);
    for (let i = 0; i < points.length; i++) list[next[groupOfPoint[i]!]!++] = i;
    this.indexOf = indexOf;
    this.groupOfPoint = groupOfPoint;
    this.memberStart = start;
    this.memberList = list;
    yield;
    const index = new PlaceIndex(Float64Array.from(lat), Float64Array.from(lng), MIN_CLUSTER_ZOOM, MAX_CLUSTER_ZOOM);
    yield* index.build();
    done(index);
  }

  /** Counts the points shown through the index, and names the markers drawn anew. */
  private show(points: readonly MapPoint[]): void {
    const index = this.index!;
    const shown = new Int32Array(this.universe.length);
    const places = new Int32Array(index.size);
    points.forEach((p, at) => {
      const i = this.indexOf.get(p.id)!;
      if (shown[i]) return;
      shown[i] = at + 1;
      places[this.groupOfPoint[i]!]!++;
    });
    this.shown = shown;
    index.filter(places);
    // A place's name may have changed (filters, language), and so may the words of the clusters' names
    // (their counts are set when they are drawn).
    this.format = undefined;
    this.names.clear();
    for (const [key, button] of this.buttons) {
      if (key.startsWith('p:')) button.setAttribute('aria-label', this.options.markerLabel(key.slice(2)));
      else this.count(button, Number(button.dataset['n']));
    }
  }

  /** Marks the selected place's marker (and unmarks the others) after the selection changed. */
  markSelected(): void {
    const id = this.options.selectedPlace();
    const key = id === undefined ? undefined : this.keyOfPlace(id);
    for (const [k, button] of this.buttons) this.mark(button, k === key);
  }

  /** The key of the button a place has when its group is drawn on its own: its marker, or its point's stack. */
  private keyOfPlace(id: string): string | undefined {
    const i = this.indexOf.get(id);
    return i === undefined || !this.shown[i] ? undefined : this.keyOfGroup(this.groupOfPoint[i]!);
  }

  /** The places of a group that are shown, in the order they were given (the feed's, or the results'). */
  private shownIn(g: number): number[] {
    const out: number[] = [];
    for (let k = this.memberStart[g] ?? 0, end = this.memberStart[g + 1] ?? 0; k < end; k++) if (this.shown[this.memberList[k]!]) out.push(this.memberList[k]!);
    return out.sort((a, b) => this.shown[a]! - this.shown[b]!);
  }

  private keyOfGroup(g: number): string {
    if (this.index?.placesIn(g) !== 1) return `s:${g}`;
    // The one place shown (asked for every marker of every draw: no list, no sort).
    let k = this.memberStart[g] ?? 0;
    while (!this.shown[this.memberList[k]!]) k++;
    return `p:${this.universe[this.memberList[k]!]!.id}`;
  }

  /** The key of a node: a cluster (by level and node, stable while the zoom stays in its level), a place, or a stack. */
  private keyOf(node: IndexNode): string {
    return node.group === undefined ? `c:${node.level}:${node.node}` : this.keyOfGroup(node.group);
  }

  private mark(button: HTMLButtonElement, selected: boolean): void {
    button.classList.toggle('selected', selected);
    if (selected) button.setAttribute('aria-current', 'true');
    else button.removeAttribute('aria-current');
  }

  /** The lowest zoom (not below `from`) at which the place has its own marker (or its point's stack its button). */
  zoomToReveal(id: string, from: number): number {
    const i = this.indexOf.get(id);
    if (i === undefined || !this.index) return from;
    return this.index.zoomToReveal(this.groupOfPoint[i]!, from);
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
    this.building++;
    this.waiting = [];
    this.map.off('moveend viewreset', this.onMove);
    this.pane.removeEventListener('click', this.onClick);
    this.pane.remove();
    this.buttons.clear();
    this.spare.length = 0;
  }

  private activate(event: MouseEvent): void {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-key]');
    if (!button) return;
    const key = button.dataset['key']!;
    // A click made with Enter or Space has no pointer: `detail` is 0.
    if (key.startsWith('p:')) this.options.onPick(key.slice(2));
    else if (key.startsWith('s:')) this.options.onStack(this.shownIn(Number(key.slice(2))).map((i) => this.universe[i]!.id));
    else {
      const [level, node] = key.slice(2).split(':').map(Number);
      this.expand(level!, node!, event.detail === 0);
    }
  }

  /** Zooms into a cluster until it falls apart; from the keyboard, focus moves to its first part (north-west first). */
  private expand(level: number, node: number, fromKeyboard: boolean): void {
    const parts = this.index?.expand(level, node);
    if (!parts?.children.length) return;
    const zoom = Math.min(parts.zoom, this.map.getMaxZoom());
    const children = [...parts.children].sort((a, b) => b.lat - a.lat || a.lng - b.lng);
    if (fromKeyboard) this.focusAfterDraw = this.keyOf(children[0]!);
    const bounds = L.latLngBounds(children.map((c) => [c.lat, c.lng] as [number, number]));
    this.map.setView(bounds.getCenter(), zoom);
  }

  /** Puts the buttons for what is in view (with a margin) in place; buttons that stay are kept. */
  private draw(): void {
    const map = this.map;
    const size = map.getSize();
    if (!this.index || !size.x || !size.y) return;
    // A quarter of a screen's margin each side: a pan of that much finds its buttons drawn.
    const bounds = map.getBounds().pad(0.25);
    const zoom = Math.round(map.getZoom());
    const nodes = this.index.nodes(
      zoom,
      Math.max(-180, bounds.getWest()),
      Math.max(-85, bounds.getSouth()),
      Math.min(180, bounds.getEast()),
      Math.min(85, bounds.getNorth()),
    );
    // Layer points from the nodes' Web Mercator positions, as Leaflet's latLngToLayerPoint rounds them
    // (its CRS scales the unit square by 256 · 2^zoom), without a LatLng and a projection per node.
    const scale = 256 * 2 ** map.getZoom();
    const origin = map.getPixelOrigin();
    const placed = nodes
      .map((n) => ({ n, at: L.point(Math.round(n.x * scale) - origin.x, Math.round(n.y * scale) - origin.y) }))
      .sort((a, b) => a.at.y - b.at.y || a.at.x - b.at.x);
    const next = new Map<string, HTMLButtonElement>();
    this.format = undefined;
    const root = this.pane.getRootNode() as Document | ShadowRoot;
    const focusInside = this.pane.contains(root.activeElement);
    for (const { n, at } of placed) {
      const key = this.keyOf(n);
      let button = this.buttons.get(key);
      if (!button) button = this.create(key, n.places);
      else if (!key.startsWith('p:') && button.dataset['n'] !== String(n.places)) this.count(button, n.places);
      // Only what moved: a pan keeps every position (Leaflet's layer points change with the zoom).
      const old = L.DomUtil.getPosition(button);
      if (old.x !== at.x || old.y !== at.y) L.DomUtil.setPosition(button, at);
      next.set(key, button);
    }
    // The Tab order (north to south, west to east) is set anew when the zoom changes (all buttons in one
    // step). Panning only takes out and adds the buttons that left or came into view: moving every node on
    // each step costs frames, and moving the focused one would blur it.
    const reorder = zoom !== this.orderedAt && !focusInside;
    for (const [key, button] of this.buttons) if (!next.has(key)) this.recycle(button, !reorder);
    if (reorder) {
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

  /** Keeps a button that left the view for the next one needed (taking it out of the DOM, unless the caller replaces them all). */
  private recycle(button: HTMLButtonElement, remove = true): void {
    if (remove) button.remove();
    if (this.spare.length < SPARE) this.spare.push(button);
  }

  /** A cluster's or a stack's figure and name for `count` places. */
  private count(button: HTMLButtonElement, count: number): void {
    button.dataset['n'] = String(count);
    button.classList.toggle('large', count >= 100);
    const format = this.figures();
    let name = this.names.get(count);
    if (!name) {
      // Written as the accessible name writes it ("5.000 Orte" shows 5.000), in the element's language.
      name = { label: this.options.clusterLabel(count), figure: format.format(count) };
      this.names.set(count, name);
    }
    button.setAttribute('aria-label', name.label);
    button.firstElementChild!.textContent = name.figure;
  }

  /**
   * The names and figures of the counts drawn so far (a zoom draws new clusters of the same few hundred
   * counts: each is translated and formatted once), until the places or their language change (`show`).
   */
  private names = new Map<number, { label: string; figure: string }>();

  /** The number format of the figures, in the element's language (made once per language and draw: a format costs more than a button). */
  private figures(): Intl.NumberFormat {
    if (!this.format) {
      const lang = this.pane.closest('[lang]')?.getAttribute('lang') || 'de';
      if (this.formatFor?.lang !== lang) {
        this.formatFor = { lang, format: new Intl.NumberFormat(lang) };
        this.names.clear();
      }
      this.format = this.formatFor.format;
    }
    return this.format;
  }

  private formatFor: { lang: string; format: Intl.NumberFormat } | undefined;
  /** The format for the current draw (asked once per draw, then kept until it ends). */
  private format: Intl.NumberFormat | undefined;

  /** A button for a key (a spare one when there is one): a place's marker, or a cluster's or stack's button with its figure. */
  private create(key: string, count: number): HTMLButtonElement {
    const button = this.spare.pop() ?? document.createElement('button');
    button.type = 'button';
    button.dataset['key'] = key;
    button.removeAttribute('aria-current');
    if (key.startsWith('p:')) {
      const id = key.slice(2);
      button.replaceChildren();
      delete button.dataset['n'];
      button.className = this.universe[this.indexOf.get(id)!]?.approximate ? 'marker approximate' : 'marker';
      button.setAttribute('part', 'marker');
      button.setAttribute('aria-label', this.options.markerLabel(id));
      if (id === this.options.selectedPlace()) this.mark(button, true);
    } else {
      // A cluster, or a stack of places at one point (which stays one button at every zoom).
      button.className = key.startsWith('s:') ? 'cluster stack' : 'cluster';
      if (key.startsWith('s:')) {
        const selected = this.options.selectedPlace();
        if (selected !== undefined && this.keyOfPlace(selected) === key) this.mark(button, true);
      }
      button.setAttribute('part', 'cluster');
      // A spare cluster's button keeps its figure's element.
      if (button.childElementCount !== 1 || button.firstElementChild!.localName !== 'span') {
        const figure = document.createElement('span');
        figure.setAttribute('aria-hidden', 'true');
        button.replaceChildren(figure);
      }
      this.count(button, count);
    }
    return button;
  }
}
