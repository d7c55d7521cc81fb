// The leak section of `npm run bench` (issue 7, item 6): in the bench page
// (the built dist/quartier-widgets.js), each element is inserted and removed
// 1,000 times with the Seesen feed already loaded (in the page-wide feed cache).
// <offer-map> has consent, so that each cycle also makes its Leaflet map (tiles
// from the bench server's local route), waits until the marker and a tile are
// drawn, and destroys it with the element.
// Before and after, with garbage collected (CDP HeapProfiler.collectGarbage),
// it reads the JS heap in use (CDP Runtime.getHeapUsage) and the DOM counters
// (CDP Memory.getDOMCounters: documents, nodes, JS event listeners).
// Prints a table; asserts nothing.
/* global document, customElements, requestAnimationFrame */
import { TILE_TEMPLATE } from './server.js';
import { table } from './stats.js';

const CYCLES = 1_000;

const ELEMENTS = [
  { label: '<quartier-card> full', tag: 'quartier-card', attrs: { src: '/data/seesen-lena.json', project: 'lena-seesen' } },
  { label: '<quartier-card> compact', tag: 'quartier-card', attrs: { src: '/data/seesen-lena.json', project: 'lena-seesen', variant: 'compact' } },
  { label: '<partner-list> list', tag: 'partner-list', attrs: { src: '/data/seesen-lena.json', project: 'lena-seesen' } },
  { label: '<partner-list> logos, all orgs', tag: 'partner-list', attrs: { src: '/data/seesen-lena.json', layout: 'logos' } },
  {
    label: '<offer-map> consent, map drawn',
    tag: 'offer-map',
    attrs: { src: '/data/seesen-lena.json', project: 'lena-seesen', consent: 'granted', tiles: TILE_TEMPLATE },
    map: true,
    // Leaflet's timers (tile pruning 250 ms after the tiles load) hold the last removed maps for a moment.
    quietMs: 600,
  },
];

const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
const signed = (n, unit = '') => `${n >= 0 ? '+' : ''}${n}${unit}`;
/** A signed byte count with thousands separators, e.g. `+12,345 B`. */
const bytes = (n) => `${n >= 0 ? '+' : '−'}${Math.abs(n).toLocaleString('en')} B`;

/**
 * Runs in the page: makes, inserts, awaits and removes `cycles` elements (0 cycles: one warm-up only).
 * With `map`, each cycle also waits until the element's map shows a marker and a loaded tile.
 * `quietMs`: the pause after the last cycle, for timers still pending to run before measuring.
 */
async function cyclesInPage({ tag, attrs, cycles, map = false, quietMs = 50 }) {
  await customElements.whenDefined(tag);
  const make = () => {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    return el;
  };
  const once = async () => {
    const el = make();
    // `quartier-load` (also for "empty") or `quartier-error`: the element shows its final state.
    const settled = new Promise((resolve) => {
      const timer = setTimeout(resolve, 5_000);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      el.addEventListener('quartier-load', done, { once: true });
      el.addEventListener('quartier-error', done, { once: true });
    });
    document.body.append(el);
    await settled;
    await el.updateComplete;
    let state = el.state;
    if (map) {
      // The map chunk is imported once; each cycle makes a Leaflet map, draws the marker and loads tiles.
      const drawn = () => el.shadowRoot.querySelector('.places > button') && el.shadowRoot.querySelector('.leaflet-tile-pane img.leaflet-tile-loaded');
      const end = performance.now() + 5_000;
      while (!drawn() && performance.now() < end) await new Promise((resolve) => requestAnimationFrame(resolve));
      state += drawn() ? ', map drawn' : ', NO MAP';
    }
    el.remove();
    return state;
  };
  const t0 = performance.now();
  const states = {};
  for (let i = 0; i < cycles; i++) {
    const state = await once();
    states[state] = (states[state] ?? 0) + 1;
  }
  const ms = performance.now() - t0;
  // Let pending microtasks, timers and frames finish before measuring.
  await new Promise((resolve) => setTimeout(resolve, quietMs));
  await new Promise((resolve) => requestAnimationFrame(() => resolve()));
  return { ms, states };
}

/** Heap in use and DOM counters after two forced collections. */
async function measure(cdp) {
  for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return { heap: heap.usedSize, documents: dom.documents, nodes: dom.nodes, listeners: dom.jsEventListeners };
}

/**
 * Runs the leak section.
 * @param {() => Promise<import('puppeteer-core').Page>} openPage a fresh tab on the bench page
 */
export async function runLeakBench(openPage) {
  const rows = [];
  for (const element of ELEMENTS) {
    const page = await openPage(); // one tab per element: its figures are its own
    const cdp = await page.createCDPSession();
    await cdp.send('HeapProfiler.enable');
    // Warm-up: fetches the feed into the cache, loads the chunks and the locale, fills Lit's template caches.
    const warm = await page.evaluate(cyclesInPage, { ...element, cycles: 20 });
    const before = await measure(cdp);
    // In two halves: a leak grows in both; caches filling up (V8's, Lit's) grow in the first only.
    const first = await page.evaluate(cyclesInPage, { ...element, cycles: CYCLES / 2 });
    const half = await measure(cdp);
    const second = await page.evaluate(cyclesInPage, { ...element, cycles: CYCLES / 2 });
    const after = await measure(cdp);
    const run = { ms: first.ms + second.ms, states: { ...first.states } };
    for (const [state, n] of Object.entries(second.states)) run.states[state] = (run.states[state] ?? 0) + n;
    await cdp.detach();
    await page.close();
    const states = Object.entries({ ...run.states })
      .map(([state, n]) => (n === CYCLES ? state : `${state} ${n}`))
      .join(', ');
    rows.push([
      element.label,
      states || `(warm-up: ${JSON.stringify(warm.states)})`,
      `${(run.ms / CYCLES).toFixed(2)} ms`,
      kib(before.heap),
      kib(after.heap),
      bytes(half.heap - before.heap),
      bytes(after.heap - half.heap),
      `${signed(Math.round((after.heap - before.heap) / CYCLES))} B`,
      `${before.documents} → ${after.documents}`,
      `${before.nodes} → ${after.nodes}`,
      `${before.listeners} → ${after.listeners}`,
    ]);
  }
  console.log(
    `\n4. Leaks: each element inserted and removed ${CYCLES.toLocaleString('en')} times with the Seesen feed already loaded, each time` +
      `\n   until quartier-load; <offer-map>, with consent, until its new Leaflet map shows the marker and a tile from the local` +
      `\n   route, the map destroyed with the element (after 20 warm-up cycles; JS heap in use and DOM counters via CDP after two forced collections,` +
      `\n   before, after ${CYCLES / 2} and after ${CYCLES.toLocaleString('en')} cycles)`,
  );
  console.log(
    table(
      [
        'element',
        'state',
        'time/cycle',
        'JS heap before',
        'after',
        `Δ first ${CYCLES / 2}`,
        `Δ second ${CYCLES / 2}`,
        'Δ/cycle',
        'documents',
        'DOM nodes',
        'JS listeners',
      ],
      rows,
    ),
  );
  console.log(
    '   A leak shows as heap growth in both halves alike (hundreds of bytes or more per cycle) and as DOM nodes or' +
      '\n   listeners that do not return to their count before; growth in the first half only is caches filling up.',
  );
}
