// The places' index (src/map/place-index.ts): clusters at every zoom hold
// every place once, a filter counts through the index (no new one), a place is
// revealed at the zoom where it is alone, and a cluster falls apart into parts
// that hold what it held.
import { expect } from '@open-wc/testing';
import { PlaceIndex, latY, lngX, type IndexNode } from '../../src/map/place-index.js';

const WORLD = [-180, -85, 180, 85] as const;

/** `n` groups around Seesen, spread over some 20 km, from a fixed seed. */
function groups(n: number): { lat: Float64Array; lng: Float64Array } {
  let seed = 7;
  const rnd = (): number => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const lat = new Float64Array(n);
  const lng = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    lat[i] = 51.9 + (rnd() - 0.5) * 0.2;
    lng[i] = 10.2 + (rnd() - 0.5) * 0.3;
  }
  return { lat, lng };
}

function built(n: number): PlaceIndex {
  const { lat, lng } = groups(n);
  const index = new PlaceIndex(lat, lng, 2, 17);
  for (const _ of index.build());
  return index;
}

const all = (index: PlaceIndex, zoom: number): IndexNode[] => index.nodes(zoom, ...WORLD);
const sum = (nodes: IndexNode[]): number => nodes.reduce((n, node) => n + node.places, 0);

describe('PlaceIndex', () => {
  it('holds every place once at every zoom; above the highest cluster zoom every group is on its own', () => {
    const index = built(500);
    const places = new Int32Array(500).map((_, g) => 1 + (g % 3));
    index.filter(places);
    const total = places.reduce((a, b) => a + b, 0);
    for (let zoom = 0; zoom <= 19; zoom++) expect(sum(all(index, zoom)), `zoom ${zoom}`).to.equal(total);
    expect(all(index, 2).length, 'clusters at zoom 2').to.be.lessThan(10);
    const top = all(index, 18);
    expect(top.length).to.equal(500);
    expect(top.every((node) => node.group !== undefined && node.places === places[node.group])).to.equal(true);
  });

  it('a filter counts through the same index: hidden groups are in no node, and a node with one group left draws that group', () => {
    const index = built(400);
    const places = new Int32Array(400).map((_, g) => (g % 5 === 0 ? 1 : 0));
    index.filter(places);
    for (let zoom = 2; zoom <= 18; zoom++) {
      const nodes = all(index, zoom);
      expect(sum(nodes), `zoom ${zoom}`).to.equal(80);
      expect(nodes.every((node) => node.places > 0)).to.equal(true);
      for (const node of nodes) if (node.group !== undefined) expect(node.group % 5, `group ${node.group}`).to.equal(0);
    }
    index.filter(new Int32Array(400));
    expect(all(index, 10)).to.deep.equal([]);
    index.filter(new Int32Array(400).fill(1));
    expect(sum(all(index, 10))).to.equal(400);
  });

  it("a node's Web Mercator position is its degrees projected (what a draw turns into layer points)", () => {
    const { lat, lng } = groups(200);
    const index = new PlaceIndex(lat, lng, 2, 17);
    for (const _ of index.build());
    index.filter(new Int32Array(200).fill(1));
    for (const zoom of [4, 10, 18]) {
      for (const node of all(index, zoom)) {
        expect(lngX(node.lng), `x at ${zoom}`).to.be.closeTo(node.x, 1e-12);
        expect(latY(node.lat), `y at ${zoom}`).to.be.closeTo(node.y, 1e-12);
        if (node.group !== undefined) {
          expect(node.lat).to.be.closeTo(lat[node.group]!, 1e-9);
          expect(node.lng).to.be.closeTo(lng[node.group]!, 1e-9);
        }
      }
    }
  });

  it('a box gives only the nodes in it', () => {
    const index = built(300);
    index.filter(new Int32Array(300).fill(1));
    const north = index.nodes(18, 0, 51.9, 20, 60);
    expect(north.length).to.be.greaterThan(0);
    expect(north.every((node) => node.lat >= 51.9)).to.equal(true);
  });

  it('reveals a place at the lowest zoom where it is alone, and not below it', () => {
    const index = built(300);
    index.filter(new Int32Array(300).fill(1));
    for (const g of [0, 17, 299]) {
      const zoom = index.zoomToReveal(g, 2);
      expect(
        all(index, zoom).some((node) => node.group === g),
        `group ${g} at ${zoom}`,
      ).to.equal(true);
      if (zoom > 2)
        expect(
          all(index, zoom - 1).some((node) => node.group === g),
          `group ${g} at ${zoom - 1}`,
        ).to.equal(false);
    }
  });

  it('a cluster falls apart at a higher zoom into parts that hold its places', () => {
    const index = built(300);
    index.filter(new Int32Array(300).fill(2));
    const cluster = all(index, 8).find((node) => node.group === undefined)!;
    expect(cluster, 'a cluster at zoom 8').not.to.equal(undefined);
    const parts = index.expand(cluster.level, cluster.node)!;
    expect(parts.zoom).to.be.greaterThan(8);
    expect(parts.children.length).to.be.greaterThan(1);
    expect(sum(parts.children)).to.equal(cluster.places);
    const drawn = all(index, parts.zoom).map((n) => `${n.level}:${n.node}`);
    for (const child of parts.children) expect(drawn).to.include(`${child.level}:${child.node}`);
  });

  it('places at one point are one group: never split, whatever the zoom', () => {
    const index = new PlaceIndex(Float64Array.of(52, 52.5), Float64Array.of(10, 10.5), 2, 17);
    for (const _ of index.build());
    index.filter(Int32Array.of(5000, 1));
    expect(all(index, 19).map((n) => n.places)).to.have.members([5000, 1]);
    expect(sum(all(index, 2))).to.equal(5001);
  });

  it('builds one zoom level a step (so that a large index can be spread over several tasks)', () => {
    const { lat, lng } = groups(50);
    let steps = 0;
    for (const _ of new PlaceIndex(lat, lng, 2, 17).build()) steps++;
    expect(steps).to.equal(16);
  });

  it('splits a large level into steps of at most 2,048 groups, and builds the same index', () => {
    const { lat, lng } = groups(5000);
    const index = new PlaceIndex(lat, lng, 2, 17);
    let steps = 0;
    for (const _ of index.build()) steps++;
    // The highest level has 5,000 groups: two more steps than one a level at least.
    expect(steps).to.be.at.least(18);
    index.filter(new Int32Array(5000).fill(1));
    expect(sum(all(index, 2))).to.equal(5000);
    expect(sum(all(index, 17))).to.equal(5000);
  });
});
