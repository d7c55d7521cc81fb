// The portal section of `npm run bench`: many elements over one feed on one
// page, against the "floor" (scripts/bench/floor/: a minimal one-file Lit
// card and list over the same feed, with a fetch cache and nothing else),
// each in the same run, printed as a ratio with the target (issue 20, part 4).
//  a. 100 compact and 100 full <quartier-card>s of the 100 projects of one
//     feed (portal-feed.js), inserted at once into a fresh tab, feed not
//     cached: time until every card has rendered (+ style and layout), JS
//     heap and DOM nodes added (Chromium's counters after a collection);
//  b. <partner-list> of all 400 organisations of a 4.8 MiB feed that the page
//     has already loaded (another element asked for it): insertion to render.
// Prints tables; asserts nothing.
/* global document, customElements, requestAnimationFrame */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { floorBundle } from './floor/bundle.js';
import { partnersBigFeed, portalFeed } from './portal-feed.js';
import { median, ms, table } from './stats.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const PORTAL_URL = '/__bench/portal-100.json';
const PARTNERS_URL = '/__bench/partners-400-big.json';
export const FLOOR_PAGE = '/__bench/floor.html';
export const KIT_PAGE = '/scripts/bench/page.html';
const CARDS = 100;
const CARD_RUNS = 5;
const LIST_RUNS = 10;
/** Targets of issue 20, part 4, as ratios to the floor. */
const TARGET = { compactTime: 2, fullTime: 2, fullNodes: 1.5, list: 3 };

export const FLOOR_HTML = `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>Floor</title>
    <script type="module" src="/__bench/floor.js"></script>
  </head>
  <body></body>
</html>`;

/** In the page: nodes of a tree with its shadow roots (elements, texts, comments). */
export function countNodesSource() {
  return function countNodes(node) {
    let n = 1;
    if (node.shadowRoot) n += countNodes(node.shadowRoot);
    for (let c = node.firstChild; c; c = c.nextSibling) n += countNodes(c);
    return n;
  };
}

/** In the page: appends `count` elements at once and waits until each has rendered. */
export async function manyInPage({ tag, src, attrs, projects, count, events, countNodes, warm }) {
  const nodesOf = new Function(`return ${countNodes}`)()();
  await customElements.whenDefined(tag);
  if (warm) {
    // One element first: the feed (and the kit's chunks) are loaded before the timing starts.
    const first = document.createElement(tag);
    first.setAttribute('src', src);
    if (projects.length) first.setAttribute('project', projects[0]);
    for (const [name, value] of Object.entries(attrs)) first.setAttribute(name, value);
    const done = new Promise((resolve) => first.addEventListener(events[0], resolve, { once: true }));
    document.body.append(first);
    await done;
    first.remove();
    globalThis.gc?.();
  }
  const box = document.createElement('div');
  document.body.append(box);
  const els = Array.from({ length: count }, (_, i) => {
    const el = document.createElement(tag);
    el.setAttribute('src', src);
    if (projects.length) el.setAttribute('project', projects[i % projects.length]);
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    return el;
  });
  const loaded = Promise.all(
    els.map(
      (el) =>
        new Promise((resolve, reject) => {
          el.addEventListener(events[0], resolve, { once: true });
          el.addEventListener(events[1], () => reject(new Error(`<${tag}> failed`)), { once: true });
        }),
    ),
  );
  const t0 = performance.now();
  box.append(...els);
  await loaded;
  await Promise.all(els.map((el) => el.updateComplete));
  const render = performance.now() - t0;
  void box.offsetHeight;
  const layout = performance.now() - t0;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const frame = performance.now() - t0;
  return { render, layout, frame, nodes: nodesOf(box) };
}

/** In the page: one element loads the feed (warm-up), then `runs` new ones are timed one by one. */
async function listInPage({ tag, src, attrs, runs, events, countNodes }) {
  const nodesOf = new Function(`return ${countNodes}`)()();
  await customElements.whenDefined(tag);
  const samples = [];
  for (let i = 0; i <= runs; i++) {
    globalThis.gc?.();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const el = document.createElement(tag);
    el.setAttribute('src', src);
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    const loaded = new Promise((resolve, reject) => {
      el.addEventListener(events[0], resolve, { once: true });
      el.addEventListener(events[1], () => reject(new Error(`<${tag}> failed`)), { once: true });
    });
    const t0 = performance.now();
    document.body.append(el);
    await loaded;
    await el.updateComplete;
    const render = performance.now() - t0;
    void el.offsetHeight;
    const layout = performance.now() - t0;
    const nodes = nodesOf(el.shadowRoot);
    el.remove();
    if (i > 0) samples.push({ render, layout, nodes });
  }
  return samples;
}

export const KIT_EVENTS = ['quartier-load', 'quartier-error'];
export const FLOOR_EVENTS = ['floor-load', 'floor-error'];
const ratio = (a, b) => `${(a / b).toFixed(1)}×`;
const verdict = (value, target) => (value <= target ? `≤ ${target}×: met` : `≤ ${target}×: MISSED`);
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/**
 * Runs the section.
 * @param {{browser: import('puppeteer-core').Browser, server: {origin: string, virtual: Map<string, string>}, messages: string[], log?: (line: string) => void}} options
 */
export async function runPortalBench({ browser, server, messages, log = console.log }) {
  const portal = portalFeed({ projects: CARDS });
  server.virtual.set(PORTAL_URL, JSON.stringify(portal));
  const partnersText = JSON.stringify(partnersBigFeed());
  server.virtual.set(PARTNERS_URL, partnersText);
  server.virtual.set('/__bench/floor.js', await floorBundle(root, 'floor-list.ts'));
  server.virtual.set(FLOOR_PAGE, FLOOR_HTML);
  const projects = portal.projects.map((p) => p.id);

  const open = async (url) => {
    const page = await browser.newPage();
    page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warn') messages.push(`${m.type()}: ${m.text()}`);
    });
    await page.goto(`${server.origin}${url}`, { waitUntil: 'load' });
    return page;
  };
  /** Heap and nodes after a collection (Chromium's counters for the tab). */
  const counters = async (page) => {
    await page.evaluate(() => globalThis.gc?.());
    const m = await page.metrics();
    return { heap: m.JSHeapUsedSize, nodes: m.Nodes };
  };

  // a. 100 cards, feed not cached: a fresh tab per run
  const cardRows = [];
  for (const [variant, warm] of [
    ['compact', false],
    ['full', false],
    ['compact', true],
    ['full', true],
  ]) {
    const results = { kit: [], floor: [] };
    for (let run = 0; run < CARD_RUNS; run++) {
      for (const [who, tag, url, events] of [
        ['kit', 'quartier-card', KIT_PAGE, KIT_EVENTS],
        ['floor', 'floor-card', FLOOR_PAGE, FLOOR_EVENTS],
      ]) {
        const page = await open(url);
        try {
          const before = await counters(page);
          const r = await page.evaluate(manyInPage, {
            tag,
            src: PORTAL_URL,
            attrs: { variant },
            projects,
            count: CARDS,
            events,
            countNodes: countNodesSource.toString(),
            warm,
          });
          const after = await counters(page);
          results[who].push({ ...r, heap: after.heap - before.heap, domNodes: after.nodes - before.nodes });
        } finally {
          await page.close();
        }
      }
    }
    const m = (who, key) => median(results[who].map((r) => r[key]));
    const timeRatio = m('kit', 'layout') / m('floor', 'layout');
    const nodeRatio = m('kit', 'nodes') / m('floor', 'nodes');
    cardRows.push([
      `${CARDS} ${variant}, ${warm ? 'feed loaded' : 'cold'}`,
      ms(m('kit', 'layout')),
      ms(m('floor', 'layout')),
      ratio(m('kit', 'layout'), m('floor', 'layout')),
      variant === 'compact' ? verdict(timeRatio, TARGET.compactTime) : verdict(timeRatio, TARGET.fullTime),
      `${mib(m('kit', 'heap'))} / ${mib(m('floor', 'heap'))}`,
      `${Math.round(m('kit', 'nodes')).toLocaleString('en')} / ${Math.round(m('floor', 'nodes')).toLocaleString('en')}`,
      ratio(m('kit', 'nodes'), m('floor', 'nodes')),
      variant === 'full' ? verdict(nodeRatio, TARGET.fullNodes) : '',
    ]);
  }
  log(
    `\n9. A portal page: ${CARDS} <quartier-card>s of the ${CARDS} projects of one feed (${(JSON.stringify(portal).length / 1024).toFixed(0)} KiB,` +
      ` ${portal.offers.length.toLocaleString('en')} offers), inserted at once into a fresh tab, against` +
      `\n   the floor (scripts/bench/floor/floor-card.ts); median of ${CARD_RUNS} tabs each, alternating. Time: append → every card rendered` +
      `\n   + style & layout. Heap: JS heap added (after gc). Nodes: DOM nodes in the cards and their shadow roots.` +
      `\n   Cold: the feed (and the kit's chunks) not loaded yet; feed loaded: one card of the page has loaded it before.`,
  );
  log(table(['cards', 'kit', 'floor', 'time ratio', 'target (time)', 'heap kit / floor', 'nodes kit / floor', 'node ratio', 'target (nodes)'], cardRows));

  // b. The partner list of 400 organisations, feed already loaded
  const list = {};
  for (const [who, tag, url, events] of [
    ['kit', 'partner-list', KIT_PAGE, KIT_EVENTS],
    ['floor', 'floor-list', FLOOR_PAGE, FLOOR_EVENTS],
  ]) {
    const page = await open(url);
    try {
      list[who] = await page.evaluate(listInPage, { tag, src: PARTNERS_URL, attrs: {}, runs: LIST_RUNS, events, countNodes: countNodesSource.toString() });
    } finally {
      await page.close();
    }
  }
  const lm = (who, key) => median(list[who].map((r) => r[key]));
  log(
    `\n10. <partner-list> of every organisation (401) of a ${mib(Buffer.byteLength(partnersText))} feed the page has loaded already (one list before` +
      `\n    fetched it), against the floor (scripts/bench/floor/floor-list.ts): append → rendered + style & layout; median of ${LIST_RUNS}.`,
  );
  log(
    table(
      ['element', 'kit', 'floor', 'ratio', `target`, 'shadow nodes kit / floor'],
      [
        [
          '<partner-list>',
          ms(lm('kit', 'layout')),
          ms(lm('floor', 'layout')),
          ratio(lm('kit', 'layout'), lm('floor', 'layout')),
          verdict(lm('kit', 'layout') / lm('floor', 'layout'), TARGET.list),
          `${lm('kit', 'nodes').toLocaleString('en')} / ${lm('floor', 'nodes').toLocaleString('en')}`,
        ],
      ],
    ),
  );
}
