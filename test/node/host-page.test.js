// The built script-tag bundle on real host pages (issue 7, items 1–3): a strict
// CSP with Trusted Types, a hostile CMS page, the bundle loaded twice or after
// another version, and no request or storage beyond the page's own origin.
// Headless Chromium (puppeteer-core) loads the pages in test/fixtures/host/
// from a local server; the pages load dist/quartier-widgets.js, so
// `npm run build` must have run (`npm test` does).
/* global document, window, localStorage, sessionStorage, indexedDB, caches */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  FIXTURES,
  ROOT,
  consoleErrors,
  kitWarnings,
  openPage,
  record,
  registrations,
  settle,
  shadowSnapshot,
  startHost,
} from './lib/host-page.js';

const VERSION = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
const MISSING_FEED = '/test/fixtures/host/missing-feed.json';
const ARABIC = /[\u0600-\u06FF]/;

/** One line per element, so that a failure shows which element is off. */
const describeStates = (states) =>
  states.map((s) => `${s.id}: ${s.state}${s.expectedPart ? ` [${s.expectedPart}: ${s.hasPart ? 'shown' : 'missing'}]` : ''}`);
const expectedStates = (states) =>
  states.map((s) => `${s.id}: ${s.expected}${s.expectedPart ? ` [${s.expectedPart}: shown]` : ''}`);

/**
 * The strict-CSP page: every element in every state (loaded, error, empty,
 * debug), in German and Arabic, with zero violations and no page error.
 */
async function checkStrictPage(host, pathname) {
  const { page, log, close } = await openPage(host, pathname);
  try {
    const states = await settle(page);
    const { violations } = await record(page);
    assert.deepEqual(violations, [], 'securitypolicyviolation events');
    assert.deepEqual(log.pageErrors, [], 'page errors');
    assert.equal(states.length, 16, 'the fixture has 8 elements in each of de and ar');
    assert.deepEqual(describeStates(states), expectedStates(states), 'every element reaches its state');
    for (const s of states) {
      assert.equal(s.dir, s.lang === 'ar' ? 'rtl' : 'ltr', `${s.id}: direction`);
      // The Arabic texts (and editor texts) are chunks fetched by dynamic import().
      if (s.partText) assert.equal(ARABIC.test(s.partText), s.lang === 'ar', `${s.id}: ${s.expectedPart} text in ${s.lang}: "${s.partText}"`);
    }
    assert.deepEqual(consoleErrors(log, [MISSING_FEED]), [], 'console errors');
  } finally {
    await close();
  }
}

describe('the built bundle on host pages', { timeout: 60_000 }, () => {
  let host;

  before(async () => {
    host = await startHost();
  });

  after(async () => {
    await host?.close();
  });

  it("strict CSP (script-src/style-src 'self', no 'unsafe-inline') and Trusted Types with Lit's policy: every element in every state, de and ar, zero violations", async () => {
    await checkStrictPage(host, `${FIXTURES}/csp.html`);
  });

  describe('a hostile host page: global CSS, extended prototypes, its own Leaflet and Lit', () => {
    const IDS = ['seesen-card', 'salzgitter-list', 'seesen-card-ar', 'salzgitter-list-ar'];
    const pages = {};

    before(async () => {
      for (const name of ['clean', 'hostile']) {
        const { page, log, close } = await openPage(host, `${FIXTURES}/${name}.html`);
        try {
          const states = await settle(page);
          const snapshots = {};
          for (const id of IDS) snapshots[id] = await shadowSnapshot(page, id);
          const hostStyles = await page.evaluate(() => ({
            root: window.getComputedStyle(document.documentElement).fontSize,
            heading: window.getComputedStyle(document.getElementById('host-heading')).fontSize,
            link: window.getComputedStyle(document.getElementById('host-link')).color,
          }));
          const globals = await page.evaluate(() => {
            const h = window.hostGlobals;
            if (!h) return null;
            const polluted = Object.getOwnPropertyDescriptor(Object.prototype, 'polluted');
            return {
              sameL: window.L === h.L,
              L: JSON.stringify(Object.entries(window.L)),
              polluted: polluted && { value: polluted.value, writable: polluted.writable, enumerable: polluted.enumerable },
              inherited: {}.polluted,
              sameEvil: Array.prototype.evil === h.evil,
              sameLitVersions: window.litElementVersions === h.litElementVersions,
              litVersions: [...window.litElementVersions],
            };
          });
          pages[name] = { states, snapshots, hostStyles, globals, record: await record(page), log };
        } finally {
          await close();
        }
      }
    });

    it('the hostile CSS is in force on the page itself (else the comparison proves nothing)', () => {
      assert.deepEqual(pages.clean.hostStyles, { root: '16px', heading: '24px', link: 'rgb(0, 0, 238)' });
      assert.deepEqual(pages.hostile.hostStyles, { root: '10px', heading: '50px', link: 'rgb(255, 0, 0)' });
    });

    it('every element loads on both pages, with no page error, console error or warning', () => {
      for (const name of ['clean', 'hostile']) {
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

    it("leaves the host's globals alone: window.L, Object.prototype.polluted, Array.prototype.evil, litElementVersions", () => {
      const g = pages.hostile.globals;
      assert.ok(g, 'the hostile page set its globals');
      assert.equal(g.sameL, true, 'window.L is still the host object');
      assert.equal(g.L, JSON.stringify([['version', '0.7.7']]), 'window.L unchanged');
      assert.deepEqual(g.polluted, { value: 'x', writable: true, enumerable: true }, 'Object.prototype.polluted as the host set it');
      assert.equal(g.inherited, 'x');
      assert.equal(g.sameEvil, true, 'Array.prototype.evil is still the host function');
      assert.equal(g.sameLitVersions, true, 'litElementVersions is still the host array');
      // Lit's own bookkeeping appends its version; the host's entry stays first.
      assert.equal(g.litVersions[0], '2.0.0');
    });

    it('feed records take nothing from the polluted prototypes: no own "polluted"/"evil" field, the same warnings as on a clean page', () => {
      for (const id of IDS) {
        const clean = pages.clean.record.loads[id];
        const hostile = pages.hostile.record.loads[id];
        assert.ok(clean && hostile, `${id}: quartier-load fired on both pages`);
        assert.deepEqual(hostile.suspicious, [], `${id}: fields from the prototype in the loaded feed`);
        assert.deepEqual(hostile.warnings, clean.warnings, `${id}: validation warnings`);
        assert.doesNotMatch(pages.hostile.snapshots[id].markup, /polluted|evil|function \(\)/, `${id}: shadow markup`);
      }
    });
  });

  it('the bundle loaded twice: no error, one [quartier-widgets] warning per element, the elements work', async () => {
    const { page, log, close } = await openPage(host, `${FIXTURES}/twice.html`);
    try {
      const states = await settle(page);
      assert.ok(log.requests.some((u) => u.endsWith('/dist/quartier-widgets.js?v=2')), 'the second copy was requested');
      assert.deepEqual(log.pageErrors, [], 'page errors');
      assert.deepEqual(consoleErrors(log), [], 'console errors');
      const warnings = kitWarnings(log);
      assert.equal(warnings.length, 2, `one warning per tag:\n${warnings.join('\n')}`);
      for (const tag of ['quartier-card', 'partner-list']) {
        const mine = warnings.filter((w) => w.includes(`<${tag}>`));
        assert.equal(mine.length, 1, `<${tag}>: ${mine.join(' | ')}`);
        assert.match(mine[0], new RegExp(`already registered \\(version ${VERSION.replaceAll('.', '\\.')}\\)`));
      }
      assert.deepEqual(describeStates(states), expectedStates(states));
      const reg = await registrations(page);
      assert.equal(reg.card, VERSION);
      assert.equal(reg.list, VERSION);
    } finally {
      await close();
    }
  });

  it('another version registered first: its <quartier-card> stays, one warning names it, <partner-list> still works', async () => {
    const { page, log, close } = await openPage(host, `${FIXTURES}/preregistered.html`);
    try {
      const states = await settle(page);
      assert.deepEqual(log.pageErrors, [], 'page errors');
      assert.deepEqual(consoleErrors(log), [], 'console errors');
      const warnings = kitWarnings(log);
      assert.equal(warnings.length, 1, `one warning, for the taken tag only:\n${warnings.join('\n')}`);
      assert.match(warnings[0], /<quartier-card> is already registered \(version 0\.0\.1\)/);
      assert.ok(warnings[0].includes(`this copy (version ${VERSION})`), warnings[0]);
      const reg = await registrations(page);
      assert.equal(reg.hostCardKept, true, 'customElements.get("quartier-card") is still the host class');
      assert.equal(reg.list, VERSION);
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
      assert.ok(log.requests.some((u) => u.endsWith('/data/seesen-lena.json')), 'the page fetched its feeds');
      assert.ok(log.requests.some((u) => u.includes('/dist/chunks/')), 'the page fetched chunks');
      const foreign = log.requests.filter((u) => {
        try {
          return new URL(u).origin !== host.origin;
        } catch {
          return true;
        }
      });
      assert.deepEqual(foreign, [], `requests beyond ${host.origin}`);
      const stored = await page.evaluate(async () => ({
        cookie: document.cookie,
        localStorage: localStorage.length,
        sessionStorage: sessionStorage.length,
        indexedDB: (await indexedDB.databases()).map((d) => d.name),
        caches: typeof caches === 'undefined' ? [] : await caches.keys(),
      }));
      assert.deepEqual(stored, { cookie: '', localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [] });
      const cookies = await page.browserContext().cookies();
      assert.deepEqual(cookies, [], 'cookies in the browser context (HttpOnly included)');
    } finally {
      await close();
    }
  });
});
