// The map section of `npm run bench`: <offer-map> (the built
// dist/quartier-widgets.js: supercluster, places as buttons, only those in
// view in the DOM) against plain Leaflet with one L.marker per place and
// against leaflet.markercluster, with the same generated feeds
// (scripts/lib/generate-feed.js; places = offers / 4), the same map size, the
// same initial view and the same local tiles (scripts/bench/tile.js; never
// the internet).
// For each: the time from insertion to the first complete frame, the frame
// times of animated pans and zooms, and the JS heap and DOM nodes after the
// first frame (CDP, after forced collections). Each run is a fresh tab.
// Prints two tables with the issue's targets beside the figures; asserts nothing.
import { loadavg } from 'node:os';
import { generateFeed } from '../lib/generate-feed.js';
import { TILE_TEMPLATE } from './server.js';
import { median, ms, percentile, table } from './stats.js';

/** The three ways of drawing the places, each in a page of its own. */
const KINDS = [
  { id: 'ours', label: '<offer-map>', page: 'map-ours.html' },
  { id: 'cluster', label: 'leaflet.markercluster', page: 'map-cluster.html' },
  { id: 'markers', label: 'L.marker per place', page: 'map-markers.html' },
];
/** Leaflet with its tiles and no markers: what panning and zooming cost without any places (measured once). */
const TILES_ONLY = { id: 'tiles', label: 'tiles only (no places)', page: 'map-markers.html' };

/**
 * What `npm run bench` measures: runs per feed size (`markerRuns` for plain
 * L.marker, which is slow at 50,000; `markerFrames: false` skips its pan and
 * zoom, whose frames take seconds there), map size, interaction steps, the
 * cap on adding plain markers, and whether to measure the tiles-only floor.
 */
export const MAP_DEFAULTS = {
  sizes: [
    { offers: 10_000, runs: 3, markerRuns: 3 },
    { offers: 50_000, runs: 2, markerRuns: 1, markerFrames: false },
  ],
  tilesOnly: true,
  width: 1000,
  height: 600,
  pans: 10,
  zooms: 4,
  dx: 200,
  cap: 30_000,
  /** Typed into <offer-map>'s search, a letter a frame, after its pans and zooms. */
  word: 'Testort 12',
};

/** The targets. */
const FIRST_FRAME_TARGET = { 10_000: 150, 50_000: 350 }; // ms from insertion to the first complete frame
const FRAME_TARGET = 100; // ms: the longest frame while panning and zooming (p95: no worse than leaflet.markercluster's)
const CLUSTER_RATIO_TARGET = { 10_000: 1.5, 50_000: 1.2 }; // times faster than leaflet.markercluster, first frame, same run

const VIEWPORT = { width: 1600, height: 1000 };

const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const signedMib = (bytes) => `${bytes >= 0 ? '+' : '−'}${(Math.abs(bytes) / 1024 / 1024).toFixed(1)}`;
const count = (n) => Math.round(n).toLocaleString('en');
const signedCount = (n) => `${n >= 0 ? '+' : '−'}${count(Math.abs(n))}`;
const seconds = (value) => `${(value / 1000).toFixed(0)} s`;

/** Heap in use and DOM nodes after two forced collections. */
async function measure(cdp) {
  for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return { heap: usedSize, nodes: metrics.find((m) => m.name === 'Nodes')?.value ?? Number.NaN };
}

/** CPU time the page's main thread has used so far (CDP `ThreadTime`), in ms: unlike a duration, it does not grow while other work on the machine has the core. */
async function threadTime(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN) * 1000;
}

/** "3.4× faster" (or slower) of `ours` against `other`, both in ms. */
function ratio(other, ours, { atLeast = false } = {}) {
  if (!(other > 0 && ours > 0)) return '';
  const r = other / ours;
  if (r >= 1) return `${atLeast ? '> ' : ''}${r.toFixed(1)}× faster`;
  return `${(1 / r).toFixed(1)}× slower`;
}

/** Frame durations as "median / p95 / max". */
function frameStats(values) {
  if (!values?.length) return '—';
  return `${median(values).toFixed(1)} / ${percentile(values, 95).toFixed(1)} / ${Math.max(...values).toFixed(1)} ms`;
}

/** `ours` against `peer` (markercluster's frames in the same run): p95 no worse, and the longest frame at most FRAME_TARGET. */
function frameVerdict(ours, peer) {
  if (!ours?.length) return '';
  const p95 = percentile(ours, 95);
  const max = Math.max(...ours);
  const versus = peer?.length ? `p95 ${(p95 / percentile(peer, 95)).toFixed(2)}× markercluster's (≤ 1: ${p95 <= percentile(peer, 95) ? 'met' : 'MISSED'})` : '';
  return `${versus}${versus ? ', ' : ''}max ${max.toFixed(0)} ms (≤ ${FRAME_TARGET}: ${max <= FRAME_TARGET ? 'met' : 'MISSED'})`;
}

/**
 * Runs the map section and prints its tables.
 * @param {{
 *   browser: import('puppeteer-core').Browser,
 *   server: {origin: string, virtual: Map<string, string>, tileRequests: number},
 *   messages?: string[],
 *   options?: Partial<typeof MAP_DEFAULTS>,
 *   log?: (line: string) => void,
 * }} context `messages` collects the pages' console errors and warnings
 * @returns {Promise<{results: Array<{offers: number, places: number, kinds: Record<string, any[]>, errors: Record<string, string>}>, tilesOnly?: object}>}
 *   every run's figures
 */
export async function runMapBench({ browser, server, messages = [], options = {}, log = console.log }) {
  const o = { ...MAP_DEFAULTS, ...options };
  const tiles = `${server.origin}${TILE_TEMPLATE}`;
  const external = new Set();
  const tilesBefore = server.tileRequests;

  const openPage = async (kind) => {
    const page = await browser.newPage();
    await page.setViewport(VIEWPORT);
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warn') messages.push(`${kind.page} ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => messages.push(`${kind.page} pageerror: ${e.message}`));
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(`${server.origin}/`) && !url.startsWith('data:')) external.add(url);
    });
    await page.goto(`${server.origin}/scripts/bench/${kind.page}`, { waitUntil: 'load' });
    await page.waitForFunction(() => 'mapBench' in globalThis, { timeout: 10_000 });
    await page.bringToFront(); // a background tab gets no animation frames
    return page;
  };

  /** One fresh tab: the feed parsed, (ours: chunks loaded), heap before, the first frame, heap after, (pan and zoom). */
  const oneRun = async (kind, url, interactive) => {
    const page = await openPage(kind);
    try {
      const cdp = await page.createCDPSession();
      await cdp.send('HeapProfiler.enable');
      await cdp.send('Performance.enable');
      await page.evaluate((a) => globalThis.mapBench.prepare(a), { url });
      const warm = kind.id === 'ours' ? await page.evaluate((a) => globalThis.mapBench.warmOurs(a), { tiles, width: o.width, height: o.height }) : undefined;
      const before = await measure(cdp);
      const cpuBefore = await threadTime(cdp);
      const first =
        kind.id === 'ours'
          ? await page.evaluate((a) => globalThis.mapBench.ours(a), { tiles, timeout: o.cap * 2 })
          : await page.evaluate((a) => globalThis.mapBench.leaflet(a), { kind: kind.id, tiles, width: o.width, height: o.height, timeout: o.cap });
      // The main thread's CPU time from the insertion (or the container) to the first frame; the page's
      // script in between (frameStart, the evaluate calls) is the same on every page and small.
      const cpu = (await threadTime(cdp)) - cpuBefore;
      const after = await measure(cdp);
      const frames =
        interactive && !first.timedOut ? await page.evaluate((a) => globalThis.mapBench.interact(a), { pans: o.pans, zooms: o.zooms, dx: o.dx }) : undefined;
      const search = frames && kind.id === 'ours' ? await page.evaluate((a) => globalThis.mapBench.search(a), { word: o.word }) : undefined;
      await cdp.detach();
      return { ...first, cpu, warm, before, after, frames, search };
    } finally {
      await page.close();
    }
  };

  const t0 = performance.now();
  const loadBefore = loadavg()[0];
  const results = [];
  let tilesOnly;
  for (const size of o.sizes) {
    const raw = generateFeed({ offers: size.offers });
    const places = raw.places.length;
    const url = `/__bench/map-${size.offers}.json`;
    server.virtual.set(url, JSON.stringify(raw));
    const kinds = { ours: [], cluster: [], markers: [] };
    const errors = {};
    const runsOf = (kind) => (kind.id === 'markers' ? (size.markerRuns ?? size.runs) : size.runs);
    const framesOf = (kind) => kind.id !== 'markers' || size.markerFrames !== false;
    // Kinds take turns run by run, so that a slow spell of the machine hits all three alike.
    for (let run = 0; run < Math.max(...KINDS.map(runsOf)); run++) {
      for (const kind of KINDS) {
        if (run >= runsOf(kind) || errors[kind.id]) continue;
        try {
          // Pan and zoom once, in the last run of each kind.
          kinds[kind.id].push(await oneRun(kind, url, framesOf(kind) && run === runsOf(kind) - 1));
        } catch (error) {
          errors[kind.id] = error instanceof Error ? error.message.split('\n')[0] : String(error);
        }
      }
    }
    if (o.tilesOnly && !tilesOnly) {
      try {
        tilesOnly = { offers: size.offers, ...(await oneRun(TILES_ONLY, url, true)) };
      } catch (error) {
        tilesOnly = { offers: size.offers, error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
      }
    }
    server.virtual.delete(url);
    results.push({ offers: size.offers, places, kinds, errors, markerFrames: size.markerFrames !== false });
  }

  const firstRows = [];
  const frameRows = [];
  const notes = [];
  const colds = [];
  const searches = [];
  for (const { offers, places, kinds, errors, markerFrames } of results) {
    const ours = kinds.ours;
    const oursFrame = ours.length ? median(ours.map((r) => r.frame)) : Number.NaN;
    const oursMap = ours.length ? median(ours.map((r) => r.frame - r.loaded)) : Number.NaN;
    const oursCpu = ours.length ? median(ours.map((r) => r.cpu)) : Number.NaN;
    for (const kind of KINDS) {
      const runs = kinds[kind.id];
      const label = kind.label;
      if (!runs.length) {
        firstRows.push([String(offers), String(places), label, '0', `failed: ${errors[kind.id] ?? 'not run'}`]);
        continue;
      }
      const timedOut = runs.some((r) => r.timedOut);
      const frame = median(runs.map((r) => r.frame));
      const last = runs.at(-1);
      const heap = median(runs.map((r) => r.after.heap));
      const heapDelta = median(runs.map((r) => r.after.heap - r.before.heap));
      const nodes = median(runs.map((r) => r.after.nodes));
      const nodesDelta = median(runs.map((r) => r.after.nodes - r.before.nodes));
      let target = '';
      let versus = '';
      if (kind.id === 'ours') {
        const goal = FIRST_FRAME_TARGET[offers];
        if (goal) target = `under ${goal} ms: ${frame < goal ? 'met' : 'MISSED'}`;
      } else {
        versus = timedOut ? ratio(o.cap, oursFrame, { atLeast: true }) : ratio(frame, oursFrame);
        if (!timedOut && oursMap > 0) versus += ` (map part: ${ratio(frame, oursMap)})`;
        const goal = CLUSTER_RATIO_TARGET[offers];
        if (kind.id === 'cluster' && goal && oursFrame > 0) {
          target = `${(frame / oursFrame).toFixed(2)}× (≥ ${goal}× faster: ${frame / oursFrame >= goal ? 'met' : 'MISSED'})`;
          const cpu = median(runs.map((r) => r.cpu));
          if (cpu > 0 && oursCpu > 0) target += `; CPU ${(cpu / oursCpu).toFixed(2)}×`;
        }
      }
      const part = (key) => (kind.id === 'ours' ? ms(median(runs.map((r) => r[key]))) : '');
      firstRows.push([
        String(offers),
        String(places),
        label,
        String(runs.length),
        timedOut ? `> ${seconds(o.cap)} (stopped at ${count(last.added)} of ${count(last.places)} markers)` : ms(frame),
        runs.length > 1 && !timedOut ? `${Math.min(...runs.map((r) => r.frame)).toFixed(0)}–${Math.max(...runs.map((r) => r.frame)).toFixed(0)}` : '',
        part('loaded'),
        part('map'),
        kind.id === 'ours' ? part('drawn') : timedOut ? '' : ms(median(runs.map((r) => r.drawn))),
        kind.id === 'ours' ? ms(oursMap) : '',
        timedOut ? '' : ms(median(runs.map((r) => r.cpu))),
        count(last.markers),
        `${mib(heap)} (${signedMib(heapDelta)})`,
        `${count(nodes)} (${signedCount(nodesDelta)})`,
        versus,
        target,
      ]);
      const frames = runs.find((r) => r.frames)?.frames;
      const peer = kind.id === 'ours' ? kinds.cluster.find((r) => r.frames)?.frames : undefined;
      const why = timedOut ? `not drawn within ${seconds(o.cap)}` : kind.id === 'markers' && !markerFrames ? 'skipped: seconds a frame' : 'failed';
      frameRows.push([
        String(offers),
        label,
        frames ? String(frames.pan.length) : '',
        frames ? frameStats(frames.pan) : `— (${why})`,
        frames ? String(frames.zoom.length) : '',
        frames ? frameStats(frames.zoom) : '—',
        frames && kind.id === 'ours' ? `pan: ${frameVerdict(frames.pan, peer?.pan)}; zoom: ${frameVerdict(frames.zoom, peer?.zoom)}` : '',
      ]);
      if (kind.id === 'ours') {
        const size = last.size;
        if (size.width !== o.width || size.height !== o.height)
          notes.push(`<offer-map>'s map area was ${size.width}×${size.height}, not ${o.width}×${o.height}.`);
        if (frames && !last.handle) notes.push(`<offer-map> at ${offers}: no Leaflet map reachable; panned and zoomed with ${frames.how}.`);
        colds.push(...runs.map((r) => r.warm.cold.frame));
        const search = runs.find((r) => r.search)?.search;
        if (search)
          searches.push(
            `<offer-map> at ${count(offers)} offers, "${o.word}" typed into the search a letter a frame: ${median(search.times).toFixed(0)} ms median,` +
              ` ${Math.max(...search.times).toFixed(0)} ms at most a keystroke (input → updated → next frame); longest task ${search.longest ? ms(search.longest) : 'under 50 ms'}.`,
          );
      }
    }
  }
  if (tilesOnly) {
    const f = tilesOnly.frames;
    frameRows.push([
      String(tilesOnly.offers),
      TILES_ONLY.label,
      f ? String(f.pan.length) : '',
      f ? frameStats(f.pan) : `— (failed: ${tilesOnly.error ?? 'no frames'})`,
      f ? String(f.zoom.length) : '',
      f ? frameStats(f.zoom) : '—',
      '',
    ]);
  }

  const sizesText = results.map((r) => `${count(r.offers)} offers (${count(r.places)} places)`).join(' and ');
  log(
    `\n5. Map: <offer-map consent="granted"> against Leaflet, ${sizesText}; map ${o.width}×${o.height} px, the same initial view` +
      `\n   (fitBounds of the places, 32 px padding), tiles from a local route; each run a fresh tab (viewport ${VIEWPORT.width}×${VIEWPORT.height}),` +
      `\n   median of the runs; pages scripts/bench/map-{ours,cluster,markers}.html.` +
      `\n   First frame: from insertion (<offer-map> with .feed set, its chunks already loaded by an earlier map in the tab;` +
      `\n   Leaflet: from making the container) until the places are in the DOM and two animation frames have run.` +
      `\n   <offer-map>'s parts, from insertion: loaded = quartier-load (feed validated, model built, list rendered), Leaflet` +
      `\n   map made (chunk imported), places drawn (.places button in the shadow root); map part = first frame − loaded.` +
      `\n   Main-thread CPU: the tab's main thread's CPU time (CDP ThreadTime) over the first frame, which other work on the` +
      `\n   machine does not stretch as it stretches durations; the target column gives markercluster's ÷ ours for both.` +
      `\n   JS heap in use and DOM nodes (CDP, after two forced collections) after the first frame, with the growth over the` +
      `\n   tab before insertion (the feed already parsed).`,
  );
  log(
    table(
      [
        'offers',
        'places',
        'drawn with',
        'runs',
        'first frame',
        'min–max',
        'loaded',
        'Leaflet map made',
        'places drawn',
        'map part',
        'main-thread CPU',
        'markers/clusters in DOM',
        'JS heap (Δ MiB)',
        'DOM nodes (Δ)',
        '<offer-map> is',
        'target',
      ],
      firstRows,
    ),
  );
  log(
    `\n   Pan and zoom, once per row after its first frame: ${o.zooms / 2} × zoomIn, ${o.pans} × panBy([${o.dx}, 0]), ${o.zooms / 2} × zoomOut, animated,` +
      `\n   each step after the last one's moveend and two more frames; frame = time between animation-frame timestamps during the steps.`,
  );
  log(
    table(
      [
        'offers',
        'drawn with',
        'pan frames',
        'pan: median / p95 / max',
        'zoom frames',
        'zoom: median / p95 / max',
        `target: p95 ≤ markercluster's, max ≤ ${FRAME_TARGET} ms`,
      ],
      frameRows,
    ),
  );
  for (const note of [...new Set(notes)]) log(`   ${note}`);
  for (const line of searches) log(`   ${line}`);
  if (colds.length) {
    log(
      `   <offer-map> cold (the first map of a fresh tab, 40 offers, its chunks fetched from the local server): ${ms(median(colds))}, median of ${colds.length}.`,
    );
  }
  log(
    `   Tiles: ${count(server.tileRequests - tilesBefore)} requests to the local tile route; ${external.size ? `OTHER HOSTS ASKED: ${[...external].slice(0, 5).join(', ')}` : 'no other host was asked'}.` +
      `\n   Section: ${((performance.now() - t0) / 1000).toFixed(0)} s; load average ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after` +
      ' (other work on the machine slows every figure, unevenly).',
  );
  return { results, tilesOnly };
}
