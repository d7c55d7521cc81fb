// Helpers for test/node/host-page.test.js: real host pages (fixtures in
// test/fixtures/host/) that load the built script-tag bundle
// dist/quartier-widgets.js in Debian's headless Chromium, driven by
// puppeteer-core, served by the benchmarks' static server (scripts/bench/
// server.js, the repository root on 127.0.0.1, a free port). The package and
// release tests serve other folders with them (a consumer app's build, an
// unpacked release).
/* global document, window, getComputedStyle, customElements, location, localStorage, sessionStorage, indexedDB, caches */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../../../scripts/chromium-path.js';
import { TILE_TEMPLATE, startServer } from '../../../scripts/bench/server.js';
import { poll } from './poll.js';

/**
 * The host server's local tile route (every `/__bench/tiles/{z}/{x}/{y}.png`
 * answers the same small PNG, counted): what the fixtures' `<offer-map tiles>`
 * and the hostile page's own Leaflet map use. No tile server is ever contacted.
 */
export { TILE_TEMPLATE };
export const TILE_ROUTE = TILE_TEMPLATE.slice(0, TILE_TEMPLATE.indexOf('{'));

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES = '/test/fixtures/host';
export const BUNDLE = 'dist/quartier-widgets.js';

/**
 * Why the browser tests cannot run (an empty list when they can). `bundle`:
 * the pages load the kit's built dist/ (not so for pages that bring their own build).
 */
export function missingPrerequisites({ bundle = true } = {}) {
  const missing = [];
  if (bundle && (!existsSync(path.join(ROOT, BUNDLE)) || !existsSync(path.join(ROOT, 'dist/chunks')))) {
    missing.push(`${BUNDLE} and dist/chunks/ are missing: run \`npm run build\` first`);
  }
  const chromium = chromiumPath();
  if (!existsSync(chromium)) {
    missing.push(`Chromium (${chromium}) is missing: run \`node scripts/ensure-chromium.js\` or set CHROME_PATH`);
  }
  return missing;
}

/**
 * Debian's headless Chromium with the project's flags (and `extraArgs`),
 * 1024×768, not slowed down in the background.
 * @param {string[]} [extraArgs]
 * @param {import('puppeteer-core').LaunchOptions} [options] more of puppeteer's launch options
 * @returns {Promise<import('puppeteer-core').Browser>}
 */
export function launchChromium(extraArgs = [], options = {}) {
  return puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_FLAGS, '--disable-renderer-backgrounding', '--disable-background-timer-throttling', ...extraArgs],
    defaultViewport: { width: 1024, height: 768 },
    ...options,
  });
}

/**
 * Starts the static server and one headless Chromium for a whole test file.
 * `root` is the directory served (default: the repository, whose pages load
 * the built dist/), `headers` those of every answer (default: the server's,
 * cross-origin isolated). `tileRequests()` is how many requests the tile
 * route has answered so far; `virtual` (path → text) serves files that exist
 * only for a test.
 * @param {{root?: string, headers?: Record<string, string>}} [options]
 * @returns {Promise<{origin: string, browser: import('puppeteer-core').Browser, virtual: Map<string, string>, tileRequests(): number, close(): Promise<void>}>}
 */
export async function startHost({ root = ROOT, headers } = {}) {
  const missing = missingPrerequisites({ bundle: root === ROOT });
  if (missing.length) throw new Error(`Cannot run the host-page tests:\n  - ${missing.join('\n  - ')}`);
  const server = await startServer(root, headers ? { headers } : {});
  let browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    origin: server.origin,
    browser,
    virtual: server.virtual,
    tileRequests: () => server.tileRequests,
    close: async () => {
      await browser.close().catch(() => {});
      await server.close();
    },
  };
}

/**
 * Runs in the page before any of its scripts (and outside its CSP): notes the
 * window's own properties (to tell globals added later), counts
 * `securitypolicyviolation` events and scripts that failed to load, and
 * keeps what each element's `quartier-load` event carried, checked for fields
 * inherited from a polluted `Object.prototype`. Written to run on a hostile
 * page: no for…in, only own keys.
 */
function recorder() {
  const record = {
    violations: [],
    loads: {},
    scriptErrors: [],
    initialGlobals: Object.getOwnPropertyNames(window),
    initialSymbols: Object.getOwnPropertyNames(Symbol),
  };
  Object.defineProperty(window, '__hostPageRecord', { value: record });
  document.addEventListener(
    'securitypolicyviolation',
    (e) => {
      record.violations.push({
        directive: e.violatedDirective,
        blocked: e.blockedURI,
        sample: e.sample,
        source: `${e.sourceFile}:${e.lineNumber}`,
      });
    },
    true,
  );
  // A script that failed to load (network, CORS, a wrong integrity hash): its URL.
  document.addEventListener(
    'error',
    (e) => {
      if (e.target && e.target.localName === 'script') record.scriptErrors.push(e.target.src);
    },
    true,
  );
  document.addEventListener(
    'quartier-load',
    (e) => {
      const suspicious = [];
      const seen = new Set();
      const walk = (value, at) => {
        if (value === null || typeof value !== 'object' || seen.has(value)) return;
        seen.add(value);
        for (const key of Object.keys(value)) {
          if (key === 'polluted' || key === 'evil') suspicious.push(`${at}.${key}`);
          walk(value[key], `${at}.${key}`);
        }
      };
      walk(e.detail.feed, 'feed');
      const warnings = [];
      for (let i = 0; i < e.detail.warnings.length; i++) warnings.push(JSON.stringify(e.detail.warnings[i]));
      record.loads[e.target.id || e.target.localName] = { suspicious, warnings };
    },
    true,
  );
}

/**
 * @typedef {object} PageLog
 * @property {string[]} pageErrors uncaught exceptions in the page
 * @property {{type: string, text: string, url: string}[]} console every console message
 * @property {string[]} requests every URL the page requested, in order
 */

/**
 * Opens `pathname` in a fresh browser context (its own cookies and storage)
 * with the recorder installed (and `init`, a function run in the page before
 * its scripts, on every load), and waits for the `load` event. `prepare` is
 * called with the page before it loads (to intercept requests, say).
 * @param {{init?: () => void, prepare?: (page: import('puppeteer-core').Page) => Promise<void>}} [options]
 * @returns {Promise<{page: import('puppeteer-core').Page, log: PageLog, close(): Promise<void>}>}
 */
export async function openPage(host, pathname, { init, prepare } = {}) {
  const context = await host.browser.createBrowserContext();
  const page = await context.newPage();
  /** @type {PageLog} */
  const log = { pageErrors: [], console: [], requests: [] };
  page.on('pageerror', (e) => log.pageErrors.push(e instanceof Error ? e.message : String(e)));
  page.on('console', (m) => log.console.push({ type: m.type(), text: m.text(), url: m.location()?.url ?? '' }));
  page.on('request', (r) => log.requests.push(r.url()));
  await page.evaluateOnNewDocument(recorder);
  if (init) await page.evaluateOnNewDocument(init);
  if (prepare) await prepare(page);
  await page.goto(`${host.origin}${pathname}`, { waitUntil: 'load' });
  return { page, log, close: () => context.close() };
}

/** dist/'s scripts served again under `prefix` (`/plugin/quartier-widgets`): a separate copy of the kit at another URL. */
export function serveCopy(host, prefix) {
  const dist = path.join(ROOT, 'dist');
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const file = path.join(entry.parentPath, entry.name);
    host.virtual.set(`${prefix}/${path.relative(dist, file).split(path.sep).join('/')}`, readFileSync(file, 'utf8'));
  }
}

/** What the test waits for and compares: every element with `data-expect`. */
function elementStates() {
  return [...document.querySelectorAll('[data-expect]')].map((el) => {
    const part = el.dataset.expectPart;
    const node = part ? el.shadowRoot?.querySelector(`[part~="${part}"]`) : null;
    return {
      id: el.id,
      lang: el.closest('[lang]')?.getAttribute('lang') ?? '',
      expected: el.dataset.expect,
      state: el.state,
      expectedPart: part ?? null,
      hasPart: part ? Boolean(node) : null,
      partText: node ? node.textContent.replace(/\s+/g, ' ').trim() : '',
      dir: el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('dir') ?? null,
    };
  });
}

/** The page's elements have all settled (or a policy violation ended the wait). */
function settled() {
  return (
    window.__hostPageRecord.violations.length > 0 ||
    [...document.querySelectorAll('[data-expect]')].every(
      (el) =>
        typeof el.state === 'string' &&
        el.state !== 'loading' &&
        (!el.dataset.expectPart || Boolean(el.shadowRoot?.querySelector(`[part~="${el.dataset.expectPart}"]`))),
    )
  );
}

/**
 * Waits until every `[data-expect]` element has left `loading` (and shows its
 * `data-expect-part`), a security policy violation happened, or `timeout`
 * passed, then returns each element's state for the test to compare.
 *
 * A polling loop of `page.evaluate`, not `page.waitForFunction`: puppeteer's
 * in-page helper for the latter fails ("Waiting failed") on a page that has
 * added enumerable properties to Object.prototype, as the hostile page does.
 */
export async function settle(page, timeout = 10_000) {
  await poll(() => page.evaluate(settled), Boolean, { timeout });
  return page.evaluate(elementStates);
}

/**
 * Draws the maps: scrolls each `<offer-map>` matching `selector` into view in
 * turn (a map loads only near the viewport) and waits until it shows at least
 * `data-expect-markers` markers (default 1) and a loaded tile, shows a note
 * on the map (a failure), a policy violation happened, or `timeout` passed.
 * Returns what each map shows, for the test to compare. Written to run on a
 * hostile page (no for…in, no helpers from puppeteer).
 */
export function drawMaps(page, selector = '[data-expect-markers]', timeout = 10_000) {
  return page.evaluate(
    async (sel, ms, tileRoute) => {
      const view = (el) => {
        const root = el.shadowRoot;
        const buttons = root ? [...root.querySelectorAll('.places > *')] : [];
        const tiles = root ? [...root.querySelectorAll('.leaflet-tile-pane img')] : [];
        return {
          state: el.state,
          consent: Boolean(root?.querySelector('[part~="consent"]')),
          leaflet: Boolean(root?.querySelector('.leaflet-host.leaflet-container')),
          markers: buttons.map((b) => `${b.localName}.${b.className}[part=${b.getAttribute('part')}]: ${b.getAttribute('aria-label')}`),
          tilesLoaded: tiles.filter((img) => img.classList.contains('leaflet-tile-loaded') && img.naturalWidth > 0).length,
          // Every tile image's address, with the numbers taken out: the route only.
          tileRoutes: [...new Set(tiles.map((img) => {
            const url = new URL(img.src);
            return url.origin === location.origin && url.pathname.startsWith(tileRoute) ? `${tileRoute}…${url.search}` : img.src;
          }))],
          loading: Boolean(root?.querySelector('.map .note .spinner')),
          // Notes on the map other than "loading": the chunk failed, tiles failed, no coordinates.
          notes: root
            ? [...root.querySelectorAll('.map .note')].filter((n) => !n.querySelector('.spinner')).map((n) => n.textContent.replace(/\s+/g, ' ').trim())
            : [],
        };
      };
      const out = [];
      for (const el of document.querySelectorAll(sel)) {
        const expected = Number(el.dataset.expectMarkers || 1);
        el.scrollIntoView({ block: 'center' });
        const end = performance.now() + ms;
        let now = view(el);
        while (
          !(now.markers.length >= expected && now.tilesLoaded > 0) &&
          now.notes.length === 0 &&
          window.__hostPageRecord.violations.length === 0 &&
          performance.now() < end
        ) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          now = view(el);
        }
        out.push({ id: el.id, lang: el.closest('[lang]')?.getAttribute('lang') ?? '', expected, ...now });
      }
      return out;
    },
    selector,
    timeout,
    TILE_ROUTE,
  );
}

/**
 * A host page (German) with `head` (script tags) and two `<offer-map>`s waiting for consent, from both
 * sample feeds, with tiles from the local route: what the consent tests serve from `host.virtual`.
 */
export function twoMapsPage(title, head) {
  const map = (id, feed) =>
    `<offer-map id="${id}" data-expect="loaded" data-expect-part="consent" data-expect-markers="1" src="${feed}" tiles="${TILE_TEMPLATE}"></offer-map>`;
  return `<!doctype html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <title>${title}</title>
  ${head.join('\n  ')}
</head>
<body>
  ${map('map-seesen', '/data/seesen-lena.json')}
  ${map('map-salzgitter', '/data/salzgitter-obere-berliner-strasse.json')}
</body>
</html>`;
}

/** Adds `<offer-map id="map-later">` (the Seesen feed, tiles from the local route) to the page, as an accordion or a page builder would. */
export function addMapLater(page) {
  return page.evaluate((tiles) => {
    const later = document.createElement('offer-map');
    later.id = 'map-later';
    later.setAttribute('src', '/data/seesen-lena.json');
    later.setAttribute('tiles', tiles);
    document.body.append(later);
  }, TILE_TEMPLATE);
}

/** Each `<offer-map>`: whether it shows the consent placeholder, and whether Leaflet has drawn it. */
export function mapStates(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('offer-map')].map((el) => ({
      id: el.id,
      consent: Boolean(el.shadowRoot?.querySelector('[part~="consent"]')),
      leaflet: Boolean(el.shadowRoot?.querySelector('.leaflet-container')),
    })),
  );
}

/** Waits until every map shows its placeholder and no Leaflet map (or 5 s pass), then returns the states. */
export function placeholdersBack(page) {
  return poll(() => mapStates(page), (states) => states.every((s) => s.consent && !s.leaflet), { timeout: 5_000 });
}

/** Asserts that every map matching `selector` is drawn (see drawMaps): markers, a loaded tile from the local route, no note. */
export async function assertDrawn(page, selector) {
  const maps = await drawMaps(page, selector);
  assert.ok(maps.length > 0, `no map matches ${selector}`);
  for (const m of maps) {
    assert.deepEqual(
      { id: m.id, consent: m.consent, leaflet: m.leaflet, markers: m.markers.length > 0, tiles: m.tilesLoaded > 0, notes: m.notes },
      { id: m.id, consent: false, leaflet: true, markers: true, tiles: true, notes: [] },
    );
  }
}

/** What the page stored: cookies (script-visible), local/session storage, IndexedDB, Cache Storage. */
export function storage(page) {
  return page.evaluate(async () => ({
    cookie: document.cookie,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
    caches: typeof caches === 'undefined' ? [] : await caches.keys(),
  }));
}

/**
 * The window's own properties that were not there before the page's first
 * script, sorted; then properties added to the global `Symbol` (as
 * `Symbol.name`), which Lit may add where the browser lacks one.
 */
export function newGlobals(page) {
  return page.evaluate(() => {
    const before = new Set(window.__hostPageRecord.initialGlobals);
    const symbols = new Set(window.__hostPageRecord.initialSymbols);
    return [
      ...Object.getOwnPropertyNames(window).filter((name) => !before.has(name) && name !== '__hostPageRecord').sort(),
      ...Object.getOwnPropertyNames(Symbol).filter((name) => !symbols.has(name)).sort().map((name) => `Symbol.${name}`),
    ];
  });
}

/** The recorder's security policy violations, `quartier-load` notes and scripts that failed to load. */
export function record(page) {
  return page.evaluate(() => ({
    violations: window.__hostPageRecord.violations,
    loads: window.__hostPageRecord.loads,
    scriptErrors: window.__hostPageRecord.scriptErrors,
  }));
}

/**
 * How an element looks from the inside: the text and (normalised) markup of
 * its shadow root's `base` part, its size, and computed styles of a few parts.
 * Lit's template markers carry a random number per page; they are replaced.
 * The element is scrolled into view first, and read until it stops changing.
 */
export function shadowSnapshot(page, id) {
  return page.evaluate(async (elementId) => {
    const el = document.getElementById(elementId);
    const root = el?.shadowRoot;
    const base = root?.querySelector('[part~="base"]');
    if (!base) return { state: el?.state ?? null, missing: 'no [part~=base] in the shadow root' };
    el.scrollIntoView({ block: 'start' });
    // Which items are skipped is decided at rendering updates: read until three frames agree.
    const frame = () => new Promise((resolve) => window.requestAnimationFrame(resolve));
    let text = '';
    for (let i = 0, same = 0; i < 60 && same < 3; i++) {
      await frame();
      const now = base.innerText;
      same = now === text ? same + 1 : 0;
      text = now;
    }
    const style = (selector) => {
      const node = root.querySelector(selector);
      if (!node) return null;
      const s = getComputedStyle(node);
      return { fontSize: s.fontSize, boxSizing: s.boxSizing, lineHeight: s.lineHeight, textAlign: s.textAlign, color: s.color };
    };
    const rect = base.getBoundingClientRect();
    return {
      state: el.state,
      text,
      textContent: base.textContent.replace(/\s+/g, ' ').trim(),
      markup: base.outerHTML.replace(/lit\$\d+\$/g, 'lit$$'),
      size: `${Math.round(rect.width)}×${Math.round(rect.height)}`,
      base: style('[part~="base"]'),
      title: style('[part~="title"]'),
      card: style('[part~="card"]'),
      item: style('[part~="item"]'),
      link: style('a'),
      images: [...root.querySelectorAll('img')].map((img) => getComputedStyle(img).maxWidth),
    };
  }, id);
}

/** The console warnings the kit writes (`[quartier-widgets] …`). */
export function kitWarnings(log) {
  return log.console.filter((m) => m.type === 'warn' && m.text.includes('[quartier-widgets]')).map((m) => m.text);
}

/** Console errors, except the browser's own line for a request that was meant to fail. */
export function consoleErrors(log, expectedFailures = []) {
  const expected = ['/favicon.ico', ...expectedFailures];
  return log.console
    .filter((m) => m.type === 'error')
    .filter((m) => !(m.text.startsWith('Failed to load resource') && expected.some((f) => m.url.includes(f))))
    .map((m) => `${m.text} (${m.url})`);
}

/** The registered classes' versions and whether a given global class kept a tag. */
export function registrations(page) {
  return page.evaluate(() => ({
    card: customElements.get('quartier-card')?.version ?? null,
    list: customElements.get('partner-list')?.version ?? null,
    map: customElements.get('offer-map')?.version ?? null,
    hostCardKept: 'hostCard' in window ? customElements.get('quartier-card') === window.hostCard : null,
  }));
}
