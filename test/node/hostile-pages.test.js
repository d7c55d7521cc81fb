// The built bundle on hostile host pages of issue 15 (fixtures in
// test/fixtures/hostile/), in headless Chromium (puppeteer-core), served by
// the benchmarks' static server: a page whose Object.prototype a query parser
// has polluted; feeds whose server redirects where the browser will not
// follow (a server of the test's own); a Trusted Types policy sent as a
// header (the same pages served by a second server with that header); a
// theme with `* { all: unset }` and a 10 px root. Build first (`npm run
// build`): the pages load dist/.
/* global document, window, getComputedStyle, requestAnimationFrame */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { ROOT, startHost } from './lib/host-page.js';
import { startServer } from '../../scripts/bench/server.js';

const HOSTILE = '/test/fixtures/hostile';

/**
 * Opens `pathname` in a fresh browser context, noting every request with its
 * method and body, page errors and console messages; waits for `load`.
 */
async function open(host, pathname, origin = host.origin) {
  const context = await host.browser.createBrowserContext();
  const page = await context.newPage();
  const log = { requests: [], pageErrors: [], console: [] };
  // Outside the page's CSP: every securitypolicyviolation, as `directive: sample`.
  await page.evaluateOnNewDocument(() => {
    const violations = [];
    Object.defineProperty(window, '__violations', { value: violations });
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.sample}`), true);
  });
  page.on('request', (r) => log.requests.push({ url: r.url(), method: r.method(), body: r.postData() ?? null, headers: r.headers() }));
  page.on('pageerror', (e) => log.pageErrors.push(e instanceof Error ? e.message : String(e)));
  page.on('console', (m) => log.console.push(`${m.type()}: ${m.text()}`));
  await page.goto(`${origin}${pathname}`, { waitUntil: 'load' });
  return { page, log, close: () => context.close() };
}

/** Waits until every `[data-expect]` element has left `loading` (or 10 s pass). */
async function settle(page) {
  const end = Date.now() + 10_000;
  const done = () => page.evaluate(() => [...document.querySelectorAll('[data-expect]')].every((el) => typeof el.state === 'string' && el.state !== 'loading'));
  while (!(await done()) && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 50));
}

/** Each element's state, shadow text and every href and src in its shadow root. */
function shadows(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-expect]')].map((el) => {
      const root = el.shadowRoot;
      return {
        id: el.id,
        state: el.state,
        text: root?.textContent.replace(/\s+/g, ' ').trim() ?? '',
        links: root ? [...root.querySelectorAll('[href], [src]')].map((n) => n.getAttribute('href') ?? n.getAttribute('src')) : [],
      };
    }),
  );
}

describe('hostile host pages (built bundle)', { timeout: 120_000 }, () => {
  let host;

  before(async () => {
    host = await startHost();
  });

  after(async () => {
    await host?.close();
  });

  it('a redirect the browser will not follow (javascript:, data:, file:, endless) is named at once: no retries, 22 requests at most', async () => {
    const requests = {};
    const server = createServer((req, res) => {
      const path = new URL(req.url, 'http://x').pathname;
      const key = path.startsWith('/loop/') ? 'loop' : path.slice('/to-'.length);
      requests[key] = (requests[key] ?? 0) + 1;
      const target =
        { javascript: 'javascript:alert(1)', data: 'data:application/json,{"version":"1"}', file: 'file:///etc/passwd' }[key] ??
        `/loop/${Number(path.split('/')[2]) + 1}`;
      res.writeHead(302, { Location: target, 'Access-Control-Allow-Origin': '*' }).end();
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { page, log, close } = await open(host, `${HOSTILE}/redirects.html?server=http://127.0.0.1:${server.address().port}`);
    try {
      const started = Date.now();
      await settle(page);
      const states = await page.evaluate(() =>
        [...document.querySelectorAll('quartier-card')].map(
          (el) =>
            `${el.id}: ${el.state} ${el.error?.code} ${el.shadowRoot.querySelector('[part="error"]')?.textContent.includes('leitet auf eine Adresse weiter') ? 'named' : 'not named'}`,
        ),
      );
      assert.deepEqual(states, ['javascript: error redirect named', 'data: error redirect named', 'file: error redirect named', 'loop: error redirect named']);
      assert.ok(Date.now() - started < 5_000, `no retries: ${Date.now() - started} ms`);
      // One request that follows, one that does not; the endless chain ends after the browser's 20 redirects.
      assert.deepEqual({ javascript: requests.javascript, data: requests.data, file: requests.file }, { javascript: 2, data: 2, file: 2 });
      assert.ok(requests.loop <= 22, `${requests.loop} requests for the endless chain (84 with retries)`);
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await close();
      server.close();
    }
  });

  for (const stored of ['', "'false'"]) {
    it(`a consent manager passing its stored state (${stored || 'null'}) grants nothing: the placeholder stays, no tile, no map chunk, one warning`, async () => {
      const tilesBefore = host.tileRequests();
      const { page, log, close } = await open(host, `${HOSTILE}/consent-manager.html${stored ? '?stored=false' : ''}`);
      try {
        await settle(page);
        // In view, where a map with consent would load; the consent call has run (the page says so).
        const state = await page.evaluate(async () => {
          const el = document.getElementById('map');
          el.scrollIntoView({ block: 'center' });
          await el.updateComplete;
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          return {
            given: document.documentElement.dataset.consentGiven,
            placeholder: Boolean(el.shadowRoot.querySelector('[part~="consent"]')),
            leaflet: Boolean(el.shadowRoot.querySelector('.leaflet-container')),
          };
        });
        assert.deepEqual(state, { given: 'yes', placeholder: true, leaflet: false });
        assert.equal(host.tileRequests(), tilesBefore, 'tile requests');
        assert.deepEqual(
          log.requests.filter((r) => r.url.includes('create-map')),
          [],
          'the map chunk',
        );
        // The value itself is the warning's last argument (test/elements/map-consent.test.ts checks it; the console text shows no null).
        assert.deepEqual(
          log.console.filter((m) => m.includes('setMapConsent')).map((m) => m.replace(/: not true:.*/, ': not true:')),
          ['warn: [quartier-widgets] setMapConsent: not true:'],
        );
      } finally {
        await close();
      }
    });
  }

  /** The same repository served with a Content-Security-Policy header (a page cannot read it). */
  async function withPolicy(policy, run) {
    const server = await startServer(ROOT, { headers: { 'Content-Security-Policy': policy, 'Cache-Control': 'no-cache' } });
    try {
      await run(server.origin);
    } finally {
      await server.close();
    }
  }

  it('structured-data under a Trusted Types header policy: one violation on the page for four elements, one warning, every element loaded', async () => {
    await withPolicy("script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html", async (origin) => {
      const { page, log, close } = await open(host, `${HOSTILE}/trusted-types.html`, origin);
      try {
        await settle(page);
        assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('[data-expect]')].map((el) => `${el.id}: ${el.state}`)), [
          'card: loaded',
          'compact: loaded',
          'list: loaded',
          'map: loaded',
        ]);
        // The JSON-LD is written by a lazy extra after the elements have loaded: its one warning is the sign it has run.
        const end = Date.now() + 10_000;
        while (!log.console.some((m) => m.includes('structured-data')) && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 50));
        const violations = await page.evaluate(() => window.__violations);
        assert.equal(violations.length, 1, violations.join('\n'));
        assert.match(violations[0], /^require-trusted-types-for/);
        assert.equal(await page.evaluate(() => document.querySelectorAll('script[type="application/ld+json"]').length), 0);
        assert.equal(log.console.filter((m) => m.includes('structured-data')).length, 1, log.console.join('\n'));
        assert.deepEqual(log.pageErrors, []);
      } finally {
        await close();
      }
    });
  });

  it("trusted-types 'none': one console error that names the directive to add; without require-trusted-types-for the widgets still work", async () => {
    await withPolicy("script-src 'self'; trusted-types 'none'", async (origin) => {
      const { page, log, close } = await open(host, `${HOSTILE}/trusted-types.html`, origin);
      try {
        await settle(page);
        assert.deepEqual(
          log.console.filter((m) => m.includes('trusted-types lit-html')),
          ['error: [quartier-widgets] CSP: add trusted-types lit-html'],
        );
        assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('[data-expect]')].map((el) => `${el.id}: ${el.state}`)), [
          'card: loaded',
          'compact: loaded',
          'list: loaded',
          'map: loaded',
        ]);
        assert.deepEqual(log.pageErrors, []);
      } finally {
        await close();
      }
    });
  });

  it('* { all: unset } with html { font-size: 62.5% }: the widgets keep their 16 px text, font and colours', async () => {
    const looks = async (pathname) => {
      const { page, close } = await open(host, pathname);
      try {
        await settle(page);
        return await page.evaluate(() =>
          [...document.querySelectorAll('[data-expect]')].map((el) => {
            const base = el.shadowRoot.querySelector('[part~="base"]');
            const title = el.shadowRoot.querySelector('[part~="title"], [part~="name"], [part~="toolbar"]');
            const s = getComputedStyle(base);
            return {
              id: el.id,
              state: el.state,
              base: [s.fontSize, s.fontFamily, s.color, s.lineHeight, s.fontWeight],
              title: title && getComputedStyle(title).fontSize,
              host: getComputedStyle(el).fontSize,
            };
          }),
        );
      } finally {
        await close();
      }
    };
    const clean = await looks('/test/fixtures/host/clean.html');
    const unset = await looks(`${HOSTILE}/all-unset.html`);
    for (const id of ['seesen-card', 'salzgitter-list', 'seesen-map']) {
      const a = clean.find((e) => e.id === id);
      const b = unset.find((e) => e.id === id);
      assert.equal(b.state, 'loaded', id);
      assert.equal(b.base[0], '16px', `${id}: text size`);
      assert.deepEqual(b, a, `${id}: as on the clean page`);
    }
  });

  for (const key of ['url', 'email', 'phone', 'summary', 'method', 'body', 'integrity', '']) {
    it(`a polluted Object.prototype (${key || 'every key at once'}) changes nothing the widgets show or send`, () => checkPolluted(key));
  }

  async function checkPolluted(key) {
    const { page, log, close } = await open(host, `${HOSTILE}/polluted-prototype.html${key ? `?key=${key}` : ''}`);
    try {
      await settle(page);
      const elements = await shadows(page);
      assert.deepEqual(
        elements.map((e) => `${e.id}: ${e.state}`),
        ['card: loaded', 'list: loaded', 'all: loaded', 'map: loaded'],
      );
      for (const e of elements) {
        assert.match(e.text, /Nachbarschaft|Treffpunkt/, `${e.id} shows the feed`);
        assert.doesNotMatch(e.text, /POLLUTED|polluted|0000 666/i, `${e.id}: text from the prototype`);
        assert.deepEqual(
          e.links.filter((href) => /polluted|^mailto:|^tel:/i.test(href)),
          [],
          `${e.id}: links from the prototype`,
        );
      }
      const feedRequests = log.requests.filter((r) => r.url.includes('/pollution-feed.json'));
      assert.ok(feedRequests.length > 0, 'the feed was requested');
      for (const r of feedRequests) {
        assert.deepEqual({ method: r.method, body: r.body }, { method: 'GET', body: null }, `${r.url}: the feed request`);
      }
      assert.deepEqual(log.pageErrors, [], 'page errors');
    } finally {
      await close();
    }
  }
});
