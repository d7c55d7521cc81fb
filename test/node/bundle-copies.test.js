// Two copies of the script-tag bundle on one page, from different folders (say,
// a CMS plugin's copy of dist/ and the theme's): each copy has its own entry,
// chunks and Lit. The copy that runs first registers the elements; the other
// registers nothing and warns once. Map consent belongs to the page: a grant or
// a revocation through either copy's setMapConsent() reaches every map on the
// page, whichever copy registered <offer-map> and so drew the maps.
// Headless Chromium (puppeteer-core) on the host pages' local server; the
// second copy is dist/ served again under /plugin/quartier-widgets/, so
// `npm run build` must have run (`npm test` does).
/* global window */
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
  kitWarnings,
  newGlobals,
  openPage,
  placeholdersBack,
  serveCopy,
  settle,
  startHost,
  twoMapsPage,
} from './lib/host-page.js';

const VERSION = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
const THEME = '/dist/quartier-widgets.js';
const PLUGIN = '/plugin/quartier-widgets/quartier-widgets.js';
const LIT_GLOBALS = ['litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions'];

describe('two copies of the bundle on one page', { timeout: 120_000 }, () => {
  let host;
  before(async () => {
    host = await startHost();
    serveCopy(host, '/plugin/quartier-widgets');
  });
  after(() => host?.close());

  for (const [first, second, name] of [
    [THEME, PLUGIN, 'the theme'],
    [PLUGIN, THEME, 'the plugin'],
  ]) {
    it(`${name}'s copy first: it draws the maps; consent through the other copy opens and closes every map, also one added later; one warning; Lit's four globals`, async () => {
      const pathname = `/copies/${name.replace(/\W/g, '-')}.html`;
      // Both copies, `first` before `second`, and two maps waiting for consent.
      host.virtual.set(
        pathname,
        twoMapsPage('Two copies of the kit', [`<script type="module" src="${first}"></script>`, `<script type="module" src="${second}"></script>`]),
      );
      const { page, log, close } = await openPage(host, pathname);
      try {
        const states = await settle(page);
        assert.deepEqual(
          states.map((s) => [s.id, s.state, s.hasPart]),
          [
            ['map-seesen', 'loaded', true],
            ['map-salzgitter', 'loaded', true],
          ],
        );
        // The first copy registered <offer-map>: its view chunk drew the lists, not the other's.
        const folder = (url) => path.posix.dirname(new URL(url).pathname);
        const views = log.requests.filter((u) => /\/chunks\/offer-map\.view-[\w-]+\.js$/.test(u)).map((u) => path.posix.dirname(folder(u)));
        assert.deepEqual(views, [path.posix.dirname(first)], 'the <offer-map> view chunk came from the first copy');
        assert.ok(
          log.requests.some((u) => new URL(u).pathname === second),
          'the second copy was loaded too',
        );
        assert.deepEqual(
          kitWarnings(log).map((w) => w.replaceAll(VERSION, 'V')),
          [
            '[quartier-widgets] <quartier-card> (version V), <partner-list> (version V), <offer-map> (version V), <quartier-agenda> (version V), <quartier-directory> (version V) already registered; this copy (version V) is not registered again.',
          ],
        );
        assert.deepEqual(
          log.requests.filter((u) => u.includes('/create-map') || new URL(u).pathname.startsWith(TILE_ROUTE)),
          [],
          'map chunk or tiles before consent',
        );

        // The copy that registered nothing grants: both maps (drawn by the first copy) open.
        await page.evaluate(async (url) => (await import(url)).setMapConsent(true), second);
        await assertDrawn(page, 'offer-map');
        // A map added later opens without asking.
        await addMapLater(page);
        await assertDrawn(page, '#map-later');

        // The same copy revokes: every map returns to its placeholder.
        await page.evaluate(async (url) => (await import(url)).setMapConsent(false), second);
        assert.deepEqual(await placeholdersBack(page), [
          { id: 'map-seesen', consent: true, leaflet: false },
          { id: 'map-salzgitter', consent: true, leaflet: false },
          { id: 'map-later', consent: true, leaflet: false },
        ]);

        assert.deepEqual(log.pageErrors, [], 'page errors');
        assert.deepEqual(consoleErrors(log), [], 'console errors');
        // Two Lits, one entry each in Lit's version lists; nothing else on window.
        assert.deepEqual(
          (await newGlobals(page)).filter((g) => g !== 'Symbol.metadata'),
          LIT_GLOBALS,
        );
        assert.equal(await page.evaluate(() => window.litElementVersions.length), 2, 'each copy brings its own Lit');
      } finally {
        await close();
      }
    });
  }
});
