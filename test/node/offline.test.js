// Offline with the real HTTP cache of Chromium: a card reads a feed from a
// second server (another origin, CORS, `Cache-Control: no-cache` so the
// browser keeps a copy but asks every time). The server stops; after a
// reload the card shows the copy the browser kept, with its "Stand" and a
// note for residents, instead of an error. The server comes back and the
// page's `online` event makes the card fetch anew and drop the note.
/* global document, window, customElements, Event, localStorage, sessionStorage */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FIXTURES, ROOT, openPage, startHost } from './lib/host-page.js';
import { poll } from './lib/poll.js';

const FEED = readFileSync(path.join(ROOT, 'data/seesen-lena.json'));
const MODIFIED = 'Sat, 21 Nov 2026 09:15:00 GMT';

/** The feed server: starts on `port` (0: any free one), counts its requests. */
function feedServer(port = 0) {
  const sockets = new Set();
  let requests = 0;
  const server = createServer((req, res) => {
    requests++;
    res.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': 'no-cache',
      // Readable from another origin (Date is not, unless exposed).
      'Last-Modified': MODIFIED,
    });
    res.end(FEED);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${server.address().port}/feed.json`,
        port: server.address().port,
        requests: () => requests,
        close: () =>
          new Promise((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

/** Polls the page until `check` (run in the page) returns a truthy value. */
async function until(page, check, arg, timeout = 20_000) {
  const value = await poll(() => page.evaluate(check, arg), Boolean, { timeout, interval: 100 });
  if (!value) throw new Error(`timed out waiting for: ${check}`);
  return value;
}

const cardState = () => {
  const card = document.getElementById('card');
  const note = card.shadowRoot?.querySelector('[part="offline"]');
  return {
    state: card.state,
    note: note ? note.textContent.replace(/\s+/g, ' ').trim() : null,
    title: card.shadowRoot?.querySelector('[part~="title"]')?.textContent.trim() ?? '',
  };
};

describe('offline: the last good data from the browser cache', { timeout: 120_000 }, () => {
  let host;
  before(async () => {
    host = await startHost();
  });
  after(() => host?.close());

  it('shows the copy the browser kept, with its date, when the feed server is gone; fetches anew when the page is back online', async () => {
    let feeds = await feedServer();
    const { page, log, close } = await openPage(host, `${FIXTURES}/offline.html`);
    try {
      const load = async () => {
        await page.waitForFunction(() => customElements.get('quartier-card'));
        await page.evaluate((src) => {
          document.getElementById('card').src = src;
        }, feeds.url);
      };
      await load();
      const first = await until(page, () => {
        const s = document.getElementById('card').state;
        return s === 'loaded' && s;
      });
      assert.equal(first, 'loaded');
      assert.equal((await page.evaluate(cardState)).note, null, 'no note while the server answers');

      const port = feeds.port;
      await feeds.close();
      await page.reload({ waitUntil: 'load' });
      await load();
      // Three retries (1 s, 2 s, 4 s) first: the browser is online, only the server is gone.
      const offline = await until(page, () => {
        const card = document.getElementById('card');
        return card.shadowRoot?.querySelector('[part="offline"]') && card.state === 'loaded';
      });
      assert.ok(offline);
      const shown = await page.evaluate(cardState);
      // Last-Modified in the local time zone (Chromium and Node share it).
      const stand = new Intl.DateTimeFormat('de', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(MODIFIED));
      assert.match(stand, /^21\. November 2026/);
      assert.equal(shown.note, `Gerade keine Verbindung. Sie sehen die Daten vom ${stand}.`);
      assert.match(shown.title, /Lebendige Nachbarschaft/);

      feeds = await feedServer(port);
      await page.evaluate(() => window.dispatchEvent(new Event('online')));
      await until(page, () => {
        const card = document.getElementById('card');
        return card.state === 'loaded' && !card.shadowRoot.querySelector('[part="offline"]');
      });
      assert.match((await page.evaluate(cardState)).title, /Lebendige Nachbarschaft/);
      assert.ok(feeds.requests() >= 1, 'the card asked the server again');
      assert.deepEqual(log.pageErrors, []);
      const stored = await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]);
      assert.deepEqual(stored, ['', 0, 0], 'the kit stores nothing itself');
    } finally {
      await close();
      await feeds.close();
    }
  });
});
