/**
 * A feed request before the feed code has arrived. The script-tag entry
 * holds this module (and nothing else of the feed layer): an element asks
 * for the feeds of its `src` when it upgrades, so the requests leave while
 * the view and the validator are still on their way, and `fetch-feed.ts`
 * takes such a started request as its first attempt instead of asking
 * again. Here too: the URLs of a `src` value and the request's options, so
 * both ask in one way. No DOM, no Lit.
 */
import { FeedError } from './errors.js';

export const DEFAULT_TIMEOUT_MS = 15_000;

/** The URLs in a `src` attribute: separated by whitespace, each resolved against `base`, duplicates removed. */
export function parseSrc(src: string, base: string): string[] {
  const out: string[] = [];
  for (const part of src.split(/\s+/).filter(Boolean)) {
    let url: URL;
    try {
      url = new URL(part, base);
    } catch {
      throw new FeedError('invalid-url', { value: part });
    }
    // A user name or password in a feed address: fetch refuses it, and it only misleads.
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) throw new FeedError('invalid-url', { value: part });
    if (!out.includes(url.href)) out.push(url.href);
  }
  return out;
}

/**
 * The request's options, in an object without a prototype: `fetch` reads
 * every option it knows (`method`, `body`, `integrity`, `keepalive` …), and
 * would take those a host page has set on `Object.prototype` — a feed request
 * turned into a cross-origin POST, or broken by a foreign `integrity`.
 */
export function requestInit(signal: AbortSignal, cache?: RequestCache, redirect: RequestRedirect = 'follow'): RequestInit {
  const headers: Record<string, string> = Object.create(null);
  headers['Accept'] = 'application/json';
  const init: RequestInit = Object.create(null);
  Object.assign(init, {
    method: 'GET',
    signal,
    credentials: 'omit',
    mode: 'cors',
    redirect,
    referrerPolicy: 'strict-origin-when-cross-origin',
    headers,
    ...(cache ? { cache } : {}),
  } satisfies RequestInit);
  return init;
}

interface Started {
  readonly response: Promise<Response>;
  readonly controller: AbortController;
  readonly timer: ReturnType<typeof setTimeout>;
}

/** Requests started early and not yet taken, by URL. */
const started = new Map<string, Started>();

/**
 * Starts the request of each feed in `src` that has none started yet. A
 * `src` that cannot be read starts nothing (the element says why once its
 * feed code has come). A request nobody takes within the time limit is
 * aborted and forgotten.
 */
export function startFeedRequests(src: string, base: string): void {
  let urls: string[];
  try {
    urls = parseSrc(src, base);
  } catch {
    return;
  }
  for (const url of urls) {
    if (started.has(url)) continue;
    const controller = new AbortController();
    const response = fetch(url, requestInit(controller.signal));
    // Its failure is seen by whoever takes it (then retried as any first attempt).
    response.catch(() => undefined);
    const timer = setTimeout(() => {
      started.delete(url);
      controller.abort();
    }, DEFAULT_TIMEOUT_MS);
    started.set(url, { response, controller, timer });
  }
}

/**
 * The request started early for `url`, if any, now owned by the caller:
 * `signal` aborts it. Each started request is taken once.
 */
export function takeFeedRequest(url: string, signal: AbortSignal): Promise<Response> | undefined {
  const entry = started.get(url);
  if (!entry) return undefined;
  started.delete(url);
  clearTimeout(entry.timer);
  const abort = (): void => entry.controller.abort(signal.reason);
  if (signal.aborted) abort();
  else signal.addEventListener('abort', abort, { once: true });
  return entry.response;
}

/** Aborts and forgets every request nobody has taken (tests; `clearFeedCache`). */
export function forgetFeedRequests(): void {
  for (const { controller, timer } of started.values()) {
    clearTimeout(timer);
    controller.abort();
  }
  started.clear();
}
