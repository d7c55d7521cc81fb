/**
 * Retries (`retry.ts`, used by `loadFeed`): which faults are tried again, how
 * long the waits are (backoff or `Retry-After`, capped), that leaving ends a
 * wait with no further request, and that 20 callers share one retrying request.
 * Waits are recorded through an injected `sleep`, never measured.
 */
import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';
import { clearFeedCache, loadFeed, loadFeeds } from '../../src/feed/load-feeds.js';
import { DEFAULT_RETRIES, MAX_RETRY_AFTER_MS, defaultRetryDelay, isRetryable, parseRetryAfter, sleep, withRetries } from '../../src/feed/retry.js';
import { deferred, feedError, nextTask, rejection } from '../support/async.js';
import { abortable, fakeFetch, json } from '../support/fake-fetch.js';
import { feedWith, project, uniqueUrl } from '../support/feeds.js';

type Answer = (init: RequestInit) => Response | Promise<Response>;

/** A fake `fetch` that gives the n-th answer to the n-th request (the last one from then on). */
function scripted(...answers: Answer[]): ReturnType<typeof fakeFetch> {
  let n = 0;
  return fakeFetch((_url, init) => answers[Math.min(++n, answers.length) - 1]!(init));
}

const status =
  (code: number, headers: Record<string, string> = {}): Answer =>
  () =>
    new Response('<html>Fehler</html>', { status: code, headers });
const offline: Answer = () => Promise.reject(new TypeError('Failed to fetch'));
const ok =
  (id = 'p'): Answer =>
  () =>
    json(feedWith({ projects: [project({ id })] }));

/** An injected `sleep` that records each wait and returns at once. */
function recorder(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return {
    waits,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
  };
}

/** A `retryDelay` whose values are easy to tell apart from the defaults and from `Retry-After`. */
function delays(): { retryDelay: (attempt: number) => number; asked: number[] } {
  const asked: number[] = [];
  return {
    asked,
    retryDelay: (attempt) => {
      asked.push(attempt);
      return attempt * 7;
    },
  };
}

describe('retries in loadFeed', () => {
  beforeEach(() => clearFeedCache());

  it('retries 3 times by default', () => {
    expect(DEFAULT_RETRIES).to.equal(3);
  });

  for (const code of [404, 410, 400, 403]) {
    it(`does not retry HTTP ${code}: exactly one request`, async () => {
      const { fetch, calls } = scripted(status(code), ok());
      const { sleep, waits } = recorder();
      const error = await feedError(loadFeed(uniqueUrl(), { fetch, sleep }), 'http');
      expect(error.details.status).to.equal(code);
      expect(calls).to.have.length(1);
      expect(waits).to.deep.equal([]);
    });
  }

  for (const code of [500, 503]) {
    it(`retries HTTP ${code} 3 times, then reports it as "http"`, async () => {
      const url = uniqueUrl();
      const { fetch, calls } = scripted(status(code));
      const { sleep, waits } = recorder();
      const { retryDelay, asked } = delays();
      const error = await feedError(loadFeed(url, { fetch, sleep, retryDelay }), 'http');
      expect(error.details.status).to.equal(code);
      expect(error.details.url).to.equal(url);
      expect(calls.map((c) => c.url)).to.deep.equal([url, url, url, url]);
      expect(asked).to.deep.equal([1, 2, 3]);
      expect(waits).to.deep.equal([7, 14, 21]);
    });
  }

  it('reports the status of the last attempt', async () => {
    const { fetch, calls } = scripted(status(500), status(502), status(504), status(503));
    const error = await feedError(loadFeed(uniqueUrl(), { fetch, sleep: recorder().sleep }), 'http');
    expect(error.details.status).to.equal(503);
    expect(calls).to.have.length(4);
  });

  it('takes the number of retries from the options', async () => {
    const once = scripted(status(500));
    await feedError(loadFeed(uniqueUrl(), { fetch: once.fetch, retries: 1, sleep: recorder().sleep }), 'http');
    expect(once.calls).to.have.length(2);
    const never = scripted(status(500));
    await feedError(loadFeed(uniqueUrl(), { fetch: never.fetch, retries: 0, sleep: recorder().sleep }), 'http');
    expect(never.calls).to.have.length(1);
  });

  it('returns the feed when the 2nd attempt succeeds: 2 requests, one wait', async () => {
    const url = uniqueUrl();
    const { fetch, calls } = scripted(status(503), ok('zweiter'));
    const { sleep, waits } = recorder();
    const result = await loadFeed(url, { fetch, sleep, retryDelay: delays().retryDelay });
    expect(result.feed.projects.map((p) => p.id)).to.deep.equal(['zweiter']);
    expect(result.source).to.equal(url);
    expect(calls).to.have.length(2);
    expect(waits).to.deep.equal([7]);
  });

  it('retries a network error (fetch rejects with a TypeError)', async () => {
    // The first failure is followed by one request that does not follow redirects (it tells a redirect from no connection).
    const { fetch, calls } = scripted(offline, offline, offline, ok());
    const { sleep, waits } = recorder();
    const result = await loadFeed(uniqueUrl(), { fetch, sleep, retryDelay: delays().retryDelay });
    expect(result.feed.projects).to.have.length(1);
    expect(calls).to.have.length(4);
    expect(waits).to.deep.equal([7, 14]);
  });

  it('reports "network" when every attempt fails', async () => {
    const { fetch, calls } = scripted(offline);
    const error = await feedError(loadFeed(uniqueUrl(), { fetch, sleep: recorder().sleep }), 'network');
    expect(error.details.cause).to.be.instanceOf(TypeError);
    // Four attempts (and the redirect probe after the first), then the browser's stored copy (none here).
    expect(calls).to.have.length(6);
  });

  it('retries 429 Too Many Requests', async () => {
    const { fetch, calls } = scripted(status(429), ok());
    await loadFeed(uniqueUrl(), { fetch, sleep: recorder().sleep });
    expect(calls).to.have.length(2);
  });

  it('waits 1 s, 2 s, 4 s with a little jitter by default', async () => {
    const { fetch } = scripted(status(500));
    const { sleep, waits } = recorder();
    await feedError(loadFeed(uniqueUrl(), { fetch, sleep }), 'http');
    expect(waits).to.have.length(3);
    expect(waits[0]).to.be.within(1000, 1200);
    expect(waits[1]).to.be.within(2000, 2400);
    expect(waits[2]).to.be.within(4000, 4800);
  });

  it('waits as long as Retry-After says in seconds, instead of the backoff', async () => {
    const { fetch, calls } = scripted(status(503, { 'Retry-After': '2' }), ok());
    const { sleep, waits } = recorder();
    const { retryDelay, asked } = delays();
    await loadFeed(uniqueUrl(), { fetch, sleep, retryDelay });
    expect(waits).to.deep.equal([2000]);
    expect(asked).to.deep.equal([]);
    expect(calls).to.have.length(2);
  });

  it('uses the backoff for the attempts whose answer has no Retry-After', async () => {
    const { fetch } = scripted(status(503, { 'Retry-After': '3' }), status(503), ok());
    const { sleep, waits } = recorder();
    await loadFeed(uniqueUrl(), { fetch, sleep, retryDelay: delays().retryDelay });
    expect(waits).to.deep.equal([3000, 14]);
  });

  it('waits until a Retry-After HTTP date', async () => {
    const date = new Date(Date.now() + 10_000).toUTCString(); // whole seconds: up to 1 s earlier
    const { fetch, calls } = scripted(status(503, { 'Retry-After': date }), ok());
    const { sleep, waits } = recorder();
    const { retryDelay, asked } = delays();
    await loadFeed(uniqueUrl(), { fetch, sleep, retryDelay });
    expect(waits).to.have.length(1);
    expect(waits[0]).to.be.within(8_500, 10_000);
    expect(asked).to.deep.equal([]);
    expect(calls).to.have.length(2);
  });

  it('retries at once for a Retry-After date in the past', async () => {
    const { fetch } = scripted(status(503, { 'Retry-After': 'Wed, 21 Oct 2015 07:28:00 GMT' }), ok());
    const { sleep, waits } = recorder();
    await loadFeed(uniqueUrl(), { fetch, sleep, retryDelay: delays().retryDelay });
    expect(waits).to.deep.equal([0]);
  });

  it('uses the backoff when Retry-After cannot be read', async () => {
    const { fetch } = scripted(status(503, { 'Retry-After': 'soon' }), status(503, { 'Retry-After': '-1' }), ok());
    const { sleep, waits } = recorder();
    await loadFeed(uniqueUrl(), { fetch, sleep, retryDelay: delays().retryDelay });
    expect(waits).to.deep.equal([7, 14]);
  });

  it('honours a Retry-After of exactly the cap (30 s)', async () => {
    expect(MAX_RETRY_AFTER_MS).to.equal(30_000);
    const { fetch, calls } = scripted(status(429, { 'Retry-After': '30' }), ok());
    const { sleep, waits } = recorder();
    await loadFeed(uniqueUrl(), { fetch, sleep });
    expect(waits).to.deep.equal([30_000]);
    expect(calls).to.have.length(2);
  });

  it('gives up at once, reporting the status, when Retry-After is beyond the cap', async () => {
    const later = new Date(Date.now() + 120_000).toUTCString();
    for (const value of ['31', '3600', later]) {
      const { fetch, calls } = scripted(status(503, { 'Retry-After': value }), ok());
      const { sleep, waits } = recorder();
      const error = await feedError(loadFeed(uniqueUrl(), { fetch, sleep }), 'http');
      expect(error.details.status, value).to.equal(503);
      expect(calls, value).to.have.length(1);
      expect(waits, value).to.deep.equal([]);
    }
  });

  it('does not retry a timeout, a body over the cap, or an answer that is not JSON', async () => {
    const hangs = scripted(
      (init) =>
        // Rejects when fetchFeedText's time limit aborts the request, as fetch does.
        abortable(init),
      ok(),
    );
    const { sleep, waits } = recorder();
    await feedError(loadFeed(uniqueUrl(), { fetch: hangs.fetch, timeoutMs: 1, sleep }), 'timeout');
    expect(hangs.calls).to.have.length(1);

    const big = scripted(() => new Response('x'.repeat(2000)), ok());
    await feedError(loadFeed(uniqueUrl(), { fetch: big.fetch, maxBytes: 1000, sleep }), 'too-large');
    expect(big.calls).to.have.length(1);

    const login = scripted(() => new Response('<!doctype html><title>Login</title>'), ok());
    await feedError(loadFeed(uniqueUrl(), { fetch: login.fetch, sleep }), 'not-json');
    expect(login.calls).to.have.length(1);
    expect(waits).to.deep.equal([]);
  });

  it('forgets the final failure: the next call starts anew', async () => {
    const url = uniqueUrl();
    const { fetch, calls } = scripted(status(500), status(500), status(500), status(500), ok('spaeter'));
    const { sleep } = recorder();
    await feedError(loadFeed(url, { fetch, sleep }), 'http');
    expect(calls).to.have.length(4);
    expect((await loadFeed(url, { fetch, sleep })).feed.projects[0]!.id).to.equal('spaeter');
    expect(calls).to.have.length(5);
  });

  it('ends a wait when the caller leaves: rejects with the reason, no further request', async () => {
    const { fetch, calls } = scripted(status(503), ok());
    const controller = new AbortController();
    // The real sleep, with a wait that would end within the test; watched, so that the
    // test knows when the wait has begun, and when it has ended.
    const waiting = deferred<{ wait: Promise<void> }>();
    const watched = (ms: number, signal?: AbortSignal): Promise<void> => {
      const wait = sleep(ms, signal);
      waiting.resolve({ wait });
      return wait;
    };
    const pending = loadFeed(uniqueUrl(), { fetch, signal: controller.signal, retryDelay: () => 40, sleep: watched });
    const { wait } = await waiting.promise;
    expect(calls).to.have.length(1);
    const reason = new Error('element left');
    controller.abort(reason);
    expect(await rejection(pending)).to.equal(reason);
    // The wait ends at once (not after its 40 ms), and what follows it has run.
    await rejection(wait);
    await nextTask();
    expect(calls).to.have.length(1);
  });

  it('ends a wait through the shared request only when every waiter has left', async () => {
    const url = uniqueUrl();
    let release: () => void = () => undefined;
    const sleeps: AbortSignal[] = [];
    const waits: Promise<void>[] = [];
    let began = deferred();
    const sleep = (_ms: number, signal?: AbortSignal): Promise<void> => {
      const wait = new Promise<void>((resolve, reject) => {
        sleeps.push(signal!);
        release = resolve;
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
      waits.push(wait);
      began.resolve();
      return wait;
    };
    const { fetch, calls } = scripted(status(503), ok());
    const leaving = new AbortController();
    const staying = new AbortController();
    const a = loadFeed(url, { fetch, sleep, signal: leaving.signal });
    const b = loadFeed(url, { fetch, sleep, signal: staying.signal });
    await began.promise;
    expect(sleeps).to.have.length(1);
    leaving.abort(new Error('one left'));
    await rejection(a);
    expect(sleeps[0]!.aborted).to.equal(false);
    release();
    expect((await b).feed.projects).to.have.length(1);
    expect(calls).to.have.length(2);

    // Now both leave during the wait: the wait ends, no further request.
    const url2 = uniqueUrl();
    const again = scripted(status(503), ok());
    const one = new AbortController();
    const two = new AbortController();
    began = deferred();
    const c = loadFeed(url2, { fetch: again.fetch, sleep, signal: one.signal });
    const d = loadFeed(url2, { fetch: again.fetch, sleep, signal: two.signal });
    await began.promise;
    one.abort(new Error('one'));
    two.abort(new Error('two'));
    await rejection(c);
    await rejection(d);
    expect(sleeps[1]!.aborted).to.equal(true);
    // The wait has ended, and what follows it has run.
    await rejection(waits[1]!);
    await nextTask();
    expect(again.calls).to.have.length(1);
  });

  it('shares one retrying request among 20 concurrent callers: as many requests as for one', async () => {
    const alone = scripted(status(503), ok('gemeinsam'));
    const { sleep } = recorder();
    await loadFeed(uniqueUrl(), { fetch: alone.fetch, sleep });

    const url = uniqueUrl();
    const shared = scripted(status(503), ok('gemeinsam'));
    const results = await Promise.all(Array.from({ length: 20 }, () => loadFeed(url, { fetch: shared.fetch, sleep, signal: new AbortController().signal })));
    expect(alone.calls).to.have.length(2);
    expect(shared.calls).to.have.length(alone.calls.length);
    expect(new Set(results.map((r) => r.feed)).size).to.equal(1);
    expect(results[0]!.feed.projects[0]!.id).to.equal('gemeinsam');
  });

  it('retries in loadFeeds too, and lists a feed that failed after its retries', async () => {
    const good = uniqueUrl('good');
    const bad = uniqueUrl('bad');
    const flaky = scripted(status(502), ok('wieder-da'));
    const down = scripted(status(500));
    const fetch = ((input: RequestInfo | URL) => (String(input) === bad ? down.fetch(input) : flaky.fetch(input))) as typeof globalThis.fetch;
    const result = await loadFeeds([good, bad], { fetch, sleep: recorder().sleep });
    expect(result.feed.projects.map((p) => p.id)).to.deep.equal(['wieder-da']);
    expect(result.failed.map((e) => [e.code, e.details.status, e.details.url])).to.deep.equal([['http', 500, bad]]);
    expect(flaky.calls).to.have.length(2);
    expect(down.calls).to.have.length(4);
  });
});

describe('withRetries', () => {
  it('stops after a wait whose sleep ignores the signal: no further request', async () => {
    const controller = new AbortController();
    const reason = new Error('left');
    let requests = 0;
    const error = await rejection(
      withRetries(
        () => {
          requests++;
          return Promise.reject(new FeedError('http', { status: 503 }));
        },
        {
          signal: controller.signal,
          sleep: () => {
            controller.abort(reason);
            return Promise.resolve();
          },
        },
      ),
    );
    expect(error).to.equal(reason);
    expect(requests).to.equal(1);
  });

  it('does not retry what is not a FeedError', async () => {
    let requests = 0;
    const bug = new RangeError('bug');
    const error = await rejection(
      withRetries(
        () => {
          requests++;
          return Promise.reject(bug);
        },
        { sleep: () => Promise.resolve() },
      ),
    );
    expect(error).to.equal(bug);
    expect(requests).to.equal(1);
  });

  it('classifies faults', () => {
    const http = (status: number): FeedError => new FeedError('http', { status });
    expect([500, 502, 503, 504, 429].map((s) => isRetryable(http(s)))).to.deep.equal([true, true, true, true, true]);
    expect([400, 401, 403, 404, 410, 418].map((s) => isRetryable(http(s)))).to.deep.equal([false, false, false, false, false, false]);
    expect(isRetryable(new FeedError('network'))).to.equal(true);
    for (const code of ['timeout', 'too-large', 'not-json', 'not-a-feed', 'invalid-url'] as const) {
      expect(isRetryable(new FeedError(code)), code).to.equal(false);
    }
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-03-01T12:00:00Z');

  it('reads delay-seconds', () => {
    expect(parseRetryAfter('0', now)).to.equal(0);
    expect(parseRetryAfter(' 2 ', now)).to.equal(2000);
    expect(parseRetryAfter('120', now)).to.equal(120_000);
  });

  it('reads HTTP dates, a past one as 0', () => {
    expect(parseRetryAfter('Sat, 01 Mar 2025 12:00:05 GMT', now)).to.equal(5000);
    expect(parseRetryAfter('Saturday, 01-Mar-25 12:00:20 GMT', now)).to.equal(20_000);
    expect(parseRetryAfter('Sat, 01 Mar 2025 11:00:00 GMT', now)).to.equal(0);
  });

  it('refuses anything else', () => {
    for (const value of ['', 'soon', '-1', '2.5', '1e3', 'Sat, nonsense']) {
      expect(parseRetryAfter(value, now), value).to.equal(undefined);
    }
  });
});

describe('defaultRetryDelay and sleep', () => {
  it('doubles from 1 s with up to 20 % jitter', () => {
    for (let i = 0; i < 50; i++) {
      expect(defaultRetryDelay(1)).to.be.within(1000, 1200);
      expect(defaultRetryDelay(2)).to.be.within(2000, 2400);
      expect(defaultRetryDelay(3)).to.be.within(4000, 4800);
    }
  });

  it('sleep resolves after the time, and rejects with the reason when aborted', async () => {
    await sleep(1);
    const controller = new AbortController();
    const reason = new Error('gone');
    const pending = sleep(60_000, controller.signal);
    controller.abort(reason);
    expect(await rejection(pending)).to.equal(reason);
    expect(await rejection(sleep(1, AbortSignal.abort(reason)))).to.equal(reason);
  });
});
