// The built script-tag bundle on real host pages (issue 7, items 1–3): a strict
// CSP with Trusted Types, a hostile CMS page (and one with a Leaflet map of its
// own), the bundle loaded twice or after another version, and no request or
// storage beyond the page's own origin; for <offer-map> also: no tile request
// before consent, and the map drawn (Leaflet included) under all of these.
// Headless Chromium (puppeteer-core) loads the pages in test/fixtures/host/
// from a local server (tiles from its local route, /__bench/tiles/); the pages
// load dist/quartier-widgets.js, so `npm run build` must have run (`npm test` does).
/* global document, window, Event, CustomEvent */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  FIXTURES,
  ROOT,
  TILE_ROUTE,
  consoleErrors,
  drawMaps,
  kitWarnings,
  openPage,
  record,
  registrations,
  settle,
  newGlobals,
  shadowSnapshot,
  startHost,
  storage,
} from './lib/host-page.js';

const VERSION = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
const MISSING_FEED = '/test/fixtures/host/missing-feed.json';
const ARABIC = /[\u0600-\u06FF]/;

/** One line per element, so that a failure shows which element is off. */
const describeStates = (states) => states.map((s) => `${s.id}: ${s.state}${s.expectedPart ? ` [${s.expectedPart}: ${s.hasPart ? 'shown' : 'missing'}]` : ''}`);
const expectedStates = (states) => states.map((s) => `${s.id}: ${s.expected}${s.expectedPart ? ` [${s.expectedPart}: shown]` : ''}`);

const NOTHING_STORED = { cookie: '', localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [] };

/** The requests that went anywhere but `origin`. */
const foreignRequests = (requests, origin) =>
  requests.filter((u) => {
    try {
      return new URL(u).origin !== origin;
    } catch {
      return true;
    }
  });

/** Draws the maps matching `selector` (see drawMaps), then checks them: first no policy violation, then checkDrawnMaps. */
async function drawAndCheckMaps(page, selector, route) {
  const maps = await drawMaps(page, selector);
  assert.deepEqual((await record(page)).violations, [], 'securitypolicyviolation events while the maps loaded');
  checkDrawnMaps(maps, route);
  return maps;
}

/**
 * How <offer-map> looks from the inside, for the clean/hostile comparison:
 * the list's text, the markers' names, and computed styles of a few parts
 * (Leaflet's transforms and tile images vary with timing, so no markup).
 */
function mapSnapshot(page, id) {
  return page.evaluate((elementId) => {
    const el = document.getElementById(elementId);
    const root = el?.shadowRoot;
    if (!root) return null;
    const style = (selector) => {
      const node = root.querySelector(selector);
      if (!node) return null;
      const s = window.getComputedStyle(node);
      const r = node.getBoundingClientRect();
      return {
        fontSize: s.fontSize,
        boxSizing: s.boxSizing,
        lineHeight: s.lineHeight,
        textAlign: s.textAlign,
        size: `${Math.round(r.width)}×${Math.round(r.height)}`,
      };
    };
    return {
      state: el.state,
      list: root.querySelector('[part~="list"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
      markers: [...root.querySelectorAll('.places > button')].map((b) => b.getAttribute('aria-label')),
      base: style('[part~="base"]'),
      map: style('[part~="map"]'),
      container: style('.leaflet-host'),
      marker: style('[part~="marker"]'),
      tile: style('.leaflet-tile-loaded'),
      item: style('[part~="item"]'),
    };
  }, id);
}

/**
 * The hostile page's own Leaflet map (window.hostMap), after ours have loaded:
 * its tiles loaded, its default marker is there, it still moves, and the
 * page's Leaflet CSS is still in force on it. Then our maps are removed (and
 * destroyed): the page's map still follows a window resize, and Leaflet's
 * registry of window listeners holds the page's own, as before.
 */
async function hostMapCheck(page) {
  return page.evaluate(async (tileRoute) => {
    const map = window.hostMap;
    const container = document.getElementById('host-map');
    container.scrollIntoView({ block: 'center' });
    map.setView([51.89, 10.18], 15, { animate: false });
    // Checks `done` every 50 ms until it holds or 5 s have passed (no helper from outside: a hostile page).
    const until = async (done) => {
      const end = performance.now() + 5_000;
      while (!done() && performance.now() < end) await new Promise((resolve) => setTimeout(resolve, 50));
    };
    const loaded = () =>
      [...container.querySelectorAll('img.leaflet-tile')].filter((img) => img.classList.contains('leaflet-tile-loaded') && img.naturalWidth > 0);
    await until(() => loaded().length > 0);
    const center = map.getCenter();
    const result = {
      container: map.getContainer() === container && container.classList.contains('leaflet-container'),
      tilesLoaded: loaded().length > 0,
      marker: Boolean(container.querySelector('img.leaflet-marker-icon')) && map.hasLayer(window.hostMarker),
      moved: { lat: Math.round(center.lat * 100) / 100, lng: Math.round(center.lng * 100) / 100, zoom: map.getZoom() },
      tileRoutes: [
        ...new Set(
          [...container.querySelectorAll('img.leaflet-tile')].map((img) => {
            const url = new URL(img.src);
            return url.pathname.startsWith(tileRoute) ? `${tileRoute}…${url.search}` : img.src;
          }),
        ),
      ],
      paneStyle: window.getComputedStyle(container.querySelector('.leaflet-pane')).position,
    };
    for (const el of document.querySelectorAll('offer-map')) el.remove();
    // Our maps are released once they have left the page: until Leaflet's registry is the page's own again.
    const listeners = () => Object.keys(window._leaflet_events ?? {}).join(' ');
    await until(() => listeners() === window.hostGlobals.leafletEvents);
    const events = window._leaflet_events ?? {};
    result.windowListeners = Object.keys(events)
      .map((id) => `${id}: ${typeof events[id]}`)
      .join(' ');
    result.sameWindowListeners = Object.keys(events).join(' ') === window.hostGlobals.leafletEvents;
    const width = map.getSize().x;
    container.style.width = `${width + 200}px`;
    window.dispatchEvent(new Event('resize'));
    await until(() => map.getSize().x !== width);
    result.followsWindowResize = `${width} → ${map.getSize().x}`;
    return result;
  }, TILE_ROUTE);
}

/** One line per map: what it shows (markers, loaded tiles, their route, notes on the map). */
const describeMaps = (maps) =>
  maps.map(
    (m) =>
      `${m.id}: ${m.state}, ${m.markers.length} marker(s), ${m.tilesLoaded ? 'tiles loaded' : 'no tile loaded'} from ${m.tileRoutes.join(' ') || '–'}, notes [${m.notes.join(' | ')}]`,
  );
const expectedMaps = (maps, route = `${TILE_ROUTE}…`) => maps.map((m) => `${m.id}: loaded, ${m.expected} marker(s), tiles loaded from ${route}, notes []`);

/**
 * Each drawn map: the markers are our `<button type=button>`s (parts
 * `marker`/`cluster`) named in the page's language, Leaflet made the
 * container, and the placeholder is gone.
 */
function checkDrawnMaps(maps, route) {
  assert.ok(maps.length > 0, 'a map to check');
  assert.deepEqual(describeMaps(maps), expectedMaps(maps, route), 'every map draws its markers and tiles, with no note on the map');
  for (const m of maps) {
    assert.equal(m.leaflet, true, `${m.id}: Leaflet set up the map container`);
    assert.equal(m.consent, false, `${m.id}: the consent placeholder is gone`);
    for (const marker of m.markers) {
      assert.match(marker, /^button\.(marker|cluster)[^[]*\[part=(marker|cluster)\]: \S/, `${m.id}: a marker is a named button`);
      assert.equal(ARABIC.test(marker), m.lang === 'ar', `${m.id}: marker name in ${m.lang}: "${marker}"`);
    }
  }
}

/**
 * The strict-CSP page: every element in every state (loaded, error, empty,
 * debug; for <offer-map> also waiting for consent, and loaded with consent
 * given, drawn with tiles from the host's local tile route), in German and
 * Arabic, with zero violations and no page error. The drawn maps prove that
 * the map chunk (Leaflet included) runs under Trusted Types.
 */
async function checkStrictPage(host, pathname) {
  const { page, log, close } = await openPage(host, pathname);
  try {
    const tilesBefore = host.tileRequests();
    const states = await settle(page);
    const maps = await drawMaps(page);
    const { violations } = await record(page);
    assert.deepEqual(violations, [], 'securitypolicyviolation events');
    assert.deepEqual(log.pageErrors, [], 'page errors');
    assert.equal(states.length, 26, 'the fixture has 13 elements in each of de and ar (4 cards, 4 lists, 5 maps)');
    assert.deepEqual(describeStates(states), expectedStates(states), 'every element reaches its state');
    for (const s of states) {
      assert.equal(s.dir, s.lang === 'ar' ? 'rtl' : 'ltr', `${s.id}: direction`);
      // The Arabic texts (and editor texts) are chunks fetched by dynamic import().
      if (s.partText) assert.equal(ARABIC.test(s.partText), s.lang === 'ar', `${s.id}: ${s.expectedPart} text in ${s.lang}: "${s.partText}"`);
    }
    assert.deepEqual(
      maps.map((m) => m.id),
      ['de-map-loaded', 'ar-map-loaded'],
      'the maps with consent="granted" and a feed',
    );
    checkDrawnMaps(maps);
    assert.ok(host.tileRequests() > tilesBefore, 'the local tile route answered the maps');
    assert.deepEqual(consoleErrors(log, [MISSING_FEED]), [], 'console errors');
  } finally {
    await close();
  }
}

describe('the built bundle on host pages', { timeout: 120_000 }, () => {
  let host;

  before(async () => {
    host = await startHost();
  });

  after(async () => {
    await host?.close();
  });

  it("strict CSP (script-src/style-src 'self', no 'unsafe-inline') and Trusted Types with Lit's policy: every element in every state, de and ar, maps drawn, zero violations", async () => {
    await checkStrictPage(host, `${FIXTURES}/csp.html`);
  });

  describe('a hostile host page: global CSS, extended prototypes, its own Leaflet (window.L, its CSS, a map of its own) and Lit', () => {
    const IDS = ['seesen-card', 'salzgitter-list', 'seesen-card-ar', 'salzgitter-list-ar'];
    const MAPS = ['seesen-map', 'seesen-map-ar'];
    // hostile-leaflet.html: the page with a Leaflet map of its own (and no Object.prototype property, which would break it).
    const PAGES = ['clean', 'hostile', 'hostile-leaflet'];
    const pages = {};

    before(async () => {
      for (const name of PAGES) {
        const { page, log, close } = await openPage(host, `${FIXTURES}/${name}.html`);
        try {
          const states = await settle(page);
          // Our maps (consent="granted") load their chunk, with our own Leaflet, once in view.
          const maps = await drawMaps(page);
          const mapLooks = {};
          for (const id of MAPS) mapLooks[id] = await mapSnapshot(page, id);
          const snapshots = {};
          for (const id of IDS) if (await page.$(`#${id}`)) snapshots[id] = await shadowSnapshot(page, id);
          const hostStyles = await page.evaluate(() => ({
            root: window.getComputedStyle(document.documentElement).fontSize,
            heading: window.getComputedStyle(document.getElementById('host-heading')).fontSize,
            link: window.getComputedStyle(document.getElementById('host-link')).color,
          }));
          // The page's own map, moved after ours have loaded.
          const hostMap = name === 'hostile-leaflet' ? await hostMapCheck(page) : null;
          const globalsAdded = await newGlobals(page);
          const globals = await page.evaluate(() => {
            const h = window.hostGlobals;
            if (!h) return null;
            const polluted = Object.getOwnPropertyDescriptor(Object.prototype, 'polluted');
            return {
              sameL: window.L === h.L,
              LVersion: window.L.version,
              sameLKeys: Object.keys(window.L).join(' ') === h.LKeys,
              sameLMap: window.L.Map === h.LMap,
              sameLMapMethods: Object.keys(window.L.Map.prototype).join(' ') === h.LMapMethods,
              polluted: polluted && { value: polluted.value, writable: polluted.writable, enumerable: polluted.enumerable },
              inherited: {}.polluted,
              sameEvil: Array.prototype.evil === h.evil,
              sameLitVersions: window.litElementVersions === h.litElementVersions,
              litVersions: [...window.litElementVersions],
            };
          });
          pages[name] = { states, maps, mapLooks, snapshots, hostStyles, hostMap, globals, globalsAdded, record: await record(page), log };
        } finally {
          await close();
        }
      }
    });

    it('the hostile CSS is in force on the page itself (else the comparison proves nothing)', () => {
      assert.deepEqual(pages.clean.hostStyles, { root: '16px', heading: '24px', link: 'rgb(0, 0, 238)' });
      assert.deepEqual(pages.hostile.hostStyles, { root: '10px', heading: '50px', link: 'rgb(255, 0, 0)' });
      assert.deepEqual(pages['hostile-leaflet'].hostStyles, { root: '10px', heading: '50px', link: 'rgb(255, 0, 0)' });
    });

    it('every element loads on every page, with no page error, console error or warning', () => {
      for (const name of PAGES) {
        const { states, log } = pages[name];
        assert.deepEqual(describeStates(states), expectedStates(states), `${name}: states`);
        assert.deepEqual(log.pageErrors, [], `${name}: page errors`);
        assert.deepEqual(consoleErrors(log), [], `${name}: console errors`);
        assert.deepEqual(kitWarnings(log), [], `${name}: [quartier-widgets] warnings`);
      }
    });

    for (const id of IDS) {
      it(`${id} renders the same as on a clean page (shadow text and markup, size, title font-size, box-sizing)`, () => {
        const clean = pages.clean.snapshots[id];
        const hostile = pages.hostile.snapshots[id];
        assert.equal(clean.state, 'loaded');
        assert.ok(clean.text.length > 100, `${id}: the clean page shows the feed (innerText: ${JSON.stringify(clean.text)})`);
        assert.equal(hostile.text, clean.text, `${id}: innerText of the base part`);
        assert.equal(hostile.textContent, clean.textContent, `${id}: textContent of the base part`);
        assert.equal(hostile.markup, clean.markup, `${id}: shadow markup of the base part`);
        const styles = ({ base, title, card, item, link, images, size }) => ({ base, title, card, item, link, images, size });
        assert.deepEqual(styles(hostile), styles(clean), `${id}: computed styles inside the shadow root`);
        if (id.includes('card')) {
          assert.ok(clean.title, `${id}: has a [part~=title]`);
          assert.equal(clean.title.fontSize, hostile.title.fontSize, `${id}: title font-size`);
        }
        assert.equal(hostile.base.boxSizing, 'border-box', `${id}: box-sizing inside the shadow root`);
      });
    }

    for (const name of ['hostile', 'hostile-leaflet']) {
      it(`<offer-map> draws its markers on ${name}.html as on the clean page, and looks the same (list, markers, sizes)`, () => {
        checkDrawnMaps(pages.clean.maps);
        assert.deepEqual(
          pages[name].maps.map((m) => m.id),
          MAPS,
          `${name}: the maps with data-expect-markers`,
        );
        checkDrawnMaps(pages[name].maps);
        for (const id of MAPS) {
          const clean = pages.clean.mapLooks[id];
          assert.match(clean.list, /Begegnungstreffpunkt/, `${id}: the clean page lists the place`);
          assert.deepEqual(pages[name].mapLooks[id], clean, `${id}: list text, marker names and computed styles inside the shadow root`);
        }
      });
    }

    it("the page's own Leaflet map still works after ours loaded (its tiles, its marker, moving it, its CSS), and after ours are gone (its window listener)", () => {
      const { windowListeners, ...rest } = pages['hostile-leaflet'].hostMap;
      assert.deepEqual(
        rest,
        {
          container: true,
          tilesLoaded: true,
          marker: true,
          moved: { lat: 51.89, lng: 10.18, zoom: 15 },
          tileRoutes: [`${TILE_ROUTE}…?host`],
          paneStyle: 'absolute',
          sameWindowListeners: true,
          followsWindowResize: '400 → 600',
        },
        `window._leaflet_events: ${windowListeners}`,
      );
      assert.doesNotMatch(windowListeners, /object/, 'no listener removed from under the page');
    });

    it("adds no global beyond Lit's four (no window.L, no Leaflet registry on window)", () => {
      // What Lit itself sets on window: on a clean page exactly these, after the maps (and Leaflet) have
      // loaded; besides, Lit defines Symbol.metadata where the browser has none (`??=`).
      const LIT_WINDOW = ['litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions'];
      const LIT = [...LIT_WINDOW, 'Symbol.metadata'];
      assert.deepEqual(
        pages.clean.globalsAdded.filter((g) => g !== 'Symbol.metadata'),
        LIT_WINDOW,
        'clean: globals added',
      );
      // The page's own Leaflet sets L and leaflet, and its map registers its window listener in _leaflet_events.
      const PAGE_OWN = {
        clean: [],
        hostile: ['L', 'leaflet', 'hostGlobals'],
        'hostile-leaflet': ['L', 'leaflet', 'hostGlobals', 'hostMap', 'hostMarker', '_leaflet_events'],
      };
      for (const name of PAGES) {
        assert.deepEqual(
          pages[name].globalsAdded.filter((g) => !PAGE_OWN[name].includes(g) && !LIT.includes(g)),
          [],
          `${name}: globals added`,
        );
      }
    });

    it("leaves the host's globals alone: window.L (the page's Leaflet), Object.prototype.polluted, Array.prototype.evil, litElementVersions", () => {
      for (const name of ['hostile', 'hostile-leaflet']) {
        const g = pages[name].globals;
        assert.ok(g, `${name}: the page set its globals`);
        assert.equal(g.sameL, true, `${name}: window.L is still the host object after our maps (and their Leaflet) loaded`);
        assert.equal(g.LVersion, '1.9.4', `${name}: window.L is the page's Leaflet`);
        assert.equal(g.sameLKeys, true, `${name}: window.L has the same keys`);
        assert.equal(g.sameLMap, true, `${name}: window.L.Map is the same class`);
        assert.equal(g.sameLMapMethods, true, `${name}: L.Map.prototype has the same methods`);
        assert.equal(g.sameEvil, true, `${name}: Array.prototype.evil is still the host function`);
        assert.equal(g.sameLitVersions, true, `${name}: litElementVersions is still the host array`);
        // Lit's own bookkeeping appends its version; the host's entry stays first.
        assert.equal(g.litVersions[0], '2.0.0');
      }
      const g = pages.hostile.globals;
      assert.deepEqual(g.polluted, { value: 'x', writable: true, enumerable: true }, 'Object.prototype.polluted as the host set it');
      assert.equal(g.inherited, 'x');
    });

    it('feed records take nothing from the polluted prototypes: no own "polluted"/"evil" field, the same warnings as on a clean page', () => {
      for (const id of [...IDS, ...MAPS]) {
        const clean = pages.clean.record.loads[id];
        const hostile = pages.hostile.record.loads[id];
        assert.ok(clean && hostile, `${id}: quartier-load fired on both pages`);
        assert.deepEqual(hostile.suspicious, [], `${id}: fields from the prototype in the loaded feed`);
        assert.deepEqual(hostile.warnings, clean.warnings, `${id}: validation warnings`);
        const markup = IDS.includes(id) ? pages.hostile.snapshots[id].markup : JSON.stringify(pages.hostile.mapLooks[id]);
        assert.doesNotMatch(markup, /polluted|evil|function \(\)/, `${id}: shadow markup`);
      }
    });
  });

  it("the bundle loaded twice: no error, one [quartier-widgets] warning for the page, the elements work, the second copy's setMapConsent() opens the first copy's map", async () => {
    const { page, log, close } = await openPage(host, `${FIXTURES}/twice.html`);
    try {
      const states = await settle(page);
      assert.ok(
        log.requests.some((u) => u.endsWith('/dist/quartier-widgets.js?v=2')),
        'the second copy was requested',
      );
      // Page-wide consent is a DOM event, so the copy that did not register <offer-map> can give it.
      await page.evaluate(async () => (await import('/dist/quartier-widgets.js?v=2')).setMapConsent(true));
      await drawAndCheckMaps(page);
      assert.deepEqual(log.pageErrors, [], 'page errors');
      assert.deepEqual(consoleErrors(log), [], 'console errors');
      assert.deepEqual(
        kitWarnings(log).map((w) => w.replaceAll(VERSION, 'V')),
        [
          '[quartier-widgets] <quartier-card> (version V), <partner-list> (version V), <offer-map> (version V), <quartier-agenda> (version V), <quartier-directory> (version V) already registered; this copy (version V) is not registered again.',
        ],
      );
      assert.deepEqual(describeStates(states), expectedStates(states));
      const reg = await registrations(page);
      assert.equal(reg.card, VERSION);
      assert.equal(reg.list, VERSION);
      assert.equal(reg.map, VERSION);
    } finally {
      await close();
    }
  });

  it('another version registered first: its <quartier-card> stays, one warning names it, <partner-list> and <offer-map> still work', async () => {
    const { page, log, close } = await openPage(host, `${FIXTURES}/preregistered.html`);
    try {
      const states = await settle(page);
      assert.deepEqual(log.pageErrors, [], 'page errors');
      assert.deepEqual(consoleErrors(log), [], 'console errors');
      const warnings = kitWarnings(log);
      assert.equal(warnings.length, 1, `one warning, for the taken tag only:\n${warnings.join('\n')}`);
      assert.match(warnings[0], /<quartier-card> \(version 0\.0\.1\) already registered;/);
      assert.ok(warnings[0].includes(`this copy (version ${VERSION})`), warnings[0]);
      const reg = await registrations(page);
      assert.equal(reg.hostCardKept, true, 'customElements.get("quartier-card") is still the host class');
      assert.equal(reg.list, VERSION);
      assert.equal(reg.map, VERSION);
      const card = await page.evaluate(() => {
        const el = document.getElementById('card');
        return { text: el.textContent, shadow: el.shadowRoot !== null };
      });
      assert.deepEqual(card, { text: 'Karte der Version 0.0.1', shadow: false });
      assert.deepEqual(describeStates(states), expectedStates(states));
    } finally {
      await close();
    }
  });

  it('no request leaves the page origin and nothing is stored (cookies, local/session storage, IndexedDB, Cache Storage)', async () => {
    const { page, log, close } = await openPage(host, `${FIXTURES}/csp.html`);
    try {
      const states = await settle(page);
      assert.deepEqual(describeStates(states), expectedStates(states));
      await drawAndCheckMaps(page);
      assert.ok(
        log.requests.some((u) => u.endsWith('/data/seesen-lena.json')),
        'the page fetched its feeds',
      );
      assert.ok(
        log.requests.some((u) => u.includes('/dist/chunks/')),
        'the page fetched chunks',
      );
      assert.ok(
        log.requests.some((u) => new URL(u).pathname.startsWith(TILE_ROUTE)),
        'the maps fetched tiles from the local route',
      );
      assert.deepEqual(foreignRequests(log.requests, host.origin), [], `requests beyond ${host.origin}`);
      assert.deepEqual(await storage(page), NOTHING_STORED);
      const cookies = await page.browserContext().cookies();
      assert.deepEqual(cookies, [], 'cookies in the browser context (HttpOnly included)');
    } finally {
      await close();
    }
  });

  it('the map asks first: no tile request and no map chunk before consent; after "Karte laden", requests go to the tile route (and the map chunk) only; the page-wide event opens the rest; nothing stored', async () => {
    const { page, log, close } = await openPage(host, `${FIXTURES}/map-consent.html`);
    try {
      const tilesBefore = host.tileRequests();
      const states = await settle(page);
      assert.deepEqual(describeStates(states), expectedStates(states), 'every map shows its consent placeholder');
      // In view (where a map with consent would load) and given time: still nothing.
      const waiting = await drawMaps(page, '[data-expect-markers]', 1_000);
      assert.deepEqual(
        waiting.map((m) => [m.id, m.consent, m.leaflet, m.markers.length]),
        [
          ['map-de', true, false, 0],
          ['map-ar', true, false, 0],
          ['map-other', true, false, 0],
        ],
        'placeholders, no map',
      );
      const tileRequests = (requests) => requests.filter((u) => new URL(u).pathname.startsWith(TILE_ROUTE));
      assert.deepEqual(tileRequests(log.requests), [], 'tile requests before consent');
      assert.equal(host.tileRequests(), tilesBefore, 'requests the tile route answered before consent');
      assert.deepEqual(
        log.requests.filter((u) => u.includes('/create-map')),
        [],
        'the map chunk (Leaflet) before consent',
      );

      // The visitor clicks "Karte laden" on the first map: both maps of that tile server load.
      const clickedAt = log.requests.length;
      const button = await page.evaluateHandle(() => document.getElementById('map-de').shadowRoot.querySelector('[part~="consent"] button'));
      assert.equal(await button.evaluate((b) => b.textContent.trim()), 'Karte laden');
      await button.asElement().click();
      await drawAndCheckMaps(page, '#map-de, #map-ar');
      const other = await drawMaps(page, '#map-other', 1_000);
      assert.deepEqual(
        other.map((m) => [m.id, m.consent, m.leaflet]),
        [['map-other', true, false]],
        'a map of another tile server still asks',
      );

      // The site's consent manager grants it for every map (the DOM event, as a second copy of the bundle would).
      await page.evaluate(() => document.dispatchEvent(new CustomEvent('quartier-map-consent', { detail: { granted: true } })));
      await drawAndCheckMaps(page, '#map-other', `${TILE_ROUTE}…?set=other`);

      const after = log.requests.slice(clickedAt);
      assert.ok(tileRequests(after).length > 0, 'tiles were requested after consent');
      assert.ok(host.tileRequests() > tilesBefore, 'the tile route answered them');
      assert.deepEqual(
        after.filter((u) => !new URL(u).pathname.startsWith(TILE_ROUTE) && !new URL(u).pathname.startsWith('/dist/chunks/')),
        [],
        "requests after consent other than tiles from the route and the bundle's chunks",
      );
      assert.deepEqual(foreignRequests(log.requests, host.origin), [], `requests beyond ${host.origin}`);
      assert.deepEqual((await record(page)).violations, [], 'securitypolicyviolation events');
      assert.deepEqual(log.pageErrors, [], 'page errors');
      assert.deepEqual(consoleErrors(log), [], 'console errors');
      assert.deepEqual(await storage(page), NOTHING_STORED);
      assert.deepEqual(await page.browserContext().cookies(), [], 'cookies in the browser context (HttpOnly included)');
    } finally {
      await close();
    }
  });
});
