// Cold start of a page with one <quartier-card>, against the "floor" (a
// minimal one-file Lit card over the same feed, scripts/bench/floor/floor-card.ts),
// in headless Chromium with DevTools-style throttling over CDP: 4× slower CPU,
// 150 ms round trip, 1.6 Mbps down, 750 kbps up (Lighthouse's mobile preset),
// cache off, a fresh browser context per run, kit and floor alternating.
// For each page: "content visible" (navigation start → the first frame after
// the card has drawn its content), LCP, and the requests before the feed
// request left: how many files, and how many round trips deep (a request is
// one level deeper than the deepest script it was started from; the page
// itself is level 0). Printed as ratios to the floor, with issue 20's targets.
// Then Lighthouse's mobile run (simulated throttling) of both pages, when the
// `lighthouse` package is installed.
/* global document, window, requestAnimationFrame, PerformanceObserver */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { floorBundle } from './floor/bundle.js';
import { CHROMIUM_FLAGS, chromiumPath } from '../chromium-path.js';
import { startServer } from './server.js';
import { median, ms, table } from './stats.js';

const FEED = '/data/seesen-lena.json';
const PROJECT = 'lena-seesen';
const RUNS = 5;
/** Targets of issue 20, part 1. */
const TARGET = { content: 1.25, lighthouseLcp: 1200 };
/** Lighthouse's mobile preset, as DevTools applies it. */
const THROTTLE = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, cpu: 4 };

const page = (title, head, body) => `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${title}</title>
    ${head}
  </head>
  <body>
    <main><h1>Ein Quartiersprojekt</h1>${body}</main>
  </body>
</html>`;

const PAGES = {
  kit: {
    path: '/__bench/cold-kit.html',
    html: page('Kit', '<script type="module" src="/dist/quartier-widgets.js"></script>', `<quartier-card src="${FEED}" project="${PROJECT}"></quartier-card>`),
    event: 'quartier-load',
  },
  floor: {
    path: '/__bench/cold-floor.html',
    html: page(
      'Floor',
      '<script type="module" src="/__bench/floor-card.js"></script>',
      `<floor-card src="${FEED}" project="${PROJECT}" variant="full"></floor-card>`,
    ),
    event: 'floor-load',
  },
};

/** In the page, before anything else: when the card's load event came, the first frame after it, and LCP. */
function observe(event) {
  const marks = { content: undefined, lcp: 0, loaded: [] };
  Object.defineProperty(window, '__cold', { value: marks });
  document.addEventListener(
    event,
    () =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          marks.content ??= performance.now();
          // The files that had arrived by then (resource entries are written when a file has arrived).
          marks.loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
        }, 0),
      ),
    { once: true, capture: true },
  );
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) marks.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

/**
 * Notes every request of a page (CDP `Network` must be enabled): its URL, the
 * scripts it was started from (the initiator and every frame of its stack),
 * and for a module's static import (a script initiator without a stack) the
 * module that imports it.
 * @returns {{url: string, from: string[], importedBy?: string}[]} filled as requests leave
 */
export function recordRequests(cdp) {
  const requests = [];
  cdp.on('Network.requestWillBeSent', ({ request, initiator }) => {
    const from = new Set();
    if (initiator.url) from.add(initiator.url);
    for (let stack = initiator.stack; stack; stack = stack.parent) for (const frame of stack.callFrames) if (frame.url) from.add(frame.url);
    const importedBy = initiator.type === 'script' && !initiator.stack && initiator.url ? initiator.url : undefined;
    requests.push({ url: request.url, from: [...from], importedBy });
  });
  return requests;
}

/**
 * How many round trips deep each request is: the page 0, any other request
 * one more than the deepest of the scripts it was started from. A module's
 * code runs only once its static imports have arrived, so a request its code
 * starts is one deeper than the deepest of those too (the entry's code asks
 * after the core chunk it imports has come).
 * @param {{url: string, from: string[], importedBy?: string}[]} requests in the order they left, the page first
 * @returns {Map<string, number>} URL → level
 */
export function requestLevels(requests) {
  const level = new Map();
  /** The level at which a script's code can run: its own, or that of its deepest static import. */
  const runs = new Map();
  const importer = new Map(requests.filter((r) => r.importedBy).map((r) => [r.url, r.importedBy]));
  for (const request of requests) {
    const parents = request.from.map((url) => runs.get(url)).filter((n) => n !== undefined);
    const own = level.size === 0 ? 0 : 1 + Math.max(0, ...parents);
    level.set(request.url, own);
    runs.set(request.url, Math.max(own, runs.get(request.url) ?? 0));
    for (let at = importer.get(request.url); at !== undefined && (runs.get(at) ?? 0) < own; at = importer.get(at)) runs.set(at, own);
  }
  return level;
}

/**
 * One cold load of `which`: its figures and the request log.
 * @returns {Promise<{content: number, lcp: number, before: number, depth: number, contentDepth: number, files: string[]}>}
 */
async function coldLoad(browser, origin, which) {
  const { path: pathname, event } = PAGES[which];
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  try {
    const cdp = await tab.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: THROTTLE.latency,
      downloadThroughput: THROTTLE.downloadThroughput,
      uploadThroughput: THROTTLE.uploadThroughput,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE.cpu });
    const requests = recordRequests(cdp);
    await tab.evaluateOnNewDocument(observe, event);
    await tab.goto(`${origin}${pathname}`, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.__cold.content !== undefined, { timeout: 60_000, polling: 50 });
    // LCP settles with the content's frame; one more frame to be sure it is reported.
    await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
    const marks = await tab.evaluate(() => ({ ...window.__cold }));
    const level = requestLevels(requests);
    const feedAt = requests.findIndex((r) => new URL(r.url).pathname === FEED);
    const feed = requests[feedAt];
    if (!feed) throw new Error(`${which}: no feed request`);
    const before = requests.slice(1, feedAt);
    const contentLevel = Math.max(...marks.loaded.map((url) => level.get(url) ?? 0));
    return {
      content: marks.content,
      lcp: marks.lcp,
      before: before.length,
      depth: level.get(feed.url) - 1,
      contentDepth: contentLevel,
      files: requests.slice(1).map((r) => `${level.get(r.url)} ${new URL(r.url).pathname.replace(/^\/dist\//, '')}`),
    };
  } finally {
    await context.close();
  }
}

/** Lighthouse's mobile run of each page (simulated throttling), or why it cannot run. */
async function lighthouseRuns(browser, origin, log) {
  let lighthouse;
  let version;
  try {
    lighthouse = (await import('lighthouse')).default;
    version = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve('lighthouse/package.json')), 'utf8')).version;
  } catch {
    log('\nLighthouse: not installed (`npm install` brings the devDependency); skipped.');
    return;
  }
  const port = Number(new URL(browser.wsEndpoint()).port);
  const rows = [];
  const lcp = {};
  for (const which of ['kit', 'floor']) {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const result = await lighthouse(`${origin}${PAGES[which].path}`, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      runs.push({ lcp: result.lhr.audits['largest-contentful-paint'].numericValue, score: result.lhr.categories.performance.score * 100 });
    }
    lcp[which] = median(runs.map((r) => r.lcp));
    rows.push([which, ms(lcp[which]), String(Math.round(median(runs.map((r) => r.score))))]);
  }
  log(
    `\nLighthouse ${version} mobile (simulated throttling: 4× CPU, 150 ms RTT, 1.6 Mbps), median of 3 runs each.` +
      ` LCP ratio kit / floor ${(lcp.kit / lcp.floor).toFixed(2)}×; target LCP ≤ ${TARGET.lighthouseLcp} ms: ${lcp.kit <= TARGET.lighthouseLcp ? 'met' : 'MISSED'}.`,
  );
  log(table(['page', 'LCP', 'performance score'], rows));
}

/**
 * Runs the section in a browser of its own, the pages served gzipped (as web servers send them).
 * @param {{root: string, log?: (line: string) => void}} options
 * @returns {Promise<boolean>} false when it could not run (no browser, no build)
 */
export async function runColdStartBench({ root, log = console.log }) {
  if (!existsSync(chromiumPath()) || !existsSync(path.join(root, 'dist/quartier-widgets.js'))) {
    log('\nCold start skipped: it needs Chromium and dist/ (`npm run build`).');
    return false;
  }
  const puppeteer = (await import('puppeteer-core')).default;
  const server = await startServer(root, { gzip: true });
  const browser = await puppeteer.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
  try {
    await coldStartSection(browser, server, root, log);
  } finally {
    await browser.close();
    await server.close();
  }
  return true;
}

async function coldStartSection(browser, server, root, log) {
  server.virtual.set('/__bench/floor-card.js', await floorBundle(root, 'floor-card.ts'));
  for (const { path: pathname, html } of Object.values(PAGES)) server.virtual.set(pathname, html);
  const results = { kit: [], floor: [] };
  for (let i = 0; i < RUNS; i++)
    for (const which of i % 2 ? ['floor', 'kit'] : ['kit', 'floor']) results[which].push(await coldLoad(browser, server.origin, which));
  const m = (which, key) => median(results[which].map((r) => r[key]));
  const ratio = (key) => `${(m('kit', key) / m('floor', key)).toFixed(2)}×`;
  const contentRatio = m('kit', 'content') / m('floor', 'content');
  log(
    `\nCold start, one card (${FEED}, project ${PROJECT}): DevTools-style throttling over CDP (${THROTTLE.cpu}× CPU, ${THROTTLE.latency} ms RTT,` +
      ` 1.6 Mbps down), gzipped, cache off, a fresh context per run; median of ${RUNS} runs each, alternating. Content: navigation → first frame after the card drew it.`,
  );
  log(
    table(
      ['page', 'content visible', 'LCP', 'files before the feed request', 'round trips before the feed', 'round trips before content'],
      ['kit', 'floor'].map((which) => [
        which,
        ms(m(which, 'content')),
        ms(m(which, 'lcp')),
        String(m(which, 'before')),
        String(m(which, 'depth')),
        String(m(which, 'contentDepth')),
      ]),
    ),
  );
  log(
    `kit / floor: content ${ratio('content')} (target ≤ ${TARGET.content}×: ${contentRatio <= TARGET.content ? 'met' : 'MISSED'}), LCP ${ratio('lcp')};` +
      ` kit: ${m('kit', 'depth')} round trips before the feed (target ≤ 2), ${m('kit', 'contentDepth')} before content (target ≤ 3).`,
  );
  log(`Requests of the kit's last run (level, file): ${results.kit.at(-1).files.join(', ')}`);
  await lighthouseRuns(browser, server.origin, log);
}
