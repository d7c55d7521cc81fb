/**
 * Loading feeds for elements: one request per URL per page however many
 * elements ask, shared through a cache of promises. A fault that may pass (5xx,
 * 429, network) is retried with backoff inside that one shared request
 * (`retry.ts`); the final failure is forgotten so that the next ask tries
 * again. A request, and a wait between its attempts, is aborted only when every
 * element that waits for it has left. No DOM, no Lit.
 */
import { FeedError, isFeedError } from './errors.js';
import { fetchFeed, type FeedResponse, type FetchFeedOptions } from './fetch-feed.js';
import { forgetFeedRequests } from './feed-request.js';
import { joinFeeds } from './merge.js';
import { own } from './checks.js';
import { compact, warn } from './read.js';
import { withRetries } from './retry.js';
import { indexFeed } from './query.js';
import { breather, nextTask } from './slices.js';
import { checkReferencesInSlices, parseFeedText, readFeedInSlices } from './validate.js';
import type { ValidationResult } from './types.js';

type ReadResult = ValidationResult & {
  readonly source: string;
  /** Read from the browser's HTTP cache because the network failed: the copy's `Date` or else `Last-Modified` header ('' when neither is readable). */
  readonly offline?: string;
};

/** A stored copy counts as fresh (not offline) when the server sent it this recently. */
const FRESH_MS = 60_000;

/**
 * The feed from the network, with retries; when that fails for want of a
 * network (offline, server unreachable), the copy the browser's HTTP cache
 * kept from an earlier visit, if the server allowed it to be stored. The kit
 * itself stores nothing. Offline (`navigator.onLine` false) there are no
 * retries (retry.ts), so the stored copy is asked for at once.
 */
async function fetchWithFallback(url: string, options: FetchFeedOptions, signal: AbortSignal): Promise<FeedResponse & { offline?: string }> {
  // Only the first attempt tells a redirect the browser will not follow from no connection (one request more).
  let probeRedirect = true;
  const attempt = (): Promise<FeedResponse> => {
    const probe = probeRedirect;
    probeRedirect = false;
    return fetchFeed(url, { ...options, signal, probeRedirect: probe });
  };
  try {
    return await withRetries(attempt, { ...options, signal });
  } catch (error) {
    if (!isFeedError(error) || error.code !== 'network' || signal.aborted) throw error;
    let stored: FeedResponse;
    try {
      stored = await fetchFeed(url, { ...options, signal, cache: 'force-cache', probeRedirect: false });
    } catch {
      throw error;
    }
    // Sent just now: the network is back, this is no stored copy.
    const sent = stored.date ? Date.parse(stored.date) : NaN;
    return Date.now() - sent < FRESH_MS ? stored : { ...stored, offline: stored.date ?? stored.modified ?? '' };
  }
}

interface Entry {
  readonly promise: Promise<ReadResult>;
  readonly controller: AbortController;
  waiting: number;
  settled: boolean;
}

const cache = new Map<string, Entry>();

function start(url: string, options: Omit<FetchFeedOptions, 'signal'>): Entry {
  const controller = new AbortController();
  const entry: Entry = {
    controller,
    waiting: 0,
    settled: false,
    promise: fetchWithFallback(url, options, controller.signal).then(async ({ text, offline, charset }) => {
      // A large body is parsed in a task of its own, not in the one that read it; then validated in slices.
      if (text.length > 256 * 1024) await nextTask();
      const pause = breather();
      const json = parseFeedText(text, { source: url });
      // The parsed document is ours alone: its clean records become the feed's as they are.
      const read = await readFeedInSlices(json, { source: url, inPlace: true }, pause);
      const warnings = [...read.warnings];
      // Read as UTF-8 all the same (the format says UTF-8); the editor learns why umlauts may look wrong.
      if (charset !== undefined)
        warn({ scope: { warnings, language: read.feed.language, source: url, list: 'feed' }, path: [] }, 'not-utf-8', 'none', { value: charset });
      return compact<ReadResult>({ ...read, warnings, source: url, offline });
    }),
  };
  entry.promise.then(
    (result) => {
      entry.settled = true;
      // A stored copy is not kept: the next ask (back online) fetches anew.
      if (result.offline !== undefined && cache.get(url) === entry) cache.delete(url);
    },
    () => {
      entry.settled = true;
      if (cache.get(url) === entry) cache.delete(url);
    },
  );
  return entry;
}

/** Waits for a shared entry; leaving (abort) aborts the request only when nobody else waits. */
function wait(url: string, entry: Entry, signal: AbortSignal | undefined): Promise<ReadResult> {
  if (!signal) {
    // A waiter without a signal never leaves: the request must not be aborted under it.
    entry.waiting++;
    return entry.promise;
  }
  signal.throwIfAborted();
  entry.waiting++;
  return new Promise<ReadResult>((resolve, reject) => {
    const leave = (): void => {
      entry.waiting--;
      if (entry.waiting === 0 && !entry.settled) {
        entry.controller.abort(signal.reason);
        if (cache.get(url) === entry) cache.delete(url);
      }
      reject(signal.reason);
    };
    signal.addEventListener('abort', leave, { once: true });
    entry.promise.then(
      (value) => {
        signal.removeEventListener('abort', leave);
        entry.waiting--;
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', leave);
        entry.waiting--;
        reject(error);
      },
    );
  });
}

/** Reads one feed URL through the page-wide cache. */
export function loadFeed(url: string, options: FetchFeedOptions = {}): Promise<ReadResult> {
  const { signal: _, ...rest } = options;
  // Own properties only, here and in fetchFeed: a polluted Object.prototype sets no option.
  const signal = own(options as Record<string, unknown>, 'signal') as AbortSignal | undefined;
  // Already left: start nothing, and reject rather than throw.
  if (signal?.aborted) return Promise.reject(signal.reason);
  let entry = cache.get(url);
  if (!entry) {
    entry = start(url, rest);
    cache.set(url, entry);
    // Nobody may be listening when it fails before an element subscribes.
    entry.promise.catch(() => undefined);
  }
  return wait(url, entry, signal);
}

/** Feeds read and merged; `failed` names the feeds of several that could not be read. */
export interface LoadResult extends ValidationResult {
  readonly failed: readonly FeedError[];
  /** The `Date` (or `Last-Modified`; '' when neither) headers of feeds shown from the browser's cache because the network failed. */
  readonly offline?: readonly string[];
}

/**
 * Reads the feeds of a `src` value, merged in order. When some of several
 * feeds fail, the others are shown and the failures are listed in `failed`.
 * @throws FeedError when every feed failed (the first one's error), or the
 *   signal's reason when aborted
 */
export async function loadFeeds(urls: readonly string[], options: FetchFeedOptions = {}): Promise<LoadResult> {
  if (urls.length === 0) throw new FeedError('invalid-url', { value: '' });
  const pause = breather();
  const settled = await Promise.allSettled(urls.map((url) => loadFeed(url, options)));
  (own(options as Record<string, unknown>, 'signal') as AbortSignal | undefined)?.throwIfAborted();
  const parts: ReadResult[] = [];
  const failed: FeedError[] = [];
  settled.forEach((result, i) => {
    if (result.status === 'fulfilled') parts.push(result.value);
    else if (result.reason instanceof FeedError) failed.push(result.reason.withUrl(urls[i]!));
    else throw result.reason;
  });
  if (parts.length === 0) throw failed[0]!;
  const offline = parts.flatMap((p) => (p.offline === undefined ? [] : [p.offline]));
  const key = urls.join(' ');
  const done = (merged: ValidationResult): LoadResult => compact<LoadResult>({ ...merged, failed, offline: offline.length ? offline : undefined });
  // Every element of the page that shows these feeds gets the one model merged and checked for them.
  let model = failed.length ? undefined : sharedModel(key, parts);
  if (!model) {
    model = buildModel(parts, pause);
    if (!failed.length) keepModel(key, parts, model);
  }
  return done(await model);
}

/** The first draw starts in a task of its own when the current one has run this long. */
const DRAW_AFTER_MS = 10;

/**
 * Merges and checks read feeds, then builds the indexes an element's first
 * draw asks through (query.ts), each in slices rather than inside that draw;
 * the element then draws in a task of its own.
 */
async function buildModel(parts: readonly ReadResult[], pause: (ms?: number) => Promise<void>): Promise<ValidationResult> {
  await pause();
  const { feed, warnings } = joinFeeds(parts);
  const checked = await checkReferencesInSlices(feed, warnings, pause);
  await indexFeed(checked, pause);
  // The draw, too, is long for a large feed: it starts in a task of its own unless the last slice was short.
  await pause(DRAW_AFTER_MS);
  return { feed: checked, warnings };
}

/**
 * The merged and checked model of the feeds of one `src` value, by their URLs:
 * kept while the same read feeds (the page-wide cache's) make it up, so that a
 * page with a hundred cards merges and checks a feed once, and every element
 * shares one feed object (and with it query.ts's index of it).
 */
const models = new Map<string, { readonly parts: readonly ReadResult[]; readonly merged: Promise<ValidationResult> }>();
/** Models kept at most (the `src` values of one page; the oldest is forgotten first). */
const MODELS = 32;

function sharedModel(key: string, parts: readonly ReadResult[]): Promise<ValidationResult> | undefined {
  const model = models.get(key);
  return model && model.parts.length === parts.length && model.parts.every((p, i) => p === parts[i]) ? model.merged : undefined;
}

function keepModel(key: string, parts: readonly ReadResult[], merged: Promise<ValidationResult>): void {
  // A stored copy (offline) is not cached as a feed, nor as a model.
  if (parts.some((p) => p.offline !== undefined)) return;
  models.delete(key);
  models.set(key, { parts, merged });
  if (models.size > MODELS) models.delete(models.keys().next().value!);
}

/** The read of each feed object given (an object given to several elements, as the checker's preview does, is read once). */
const givenReads = new WeakMap<object, Promise<LoadResult>>();

/** A feed given as an object (an element's `.feed`): validated in slices, as `loadFeeds` gives a fetched one; read once per object. */
export function readGivenFeed(json: unknown): Promise<LoadResult> {
  if (typeof json !== 'object' || json === null) return readGiven(json);
  let read = givenReads.get(json);
  if (!read) givenReads.set(json, (read = readGiven(json)));
  return read;
}

async function readGiven(json: unknown): Promise<LoadResult> {
  const pause = breather();
  // The page's object stays as it is: each record is copied as plain data and the copy taken when it is clean
  // (plain-copy.ts); the readers read the rest from the page's object.
  const { feed, warnings } = await readFeedInSlices(json, { copyRecords: true }, pause);
  const all = [...warnings];
  await pause();
  const checked = await checkReferencesInSlices(feed, all, pause);
  await indexFeed(checked, pause);
  const result = compact<LoadResult>({ feed: checked, warnings: all, failed: [] });
  await pause(DRAW_AFTER_MS);
  return result;
}

/** Forgets every cached feed (tests; a page that knows its feeds changed). */
export function clearFeedCache(): void {
  cache.clear();
  models.clear();
  forgetFeedRequests();
}
