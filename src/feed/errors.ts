/**
 * Why a feed could not be used at all. Each code has a message for editors in
 * every UI language (`describeFeedError` in `src/i18n/`); `message` is a plain
 * English sentence for the console.
 */
export type FeedErrorCode =
  /** The `src` value is not an http(s) URL. */
  | 'invalid-url'
  /** The server answered with an HTTP error status. */
  | 'http'
  /** No answer: offline, DNS, TLS, or the server refused the page's origin (CORS). */
  | 'network'
  /**
   * The server answered with a redirect the browser did not follow: to an
   * address that is not http(s) (`javascript:`, `data:`, `file:` …), more
   * than 20 redirects, or another server that does not allow the page (CORS).
   */
  | 'redirect'
  /** No complete answer within the time limit (the body counts). */
  | 'timeout'
  /** The answer is larger than the size cap. */
  | 'too-large'
  /** The answer is not JSON (often an HTML error or login page). */
  | 'not-json'
  /** JSON, but not a feed: not an object, or no `version`. */
  | 'not-a-feed'
  /** A `version` this kit does not understand. */
  | 'unknown-version'
  /** A feed, but not one record in it is valid. */
  | 'no-records';

export interface FeedErrorDetails {
  /** The feed URL, when the feed came from one. */
  readonly url?: string;
  /** HTTP status for `http`. */
  readonly status?: number;
  /** The offending value, e.g. the unknown version, or the size cap in bytes. */
  readonly value?: string | number;
  /** For `not-json`: the answer looked like an HTML page. */
  readonly html?: boolean;
  readonly cause?: unknown;
}

/** A short English line for the console; editors see the translated message (`describeFeedError`). */
function consoleMessage(code: FeedErrorCode, d: FeedErrorDetails): string {
  const status = d.status === undefined ? '' : ` ${d.status}`;
  const value = d.value === undefined ? '' : ` (${String(d.value)})`;
  return `Feed error "${code}"${status}${value}${d.url ? ` for ${d.url}` : ''}`;
}

/** A feed that cannot be used as a whole. */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly code: FeedErrorCode;
  readonly details: FeedErrorDetails;

  constructor(code: FeedErrorCode, details: FeedErrorDetails = {}) {
    super(consoleMessage(code, details), { cause: details.cause });
    this.code = code;
    this.details = details;
  }

  /** The same error, now naming the URL it came from. */
  withUrl(url: string): FeedError {
    return this.details.url ? this : new FeedError(this.code, { ...this.details, url });
  }
}

/** Whether a value is a `FeedError` (also across realms, where `instanceof` fails). */
export function isFeedError(value: unknown): value is FeedError {
  return value instanceof FeedError || (value instanceof Error && value.name === 'FeedError' && 'code' in value);
}
