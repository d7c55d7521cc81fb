/**
 * Where the checker page gets a feed's text: an address typed by a partner
 * (normalised, fetched with the widgets' own limits), a chosen or dropped
 * file, or pasted text. A feed that cannot be fetched comes back as a
 * `FeedError` with a hint that explains it in plain words: the server
 * answers but forbids other sites to read (CORS), nothing answers at all, an
 * http address on an https page, an HTML page instead of JSON, an HTTP error.
 */
import { FeedError, isFeedError } from '../src/feed/errors.js';
import { DEFAULT_MAX_BYTES, fetchFeedText } from '../src/feed/fetch-feed.js';

/** Why a feed could not be fetched, beyond the error's own message. */
export type FetchHint = 'cors' | 'unreachable' | 'mixed' | 'http';

export type Fetched = { readonly text: string } | { readonly error: FeedError; readonly hint?: FetchHint };

/**
 * The feed address for what a partner typed: a full http(s) URL; a path
 * (`/feeds/a.json`, `./a.json`) on this page's server; or a host and path
 * without scheme (`www.example.org/a.json`, `localhost:8080/a.json`), which
 * gets `https://`. Anything else (`javascript:`, `file:`, …) is an
 * `invalid-url` error. `undefined` for an empty input.
 */
export function feedUrl(input: string, base: string): URL | FeedError | undefined {
  const value = input.trim().replace(/^[<"'„“”«]+|[>"'“”»]+$/g, '');
  if (!value) return undefined;
  let url: URL;
  try {
    if (/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(value)) url = new URL(value);
    else if (/^\.{0,2}\//.test(value)) url = new URL(value, base);
    else url = new URL(`https://${value}`);
  } catch {
    return new FeedError('invalid-url', { value });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return new FeedError('invalid-url', { value });
  return url;
}

/** An http address that an https page may not fetch (browsers block it; localhost excepted). */
function isMixedContent(url: URL, page: URL): boolean {
  const local = /^(?:localhost|127(?:\.\d+){3}|\[::1\])$/.test(url.hostname);
  return page.protocol === 'https:' && url.protocol === 'http:' && !local;
}

export interface FetchOptions {
  readonly page: URL;
  readonly fetch?: typeof fetch;
  readonly signal?: AbortSignal;
}

/**
 * Fetches a feed as the widgets do (no cookies, 15 s, 5 MiB). On a network
 * error it asks once more without reading the answer (`no-cors`): if the
 * server answers that, it is there and only forbids reading (CORS).
 */
export async function fetchForCheck(url: URL, options: FetchOptions): Promise<Fetched> {
  if (isMixedContent(url, options.page)) return { error: new FeedError('network', { url: url.href }), hint: 'mixed' };
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  try {
    return { text: await fetchFeedText(url.href, { fetch: doFetch, ...(options.signal ? { signal: options.signal } : {}) }) };
  } catch (error) {
    if (!isFeedError(error)) throw error;
    if (error.code === 'http') return { error, hint: 'http' };
    if (error.code !== 'network') return { error };
    try {
      await doFetch(url.href, { mode: 'no-cors', credentials: 'omit', cache: 'no-store', signal: AbortSignal.timeout(10_000) });
      return { error, hint: 'cors' };
    } catch {
      return { error, hint: 'unreachable' };
    }
  }
}

/**
 * Whether a text has more than `max` bytes in UTF-8: counted, not encoded (a
 * copy of 5 MiB took the page a long task), and only as far as needed. Up to
 * `max / 3` UTF-16 units always fit (each is at most 3 bytes; a pair, 4 bytes,
 * is two units); more than `max` units never do. The count is `TextEncoder`'s.
 */
function overUtf8Bytes(text: string, max: number): boolean {
  if (text.length <= max / 3) return false;
  if (text.length > max) return true;
  let size = 0;
  for (let i = 0; i < text.length && size <= max; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) size += 1;
    else if (unit < 0x800) size += 2;
    else if ((unit & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      size += 4; // a surrogate pair
      i++;
    } else size += 3; // a lone surrogate is written as U+FFFD
  }
  return size > max;
}

/** The widgets refuse a feed over 5 MiB; so does the checker, for a file or pasted text too. */
export function tooLarge(content: string | Blob, source: string): FeedError | undefined {
  const large = typeof content === 'string' ? overUtf8Bytes(content, DEFAULT_MAX_BYTES) : content.size > DEFAULT_MAX_BYTES;
  return large ? new FeedError('too-large', { url: source, value: DEFAULT_MAX_BYTES }) : undefined;
}

/** A file's text (UTF-8), or `undefined` when it cannot be read. */
export async function readFile(file: Blob): Promise<string | undefined> {
  try {
    return await file.text();
  } catch {
    return undefined;
  }
}
