/**
 * One HTTP request for one feed: no cookies, a time limit that covers the
 * whole body, a size cap, and errors an editor can act on. No DOM, no Lit.
 */
import { own } from './checks.js';
import { FeedError } from './errors.js';
import { DEFAULT_TIMEOUT_MS, requestInit, takeFeedRequest } from './feed-request.js';
import { breather } from './slices.js';

export { DEFAULT_TIMEOUT_MS };

export interface FetchFeedOptions {
  /** Aborts the request (the element that asked has left the page). */
  readonly signal?: AbortSignal;
  /** Time for the whole answer, body included. */
  readonly timeoutMs?: number;
  /** Largest body accepted, in bytes. */
  readonly maxBytes?: number;
  /** The fetch to use (tests pass their own). */
  readonly fetch?: typeof fetch;
  /**
   * Retries after a 5xx, a 429 or a network error (default 3). Used by
   * `loadFeed`/`loadFeeds` (`retry.ts`); `fetchFeedText` makes one request.
   */
  readonly retries?: number;
  /**
   * Milliseconds to wait before retry number `attempt` (1, 2, 3) when the
   * server sent no `Retry-After` (default 1 s, 2 s, 4 s, each up to 20 % more).
   */
  readonly retryDelay?: (attempt: number) => number;
  /** Waits `ms`, rejecting with `signal.reason` when it aborts (tests pass their own). */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** The browser's HTTP cache mode (`force-cache`: the stored copy when the network fails). */
  readonly cache?: RequestCache;
  /**
   * After a network error, ask once more without following redirects, to tell
   * a redirect the browser will not follow (`redirect`) from no connection
   * (default `true`; `loadFeed` asks on its first attempt only). Never while
   * the browser says it is offline.
   */
  readonly probeRedirect?: boolean;
}

/** A feed's text, and how old it is: a stored copy's "Stand". */
export interface FeedResponse {
  readonly text: string;
  /** The `charset` of the `Content-Type` header when it names another encoding than UTF-8 (the text is read as UTF-8 anyway). */
  readonly charset?: string;
  /** The `Date` header (when it was sent), when the browser lets the page read it. */
  readonly date: string | undefined;
  /**
   * The `Last-Modified` header (when the feed last changed). From another
   * origin, the browser shows `Date` only when the server exposes it
   * (`Access-Control-Expose-Headers: Date`); `Last-Modified` it always shows.
   */
  readonly modified: string | undefined;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** The `Retry-After` header of the answer an `http` error came from (kept beside the error, not in it). */
const retryAfterHeaders = new WeakMap<FeedError, string>();

/** The raw `Retry-After` header that came with an `http` error, if the server sent one. */
export function retryAfterOf(error: unknown): string | undefined {
  return error instanceof FeedError ? retryAfterHeaders.get(error) : undefined;
}

/**
 * Reads a body chunk by chunk and stops as soon as it is larger than `maxBytes`,
 * or when `signal` aborts (also with a `fetch` that does not stop the body itself).
 */
async function readCapped(response: Response, maxBytes: number, url: string, signal: AbortSignal): Promise<string> {
  const tooLarge = (): FeedError => new FeedError('too-large', { url, value: maxBytes });
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return response.text();
  signal.throwIfAborted();
  const reader = response.body.getReader();
  const onAbort = (): void => void reader.cancel(signal.reason).catch(() => undefined);
  signal.addEventListener('abort', onAbort, { once: true });
  // Decoded as it arrives, a piece per read: 5 MiB decoded at once would hold the main thread for one long task.
  const decoder = new TextDecoder('utf-8');
  // A body already at hand arrives in reads that resolve at once: without a pause, all in one task.
  const pause = breather();
  let text = '';
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      // A cancelled read ends as `done`: that is an abort, not the end of the body.
      signal.throwIfAborted();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      text += decoder.decode(value, { stream: true });
      await pause();
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
  return text + decoder.decode();
}

/**
 * After a network error: asks once more without following redirects. A
 * redirect there means the server is reachable and the browser would not
 * follow where it leads (an address that is not http(s), more than 20
 * redirects, or a server that does not allow the page): a `redirect` error,
 * which is not retried. Browsers show no more than that (an opaque redirect
 * has no status and no `Location`). Anything else: `undefined` (it stays a
 * network error).
 */
async function redirectError(doFetch: typeof fetch, url: string, signal: AbortSignal, cause: unknown): Promise<FeedError | undefined> {
  try {
    const probe = await doFetch(url, requestInit(signal, undefined, 'manual'));
    await probe.body?.cancel().catch(() => undefined);
    return probe.type === 'opaqueredirect' || (probe.status >= 300 && probe.status < 400) ? new FeedError('redirect', { url, cause }) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Fetches the text of a feed.
 * @throws FeedError `http`, `network`, `redirect`, `timeout` or `too-large`;
 *   or the signal's reason when `options.signal` aborts.
 */
export async function fetchFeedText(url: string, options: FetchFeedOptions = {}): Promise<string> {
  return (await fetchFeed(url, options)).text;
}

/** Fetches a feed's text with its `Date` header (see `fetchFeedText`). */
export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<FeedResponse> {
  // Options are read as own properties only: a host page's polluted Object.prototype sets none of them.
  const option = <K extends keyof FetchFeedOptions>(key: K): FetchFeedOptions[K] => own(options as Record<string, unknown>, key) as FetchFeedOptions[K];
  const signal = option('signal');
  const timeoutMs = option('timeoutMs') ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = option('maxBytes') ?? DEFAULT_MAX_BYTES;
  const cache = option('cache');
  const doFetch = option('fetch') ?? globalThis.fetch.bind(globalThis);
  signal?.throwIfAborted();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = (): void => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    let response: Response;
    try {
      // The request an element started when it upgraded (`feed-request.ts`) is the first attempt; a fetch or a cache mode of the caller's asks anew.
      const early = option('fetch') || cache ? undefined : takeFeedRequest(url, controller.signal);
      response = await (early ?? doFetch(url, requestInit(controller.signal, cache)));
    } catch (cause) {
      if (signal?.aborted) throw signal.reason;
      if (timedOut) throw new FeedError('timeout', { url, value: timeoutMs, cause });
      const probe = option('probeRedirect') !== false && (globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine !== false;
      throw (probe ? await redirectError(doFetch, url, controller.signal, cause) : undefined) ?? new FeedError('network', { url, cause });
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const error = new FeedError('http', { url, status: response.status });
      const retryAfter = response.headers.get('retry-after');
      if (retryAfter !== null) retryAfterHeaders.set(error, retryAfter);
      throw error;
    }
    try {
      const header = (name: string): string | undefined => response.headers.get(name) ?? undefined;
      const text = await readCapped(response, maxBytes, url, controller.signal);
      const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(header('content-type') ?? '')?.[1];
      return {
        text,
        date: header('date'),
        modified: header('last-modified'),
        ...(charset && !/^utf-?8$/i.test(charset) ? { charset: charset.slice(0, 40) } : {}),
      };
    } catch (cause) {
      if (cause instanceof FeedError) throw cause;
      if (signal?.aborted) throw signal.reason;
      if (timedOut) throw new FeedError('timeout', { url, value: timeoutMs, cause });
      throw new FeedError('network', { url, cause });
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
