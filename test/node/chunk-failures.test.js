// Chunks that cannot load, with the built bundle: the browser is told to fail
// the requests for some of dist/'s chunks, as when a page goes offline after
// the script tag or a webmaster uploaded the script without all of chunks/.
// An extra that fails (the debug list, the language switch, structured data)
// leaves the card showing its project, with a line in the console and
// nothing thrown into the page. A view that fails is the widget's own fault:
// the card says so as an "internal" error (not as a network fault of the
// feed), and loads once the chunk can be had and the page is back online.
/* global document, window, Event */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { missingPrerequisites, openPage, startHost } from './lib/host-page.js';
import { poll } from './lib/poll.js';

const missing = missingPrerequisites();

const page = (card) => `<!doctype html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <title>Chunks that fail</title>
  <script type="module" src="/dist/quartier-widgets.js"></script>
</head>
<body>
  ${card}
</body>
</html>`;

/** Fails every request whose URL matches `blocked.pattern` (while it is set); lets the others through. */
function blocking(blocked) {
  return async (p) => {
    await p.setRequestInterception(true);
    p.on('request', (request) => {
      if (blocked.pattern?.test(request.url())) void request.abort('failed');
      else void request.continue();
    });
  };
}

/** Keeps the page's unhandled promise rejections, on `window.__rejections`. */
function rejections() {
  window.__rejections = [];
  window.addEventListener('unhandledrejection', (event) => window.__rejections.push(String(event.reason)));
}

const cardState = () => {
  const card = document.getElementById('card');
  const root = card.shadowRoot;
  return {
    state: card.state,
    title: root?.querySelector('[part~="title"]')?.textContent.trim() ?? '',
    error: root?.querySelector('[part~="error"]')?.textContent.replace(/\s+/g, ' ').trim() ?? null,
    switch: Boolean(root?.querySelector('select')),
    debug: Boolean(root?.querySelector('[part~="debug"]')),
    structuredData: Boolean(card.querySelector('script[type="application/ld+json"]')),
    rejections: window.__rejections,
  };
};

describe('chunks that cannot load (dist/)', { skip: missing.length ? missing.join('; ') : false, timeout: 120_000 }, () => {
  let host;
  before(async () => {
    host = await startHost();
    host.virtual.set(
      '/chunk-failures/extras.html',
      page('<quartier-card id="card" src="/data/seesen-lena.json" project="lena-seesen" debug languages="de en" structured-data></quartier-card>'),
    );
    host.virtual.set('/chunk-failures/view.html', page('<quartier-card id="card" src="/data/seesen-lena.json" project="lena-seesen"></quartier-card>'));
  });
  after(() => host?.close());

  it('the debug list, the language switch and structured data fail: the card shows its project, the console says why, nothing is thrown', async () => {
    const blocked = { pattern: /\/chunks\/(debug-view|language-switch|structured-data)-[\w-]+\.js$/ };
    const { page: p, log, close } = await openPage(host, '/chunk-failures/extras.html', { init: rejections, prepare: blocking(blocked) });
    try {
      const faults = () => log.console.filter((m) => m.type === 'error' && m.text.startsWith('[quartier-widgets]'));
      // Each of the three is caught where it is loaded, and said once.
      const said = await poll(
        () => faults().length,
        (n) => n >= 3,
      );
      assert.equal(said, 3, JSON.stringify(log.console, null, 1));
      const shown = await poll(
        () => p.evaluate(cardState),
        (s) => s.state === 'loaded',
      );
      assert.deepEqual(
        { ...shown, title: /Lebendige Nachbarschaft/.test(shown.title) },
        { state: 'loaded', title: true, error: null, switch: false, debug: false, structuredData: false, rejections: [] },
      );
      assert.deepEqual(log.pageErrors, []);
      // Still usable: another feed loads.
      blocked.pattern = undefined;
      await p.evaluate(() => {
        const card = document.getElementById('card');
        card.src = '/data/salzgitter-obere-berliner-strasse.json';
        card.project = 'kooperation-obere-berliner-strasse';
      });
      const again = await poll(
        () => p.evaluate(cardState),
        (s) => s.state === 'loaded' && /Berliner/.test(s.title),
      );
      assert.match(again.title, /Obere Berliner Straße/);
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await close();
    }
  });

  it("the card's view fails: an internal error for the editor, not a network fault of the feed; back online, the card loads", async () => {
    const blocked = { pattern: /\/chunks\/quartier-card\.view-[\w-]+\.js$/ };
    const { page: p, log, close } = await openPage(host, '/chunk-failures/view.html', { init: rejections, prepare: blocking(blocked) });
    try {
      const failed = await poll(
        () => p.evaluate(cardState),
        (s) => s.state === 'error' && s.error !== null,
      );
      assert.equal(failed.state, 'error', JSON.stringify(failed));
      assert.match(failed.error, /Hinweis für die Redaktion: Dieses Widget konnte den Feed nicht darstellen \(ein Programmfehler; bitte melden\)\./);
      assert.doesNotMatch(failed.error, /keine Verbindung|CORS/);
      assert.ok(
        log.console.some((m) => m.type === 'warn' && m.text.startsWith('[quartier-widgets] <quartier-card>: The widget failed: TypeError')),
        JSON.stringify(log.console, null, 1),
      );
      blocked.pattern = undefined;
      await p.evaluate(() => window.dispatchEvent(new Event('online')));
      const loaded = await poll(
        () => p.evaluate(cardState),
        (s) => s.state === 'loaded',
      );
      assert.equal(loaded.state, 'loaded', JSON.stringify(loaded));
      assert.match(loaded.title, /Lebendige Nachbarschaft/);
      assert.deepEqual([log.pageErrors, loaded.rejections], [[], []]);
    } finally {
      await close();
    }
  });
});
