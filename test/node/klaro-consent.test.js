// The Klaro recipe of docs/embedding.md against the real product: Klaro 0.7.22
// (the `klaro` devDependency, its dist/klaro.js as a classic script) on a page
// with the built kit, in headless Chromium. The recipe's code is taken from the
// doc itself (the shared bridge and the Klaro section's two blocks), so the
// doc cannot drift from what is tested. For the service's `default` true and
// false, and with the bridge loaded before or after Klaro (deferred or not): no tile and no map
// chunk before the visitor chooses; accept → every map draws, a map added later
// too; reload → the maps draw without a click (Klaro's stored choice); revoke in
// Klaro's dialog → every map back to its placeholder, and after a reload still;
// decline on a fresh visit → placeholders, also after a reload.
// Served by the host pages' local server: the kit at /assets/quartier-widgets/
// (dist/, so `npm run build` must have run), tiles from its local route.
/* global document, window */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  ROOT,
  TILE_ROUTE,
  addMapLater,
  assertDrawn,
  consoleErrors,
  mapStates,
  openPage,
  placeholdersBack,
  serveCopy,
  settle,
  startHost,
  twoMapsPage,
} from './lib/host-page.js';
import { poll } from './lib/poll.js';

const KLARO = '/node_modules/klaro/dist/klaro.js';
const KLARO_VERSION = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/klaro/package.json'), 'utf8')).version;

/** The ```js blocks of the section under `heading` (up to the next heading of the same or a higher level). */
function jsBlocks(markdown, heading) {
  const start = markdown.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `docs/embedding.md has no "${heading}"`);
  const level = heading.match(/^#+/)[0];
  const rest = markdown.slice(start + heading.length + 2);
  const next = rest.search(new RegExp(`\\n#{1,${level.length}} `));
  const section = next < 0 ? rest : rest.slice(0, next);
  return [...section.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);
}

const DOC = readFileSync(path.join(ROOT, 'docs/embedding.md'), 'utf8');
const [BRIDGE] = jsBlocks(DOC, '## Consent managers').filter((code) => code.includes('window.quartierMapConsent = function'));
const [KLARO_CONFIG, KLARO_BRIDGE, ...more] = jsBlocks(DOC, '### Klaro');

/**
 * The site's own Klaro settings around the recipe's service, as in Klaro's
 * example configuration: "accept all" on the notice, and the service's
 * `default` as the test asks.
 */
const siteSettings = (defaultConsent) => `klaroConfig.acceptAll = true;
klaroConfig.services.forEach(function (service) { service.default = ${defaultConsent}; });
`;

/**
 * Where the site puts the scripts. Klaro's documentation loads its config and
 * script with `defer`; many sites load them as plain scripts. The bridge file
 * (the shared bridge plus the Klaro block) may come before or after Klaro.
 */
const LAYOUTS = {
  'the bridge before Klaro (deferred)': ['bridge', 'klaro-defer'],
  'Klaro (deferred), then the bridge (deferred)': ['klaro-defer', 'bridge-defer'],
  'Klaro, then the bridge (plain scripts)': ['klaro', 'bridge'],
};

/** The page: the kit's script tag (as the README has it), then Klaro and the bridge as `layout` says. */
function sitePage(layout) {
  const tags = {
    bridge: '<script src="/assets/quartier-consent.js"></script>',
    'bridge-defer': '<script defer src="/assets/quartier-consent.js"></script>',
    klaro: `<script src="/assets/klaro-config.js"></script>\n  <script src="${KLARO}"></script>`,
    'klaro-defer': `<script defer src="/assets/klaro-config.js"></script>\n  <script defer src="${KLARO}"></script>`,
  };
  return twoMapsPage('Klaro and the maps', [
    '<script type="module" src="/assets/quartier-widgets/quartier-widgets.js"></script>',
    ...layout.map((tag) => tags[tag]),
  ]);
}

/** Runs in the page before its scripts: keeps every page-wide consent the kit was given (the DOM event setMapConsent sends). */
function consentRecorder() {
  const seen = [];
  Object.defineProperty(window, '__mapConsents', { value: seen });
  document.addEventListener('quartier-map-consent', (event) => seen.push(event.detail.granted), true);
}

const consents = (page) => page.evaluate(() => [...window.__mapConsents]);
const mapRequests = (requests) => requests.filter((u) => new URL(u).pathname.startsWith(TILE_ROUTE) || /\/chunks\/create-map-[\w-]+\.js$/.test(u));

/** Klaro's state: whether it has started, the visitor has chosen, the service's consent, and whether its notice shows. */
const klaroState = (page) =>
  page.evaluate(() => {
    const manager = window.klaro?.getManager?.();
    return {
      confirmed: manager?.confirmed ?? null,
      consent: manager?.getConsent('quartier-map') ?? null,
      notice: Boolean(document.querySelector('#klaro .cookie-notice:not(.cookie-notice-hidden)')),
    };
  });

/**
 * The page has settled without the visitor's choice: the maps show their
 * placeholders, Klaro has started with its notice open, and the bridge has
 * reported to the kit (at least one page-wide consent, every one a refusal):
 * from then on nothing would make the maps load. Nothing went to the tile
 * route, and the map chunk was not fetched.
 */
async function assertWaiting(page, log, defaultConsent) {
  const states = await settle(page);
  assert.deepEqual(
    states.map((s) => [s.id, s.state, s.hasPart]),
    [
      ['map-seesen', 'loaded', true],
      ['map-salzgitter', 'loaded', true],
    ],
    'every map loaded its list and shows its placeholder',
  );
  const klaro = await poll(
    () => klaroState(page),
    (k) => k.notice,
  );
  // The trap: before a choice, Klaro's getConsent() answers the service's default.
  assert.deepEqual(klaro, { confirmed: false, consent: defaultConsent, notice: true }, 'Klaro started, nobody chose');
  const given = await poll(
    () => consents(page),
    (c) => c.length > 0,
  );
  assert.ok(given.length > 0 && given.every((g) => g === false), `the kit was told only "no" before a choice: ${JSON.stringify(given)}`);
  assert.deepEqual(await mapStates(page), [
    { id: 'map-seesen', consent: true, leaflet: false },
    { id: 'map-salzgitter', consent: true, leaflet: false },
  ]);
  assert.deepEqual(mapRequests(log.requests), [], 'tiles or the map chunk before a choice');
}

/** Clicks a button of Klaro's notice or dialog. */
async function click(page, selector) {
  await page.waitForSelector(selector, { visible: true });
  await page.click(selector);
}

/** Reloads the page (Klaro's stored choice stays) and returns where this page view's requests start in the log. */
async function reload(page, log) {
  const from = log.requests.length;
  await page.reload({ waitUntil: 'load' });
  return from;
}

describe(`the Klaro recipe with Klaro ${KLARO_VERSION}`, { timeout: 180_000 }, () => {
  let host;
  before(async () => {
    assert.ok(BRIDGE, 'docs/embedding.md: the shared bridge (window.quartierMapConsent = function …)');
    assert.ok(KLARO_CONFIG?.includes('var klaroConfig'), 'docs/embedding.md: the Klaro configuration block');
    assert.ok(KLARO_BRIDGE?.includes('getManager'), 'docs/embedding.md: the Klaro bridge block');
    assert.deepEqual(more, [], 'docs/embedding.md: the Klaro section has two code blocks');
    host = await startHost();
    serveCopy(host, '/assets/quartier-widgets');
    host.virtual.set('/assets/quartier-consent.js', `${BRIDGE}\n${KLARO_BRIDGE}`);
  });
  after(() => host?.close());

  for (const defaultConsent of [true, false]) {
    for (const [layoutName, layout] of Object.entries(LAYOUTS)) {
      const name = `default: ${defaultConsent}, ${layoutName}`;
      /** Serves the site's Klaro settings and page, and opens it in a fresh browser context (no stored choice). */
      const openSite = () => {
        const pathname = `/klaro/${defaultConsent}-${layout.join('-')}.html`;
        host.virtual.set('/assets/klaro-config.js', `${KLARO_CONFIG}\n${siteSettings(defaultConsent)}`);
        host.virtual.set(pathname, sitePage(layout));
        return openPage(host, pathname, { init: consentRecorder });
      };
      it(`${name}: nothing before the choice; accept → every map, one added later too; reload → drawn without a click; revoke → placeholders, also after a reload`, async () => {
        const { page, log, close } = await openSite();
        try {
          await assertWaiting(page, log, defaultConsent);

          // The visitor accepts in Klaro's notice.
          await click(page, '#klaro .cookie-notice .cm-btn-success');
          await assertDrawn(page, 'offer-map');
          assert.equal((await klaroState(page)).confirmed, true);
          await addMapLater(page);
          await assertDrawn(page, '#map-later');

          // The next page view: Klaro's stored choice opens the maps without a click, with no notice.
          let from = await reload(page, log);
          await assertDrawn(page, 'offer-map');
          assert.equal((await klaroState(page)).notice, false, 'no notice after a choice');
          assert.ok(mapRequests(log.requests.slice(from)).length > 0);

          // The visitor revokes in Klaro's dialog (what a site's "Cookie-Einstellungen" link opens).
          await page.evaluate(() => window.klaro.show());
          await page.waitForSelector('#service-item-quartier-map');
          await page.evaluate(() => document.getElementById('service-item-quartier-map').click());
          await click(page, '#klaro .cookie-modal .cm-btn-accept');
          assert.deepEqual(await placeholdersBack(page), [
            { id: 'map-seesen', consent: true, leaflet: false },
            { id: 'map-salzgitter', consent: true, leaflet: false },
          ]);

          // And on the next page view: placeholders, nothing requested.
          from = await reload(page, log);
          await settle(page);
          const told = await poll(
            () => consents(page),
            (c) => c.length > 0,
          );
          assert.ok(
            told.every((g) => g === false),
            `after revoking, the kit was told: ${JSON.stringify(told)}`,
          );
          assert.deepEqual(
            (await mapStates(page)).map((s) => s.consent),
            [true, true],
          );
          assert.deepEqual(mapRequests(log.requests.slice(from)), [], 'tiles or the map chunk after revoking');

          assert.deepEqual(log.pageErrors, [], 'page errors');
          assert.deepEqual(consoleErrors(log), [], 'console errors');
        } finally {
          await close();
        }
      });

      if (layout[0] !== 'klaro') continue;
      it(`${name}: decline → placeholders, also after a reload`, async () => {
        const { page, log, close } = await openSite();
        try {
          await assertWaiting(page, log, defaultConsent);
          await click(page, '#klaro .cookie-notice .cn-decline');
          await poll(
            () => klaroState(page),
            (k) => k.confirmed,
          );
          assert.deepEqual(await klaroState(page), { confirmed: true, consent: false, notice: false });
          const from = await reload(page, log);
          await settle(page);
          const told = await poll(
            () => consents(page),
            (c) => c.length > 0,
          );
          assert.ok(
            told.every((g) => g === false),
            `after declining, the kit was told: ${JSON.stringify(told)}`,
          );
          assert.deepEqual(
            (await mapStates(page)).map((s) => s.consent),
            [true, true],
          );
          assert.deepEqual(mapRequests(log.requests), [], 'tiles or the map chunk on either page view');
          assert.ok(log.requests.length > from, 'the second page view happened');
          assert.deepEqual(log.pageErrors, [], 'page errors');
          assert.deepEqual(consoleErrors(log), [], 'console errors');
        } finally {
          await close();
        }
      });
    }
  }
});
