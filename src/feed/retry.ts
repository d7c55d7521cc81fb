/**
 * Trying a feed request again after a fault that may pass: an HTTP 5xx or 429,
 * or a network error. At most `retries` (3) more requests, waiting 1 s, 2 s,
 * 4 s (plus a little jitter), or what the server asks for in `Retry-After`,
 * and 30 s in all.
 * The wait ends at once, with no further request, when the signal aborts.
 * No DOM, no Lit.
 *
 * Not retried:
 * - 4xx other than 429 (404 and 410 in particular): the feed is not there;
 * - `too-large`, and whatever comes after the body (`not-json` and the other
 *   validation errors): the same bytes would come again;
 * - `redirect`: the browser could not follow a redirect (to a non-http(s)
 *   address, or more than 20 of them); the same redirect would come again;
 * - `timeout`: the limit already covers the whole answer (15 s by default). A
 *   server that hangs that long is unlikely to answer within the same page
 *   view, and a retry would keep the reader waiting 30 s or more for an error
 *   they could have seen after 15. The element fetches anew when asked again.
 */
import { own } from './checks.js';
import { isFeedError } from './errors.js';
import { retryAfterOf, type FetchFeedOptions } from './fetch-feed.js';

export type RetryOptions = Pick<FetchFeedOptions, 'signal' | 'retries' | 'retryDelay' | 'sleep'>;

export const DEFAULT_RETRIES = 3;
/**
 * The longest wait between attempts, all waits together (backoff and
 * `Retry-After`): a wait that would go beyond it ends the attempts, and the
 * last error is reported at once. So `Retry-After: 30` is honoured once, not
 * three times (90 s of "loading").
 */
export const MAX_RETRY_AFTER_MS = 30_000;

/** 1 s, 2 s, 4 s, … before retry number `attempt` (from 1), each up to 20 % longer so that pages do not retry in step. */
export function defaultRetryDelay(attempt: number): number {
  const base = 1000 * 2 ** (attempt - 1);
  return Math.round(base * (1 + 0.2 * Math.random()));
}

/** Waits `ms`; rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * A `Retry-After` value in milliseconds from `now`: delay-seconds, or an HTTP
 * date (a date in the past means 0). `undefined` for anything else.
 */
export function parseRetryAfter(value: string, now = Date.now()): number | undefined {
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // HTTP dates begin with a day name ("Wed, 21 Oct 2015 07:28:00 GMT");
  // `Date.parse` alone would also take "-1" or "2.5" for dates.
  if (!/^[A-Za-z]{3,9},?\s/.test(text)) return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : Math.max(0, time - now);
}

/** The browser says it has no network (never true in Node, which has no `navigator.onLine`). */
function isOffline(): boolean {
  return (globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine === false;
}

/** Whether a failed request may succeed when tried again (see the module comment). */
export function isRetryable(error: unknown): boolean {
  if (!isFeedError(error)) return false;
  if (error.code === 'network') return true;
  if (error.code !== 'http') return false;
  const status = error.details.status ?? 0;
  return status === 429 || (status >= 500 && status <= 599);
}

/**
 * Runs `request` and, after a fault that may pass, runs it again, up to
 * `options.retries` more times.
 * @returns what `request` returned
 * @throws the last error: at once when it cannot pass, when the retries are
 *   used up, or when the next wait would take all waits beyond `MAX_RETRY_AFTER_MS`;
 *   or the signal's reason when `options.signal` aborts, also during a wait
 */
export async function withRetries<T>(request: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  // Own properties only: a host page's polluted Object.prototype sets none of them.
  const option = <K extends keyof RetryOptions>(key: K): RetryOptions[K] => own(options as Record<string, unknown>, key) as RetryOptions[K];
  const signal = option('signal');
  const retryDelay = option('retryDelay') ?? defaultRetryDelay;
  const wait = option('sleep') ?? sleep;
  const most = option('retries');
  const retries = most !== undefined && Number.isFinite(most) ? Math.max(0, Math.floor(most)) : DEFAULT_RETRIES;
  let waited = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      return await request();
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (attempt > retries || !isRetryable(error)) throw error;
      // Offline, waiting is pointless: fail now; elements load again on the `online` event.
      if (isOffline()) throw error;
      const header = retryAfterOf(error);
      const asked = header === undefined ? undefined : parseRetryAfter(header);
      // The server's wish replaces the backoff; a wait beyond what is left of the cap ends the attempts.
      const delay = asked ?? retryDelay(attempt);
      if (waited + delay > MAX_RETRY_AFTER_MS) throw error;
      waited += delay;
      await wait(delay, signal);
      // Also when an injected `sleep` does not watch the signal.
      signal?.throwIfAborted();
    }
  }
}
