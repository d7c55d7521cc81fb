/**
 * Loading feeds: `fetchFeedText` (one request: no cookies, a time limit for the
 * whole answer, a size cap), `loadFeed` (one request per URL however many ask,
 * failures forgotten, aborted only when every waiter has left), `loadFeeds`
 * (several feeds merged) and `parseSrc`. Every test passes its own fake
 * `fetch` and uses URLs no other test uses.
 */
import { expect } from '@open-wc/testing';
import { FeedError, isFeedError } from '../../src/feed/errors.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, fetchFeedText } from '../../src/feed/fetch-feed.js';
import { clearFeedCache, loadFeed, loadFeeds } from '../../src/feed/load-feeds.js';
import { parseSrc } from '../../src/feed/feed-request.js';
import { deferred, feedError, nextTask, rejection } from '../support/async.js';
import { abortable, fakeFetch, gatedFetch, json } from '../support/fake-fetch.js';
import { feedWith, project, uniqueUrl } from '../support/feeds.js';

/** A feed with one project, `projectId`, plus whatever `extra` adds. */
const feed = (projectId: string, extra: Record<string, unknown> = {}): Record<string, unknown> =>
  feedWith({ projects: [project({ id: projectId })], ...extra });

const encoder = new TextEncoder();

describe('fetchFeedText', () => {
  it('returns the body text', async () => {
    const url = uniqueUrl();
    const { fetch, calls } = fakeFetch(() => new Response('{"version":"1"}'));
    expect(await fetchFeedText(url, { fetch })).to.equal('{"version":"1"}');
    expect(calls).to.have.length(1);
    expect(calls[0]!.url).to.equal(url);
  });

  it('asks without cookies, for JSON, with an abort signal', async () => {
    const { fetch, calls } = fakeFetch(() => new Response('{}'));
    await fetchFeedText(uniqueUrl(), { fetch });
    const init = calls[0]!.init;
    expect(init.credentials).to.equal('omit');
    expect(init.mode).to.equal('cors');
    expect(new Headers(init.headers).get('accept')).to.equal('application/json');
    expect(init.signal).to.be.instanceOf(AbortSignal);
    expect(init.signal!.aborted).to.equal(false);
  });

  it('has sensible defaults', () => {
    expect(DEFAULT_TIMEOUT_MS).to.be.within(5_000, 60_000);
    expect(DEFAULT_MAX_BYTES).to.be.within(1024 * 1024, 50 * 1024 * 1024);
  });

  it('reports an HTTP error status as "http" with the status', async () => {
    for (const status of [404, 500, 403, 503]) {
      const url = uniqueUrl();
      const { fetch } = fakeFetch(() => new Response('<html>Not found</html>', { status }));
      const error = await feedError(fetchFeedText(url, { fetch }), 'http');
      expect(error.details.status).to.equal(status);
      expect(error.details.url).to.equal(url);
    }
  });

  it('reports a rejected fetch (offline, CORS) as "network"', async () => {
    const url = uniqueUrl();
    const cause = new TypeError('Failed to fetch');
    const { fetch } = fakeFetch(() => Promise.reject(cause));
    const error = await feedError(fetchFeedText(url, { fetch }), 'network');
    expect(error.details.url).to.equal(url);
    expect(error.details.cause).to.equal(cause);
  });

  it('reports "timeout" when no answer comes in time', async () => {
    const { fetch, calls } = fakeFetch((_url, init) => abortable(init));
    const started = performance.now();
    const error = await feedError(fetchFeedText(uniqueUrl(), { fetch, timeoutMs: 30 }), 'timeout');
    expect(performance.now() - started).to.be.below(2_000);
    expect(error.details.value).to.equal(30);
    expect(calls[0]!.init.signal!.aborted).to.equal(true);
  });

  /** A body that sends a byte every few milliseconds and never ends. */
  function tricklingBody(onCancel: () => void, wiredTo?: AbortSignal): ReadableStream<Uint8Array> {
    let timer: ReturnType<typeof setInterval> | undefined;
    return new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('{"version":'));
        timer = setInterval(() => {
          try {
            controller.enqueue(encoder.encode(' '));
          } catch {
            clearInterval(timer);
          }
        }, 5);
        // A real fetch errors the body when its signal aborts.
        wiredTo?.addEventListener('abort', () => {
          clearInterval(timer);
          controller.error(wiredTo.reason);
        });
      },
      cancel() {
        clearInterval(timer);
        onCancel();
      },
    });
  }

  it('counts the body in the time limit (a body that trickles, as a real fetch does it)', async () => {
    let cancelled = false;
    const { fetch } = fakeFetch((_url, init) => new Response(tricklingBody(() => (cancelled = true), init.signal ?? undefined)));
    const started = performance.now();
    const error = await feedError(fetchFeedText(uniqueUrl(), { fetch, timeoutMs: 60 }), 'timeout');
    expect(performance.now() - started).to.be.below(2_000);
    expect(error.details.value).to.equal(60);
    expect(cancelled).to.equal(false); // errored by the signal, not cancelled
  });

  it('counts the body in the time limit even when the fetch does not stop the body itself', async () => {
    let cancelled = false;
    const { fetch } = fakeFetch(() => new Response(tricklingBody(() => (cancelled = true))));
    const started = performance.now();
    await feedError(fetchFeedText(uniqueUrl(), { fetch, timeoutMs: 60 }), 'timeout');
    expect(performance.now() - started).to.be.below(2_000);
    expect(cancelled).to.equal(true);
  });

  it('refuses a body larger than the cap by its Content-Length, without reading it', async () => {
    let pulled = 0;
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(100));
      },
      cancel() {
        cancelled = true;
      },
    });
    const { fetch } = fakeFetch(() => new Response(body, { headers: { 'content-length': '1000' } }));
    const url = uniqueUrl();
    const error = await feedError(fetchFeedText(url, { fetch, maxBytes: 999 }), 'too-large');
    expect(error.details.value).to.equal(999);
    expect(error.details.url).to.equal(url);
    expect(cancelled).to.equal(true);
    expect(pulled).to.be.at.most(1); // a stream may pull once on its own, never more
  });

  it('refuses a streamed body that grows past the cap, and stops reading', async () => {
    let pulled = 0;
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(400));
      },
      cancel() {
        cancelled = true;
      },
    });
    const { fetch } = fakeFetch(() => new Response(body));
    const error = await feedError(fetchFeedText(uniqueUrl(), { fetch, maxBytes: 1000 }), 'too-large');
    expect(error.details.value).to.equal(1000);
    expect(cancelled).to.equal(true);
    expect(pulled).to.be.below(6);
  });

  it('accepts a body of exactly the cap, and a wrong small Content-Length does not help a large body', async () => {
    const ok = fakeFetch(() => new Response('x'.repeat(1000)));
    expect(await fetchFeedText(uniqueUrl(), { fetch: ok.fetch, maxBytes: 1000 })).to.have.length(1000);
    const lying = fakeFetch(() => new Response('x'.repeat(1001), { headers: { 'content-length': '10' } }));
    await feedError(fetchFeedText(uniqueUrl(), { fetch: lying.fetch, maxBytes: 1000 }), 'too-large');
  });

  it('counts bytes, not characters', async () => {
    const text = 'ä'.repeat(600); // 1200 bytes in UTF-8
    const { fetch } = fakeFetch(() => new Response(text));
    await feedError(fetchFeedText(uniqueUrl(), { fetch, maxBytes: 1000 }), 'too-large');
  });

  it('decodes UTF-8 split across chunks', async () => {
    const bytes = encoder.encode('{"name":"Straße – Küche ☕"}');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i++) controller.enqueue(bytes.slice(i, i + 1));
        controller.close();
      },
    });
    const { fetch } = fakeFetch(() => new Response(body));
    expect(await fetchFeedText(uniqueUrl(), { fetch })).to.equal('{"name":"Straße – Küche ☕"}');
  });

  it('rejects with the signal’s reason when the caller aborts, and aborts the request', async () => {
    const { fetch, calls } = fakeFetch((_url, init) => abortable(init));
    const controller = new AbortController();
    const reason = new Error('element left');
    const pending = fetchFeedText(uniqueUrl(), { fetch, signal: controller.signal });
    await nextTask();
    controller.abort(reason);
    expect(await rejection(pending)).to.equal(reason);
    expect(calls[0]!.init.signal!.aborted).to.equal(true);
  });

  it('does not fetch at all with a signal that is already aborted', async () => {
    const { fetch, calls } = fakeFetch(() => new Response('{}'));
    const reason = new Error('gone');
    const error = await rejection(fetchFeedText(uniqueUrl(), { fetch, signal: AbortSignal.abort(reason) }));
    expect(error).to.equal(reason);
    expect(calls).to.have.length(0);
  });
});

describe('loadFeed', () => {
  beforeEach(() => clearFeedCache());

  it('reads and validates a feed, naming its source', async () => {
    const url = uniqueUrl();
    const { fetch } = fakeFetch(() => json(feed('p', { organizations: [{ id: 'o', name: 'O', url: 'javascript:alert(1)' }] })));
    const result = await loadFeed(url, { fetch });
    expect(result.source).to.equal(url);
    expect(result.feed.projects.map((p) => p.id)).to.deep.equal(['p']);
    expect(result.warnings).to.have.length(1);
    expect(result.warnings[0]).to.deep.include({ code: 'invalid-url', source: url, record: 'o' });
  });

  it('fetches once for 20 concurrent calls for one URL', async () => {
    const url = uniqueUrl();
    const gate = gatedFetch();
    const pending = Array.from({ length: 20 }, () => loadFeed(url, { fetch: gate.fetch }));
    await nextTask();
    expect(gate.calls).to.have.length(1);
    gate.answer(json(feed('shared')));
    const results = await Promise.all(pending);
    expect(gate.calls).to.have.length(1);
    for (const result of results) expect(result.feed.projects[0]!.id).to.equal('shared');
    // Later calls use the cached result.
    await loadFeed(url, { fetch: gate.fetch });
    expect(gate.calls).to.have.length(1);
  });

  it('fetches once for 20 concurrent calls that each bring a signal', async () => {
    const url = uniqueUrl();
    const { fetch, calls } = fakeFetch(() => json(feed('p')));
    const results = await Promise.all(Array.from({ length: 20 }, () => loadFeed(url, { fetch, signal: new AbortController().signal })));
    expect(calls).to.have.length(1);
    expect(new Set(results.map((r) => r.feed)).size).to.equal(1);
  });

  it('fetches each URL separately', async () => {
    const { fetch, calls } = fakeFetch(() => json(feed('p')));
    await Promise.all([loadFeed(uniqueUrl('a'), { fetch }), loadFeed(uniqueUrl('b'), { fetch })]);
    expect(calls).to.have.length(2);
  });

  it('forgets a failure: the next call fetches again', async () => {
    const url = uniqueUrl();
    let status = 500;
    const { fetch, calls } = fakeFetch(() => (status === 200 ? json(feed('p')) : new Response('down', { status })));
    // Without retries (retry.test.ts covers them): the failure is the first answer.
    const first = await Promise.allSettled([loadFeed(url, { fetch, retries: 0 }), loadFeed(url, { fetch, retries: 0 })]);
    expect(first.map((r) => r.status)).to.deep.equal(['rejected', 'rejected']);
    expect(calls).to.have.length(1);
    status = 200;
    const result = await loadFeed(url, { fetch });
    expect(result.feed.projects[0]!.id).to.equal('p');
    expect(calls).to.have.length(2);
  });

  it('forgets a feed that is not JSON or not valid, too', async () => {
    const url = uniqueUrl();
    const bodies = ['<!doctype html><p>Login', '{"version":"2"}', JSON.stringify(feed('p'))];
    const { fetch, calls } = fakeFetch(() => new Response(bodies[calls.length - 1]));
    const notJson = await feedError(loadFeed(url, { fetch }), 'not-json');
    expect(notJson.details.html).to.equal(true);
    expect(notJson.details.url).to.equal(url);
    await feedError(loadFeed(url, { fetch }), 'unknown-version');
    expect((await loadFeed(url, { fetch })).feed.projects).to.have.length(1);
    expect(calls).to.have.length(3);
  });

  it('keeps the request when one of two waiters leaves', async () => {
    const url = uniqueUrl();
    const gate = gatedFetch();
    const leaving = new AbortController();
    const staying = new AbortController();
    const a = loadFeed(url, { fetch: gate.fetch, signal: leaving.signal });
    const b = loadFeed(url, { fetch: gate.fetch, signal: staying.signal });
    await nextTask();
    const reason = new Error('a left');
    leaving.abort(reason);
    expect(await rejection(a)).to.equal(reason);
    expect(gate.calls[0]!.init.signal!.aborted).to.equal(false);
    gate.answer(json(feed('p')));
    expect((await b).feed.projects[0]!.id).to.equal('p');
    expect(gate.calls).to.have.length(1);
  });

  it('aborts the request when every waiter has left, and fetches anew afterwards', async () => {
    const url = uniqueUrl();
    const gate = gatedFetch();
    const one = new AbortController();
    const two = new AbortController();
    const a = loadFeed(url, { fetch: gate.fetch, signal: one.signal });
    const b = loadFeed(url, { fetch: gate.fetch, signal: two.signal });
    await nextTask();
    one.abort(new Error('one left'));
    await rejection(a);
    expect(gate.calls[0]!.init.signal!.aborted).to.equal(false);
    two.abort(new Error('two left'));
    await rejection(b);
    expect(gate.calls[0]!.init.signal!.aborted).to.equal(true);

    const again = fakeFetch(() => json(feed('q')));
    expect((await loadFeed(url, { fetch: again.fetch })).feed.projects[0]!.id).to.equal('q');
    expect(again.calls).to.have.length(1);
  });

  it('keeps the request for a waiter without a signal when one with a signal leaves', async () => {
    const url = uniqueUrl();
    const gate = gatedFetch();
    const forever = loadFeed(url, { fetch: gate.fetch });
    const leaving = new AbortController();
    const short = loadFeed(url, { fetch: gate.fetch, signal: leaving.signal });
    await nextTask();
    leaving.abort(new Error('left'));
    await rejection(short);
    expect(gate.calls[0]!.init.signal!.aborted).to.equal(false);
    gate.answer(json(feed('p')));
    expect((await forever).feed.projects[0]!.id).to.equal('p');
  });

  it('returns a rejected promise (never throws) for a signal that is already aborted', async () => {
    const { fetch, calls } = fakeFetch(() => json(feed('p')));
    const reason = new Error('already gone');
    let promise: Promise<unknown> | undefined;
    expect(() => {
      promise = loadFeed(uniqueUrl(), { fetch, signal: AbortSignal.abort(reason) });
    }).not.to.throw();
    expect(await rejection(promise!)).to.equal(reason);
    await nextTask();
    expect(calls).to.have.length(0);
  });

  it('clearFeedCache forgets loaded feeds', async () => {
    const url = uniqueUrl();
    const { fetch, calls } = fakeFetch(() => json(feed('p')));
    await loadFeed(url, { fetch });
    await loadFeed(url, { fetch });
    expect(calls).to.have.length(1);
    clearFeedCache();
    await loadFeed(url, { fetch });
    expect(calls).to.have.length(2);
  });

  it('passes the time limit and size cap on', async () => {
    const big = fakeFetch(() => new Response('x'.repeat(2000)));
    await feedError(loadFeed(uniqueUrl(), { fetch: big.fetch, maxBytes: 1000 }), 'too-large');
    const slow = fakeFetch((_url, init) => abortable(init));
    await feedError(loadFeed(uniqueUrl(), { fetch: slow.fetch, timeoutMs: 20 }), 'timeout');
  });
});

describe('parseSrc', () => {
  const base = 'https://www.stadt.example/quartier/seite.html';

  it('splits at whitespace and resolves against the base', () => {
    expect(parseSrc('a.json  ../b.json\n\thttps://cdn.example/c.json', base)).to.deep.equal([
      'https://www.stadt.example/quartier/a.json',
      'https://www.stadt.example/b.json',
      'https://cdn.example/c.json',
    ]);
    expect(parseSrc('/feeds/x.json //other.example/y.json', base)).to.deep.equal(['https://www.stadt.example/feeds/x.json', 'https://other.example/y.json']);
  });

  it('removes duplicates, keeping the first place', () => {
    expect(parseSrc('b.json a.json ./a.json https://www.stadt.example/quartier/a.json b.json', base)).to.deep.equal([
      'https://www.stadt.example/quartier/b.json',
      'https://www.stadt.example/quartier/a.json',
    ]);
  });

  it('gives nothing for an empty value', () => {
    expect(parseSrc('', base)).to.deep.equal([]);
    expect(parseSrc('   \n ', base)).to.deep.equal([]);
  });

  it('refuses javascript: and other schemes with invalid-url', () => {
    for (const src of [
      'javascript:alert(1)',
      'feed.json JAVASCRIPT:alert(1)',
      'data:application/json,{}',
      'file:///etc/feed.json',
      'ftp://example.org/feed.json',
      'mailto:a@b.example',
    ]) {
      let error: unknown;
      try {
        parseSrc(src, base);
      } catch (e) {
        error = e;
      }
      expect(isFeedError(error), src).to.equal(true);
      expect((error as FeedError).code).to.equal('invalid-url');
      expect((error as FeedError).details.value)
        .to.be.a('string')
        .and.not.equal('');
    }
  });

  it('refuses what cannot be parsed as a URL', () => {
    expect(() => parseSrc('https://[broken', base)).to.throw(FeedError);
    expect(() => parseSrc('a.json', 'not a base')).to.throw(FeedError);
  });
});

describe('loadFeeds', () => {
  beforeEach(() => clearFeedCache());

  it('merges two feeds in order; a duplicate id keeps the first with a warning naming the second source', async () => {
    const a = uniqueUrl('a');
    const b = uniqueUrl('b');
    const { fetch } = fakeFetch((url) =>
      url === a
        ? json({ version: '1', projects: [{ id: 'p', name: 'Aus A' }] })
        : json({
            version: '1',
            language: 'en',
            projects: [
              { id: 'p', name: 'From B' },
              { id: 'q', name: 'Only in B' },
            ],
          }),
    );
    const result = await loadFeeds([a, b], { fetch });
    expect(result.failed).to.deep.equal([]);
    expect(result.feed.projects.map((p) => [p.id, p.name])).to.deep.equal([
      ['p', { de: 'Aus A' }],
      ['q', { en: 'Only in B' }],
    ]);
    expect(result.feed.language).to.equal('de');
    const dup = result.warnings.filter((w) => w.code === 'duplicate-id');
    expect(dup).to.have.length(1);
    expect(dup[0]).to.deep.include({ list: 'projects', record: 'p', field: 'id', dropped: 'record', source: b });
    expect(dup[0]!.detail?.['kept']).to.equal(a);
  });

  it('gives every element of a page one model of the same feeds: merged and checked once', async () => {
    const a = uniqueUrl('a');
    const b = uniqueUrl('b');
    const { fetch, calls } = fakeFetch((url) => json(feed(url === a ? 'from-a' : 'from-b', { places: [{ id: 'ort', name: 'Ort', project: 'nowhere' }] })));
    const results = await Promise.all(Array.from({ length: 20 }, () => loadFeeds([a, b], { fetch })));
    expect(calls).to.have.length(2);
    for (const r of results) expect(r.feed).to.equal(results[0]!.feed);
    // One warning for the bad reference (checked once), and the duplicate place of b: not twenty of each.
    expect(results[0]!.warnings.filter((w) => w.code === 'unknown-reference')).to.have.length(1);
    // Later, and for one of the feeds alone: the same model again, and a model of its own.
    expect((await loadFeeds([a, b], { fetch })).feed).to.equal(results[0]!.feed);
    const alone = await loadFeeds([a], { fetch });
    expect(alone.feed).not.to.equal(results[0]!.feed);
    expect(alone.feed.projects.map((p) => p.id)).to.deep.equal(['from-a']);
    // A feed fetched anew (the cache cleared) makes a new model.
    clearFeedCache();
    expect((await loadFeeds([a, b], { fetch })).feed).not.to.equal(results[0]!.feed);
  });

  it('keeps the order of the URLs, not the order of the answers', async () => {
    const a = uniqueUrl('a');
    const b = uniqueUrl('b');
    // a answers only once b has answered.
    const bAnswered = deferred();
    const { fetch } = fakeFetch(async (url) => {
      if (url === a) await bAnswered.promise;
      else bAnswered.resolve();
      return json(feed(url === a ? 'from-a' : 'from-b'));
    });
    const result = await loadFeeds([a, b], { fetch });
    expect(result.feed.projects.map((p) => p.id)).to.deep.equal(['from-a', 'from-b']);
  });

  it('keeps a reference from one feed to a record of another, without warning', async () => {
    const a = uniqueUrl('stadt');
    const b = uniqueUrl('diakonie');
    const { fetch } = fakeFetch((url) =>
      url === a
        ? json({
            version: '1',
            projects: [{ id: 'lena', name: 'LeNa' }],
            places: [{ id: 'treff', name: 'Quartierstreff', project: 'lena' }],
          })
        : json({
            version: '1',
            organizations: [{ id: 'diakonie', name: 'Diakonie' }],
            offers: [
              { id: 'beratung', name: 'Beratung', place: 'treff', project: 'lena', provider: 'diakonie' },
              { id: 'kurs', name: 'Kurs', place: 'nowhere' },
            ],
          }),
    );
    const result = await loadFeeds([a, b], { fetch });
    const offer = result.feed.offers.find((o) => o.id === 'beratung')!;
    expect(offer).to.deep.include({ place: 'treff', project: 'lena', provider: 'diakonie' });
    const refs = result.warnings.filter((w) => w.code === 'unknown-reference');
    expect(refs).to.have.length(1);
    expect(refs[0]).to.deep.include({ list: 'offers', record: 'kurs', field: 'place', source: b });
    expect(refs[0]!.path).to.deep.equal(['offers', 1, 'place']);
    expect(result.feed.offers.find((o) => o.id === 'kurs')).not.to.have.property('place');
  });

  it('shows the feeds that could be read when one of two fails', async () => {
    const good = uniqueUrl('good');
    const bad = uniqueUrl('bad');
    const { fetch } = fakeFetch((url) => (url === good ? json(feed('p')) : new Response('', { status: 404 })));
    const result = await loadFeeds([bad, good], { fetch });
    expect(result.feed.projects.map((p) => p.id)).to.deep.equal(['p']);
    expect(result.failed).to.have.length(1);
    expect(result.failed[0]).to.be.instanceOf(FeedError);
    expect(result.failed[0]!.code).to.equal('http');
    expect(result.failed[0]!.details.status).to.equal(404);
    expect(result.failed[0]!.details.url).to.equal(bad);
  });

  it('throws the first error when every feed fails', async () => {
    const a = uniqueUrl('a');
    const b = uniqueUrl('b');
    const { fetch, calls } = fakeFetch((url) => (url === a ? Promise.reject(new TypeError('Failed to fetch')) : new Response('oops', { status: 500 })));
    const error = await feedError(loadFeeds([a, b], { fetch, retries: 0 }), 'network');
    expect(error.details.url).to.equal(a);
    // a, a again without following redirects, b, and a's stored copy asked for in vain.
    expect(calls.map((c) => [c.url, c.init.cache ?? 'default'])).to.have.deep.members([
      [a, 'default'],
      [a, 'default'],
      [b, 'default'],
      [a, 'force-cache'],
    ]);
  });

  it('throws invalid-url for an empty list', async () => {
    await feedError(loadFeeds([], {}), 'invalid-url');
  });

  it('reads a URL listed twice only once', async () => {
    const a = uniqueUrl();
    const { fetch, calls } = fakeFetch(() => json(feed('p')));
    const result = await loadFeeds([a, a], { fetch });
    expect(calls).to.have.length(1);
    // Both parts are the same feed: the second one's records are duplicates.
    expect(result.feed.projects).to.have.length(1);
  });

  it('rejects with the reason when its signal aborts', async () => {
    const gate = gatedFetch();
    const controller = new AbortController();
    const pending = loadFeeds([uniqueUrl()], { fetch: gate.fetch, signal: controller.signal });
    await nextTask();
    const reason = new Error('left');
    controller.abort(reason);
    expect(await rejection(pending)).to.equal(reason);
    expect(gate.calls[0]!.init.signal!.aborted).to.equal(true);
  });
});

describe('offline: the copy the browser kept', () => {
  beforeEach(() => clearFeedCache());
  const restore = Object.getOwnPropertyDescriptor(navigator, 'onLine');
  afterEach(() => {
    if (restore) Object.defineProperty(navigator, 'onLine', restore);
    else delete (navigator as { onLine?: boolean }).onLine;
  });
  const goOffline = (): void => void Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  const STAND = 'Sun, 22 Nov 2026 06:30:00 GMT';

  /** Fails like an unreachable network, except for a `force-cache` request, which `stored` answers. */
  function offlineFetch(stored: (() => Response) | undefined) {
    return fakeFetch((_url, init) => {
      if (init.cache === 'force-cache' && stored) return stored();
      throw new TypeError('Failed to fetch');
    });
  }

  it('offline, asks the HTTP cache at once (no retries) and says when the copy was sent', async () => {
    goOffline();
    const { fetch, calls } = offlineFetch(() => json(feed('p'), { headers: { 'content-type': 'application/json', date: STAND } }));
    const result = await loadFeeds([uniqueUrl()], { fetch, retryDelay: () => 0 });
    expect(result.feed.projects.map((p) => p.id)).to.deep.equal(['p']);
    expect(result.offline).to.deep.equal([STAND]);
    expect(calls.map((c) => c.init.cache ?? 'default')).to.deep.equal(['default', 'force-cache']);
  });

  it('online but unreachable, retries first, then takes the stored copy', async () => {
    const { fetch, calls } = offlineFetch(() => json(feed('p'), { headers: { 'content-type': 'application/json', date: STAND } }));
    const result = await loadFeed(uniqueUrl(), { fetch, retryDelay: () => 0 });
    expect(result.offline).to.equal(STAND);
    // Four attempts and, after the first, one that does not follow redirects; then the stored copy.
    expect(calls.map((c) => c.init.cache ?? 'default')).to.deep.equal(['default', 'default', 'default', 'default', 'default', 'force-cache']);
  });

  it('without a stored copy, fails with the network error', async () => {
    goOffline();
    const { fetch, calls } = offlineFetch(undefined);
    await feedError(loadFeed(uniqueUrl(), { fetch }), 'network');
    expect(calls).to.have.length(2);
  });

  it('a copy the server sent just now is no stale copy (the network came back)', async () => {
    goOffline();
    const { fetch } = offlineFetch(() => json(feed('p'), { headers: { 'content-type': 'application/json', date: new Date().toUTCString() } }));
    const result = await loadFeeds([uniqueUrl()], { fetch });
    expect(result.offline).to.equal(undefined);
  });

  it('keeps no stored copy in the page-wide cache: the next ask fetches anew', async () => {
    goOffline();
    const url = uniqueUrl();
    const { fetch, calls } = offlineFetch(() => json(feed('p'), { headers: { 'content-type': 'application/json', date: STAND } }));
    await loadFeed(url, { fetch });
    await nextTask();
    await loadFeed(url, { fetch });
    expect(calls).to.have.length(4);
  });

  it('does not ask the cache after an HTTP error, a timeout or an abort', async () => {
    goOffline();
    const { fetch, calls } = fakeFetch(() => new Response('gone', { status: 410 }));
    await feedError(loadFeed(uniqueUrl(), { fetch }), 'http');
    expect(calls).to.have.length(1);
  });
});
