// Smoke test of the benchmark's parts (no timing): the statistics helpers,
// the local static server and its tile route, the generated 1,000-organisation
// feed, and the map section run with small numbers in Chromium (skipped
// without a browser or a build). `npm run bench` itself prints figures and is
// never a test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_FLAGS, chromiumPath } from '../../scripts/chromium-path.js';
import { feedParts, runMapBench } from '../../scripts/bench/map.js';
import { generateFeed } from '../../scripts/lib/generate-feed.js';
import { generatePartnersFeed } from '../../scripts/bench/partners-feed.js';
import { startServer, TILE_TEMPLATE } from '../../scripts/bench/server.js';
import { median, percentile, table } from '../../scripts/bench/stats.js';
import { tilePng } from '../../scripts/bench/tile.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

test('median and nearest-rank percentile', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  const thirty = Array.from({ length: 30 }, (_, i) => 30 - i);
  assert.equal(percentile(thirty, 95), 29);
  assert.equal(percentile(thirty, 100), 30);
  assert.match(table(['a', 'b'], [['x', '1.0 ms']]), /^a +\| b\n-+-\|-+\nx +\| 1\.0 ms$/);
});

test('a feed over the size of one answer is served in parts: each within it, each valid alone, together the whole feed', () => {
  const raw = generateFeed({ offers: 400 });
  assert.deepEqual(feedParts(raw, 1e9), [JSON.stringify(raw)]);
  const parts = feedParts(raw, 40_000).map((text) => {
    assert.ok(Buffer.byteLength(text) <= 40_000, `${Buffer.byteLength(text)} bytes`);
    return JSON.parse(text);
  });
  assert.ok(parts.length > 1);
  assert.deepEqual(
    parts.flatMap((p) => p.places),
    raw.places,
  );
  assert.deepEqual(
    parts.flatMap((p) => p.offers).sort((a, b) => a.id.localeCompare(b.id)),
    [...raw.offers].sort((a, b) => a.id.localeCompare(b.id)),
  );
  for (const part of parts) {
    const here = new Set(part.places.map((p) => p.id));
    assert.ok(
      part.offers.every((o) => here.has(o.place)),
      'an offer refers to a place of another part',
    );
    assert.deepEqual(part.projects, raw.projects);
    assert.deepEqual(part.organizations, raw.organizations);
  }
});

test('the bench server serves the repository root, generated files, and nothing outside', async () => {
  const server = await startServer(new URL('../..', import.meta.url).pathname.replace(/\/$/, ''));
  try {
    server.virtual.set('/__bench/x.json', '{"ok":true}');
    const pkg = await fetch(`${server.origin}/package.json`);
    assert.equal(pkg.status, 200);
    assert.equal((await pkg.json()).name, 'quartier-widgets');
    assert.equal(pkg.headers.get('cross-origin-embedder-policy'), 'require-corp');
    assert.deepEqual(await (await fetch(`${server.origin}/__bench/x.json`)).json(), { ok: true });
    assert.equal((await fetch(`${server.origin}/nope.js`)).status, 404);
    assert.notEqual((await fetch(`${server.origin}/..%2F..%2Fetc%2Fpasswd`)).status, 200);
  } finally {
    await server.close();
  }
});

test('the partner feed has 1,000 organisations, all partners of one project, and validates without warnings', async () => {
  const { validateFeed } = await import('../../lib/feed/validate.js');
  const raw = generatePartnersFeed({ count: 1_000, logoUrl: 'http://127.0.0.1:1/logo.svg' });
  const { feed, warnings } = validateFeed(JSON.parse(JSON.stringify(raw)));
  assert.deepEqual(warnings, []);
  assert.equal(feed.organizations.length, 1_000);
  assert.equal(feed.projects.length, 1);
  const partners = feed.projects[0].partners;
  assert.equal(new Set(partners.map((p) => p.organization)).size, 1_000);
  assert.deepEqual(new Set(partners.map((p) => p.role)), new Set(['lead', 'partner', 'funder', 'owner', 'network']));
});

test('the bench tile is a 256×256 PNG, served for every /__bench/tiles/ address and counted', async () => {
  const png = tilePng();
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.equal(png.toString('latin1', 12, 16), 'IHDR');
  assert.equal(png.readUInt32BE(16), 256);
  assert.equal(png.readUInt32BE(20), 256);
  const server = await startServer(root);
  try {
    const res = await fetch(`${server.origin}${TILE_TEMPLATE.replace('{z}', '12').replace('{x}', '2165').replace('{y}', '1358')}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'image/png');
    assert.deepEqual(Buffer.from(await res.arrayBuffer()), png);
    assert.equal(server.tileRequests, 1);
    assert.equal((await fetch(`${server.origin}/__bench/tiles/12/x/1.png`)).status, 404);
  } finally {
    await server.close();
  }
});

// The map section itself, with small numbers, in real Chromium (skipped without a browser or a build).
const canRunMap =
  existsSync(chromiumPath()) &&
  existsSync(path.join(root, 'dist/quartier-widgets.js')) &&
  existsSync(path.join(root, 'node_modules/leaflet.markercluster/dist/leaflet.markercluster.js'));

test(
  'the map section runs: <offer-map> by src (a feed in parts) and by .feed, markercluster by both routes and plain markers draw 100 places, with frames, heap and nodes',
  { skip: !canRunMap && 'no Chromium or no dist/', timeout: 120_000 },
  async () => {
    const { default: puppeteer } = await import('puppeteer-core');
    const server = await startServer(root);
    const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
    const lines = [];
    const messages = [];
    try {
      const { results } = await runMapBench({
        browser,
        server,
        messages,
        // Parts of at most 40 kB: the src route lists three feeds, as a feed over 5 MiB is served.
        options: { sizes: [{ offers: 400, runs: 1, markerRuns: 1 }], pans: 1, zooms: 2, tilesOnly: false, partBytes: 40_000 },
        log: (line) => lines.push(line),
      });
      const [{ places, kinds, errors, parts }] = results;
      assert.deepEqual(errors, {});
      assert.equal(places, 100);
      assert.ok(parts > 1, `served in ${parts} part(s)`);
      for (const id of ['ours', 'oursFeed']) {
        const [ours] = kinds[id];
        assert.ok(ours.loaded > 0 && ours.loaded <= ours.map && ours.map <= ours.drawn && ours.drawn < ours.frame, `${id}: ${JSON.stringify(ours)}`);
        assert.ok(ours.markers > 0, `${id}: no .places button drawn`);
        assert.deepEqual(ours.size, { width: 1000, height: 600 });
      }
      // The same places by both routes: the feed in parts is the whole feed.
      assert.equal(kinds.ours[0].markers, kinds.oursFeed[0].markers);
      assert.equal(kinds.markers[0].markers, 100);
      for (const id of ['cluster', 'clusterFeed']) assert.ok(kinds[id][0].markers > 0 && kinds[id][0].markers < 100, id);
      assert.equal(kinds.parse[0].places, 100);
      assert.equal(kinds.parse[0].markers, 0);
      for (const id of ['ours', 'cluster', 'markers']) {
        const [run] = kinds[id];
        assert.ok(run.frames.pan.length > 0 && run.frames.zoom.length > 0, `${id}: no frames`);
        assert.ok(run.after.heap > 0 && run.after.nodes > run.before.nodes, `${id}: heap or nodes ${JSON.stringify({ before: run.before, after: run.after })}`);
      }
      const text = lines.join('\n');
      assert.match(text, /<offer-map src> +\| +1 \|/);
      assert.match(text, /<offer-map \.feed> +\| +1 \|/);
      assert.match(text, /fetch \+ parse only \(no map\) +\| +1 \|/);
      assert.match(text, /no other host was asked/);
      assert.deepEqual(
        messages.filter((m) => /pageerror/.test(m)),
        [],
      );
    } finally {
      await browser.close();
      await server.close();
    }
  },
);

test(
  'the worst-shape section runs: 100,000 goals into a card, the longest task measured, the table printed',
  { skip: !canRunMap && 'no Chromium or no dist/', timeout: 120_000 },
  async () => {
    const { default: puppeteer } = await import('puppeteer-core');
    const { runWorstBench, WORST_CASES } = await import('../../scripts/bench/worst.js');
    const server = await startServer(root);
    const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
    const lines = [];
    try {
      const openPage = async () => {
        const page = await browser.newPage();
        await page.goto(`${server.origin}/scripts/bench/page.html`, { waitUntil: 'load' });
        return page;
      };
      const cases = WORST_CASES.filter((c) => c.label === '100,000 goals');
      const [result] = await runWorstBench({ openPage, server, cases, runs: 1, log: (line) => lines.push(line) });
      assert.equal(result.state, 'loaded');
      assert.equal(result.results[0].nodes > 0 && result.results[0].nodes < 1_000, true, `shadow nodes: ${result.results[0].nodes}`);
      assert.match(lines.join('\n'), /100,000 goals \(0\.4 MiB\) +\| <quartier-card> +\| loaded/);
    } finally {
      await browser.close();
      await server.close();
    }
  },
);

test('the portal feeds are valid, the big one within the loader’s 5 MiB', async (t) => {
  if (!existsSync(path.join(root, 'lib/feed/validate.js'))) return t.skip('lib/ is not built');
  const { validateFeed } = await import('../../lib/feed/validate.js');
  const { partnersBigFeed, portalFeed } = await import('../../scripts/bench/portal-feed.js');
  const portal = portalFeed({ projects: 100 });
  assert.equal(portal.projects.length, 100);
  assert.deepEqual(validateFeed(portal).warnings, []);
  const big = partnersBigFeed();
  assert.deepEqual(validateFeed(big).warnings, []);
  assert.equal(validateFeed(big).feed.projects[0].partners.length >= 400, true);
  const bytes = Buffer.byteLength(JSON.stringify(big));
  assert.ok(bytes > 4.5 * 1024 * 1024 && bytes < 5 * 1024 * 1024, `${bytes} bytes`);
});

test('the floor card and list bundle into one module that defines both elements', async () => {
  const { floorBundle } = await import('../../scripts/bench/floor/bundle.js');
  const code = await floorBundle(root, 'floor-list.ts');
  assert.match(code, /floor-card/);
  assert.match(code, /floor-list/);
  assert.doesNotMatch(code, /quartier-widgets|validateFeed/);
});
