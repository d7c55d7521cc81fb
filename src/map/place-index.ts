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
  /** Its position in Web Mercator (0…1): a layer point is this times the zoom's scale, without a LatLng. */
  readonly x: number;
  readonly y: number;
  /** Its position in degrees (computed when asked: a draw needs only `x` and `y`). */
  readonly lat: number;
  readonly lng: number;
}

/** A node with its degrees computed only when read. */
class NodeAt implements IndexNode {
  constructor(
    readonly level: number,
    readonly node: number,
    readonly group: number | undefined,
    readonly places: number,
    readonly x: number,
    readonly y: number,
  ) {}

  get lat(): number {
    return yLat(this.y);
  }

  get lng(): number {
    return xLng(this.x);
  }
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

/** One level being clustered: the level above, the radius, and what is made so far (`m` nodes). */
interface Clustering {
  readonly prev: Level;
  readonly r: number;
  readonly taken: Uint8Array;
  readonly up: Int32Array;
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly size: Int32Array;
  /** One buffer for every query's answer (no array per point). */
  readonly near: Int32Array;
  m: number;
}

// The loops over every point are plain functions, not generators: V8 optimises a long loop while it runs
// (on-stack replacement) only outside generators, and the first map of a page runs them cold.

/** Web Mercator positions (0…1) of the groups. */
function project(lat: Float64Array, lng: Float64Array, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < lat.length; i++) {
    x[i] = lngX(lng[i]!);
    y[i] = latY(lat[i]!);
  }
}

/** Clusters the points `from` … `to` of a level (each not yet taken gathers those within the radius not yet taken). */
function clusterRange(work: Clustering, from: number, to: number): void {
  const { prev, r, taken, up, x, y, size, near } = work;
  const px = prev.x;
  const py = prev.y;
  const ps = prev.size;
  let m = work.m;
  for (let i = from; i < to; i++) {
    if (taken[i]) continue;
    taken[i] = 1;
    const found = prev.tree.withinInto(px[i]!, py[i]!, r, near);
    let total = ps[i]!;
    let wx = px[i]! * total;
    let wy = py[i]! * total;
    for (let k = 0; k < found; k++) {
      const j = near[k]!;
      if (taken[j]) continue;
      taken[j] = 1;
      const s = ps[j]!;
      total += s;
      wx += px[j]! * s;
      wy += py[j]! * s;
      up[j] = m;
    }
    up[i] = m;
    x[m] = wx / total;
    y[m] = wy / total;
    size[m] = total;
    m++;
  }
  work.m = m;
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
    project(this.lat, this.lng, x, y);
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
    const work: Clustering = {
      prev,
      r: RADIUS / (EXTENT * 2 ** zoom),
      taken: new Uint8Array(n),
      up: new Int32Array(n),
      x: new Float64Array(n),
      y: new Float64Array(n),
      size: new Int32Array(n),
      near: new Int32Array(n),
      m: 0,
    };
    for (let from = 0; from < n; from += STEP) {
      if (from) yield;
      clusterRange(work, from, Math.min(n, from + STEP));
    }
    const { up, x, y, size, m } = work;
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
    // A single group is drawn at its own position (the groups' level holds it), a cluster at its members' mean.
    const top = this.levels[this.maxZoom + 1]!;
    return group === undefined
      ? new NodeAt(level.id, i, group, c.places[i]!, c.sx[i]! / groups, c.sy[i]! / groups)
      : new NodeAt(level.id, i, group, c.places[i]!, top.x[group]!, top.y[group]!);
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
