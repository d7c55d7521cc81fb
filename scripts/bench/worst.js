// The worst-shape section of `npm run bench`: feeds the loader accepts (under
// 5 MiB) that are built to cost the most — 1,000,000 and 100,000 one-letter
// goals in one project, 20,000 organisations + 20,000 places + 20,000 offers,
// 100,000 invalid organisations under `debug` (worst-feeds.js) — each given
// by `src` to one element in a fresh tab of the bench page (the built
// dist/quartier-widgets.js). For each: the longest main-thread task from the
// insertion until the element has settled, by CPU time and by wall time (a
// trace of the tab, task-trace.js), the sum and number of tasks of 50 ms and
// more (PerformanceObserver `longtask`, wall time), the time to the element's
// final state, and the nodes in its shadow root; the median of `runs` fresh
// tabs (3), and the worst of them. The target: no task over 200 ms, judged
// on the CPU time (the wall time grows with the load of other processes on
// a shared machine). Prints a table; asserts nothing.
/* global document, customElements, requestAnimationFrame, PerformanceObserver */
import { goalsFeed, invalidOrganizationsFeed, recordsFeed, samePointFeed } from './worst-feeds.js';
import { TILE_TEMPLATE } from './server.js';
import { loadavg } from 'node:os';
import { median, table } from './stats.js';
import { longestTasks, startTaskTrace, stopTaskTrace } from './task-trace.js';

const TARGET = 200; // ms: the longest main-thread task allowed (CPU time)

/** The feeds, by the URL the bench server serves them under. */
export const WORST_FEEDS = {
  '/__bench/worst/goals-1m.json': () => goalsFeed(1_000_000),
  '/__bench/worst/goals-100k.json': () => goalsFeed(100_000),
  '/__bench/worst/records-20k.json': () => recordsFeed(20_000),
  '/__bench/worst/invalid-100k.json': () => invalidOrganizationsFeed(100_000),
  '/__bench/worst/same-point-5k.json': () => samePointFeed(5_000),
};

/** The runs: a label, the feed, the element and its attributes. */
export const WORST_CASES = [
  { label: '1,000,000 goals', feed: '/__bench/worst/goals-1m.json', tag: 'quartier-card', attrs: {} },
  { label: '100,000 goals', feed: '/__bench/worst/goals-100k.json', tag: 'quartier-card', attrs: {} },
  { label: '20k orgs + places + offers', feed: '/__bench/worst/records-20k.json', tag: 'quartier-card', attrs: {} },
  { label: '20k orgs + places + offers', feed: '/__bench/worst/records-20k.json', tag: 'quartier-card', attrs: { variant: 'compact' } },
  { label: '20k orgs + places + offers', feed: '/__bench/worst/records-20k.json', tag: 'partner-list', attrs: { project: 'testprojekt' } },
  { label: '20k orgs + places + offers', feed: '/__bench/worst/records-20k.json', tag: 'partner-list', attrs: {} },
  { label: '20k orgs + places + offers', feed: '/__bench/worst/records-20k.json', tag: 'offer-map', attrs: { consent: 'granted', tiles: TILE_TEMPLATE } },
  { label: '5,000 places at one point', feed: '/__bench/worst/same-point-5k.json', tag: 'offer-map', attrs: { consent: 'granted', tiles: TILE_TEMPLATE } },
  { label: '100,000 invalid organisations', feed: '/__bench/worst/invalid-100k.json', tag: 'quartier-card', attrs: { debug: '' } },
  { label: '100,000 invalid organisations', feed: '/__bench/worst/invalid-100k.json', tag: 'partner-list', attrs: { debug: '' } },
];

/**
 * Runs in the page: inserts the element, waits until it has settled (its
 * final state; for a map with consent also a drawn marker or a note; then
 * two frames and a quiet moment), and returns the long tasks seen meanwhile.
 */
async function caseInPage({ tag, attrs, src, timeoutMs }) {
  await customElements.whenDefined(tag);
  const tasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const el = document.createElement(tag);
  el.setAttribute('src', src);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const t0 = performance.now();
  const settled = new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
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
  const loaded = performance.now() - t0;
  if (tag === 'offer-map' && attrs.consent === 'granted') {
    el.scrollIntoView({ block: 'center' });
    const drawn = () => el.shadowRoot.querySelector('.places > button, .map .note:not(:has(.spinner))');
    const end = performance.now() + 10_000;
    while (!drawn() && performance.now() < end) await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve, 300));
  const settledAt = performance.now() - t0;
  for (const entry of observer.takeRecords()) tasks.push(entry.duration);
  observer.disconnect();
  const nodes = el.shadowRoot ? el.shadowRoot.querySelectorAll('*').length : 0;
  const state = el.state;
  el.remove();
  return { state, loaded, settledAt, tasks, nodes };
}

const ms = (value) => `${Math.round(value).toLocaleString('en')} ms`;
const describeAttrs = (attrs) =>
  Object.entries(attrs)
    .filter(([name]) => name !== 'tiles')
    .map(([name, value]) => (value === '' ? name : `${name}=${value}`))
    .join(' ');

/**
 * Runs the section.
 * @param {{openPage: () => Promise<import('puppeteer-core').Page>, server: {virtual: Map<string, string>}, cases?: typeof WORST_CASES, log?: (line: string) => void, timeoutMs?: number, runs?: number}} options
 * @returns {Promise<Array<{label: string, element: string, state: string, longest: number, worst: number, results: object[]}>>}
 */
export async function runWorstBench({ openPage, server, cases = WORST_CASES, log = console.log, timeoutMs = 300_000, runs = 3 }) {
  const sizes = {};
  for (const url of new Set(cases.map((c) => c.feed))) {
    const text = WORST_FEEDS[url]();
    server.virtual.set(url, text);
    sizes[url] = text.length;
  }
  const rows = [];
  const results = [];
  const loads = [loadavg()[0]];
  for (const c of cases) {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const page = await openPage();
      try {
        await startTaskTrace(page);
        const sample = await page.evaluate(caseInPage, { tag: c.tag, attrs: c.attrs, src: c.feed, timeoutMs });
        samples.push({ ...sample, longest: longestTasks(await stopTaskTrace(page)) });
      } finally {
        await page.close();
      }
    }
    loads.push(loadavg()[0]);
    const cpu = samples.map((r) => r.longest.cpu);
    const wall = samples.map((r) => r.longest.wall);
    const mid = samples.toSorted((a, b) => a.longest.cpu - b.longest.cpu)[samples.length >> 1];
    const element = `<${c.tag}>${Object.keys(c.attrs).length ? ` ${describeAttrs(c.attrs)}` : ''}`;
    results.push({ label: c.label, element, state: mid.state, longest: median(cpu), worst: Math.max(...cpu), wall: median(wall), results: samples });
    rows.push([
      `${c.label} (${(sizes[c.feed] / 1024 / 1024).toFixed(1)} MiB)`,
      element,
      [...new Set(samples.map((r) => r.state))].join(', '),
      `${ms(median(cpu))} / ${ms(Math.max(...cpu))}`,
      `${ms(median(wall))} / ${ms(Math.max(...wall))}`,
      ms(mid.tasks.reduce((a, b) => a + b, 0)),
      String(mid.tasks.length),
      ms(mid.loaded),
      mid.nodes.toLocaleString('en'),
      median(cpu) <= TARGET ? 'met' : 'MISSED',
    ]);
  }
  log(
    `\n6. Worst feed shapes (by src, through the loader): the longest main-thread task from insertion until the element` +
      `\n   has settled, by CPU time and by wall time (a trace of the tab); median / worst of ${runs} fresh tabs per row, the other` +
      `\n   columns from the median run (long tasks: PerformanceObserver longtask, 50 ms and more of wall time). The target is judged` +
      `\n   on the CPU time: the wall time grows with the load of other processes (load average ${loads.map((l) => l.toFixed(1)).join(' → ')}).`,
  );
  log(
    table(
      [
        'feed',
        'element',
        'state',
        'longest task: CPU',
        'longest task: wall',
        'sum of long tasks',
        'long tasks',
        'to final state',
        'shadow nodes',
        `target: no task over ${TARGET} ms CPU (median)`,
      ],
      rows,
    ),
  );
  return results;
}
