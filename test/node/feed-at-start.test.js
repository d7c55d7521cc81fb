// The built bundle on a page with two cards and a partner list on one feed:
// the feed is requested once, right after the entry and its one static chunk
// (two round trips deep), before any view chunk; and each view comes with
// every chunk it needs in the same step (no request is started from a chunk
// that was itself fetched for a view). Build first (`npm run build`).
/* global document */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startHost } from './lib/host-page.js';
import { recordRequests, requestLevels } from '../../scripts/bench/cold-start.js';

const FEED = '/data/seesen-lena.json';
const PAGE = '/__test/feed-at-start.html';

describe('the feed at the start (built bundle)', { timeout: 120_000 }, () => {
  let host;

  before(async () => {
    host = await startHost();
    host.virtual.set(
      PAGE,
      `<!doctype html><html lang="de"><head><meta charset="utf-8"><link rel="icon" href="data:,">
      <script type="module" src="/dist/quartier-widgets.js"></script></head><body>
      <quartier-card src="${FEED}" project="lena-seesen"></quartier-card>
      <quartier-card src="${FEED}" project="lena-seesen"></quartier-card>
      <partner-list src="${FEED}" project="lena-seesen"></partner-list></body></html>`,
    );
  });

  after(async () => {
    await host?.close();
  });

  it('one feed request, two round trips deep, before the views; each view with its chunks in one step', async () => {
    const context = await host.browser.createBrowserContext();
    try {
      const page = await context.newPage();
      const cdp = await page.createCDPSession();
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      const requests = recordRequests(cdp);
      await page.goto(`${host.origin}${PAGE}`, { waitUntil: 'load' });
      await page.waitForFunction(() => [...document.querySelectorAll('quartier-card, partner-list')].every((el) => el.state === 'loaded'), {
        timeout: 20_000,
        polling: 50,
      });
      const paths = requests.map((r) => new URL(r.url).pathname);
      const level = requestLevels(requests);
      const feedAt = paths.indexOf(FEED);
      assert.equal(paths.filter((p) => p === FEED).length, 1, `one feed request: ${paths.join(', ')}`);
      // Before it: the page, the entry and the core chunk it imports.
      assert.deepEqual(
        paths.slice(1, feedAt).map((p) => p.replace(/-[\w-]{8}\.js$/, '.js')),
        ['/dist/quartier-widgets.js', '/dist/chunks/core.js'],
      );
      assert.equal(level.get(requests[feedAt].url), 3, 'the feed leaves after two round trips (entry, core)');
      const views = paths.filter((p) => /\.view-[\w-]{8}\.js$/.test(p));
      assert.deepEqual(views.map((p) => p.replace(/.*\/|-[\w-]{8}\.js$/g, '')).sort(), ['partner-list.view', 'quartier-card.view']);
      assert.ok(paths.indexOf(views[0]) > feedAt, 'the feed request leaves before the first view chunk is asked for');
      // Every chunk is asked for in the step the view is: none is one level deeper.
      const chunkLevels = requests.filter((r) => new URL(r.url).pathname.startsWith('/dist/chunks/') && !/\/core-/.test(r.url)).map((r) => level.get(r.url));
      assert.ok(chunkLevels.length > 2, 'the views need chunks of their own');
      // Few files in that step (a browser opens six connections per host over HTTP/1.1, and each file
      // costs a round trip on a slow line): the feed code with the views' common helpers, the helpers
      // of views that show places, the pipeline, and the two views.
      assert.ok(chunkLevels.length <= 5, `chunks in the views' step: ${paths.filter((p) => p.startsWith('/dist/chunks/')).join(', ')}`);
      assert.deepEqual([...new Set(chunkLevels)], [3], `levels of the chunks: ${chunkLevels.join(' ')}`);
    } finally {
      await context.close();
    }
  });
});

describe('the built chunks', () => {
  it('build no module namespace objects (their property descriptors would read a polluted Object.prototype)', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const files = (await readdir('dist/chunks')).filter((f) => f.endsWith('.js')).map((f) => `dist/chunks/${f}`);
    for (const file of ['dist/quartier-widgets.js', ...files]) {
      assert.doesNotMatch(await readFile(file, 'utf8'), /Symbol\.toStringTag,\{value:`Module`\}/, file);
    }
  });
});
