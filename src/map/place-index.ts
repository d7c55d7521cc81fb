/**
 * The clusters of a map's points, built once per set of points and then
 * filtered through instead of built anew. The clustering is supercluster's
 * (greedy: each point not yet taken gathers the points within a radius of
 * pixels at that zoom, from the highest zoom down, each zoom clustering the
 * one above), over the same KD-tree (kdbush); what is kept differs: every
 * node knows its parent one zoom up, so that a filter only counts again
 * (what is visible in each cluster, bottom up, a few milliseconds for 20,000
 * points) and the tree is never rebuilt for a keystroke.
 *
 * Building is a generator, one zoom level a step, so that the caller can
 * spread a large index over several tasks (no task longer than a slice).
 *
 * Points here are "groups": places at one and the same position, counted
 * as one for clustering (as before) and by their places for the figures.
 */
import KDBush from 'kdbush';

/** One zoom level: node positions (Web Mercator, 0…1), how many groups each holds, and its KD-tree. */
interface Level {
  /** An id shared by every zoom at which this level applies (it is kept while no cluster forms). */
  readonly id: number;
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly size: Int32Array;
  readonly tree: KDBush;
  /** The index at the next level down (lower zoom) of each node here; `undefined` at the lowest level. */
  up?: Int32Array;
}

/** What a filter leaves at one level: places and groups visible per node, one visible group, and the position sums. */
interface Counts {
  readonly places: Int32Array;
  readonly groups: Int32Array;
  readonly one: Int32Array;
  readonly sx: Float64Array;
  readonly sy: Float64Array;
}

/** A node as it is drawn: a cluster of several groups, or a single group (`group`). */
export interface IndexNode {
  /** The level's id and the node's index: stable while the zoom stays within one level. */
  readonly level: number;
  readonly node: number;
  /** Set when exactly one group is visible in the node: draw that group. */
  readonly group: number | undefined;
  /** Places visible in the node. */
  readonly places: number;
  readonly lat: number;
  readonly lng: number;
}

const RADIUS = 56; // px
const EXTENT = 512; // px of a tile, as supercluster counts
const NODE_SIZE = 64;

export const lngX = (lng: number): number => lng / 360 + 0.5;
export function latY(lat: number): number {
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
  return y < 0 ? 0 : y > 1 ? 1 : y;
}
const xLng = (x: number): number => (x - 0.5) * 360;
const yLat = (y: number): number => (360 * Math.atan(Math.exp(((180 - y * 360) * Math.PI) / 180))) / Math.PI - 90;

/** At most this many groups are clustered in one step of `build` (at 20,000 places one level took 90 ms on a busy machine). */
const STEP = 2048;

function treeOf(x: Float64Array, y: Float64Array, n: number): KDBush {
  const tree = new KDBush(n, NODE_SIZE, Float64Array);
  for (let i = 0; i < n; i++) tree.add(x[i]!, y[i]!);
  return tree.finish();
}

export class PlaceIndex {
  /** Levels by zoom, `minZoom` … `maxZoom + 1` (the groups themselves); levels without new clusters are shared. */
  private readonly levels: Level[] = [];
  private counts = new Map<Level, Counts>();
  /** Visible places per group (after `filter`). */
  private visible: Int32Array;

  constructor(
    private readonly lat: Float64Array,
    private readonly lng: Float64Array,
    readonly minZoom: number,
    readonly maxZoom: number,
  ) {
    this.visible = new Int32Array(lat.length);
  }

  /** The number of groups. */
  get size(): number {
    return this.lat.length;
  }

  /** Builds the levels from the groups up to the lowest zoom; a step is one zoom level, or `STEP` groups of a large one. */
  *build(): Generator<void, void, void> {
    const n = this.lat.length;
    const x = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      x[i] = lngX(this.lng[i]!);
      y[i] = latY(this.lat[i]!);
    }
    let prev: Level = { id: this.maxZoom + 1, x, y, size: new Int32Array(n).fill(1), tree: treeOf(x, y, n) };
    this.levels[this.maxZoom + 1] = prev;
    for (let z = this.maxZoom; z >= this.minZoom; z--) {
      yield;
      const next = yield* this.cluster(prev, z);
      this.levels[z] = next;
      prev = next;
    }
  }

  /** Clusters one level into the next lower zoom (supercluster's `_cluster`); the same level when nothing joins. */
  private *cluster(prev: Level, zoom: number): Generator<void, Level, void> {
    const n = prev.x.length;
    const r = RADIUS / (EXTENT * 2 ** zoom);
    const taken = new Uint8Array(n);
    const up = new Int32Array(n);
    const x = new Float64Array(n);
    const y = new Float64Array(n);
    const size = new Int32Array(n);
    let m = 0;
    for (let i = 0; i < n; i++) {
      if (i % STEP === STEP - 1) yield;
      if (taken[i]) continue;
      taken[i] = 1;
      const near = prev.tree.within(prev.x[i]!, prev.y[i]!, r);
      let total = prev.size[i]!;
      for (const j of near) if (!taken[j]) total += prev.size[j]!;
      let wx = prev.x[i]! * prev.size[i]!;
      let wy = prev.y[i]! * prev.size[i]!;
      if (total > prev.size[i]!) {
        for (const j of near) {
          if (taken[j]) continue;
          taken[j] = 1;
          wx += prev.x[j]! * prev.size[j]!;
          wy += prev.y[j]! * prev.size[j]!;
          up[j] = m;
        }
      }
      up[i] = m;
      x[m] = wx / total;
      y[m] = wy / total;
      size[m] = total;
      m++;
    }
    if (m === n) return prev;
    prev.up = up;
    return { id: zoom, x: x.slice(0, m), y: y.slice(0, m), size: size.slice(0, m), tree: treeOf(x, y, m) };
  }

  /** Counts again what is visible: `places[g]` places of group `g` (0 = hidden). */
  filter(places: Int32Array): void {
    this.visible = places;
    const counts = new Map<Level, Counts>();
    let below: Counts | undefined;
    let belowLevel: Level | undefined;
    for (let z = this.maxZoom + 1; z >= this.minZoom; z--) {
      const level = this.levels[z]!;
      if (counts.has(level)) continue;
      const n = level.x.length;
      const c: Counts = {
        places: new Int32Array(n),
        groups: new Int32Array(n),
        one: new Int32Array(n).fill(-1),
        sx: new Float64Array(n),
        sy: new Float64Array(n),
      };
      if (!below || !belowLevel) {
        for (let g = 0; g < n; g++) {
          const p = places[g]!;
          if (!p) continue;
          c.places[g] = p;
          c.groups[g] = 1;
          c.one[g] = g;
          c.sx[g] = level.x[g]!;
          c.sy[g] = level.y[g]!;
        }
      } else {
        const up = belowLevel.up!;
        for (let j = 0; j < up.length; j++) {
          const k = below.groups[j]!;
          if (!k) continue;
          const p = up[j]!;
          c.places[p]! += below.places[j]!;
          c.groups[p]! += k;
          c.one[p] = below.one[j]!;
          c.sx[p]! += below.sx[j]!;
          c.sy[p]! += below.sy[j]!;
        }
      }
      counts.set(level, c);
      below = c;
      belowLevel = level;
    }
    this.counts = counts;
  }

  /** Visible places of a group. */
  placesIn(group: number): number {
    return this.visible[group] ?? 0;
  }

  private levelAt(zoom: number): Level {
    return this.levels[Math.max(this.minZoom, Math.min(Math.floor(zoom), this.maxZoom + 1))]!;
  }

  private nodeOf(level: Level, i: number): IndexNode {
    const c = this.counts.get(level)!;
    const groups = c.groups[i]!;
    const group = groups === 1 ? c.one[i]! : undefined;
    return group === undefined
      ? { level: level.id, node: i, group, places: c.places[i]!, lat: yLat(c.sy[i]! / groups), lng: xLng(c.sx[i]! / groups) }
      : { level: level.id, node: i, group, places: c.places[i]!, lat: this.lat[group]!, lng: this.lng[group]! };
  }

  /** The visible nodes at a zoom within a box (degrees: west, south, east, north). */
  nodes(zoom: number, west: number, south: number, east: number, north: number): IndexNode[] {
    const level = this.levelAt(zoom);
    const c = this.counts.get(level);
    if (!c) return [];
    const out: IndexNode[] = [];
    for (const i of level.tree.range(lngX(west), latY(north), lngX(east), latY(south))) if (c.groups[i]) out.push(this.nodeOf(level, i));
    return out;
  }

  /** The node at `zoom` that holds group `g`. */
  private ancestor(g: number, zoom: number): { level: Level; node: number } {
    const target = this.levelAt(zoom);
    let level = this.levels[this.maxZoom + 1]!;
    let node = g;
    for (let z = this.maxZoom; level !== target && z >= this.minZoom; z--) {
      const next = this.levels[z]!;
      if (next === level) continue;
      node = level.up![node]!;
      level = next;
    }
    return { level, node };
  }

  /** The lowest zoom (not below `from`) at which group `g` is drawn on its own; `maxZoom + 1` at most. */
  zoomToReveal(g: number, from: number): number {
    for (let z = Math.max(0, Math.floor(from)); z <= this.maxZoom; z++) {
      const { level, node } = this.ancestor(g, z);
      if (this.counts.get(level)?.groups[node] === 1) return z;
    }
    return this.maxZoom + 1;
  }

  /**
   * What a cluster falls apart into: the lowest zoom above its own at which
   * its visible groups are in more than one node, and those nodes.
   */
  expand(levelId: number, node: number): { zoom: number; children: IndexNode[] } | undefined {
    // A level's id is the highest zoom it applies to.
    const start = levelId;
    const level = this.levels[start];
    if (!level || level.id !== levelId) return undefined;
    const members: number[] = [];
    for (let g = 0; g < this.lat.length; g++) {
      if (!this.visible[g]) continue;
      const a = this.ancestor(g, start);
      if (a.level === level && a.node === node) members.push(g);
    }
    for (let z = start + 1; z <= this.maxZoom + 1; z++) {
      const seen = new Map<number, IndexNode>();
      let at: Level | undefined;
      for (const g of members) {
        const a = this.ancestor(g, z);
        at = a.level;
        if (!seen.has(a.node)) seen.set(a.node, this.nodeOf(a.level, a.node));
      }
      if (seen.size > 1 || z === this.maxZoom + 1 || !at) return { zoom: z, children: [...seen.values()] };
    }
    return undefined;
  }
}
