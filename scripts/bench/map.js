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
import { threadTime } from './thread-time.js';

/**
 * The ways of drawing the places, each in a page of its own, by two routes of the feed:
 * - `src`, what a webmaster's page does: <offer-map src="…">, and a Leaflet page that fetches the
 *   same JSON from the same local server and parses it (`response.json()`), both inside the time;
 *   <offer-map> reads the feed it parsed in place;
 * - `feed`: the feed already parsed by the page (outside the time) and handed over: <offer-map>'s
 *   `.feed` (which it copies as it reads: the page owns that object), Leaflet's pages read its places.
 * Each <offer-map> route is compared with markercluster by the same route, in the same run (`peer`).
 * Pan, zoom and the search are measured on the `src` route (`frames`); the route changes nothing there.
 */
const KINDS = [
  { id: 'ours', label: '<offer-map src>', page: 'map-ours.html', route: 'src', ours: true, frames: true, peer: 'cluster' },
  { id: 'cluster', label: 'leaflet.markercluster, fetched', page: 'map-cluster.html', route: 'src', frames: true },
  { id: 'oursFeed', label: '<offer-map .feed>', page: 'map-ours.html', route: 'feed', ours: true, frames: false, peer: 'clusterFeed' },
  { id: 'clusterFeed', label: 'leaflet.markercluster, parsed', page: 'map-cluster.html', route: 'feed', frames: false },
  { id: 'markers', label: 'L.marker per place, parsed', page: 'map-markers.html', route: 'feed', frames: true },
  // No map at all: what fetching and parsing the feed alone costs, the floor of every page on the src route.
  { id: 'parse', label: 'fetch + parse only (no map)', page: 'map-cluster.html', route: 'src', frames: false },
];
/** The <offer-map> route a Leaflet page's figures are compared with (its own route). */
const OURS_BY_ROUTE = { src: 'ours', feed: 'oursFeed' };
/** Leaflet with its tiles and no markers: what panning and zooming cost without any places (measured once). */
const TILES_ONLY = { id: 'tiles', label: 'tiles only (no places)', page: 'map-markers.html', route: 'feed' };

/**
 * `raw` cut into feeds of at most `maxBytes` each, as a portal that merges several partners' feeds
 * serves them: each feed a contiguous run of the places with the offers held there, and the project
 * and its organisation (so each feed is valid alone; the merge keeps the first copy, with a
 * `duplicate-id` warning for each other). One part when the whole fits.
 */
export function feedParts(raw, maxBytes) {
  const whole = JSON.stringify(raw);
  if (Buffer.byteLength(whole) <= maxBytes) return [whole];
  for (let n = Math.ceil(Buffer.byteLength(whole) / maxBytes); ; n++) {
    const parts = Array.from({ length: n }, (_, i) => {
      const places = raw.places.slice(Math.floor((raw.places.length * i) / n), Math.floor((raw.places.length * (i + 1)) / n));
      const ids = new Set(places.map((p) => p.id));
      return JSON.stringify({ ...raw, places, offers: raw.offers.filter((o) => ids.has(o.place)) });
    });
    if (parts.every((p) => Buffer.byteLength(p) <= maxBytes)) return parts;
  }
}

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
  /** The feed's routes measured (see KINDS): `src` fetched inside the time, `feed` handed over parsed. */
  routes: ['src', 'feed'],
  /** Whether to measure plain L.marker too. */
  markers: true,
  /** The largest feed served in one file on the src route: <offer-map> reads at most 5 MiB a feed (fetch-feed.ts); larger feeds are served in parts. */
  partBytes: 5 * 1024 * 1024,
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
  // Frames are whole vsync intervals apart; timestamps differ by float noise (33.334 against 33.333 ms), so two p95 within 0.5 ms are the same frame count.
  const peer95 = peer?.length ? percentile(peer, 95) : 0;
  const versus = peer?.length ? `p95 ${(p95 / peer95).toFixed(2)}× markercluster's (≤ 1: ${p95 <= peer95 + 0.5 ? 'met' : 'MISSED'})` : '';
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

  /**
   * One fresh tab: (route `feed`: the feed parsed), (ours: chunks loaded), heap before, the first frame
   * (route `src`: fetched from `urls` inside it), heap after, (pan and zoom).
   */
  const oneRun = async (kind, url, urls, interactive) => {
    const page = await openPage(kind);
    try {
      const cdp = await page.createCDPSession();
      await cdp.send('HeapProfiler.enable');
      await cdp.send('Performance.enable');
      if (kind.route === 'feed') await page.evaluate((a) => globalThis.mapBench.prepare(a), { url });
      const warm = kind.ours ? await page.evaluate((a) => globalThis.mapBench.warmOurs(a), { tiles, width: o.width, height: o.height }) : undefined;
      const from = kind.route === 'src' ? urls : undefined;
      const before = await measure(cdp);
      const cpuBefore = await threadTime(cdp);
      const first = kind.ours
        ? await page.evaluate((a) => globalThis.mapBench.ours(a), { tiles, timeout: o.cap * 2, urls: from })
        : kind.id === 'parse'
          ? await page.evaluate((a) => globalThis.mapBench.fetchOnly(a), { urls })
          : await page.evaluate((a) => globalThis.mapBench.leaflet(a), {
              kind: kind.id.startsWith('cluster') ? 'cluster' : kind.id,
              tiles,
              width: o.width,
              height: o.height,
              timeout: o.cap,
              urls: from,
            });
      // The main thread's CPU time from the insertion (or the container) to the first frame; the page's
      // script in between (frameStart, the evaluate calls) is the same on every page and small.
      const cpu = (await threadTime(cdp)) - cpuBefore;
      const after = await measure(cdp);
      const frames =
        interactive && !first.timedOut ? await page.evaluate((a) => globalThis.mapBench.interact(a), { pans: o.pans, zooms: o.zooms, dx: o.dx }) : undefined;
      const search = frames && kind.ours ? await page.evaluate((a) => globalThis.mapBench.search(a), { word: o.word }) : undefined;
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
    // Route `src`: the same feed as one file, or in parts of at most 5 MiB (the kit's limit of one feed).
    const parts = feedParts(raw, o.partBytes);
    const urls = parts.length === 1 ? [url] : parts.map((_, i) => `/__bench/map-${size.offers}-${i + 1}.json`);
    if (parts.length > 1) parts.forEach((text, i) => server.virtual.set(urls[i], text));
    const kinds = Object.fromEntries(KINDS.map((k) => [k.id, []]));
    const errors = {};
    const runsOf = (kind) => (!o.routes.includes(kind.route) ? 0 : kind.id === 'markers' ? (o.markers ? (size.markerRuns ?? size.runs) : 0) : size.runs);
    const framesOf = (kind) => kind.frames && (kind.id !== 'markers' || size.markerFrames !== false);
    // Kinds take turns run by run, so that a slow spell of the machine hits all three alike.
    for (let run = 0; run < Math.max(...KINDS.map(runsOf)); run++) {
      for (const kind of KINDS) {
        if (run >= runsOf(kind) || errors[kind.id]) continue;
        try {
          // Pan and zoom once, in the last run of each kind.
          kinds[kind.id].push(await oneRun(kind, url, urls, framesOf(kind) && run === runsOf(kind) - 1));
        } catch (error) {
          errors[kind.id] = error instanceof Error ? error.message.split('\n')[0] : String(error);
        }
      }
    }
    if (o.tilesOnly && !tilesOnly) {
      try {
        tilesOnly = { offers: size.offers, ...(await oneRun(TILES_ONLY, url, urls, true)) };
      } catch (error) {
        tilesOnly = { offers: size.offers, error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
      }
    }
    server.virtual.delete(url);
    if (parts.length > 1) for (const u of urls) server.virtual.delete(u);
    results.push({ offers: size.offers, places, kinds, errors, markerFrames: size.markerFrames !== false, parts: parts.length });
  }

  const firstRows = [];
  const frameRows = [];
  const notes = [];
  const colds = [];
  const searches = [];
  for (const { offers, places, kinds, errors, markerFrames } of results) {
    /** The medians of an <offer-map> route: first frame, map part (after `loaded`), main-thread CPU. */
    const oursOf = (id) => {
      const runs = kinds[id] ?? [];
      if (!runs.length) return { frame: Number.NaN, map: Number.NaN, cpu: Number.NaN };
      return { frame: median(runs.map((r) => r.frame)), map: median(runs.map((r) => r.frame - r.loaded)), cpu: median(runs.map((r) => r.cpu)) };
    };
    for (const kind of KINDS) {
      const runs = kinds[kind.id];
      const label = kind.label;
      if (!runs.length) {
        if (errors[kind.id]) firstRows.push([String(offers), String(places), label, '0', `failed: ${errors[kind.id]}`]);
        continue;
      }
      if (errors[kind.id]) notes.push(`${label} at ${count(offers)}: a run failed (${errors[kind.id]}); the figures are those of the runs before.`);
      const timedOut = runs.some((r) => r.timedOut);
      const frame = median(runs.map((r) => r.frame));
      const last = runs.at(-1);
      const heap = median(runs.map((r) => r.after.heap));
      const heapDelta = median(runs.map((r) => r.after.heap - r.before.heap));
      const nodes = median(runs.map((r) => r.after.nodes));
      const nodesDelta = median(runs.map((r) => r.after.nodes - r.before.nodes));
      let target = '';
      let versus = '';
      if (kind.ours) {
        const goal = FIRST_FRAME_TARGET[offers];
        if (goal) target = `under ${goal} ms: ${frame < goal ? 'met' : 'MISSED'}`;
      } else {
        const ours = oursOf(OURS_BY_ROUTE[kind.route]);
        if (ours.frame > 0) {
          versus = timedOut ? ratio(o.cap, ours.frame, { atLeast: true }) : ratio(frame, ours.frame);
          if (!timedOut && ours.map > 0) versus += ` (map part: ${ratio(frame, ours.map)})`;
          versus = `${KINDS.find((k) => k.id === OURS_BY_ROUTE[kind.route]).label} ${versus}`;
        }
        const goal = CLUSTER_RATIO_TARGET[offers];
        const cluster = kinds.cluster ?? [];
        if (kind.id === 'parse' && cluster.length)
          target = `markercluster, fetched ÷ this: ${(median(cluster.map((r) => r.frame)) / frame).toFixed(2)}× (the most a page on the src route can be faster)`;
        if (kind.id.startsWith('cluster') && goal && ours.frame > 0) {
          target = `${(frame / ours.frame).toFixed(2)}× (≥ ${goal}× faster: ${frame / ours.frame >= goal ? 'met' : 'MISSED'})`;
          const cpu = median(runs.map((r) => r.cpu));
          if (cpu > 0 && ours.cpu > 0) target += `; CPU ${(cpu / ours.cpu).toFixed(2)}×`;
        }
      }
      const part = (key) => (kind.ours ? ms(median(runs.map((r) => r[key]))) : '');
      firstRows.push([
        String(offers),
        String(places),
        label,
        String(runs.length),
        timedOut ? `> ${seconds(o.cap)} (stopped at ${count(last.added)} of ${count(last.places)} markers)` : ms(frame),
        runs.length > 1 && !timedOut ? `${Math.min(...runs.map((r) => r.frame)).toFixed(0)}–${Math.max(...runs.map((r) => r.frame)).toFixed(0)}` : '',
        part('loaded'),
        part('map'),
        kind.ours ? part('drawn') : timedOut ? '' : ms(median(runs.map((r) => r.drawn))),
        kind.ours ? ms(oursOf(kind.id).map) : '',
        timedOut ? '' : ms(median(runs.map((r) => r.cpu))),
        count(last.markers),
        `${mib(heap)} (${signedMib(heapDelta)})`,
        `${count(nodes)} (${signedCount(nodesDelta)})`,
        versus,
        target,
      ]);
      const frames = runs.find((r) => r.frames)?.frames;
      const peer = kind.ours ? kinds[kind.peer].find((r) => r.frames)?.frames : undefined;
      if (kind.frames) {
        const why = timedOut ? `not drawn within ${seconds(o.cap)}` : kind.id === 'markers' && !markerFrames ? 'skipped: seconds a frame' : 'failed';
        frameRows.push([
          String(offers),
          label,
          frames ? String(frames.pan.length) : '',
          frames ? frameStats(frames.pan) : `— (${why})`,
          frames ? String(frames.zoom.length) : '',
          frames ? frameStats(frames.zoom) : '—',
          frames && kind.ours ? `pan: ${frameVerdict(frames.pan, peer?.pan)}; zoom: ${frameVerdict(frames.zoom, peer?.zoom)}` : '',
        ]);
      }
      if (kind.ours) {
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
  const split = results.filter((r) => r.parts > 1).map((r) => `${count(r.offers)} offers in ${r.parts} files`);
  log(
    `\n5. Map: <offer-map consent="granted"> against Leaflet, ${sizesText}; map ${o.width}×${o.height} px, the same initial view` +
      `\n   (fitBounds of the places, 32 px padding), tiles from a local route; each run a fresh tab (viewport ${VIEWPORT.width}×${VIEWPORT.height}),` +
      `\n   median of the runs; pages scripts/bench/map-{ours,cluster,markers}.html. Two routes of the feed, each compared with` +
      `\n   markercluster by the same route in the same run:` +
      `\n   - "<offer-map src>" / "markercluster, fetched": what a webmaster's page does. The element gets src="…" and fetches,` +
      `\n     parses and reads the feed in place; the Leaflet page fetches the same JSON from the same local server and parses it` +
      `\n     (response.json()); both inside the time.${split.length ? ` Served in parts of at most 5 MiB, the kit's limit of one feed (src lists them): ${split.join(', ')}.` : ''}` +
      `\n   - "<offer-map .feed>" / "markercluster, parsed": the page parsed the whole feed before the time starts and hands the` +
      `\n     object over; <offer-map> copies it as it reads it (the page owns that object), markercluster validates nothing.` +
      `\n   First frame: from insertion (<offer-map>, its chunks already loaded by an earlier map in the tab; Leaflet: from` +
      `\n   fetching, or from making the container) until the places are in the DOM and two animation frames have run.` +
      `\n   <offer-map>'s parts, from insertion: loaded = quartier-load (feed read, model built, list rendered), Leaflet` +
      `\n   map made (chunk imported), places drawn (.places button in the shadow root); map part = first frame − loaded.` +
      `\n   Main-thread CPU: the tab's main thread's CPU time (CDP ThreadTime) over the first frame, which other work on the` +
      `\n   machine does not stretch as it stretches durations; the target column gives markercluster's ÷ ours for both.` +
      `\n   JS heap in use and DOM nodes (CDP, after two forced collections) after the first frame, with the growth over the` +
      `\n   tab before insertion (route .feed: the feed already parsed).`,
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
        'against <offer-map> by the same route',
        'target',
      ],
      firstRows,
    ),
  );
  log(
    `\n   Pan and zoom (route src; the route changes nothing there), once per row after its first frame: ${o.zooms / 2} × zoomIn, ${o.pans} × panBy([${o.dx}, 0]), ${o.zooms / 2} × zoomOut, animated,` +
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
